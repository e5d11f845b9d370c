import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

export interface WidthOptions {
  /**
   * What to watch: the host by default; `null` for a box the host renders, attached in its
   * template with the `target()` directive.
   */
  target?: Element | null;
  /**
   * `layout` for a width the host lays its drawing out by. The first width is read as soon as
   * the box is watched, so that the first paint is already right (a page that is not painting,
   * such as a background tab, gets no observation); later widths are taken in the task after
   * the observation, because re-laying out inside the observer's callback changes the box's
   * height and browsers report that as a ResizeObserver loop. Widths are whole pixels.
   * `breakpoint` (default) for a width the host only compares (`below()`): every observation
   * is taken at once.
   */
  use?: 'layout' | 'breakpoint';
}

/**
 * The width of an element (the host by default) in CSS pixels, for layouts that change with the
 * room an element is given rather than with the window. `value` is undefined until the first
 * observation (or first read, for `use: 'layout'`).
 */
export class WidthController extends ResizeController<number | undefined> {
  private _layout: boolean;
  private _pending?: number;
  private _owner: ReactiveControllerHost & Element;
  /** A box attached while the host was out of the page: watched once it is back. */
  private _deferred?: Element;
  /** The box last watched (ResizeController keeps its targets to itself). */
  private _box?: Element;

  constructor(host: ReactiveControllerHost & Element, options: WidthOptions = {}) {
    const layout = options.use === 'layout';
    super(host, {
      ...(options.target !== undefined && { target: options.target }),
      // A layout width is read at once when a box is watched (handleChanges([]) after the
      // update that attached it); a breakpoint waits for the observer.
      skipInitial: !layout,
    });
    this._layout = layout;
    this._owner = host;
    if (options.target !== null) this._box = options.target ?? host;
  }

  override observe(target: Element): void {
    this._box = target;
    // Rendered while detached (an update that runs after removal): an observer started now
    // would never be disconnected, so it starts when the host comes back.
    if (!this._owner.isConnected) this._deferred = target;
    else super.observe(target);
  }

  override hostConnected(): void {
    super.hostConnected();
    const deferred = this._deferred;
    this._deferred = undefined;
    if (deferred) super.observe(deferred);
  }

  protected override handleChanges(entries: ResizeObserverEntry[]): void {
    const entry = entries.at(-1);
    if (!this._layout) {
      if (entry) this.value = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      return;
    }
    if (!entry) {
      // Just attached: read the box now, and render with it before the browser paints.
      const width = this._box ? Math.round(this._box.clientWidth) : 0;
      if (width > 0 && width !== this.value) {
        this.value = width;
        this._owner.requestUpdate();
      }
      return;
    }
    const width = Math.round(entry.contentRect.width);
    if (width <= 0 || width === this.value || width === this._pending) return;
    this._pending = width;
    setTimeout(() => {
      if (this._pending !== width) return;
      this._pending = undefined;
      this.value = width;
      this._owner.requestUpdate();
    });
  }

  /** Whether the element is narrower than `px` (false until measured). */
  below(px: number): boolean {
    return this.value !== undefined && this.value < px;
  }
}
