import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a long list of items (rows of a grid, marks of a chart): the item with the
 * active key has `tabindex="0"`, the others `-1`, and the arrow keys, Home, End (and, with a
 * `pageSize`, Page Up and Page Down) move through the list. Items are known by a stable key, not
 * a position, so that focus stays with the same item when the list is re-ordered or filtered, and
 * an item that is not in the DOM yet (a virtualised row) is focused once the host has rendered it.
 */
export interface RovingFocusOptions<K> {
  /** The keys in their current order. */
  keys(): readonly K[];
  /** The rendered element of a key, if it is in the DOM. */
  elementOf(key: K): HTMLElement | SVGElement | null | undefined;
  /**
   * Asks the host to bring the item at `position` into the DOM (scrolling it into view); the
   * focus then does not scroll. Without it, focusing scrolls the item into view as the browser
   * does.
   */
  reveal?(position: number): void;
  /** How many items a Page Up / Page Down moves; without it those keys do not move. */
  pageSize?(): number;
  /**
   * Which arrows move: Up and Down only (a list of rows, whose Left and Right may be the row's
   * own), or all four (a chart read left to right and top to bottom). Default `vertical`.
   */
  orientation?: 'vertical' | 'both';
}

/**
 * Where a key press moves the focus in a list of `count` items from `from`: a position within
 * the list, or null when the key is not one for moving (and must be left to the page).
 */
export function nextPosition(
  key: string,
  from: number,
  count: number,
  {
    orientation = 'vertical',
    pageSize,
  }: Pick<RovingFocusOptions<unknown>, 'orientation'> & {
    pageSize?: number;
  } = {},
): number | null {
  if (count === 0) return null;
  const both = orientation === 'both';
  let to: number;
  if (key === 'ArrowDown' || (both && key === 'ArrowRight')) to = from + 1;
  else if (key === 'ArrowUp' || (both && key === 'ArrowLeft')) to = from - 1;
  else if (key === 'PageDown' && pageSize !== undefined) to = from + pageSize;
  else if (key === 'PageUp' && pageSize !== undefined) to = from - pageSize;
  else if (key === 'Home') to = 0;
  else if (key === 'End') to = count - 1;
  else return null;
  return Math.min(count - 1, Math.max(0, to));
}

export class RovingFocusController<K> implements ReactiveController {
  /** The key of the item that takes the tab stop; the first item when unset or gone. */
  activeKey?: K;
  private _host: ReactiveControllerHost;
  private _options: RovingFocusOptions<K>;
  private _focusAfterUpdate = false;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions<K>) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The key that holds the tab stop now. */
  current(): K | undefined {
    const keys = this._options.keys();
    if (this.activeKey !== undefined && keys.includes(this.activeKey)) return this.activeKey;
    return keys[0];
  }

  /** Position of the active item in the current order, or -1. */
  position(): number {
    const key = this.current();
    return key === undefined ? -1 : this._options.keys().indexOf(key);
  }

  /** Whether the item of `key` takes the tab stop. */
  isActive(key: K): boolean {
    return this.current() === key;
  }

  /** Makes `key` the active item (a click, a focus from outside). */
  setActive(key: K): void {
    this.activeKey = key;
  }

  /**
   * Handles a key press from inside the list; returns true (and prevents the default) when the
   * key moved the focus.
   */
  handleKey(event: KeyboardEvent): boolean {
    const { keys, pageSize, orientation } = this._options;
    const to = nextPosition(event.key, Math.max(0, this.position()), keys().length, {
      orientation,
      pageSize: pageSize?.(),
    });
    if (to === null) return false;
    event.preventDefault();
    this.moveTo(to);
    return true;
  }

  /** Moves the tab stop and the focus to the item at `position`. */
  moveTo(position: number): void {
    const key = this._options.keys()[position];
    if (key === undefined) return;
    this.activeKey = key;
    this._focusAfterUpdate = true;
    this._options.reveal?.(position);
    this._host.requestUpdate();
  }

  /**
   * Call before the host re-orders the list while an item has the focus: after the update the
   * same item (now elsewhere, perhaps only just rendered) gets the focus back.
   */
  keepFocus(): void {
    this._focusAfterUpdate = true;
  }

  hostUpdated(): void {
    if (!this._focusAfterUpdate) return;
    const key = this.current();
    const element = key === undefined ? null : this._options.elementOf(key);
    if (!element) return; // not rendered yet: the next update tries again
    this._focusAfterUpdate = false;
    element.focus({ preventScroll: this._options.reveal !== undefined });
  }
}
