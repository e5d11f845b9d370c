import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { WidthController } from './width.js';

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

export interface VirtualWindowOptions {
  /** The scrolling element around the rows, once rendered. */
  scroller(): HTMLElement | null;
  /** CSS selectors, inside the scroller, of one row and of the header above the rows. */
  rowSelector: string;
  headerSelector: string;
}

// Until the first row has been measured: a guess that renders a screenful.
const GUESSED_ROW_HEIGHT = 56;
const GUESSED_VIEWPORT = 600;

export interface VirtualWindowController {
  /** The scroller's scroll position, as of the last scroll event or reveal. */
  scrollTop: number;
  /** A row's height in CSS pixels: as measured, or a guess before the first row is rendered. */
  readonly rowHeight: number;
  /** The rows to render out of `count`, from the scroll position and the measured heights. */
  window(count: number): VirtualWindow;
  /** How many rows a Page Up / Page Down moves: a screenful less one, so one row stays in view. */
  pageSize(): number;
  /** The list's scroll handler: renders the rows now in view. */
  onScroll(event: Event): void;
  /** Back to the top (new rows, other filters). */
  scrollToTop(): void;
  /** Scrolls just enough to bring the row at `position` into view. */
  reveal(position: number): void;
  /** Measures the rows again after the next render (their CSS changed, as for print). */
  remeasure(): void;
}

/**
 * The scroll state of a virtualised list of equal-height rows: the scroller's height (watched
 * with a ResizeObserver), the row and header heights (measured after a render, again only when
 * the width changes, since CSS fixes a row's height), the scroll position, and from them the
 * window of rows to render.
 */
export function virtualWindowController(
  host: ReactiveControllerHost & HTMLElement,
  { scroller, rowSelector, headerSelector }: VirtualWindowOptions,
): VirtualWindowController {
  const width = new WidthController(host);
  const viewport = new ResizeController<number>(host, {
    target: null,
    callback: (entries): number => entries.at(-1)?.contentRect.height ?? 0,
  });
  let observed: HTMLElement | undefined;
  let measuredRow = 0;
  let measuredHeader = 0;
  let measuredAt: number | undefined;
  let stale = false;

  host.addController({
    hostUpdated() {
      const element = scroller();
      if (element && element !== observed) {
        if (observed) viewport.unobserve(observed);
        viewport.observe(element);
        observed = element;
      }
      if (!element || (measuredRow && !stale && measuredAt === width.value)) return;
      const row = element.querySelector<HTMLElement>(rowSelector);
      if (!row) return;
      measuredRow = row.getBoundingClientRect().height;
      measuredHeader =
        element.querySelector<HTMLElement>(headerSelector)?.getBoundingClientRect().height ?? 0;
      measuredAt = width.value;
      stale = false;
      host.requestUpdate();
    },
  });

  const controller: VirtualWindowController = {
    scrollTop: 0,
    get rowHeight() {
      return measuredRow || GUESSED_ROW_HEIGHT;
    },
    window: (count) =>
      virtualWindow(
        count,
        controller.scrollTop,
        viewport.value || GUESSED_VIEWPORT,
        controller.rowHeight,
      ),
    pageSize: () =>
      Math.max(1, Math.floor((viewport.value ?? GUESSED_VIEWPORT) / controller.rowHeight) - 1),
    onScroll(event) {
      controller.scrollTop = (event.currentTarget as HTMLElement).scrollTop;
      host.requestUpdate();
    },
    scrollToTop() {
      controller.scrollTop = 0;
      const element = scroller();
      if (element) element.scrollTop = 0;
    },
    reveal(position) {
      const element = scroller();
      if (!element || !measuredRow) return;
      const viewportHeight = element.clientHeight - measuredHeader;
      const top = scrollToReveal(position, element.scrollTop, viewportHeight, measuredRow);
      if (top !== element.scrollTop) element.scrollTop = top;
      controller.scrollTop = top;
    },
    remeasure() {
      stale = true;
    },
  };
  return controller;
}
