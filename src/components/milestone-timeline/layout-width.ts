// The width the timeline is laid out at: WidthController's measure, applied a task later.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WidthController } from '../../internal/controllers/width.js';

/**
 * The host's width in whole CSS px, for a layout whose height depends on it. A new width is
 * applied in the task after the ResizeObserver reports it, not in the render its callback asks
 * for: a render inside the callback changes the host's height, which the browser reports as a
 * ResizeObserver loop (an error event on window). Not the next frame either: a page that is not
 * painting, like a background tab, would never get it.
 *
 * The first width is read when the host connects, so that the first render already has the
 * right layout instead of drawing at a guess and again a task later.
 */
export class LayoutWidthController implements ReactiveController {
  /** The width to lay out at; 0 until the host has been connected to a laid-out document. */
  value = 0;
  #host: ReactiveControllerHost & Element;
  #observed: WidthController;
  #pending = false;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    this.#observed = new WidthController(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.value = Math.round(this.#host.getBoundingClientRect().width);
  }

  hostUpdated(): void {
    const measured = this.#observed.value;
    if (measured === undefined || this.#pending) return;
    if (Math.round(measured) === this.value) return;
    this.#pending = true;
    setTimeout(() => {
      this.#pending = false;
      const width = this.#observed.value;
      if (width === undefined || Math.round(width) === this.value) return;
      this.value = Math.round(width);
      this.#host.requestUpdate();
    });
  }
}
