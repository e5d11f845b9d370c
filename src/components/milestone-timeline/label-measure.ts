// The widths of label texts in the element's own font, so that the layout places labels truly
// apart and cuts them where they really end.
import { isServer } from 'lit';
import { LABEL_FONT_SIZE } from '../../viz/timeline.js';

/** One canvas for every timeline on the page: measuring needs no canvas of its own. */
let measureContext: CanvasRenderingContext2D | null | undefined;

export class LabelMeasure {
  #font = '';
  #cache = new Map<string, number>();

  /**
   * The font labels are drawn in: LABEL_FONT_SIZE px of the element's family. It is part of
   * what a layout depends on (a page's font may change), so the element keys its model by it.
   */
  fontOf(element: Element): string {
    const family = element.isConnected ? getComputedStyle(element).fontFamily : '';
    return `${LABEL_FONT_SIZE}px ${family || 'sans-serif'}`;
  }

  /** Measures in `font` from now on; widths measured in another font are forgotten. */
  useFont(font: string): void {
    if (font === this.#font) return;
    this.#font = font;
    this.#cache.clear();
  }

  /** The width of `text` in px. */
  readonly measure = (text: string): number => {
    let width = this.#cache.get(text);
    if (width === undefined) {
      // Server rendering (@lit-labs/ssr) has no canvas: it estimates, as without a 2D context.
      if (!isServer) measureContext ??= document.createElement('canvas').getContext('2d');
      if (measureContext) {
        measureContext.font = this.#font;
        width = measureContext.measureText(text).width;
      } else {
        width = text.length * LABEL_FONT_SIZE * 0.6;
      }
      this.#cache.set(text, width);
    }
    return width;
  };
}
