import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a long list of items (rows of a grid, marks of a chart): the item with the
 * active key has `tabindex="0"`, the others `-1`, and the arrow keys, Home, End, Page Up and Page
 * Down move through the list. Items are known by a stable key, not a position, so that focus
 * stays with the same item when the list is re-ordered or filtered, and an item that is not in
 * the DOM yet (a virtualised row) is focused once the host has rendered it.
 */
export interface RovingFocusOptions<K> {
  /** The keys in their current order. */
  keys(): readonly K[];
  /** The rendered element of a key, if it is in the DOM. */
  elementOf(key: K): HTMLElement | null | undefined;
  /** Asks the host to bring the item at `position` into the DOM (scrolling it into view). */
  reveal(position: number): void;
  /** How many items a Page Up / Page Down moves. */
  pageSize(): number;
}

export class RovingFocusController<K> implements ReactiveController {
  /** The key of the item that takes the tab stop; the first item when unset or gone. */
  activeKey?: K;
  #host: ReactiveControllerHost;
  #options: RovingFocusOptions<K>;
  #focusAfterUpdate = false;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions<K>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The key that holds the tab stop now. */
  current(): K | undefined {
    const keys = this.#options.keys();
    if (this.activeKey !== undefined && keys.includes(this.activeKey)) return this.activeKey;
    return keys[0];
  }

  /** Position of the active item in the current order, or -1. */
  position(): number {
    const key = this.current();
    return key === undefined ? -1 : this.#options.keys().indexOf(key);
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
    const keys = this.#options.keys();
    if (keys.length === 0) return false;
    const from = Math.max(0, this.position());
    let to: number;
    switch (event.key) {
      case 'ArrowDown':
        to = from + 1;
        break;
      case 'ArrowUp':
        to = from - 1;
        break;
      case 'PageDown':
        to = from + this.#options.pageSize();
        break;
      case 'PageUp':
        to = from - this.#options.pageSize();
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = keys.length - 1;
        break;
      default:
        return false;
    }
    event.preventDefault();
    this.moveTo(Math.min(keys.length - 1, Math.max(0, to)));
    return true;
  }

  /** Moves the tab stop and the focus to the item at `position`. */
  moveTo(position: number): void {
    const key = this.#options.keys()[position];
    if (key === undefined) return;
    this.activeKey = key;
    this.#focusAfterUpdate = true;
    this.#options.reveal(position);
    this.#host.requestUpdate();
  }

  /**
   * Call before the host re-orders the list while an item has the focus: after the update the
   * same item (now elsewhere, perhaps only just rendered) gets the focus back.
   */
  keepFocus(): void {
    this.#focusAfterUpdate = true;
  }

  hostUpdated(): void {
    if (!this.#focusAfterUpdate) return;
    const key = this.current();
    const element = key === undefined ? null : this.#options.elementOf(key);
    if (!element) return; // not rendered yet: the next update tries again
    this.#focusAfterUpdate = false;
    element.focus({ preventScroll: true });
  }
}
