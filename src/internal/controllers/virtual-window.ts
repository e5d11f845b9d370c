/**
 * Which rows of a long list of equal-height rows are in the DOM: those in view plus a margin on
 * each side. A pure function, so the window is the same for a test as for the browser.
 */
export interface VirtualWindow {
  /** Position of the first rendered row. */
  first: number;
  /** Position after the last rendered row. */
  end: number;
}

export function virtualWindow(
  count: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  margin = 8,
): VirtualWindow {
  if (count <= 0 || !(rowHeight > 0)) return { first: 0, end: Math.min(count, 0) };
  const top = Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0);
  const height = Math.max(rowHeight, Number.isFinite(viewport) ? viewport : 0);
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight) - margin));
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + margin);
  return { first, end: Math.max(end, first + 1) };
}

/**
 * The scroll position that brings the row at `position` into view, or `scrollTop` itself when it
 * is in view already. `offset` is the height of whatever sits above the first row (a sticky
 * header) inside the scroller.
 */
export function scrollToReveal(
  position: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  offset = 0,
): number {
  const top = offset + position * rowHeight;
  const bottom = top + rowHeight;
  if (top - offset < scrollTop) return Math.max(0, top - offset);
  if (bottom > scrollTop + viewport) return bottom - viewport;
  return scrollTop;
}
