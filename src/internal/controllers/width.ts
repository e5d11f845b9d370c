import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

/**
 * The width of an element (the host by default) in CSS pixels, read only inside a
 * ResizeObserver callback (never a forced layout), for layouts that change with the room an
 * element is given rather than with the window. `value` is undefined until the first
 * observation.
 */
export class WidthController extends ResizeController<number | undefined> {
  constructor(host: ReactiveControllerHost & Element, target?: Element | null) {
    super(host, {
      ...(target !== undefined && { target }),
      callback: (entries) => {
        const entry = entries.at(-1);
        return entry
          ? (entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width)
          : undefined;
      },
    });
  }

  /** Whether the element is narrower than `px` (false until measured). */
  below(px: number): boolean {
    return this.value !== undefined && this.value < px;
  }
}
