// The width the timeline is laid out at: WidthController's measure, applied a task later.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WidthController } from '../../internal/controllers/width.js';

/**
 * The host's width in whole CSS px (`value`; 0 until the host has been connected to a laid-out
 * document), for a layout whose height depends on it.
 *
 * A new width is applied in the task after the ResizeObserver reports it, not in the render its
 * callback asks for: a render inside the callback changes the host's height, which the browser
 * reports as a ResizeObserver loop (an error event on window). Not the next frame either: a page
 * that is not painting, like a background tab, would never get it.
 *
 * The first width is read when the host connects, so that the first render already has the
 * right layout instead of drawing at a guess and again a task later.
 */
export function layoutWidth(host: ReactiveControllerHost & Element): { readonly value: number } {
  const observed = new WidthController(host);
  let pending = false;
  const width = {
    value: 0,
    hostConnected() {
      width.value = Math.round(host.getBoundingClientRect().width);
    },
    hostUpdated() {
      if (pending || observed.value === undefined) return;
      if (Math.round(observed.value) === width.value) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        if (observed.value === undefined) return;
        width.value = Math.round(observed.value);
        host.requestUpdate();
      });
    },
  } satisfies ReactiveController & { value: number };
  host.addController(width);
  return width;
}
