// The widths of label texts in the element's own font, so that the layout places labels truly
// apart and cuts them where they really end.
import { isServer } from 'lit';
import { LABEL_FONT_SIZE } from '../../viz/timeline.js';

/** One canvas for every timeline on the page: measuring needs no canvas of its own. */
let measureContext: CanvasRenderingContext2D | null | undefined;

export interface LabelMeasure {
  /**
   * The font labels are drawn in: LABEL_FONT_SIZE px of the element's family. A layout depends
   * on it (a page's font may change), so the element keys its model by it.
   */
  fontOf(element: Element): string;
  /** Measures in `font` from now on; widths measured in another font are forgotten. */
  useFont(font: string): void;
  /** The width of `text` in px (a plain function: the layout is handed it). */
  measure(text: string): number;
}

export function labelMeasure(): LabelMeasure {
  let font = '';
  const cache = new Map<string, number>();
  return {
    fontOf: (element) =>
      `${LABEL_FONT_SIZE}px ${(element.isConnected && getComputedStyle(element).fontFamily) || 'sans-serif'}`,
    useFont(next) {
      if (next === font) return;
      font = next;
      cache.clear();
    },
    measure(text) {
      let width = cache.get(text);
      if (width === undefined) {
        // Server rendering (@lit-labs/ssr) has no canvas: it estimates, as without a 2D context.
        if (!isServer) measureContext ??= document.createElement('canvas').getContext('2d');
        if (measureContext) {
          measureContext.font = font;
          width = measureContext.measureText(text).width;
        } else {
          width = text.length * LABEL_FONT_SIZE * 0.6;
        }
        cache.set(text, width);
      }
      return width;
    },
  };
}
