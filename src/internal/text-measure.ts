// The widths of chart label texts in the element's own font and size, so that a layout places
// labels truly apart, cuts them where they really end, and gives them the room they need: the
// margins of a chart come from its measured text, not from a guess at a font. One canvas for
// every chart on the page: measuring needs no canvas of its own.
import { isServer, unsafeCSS } from 'lit';

/** A chart's label text is this much of its element's font size (12 px at the default 16 px)… */
export const LABEL_EM = 0.75;
/** …and never under 12 px, whatever the page's own font size (Chartability: small text size). */
export const MIN_LABEL_PX = 12;
/**
 * The same size in CSS, for the styles of SVG text: it follows the element's font size, so text
 * enlarged by the reader (WCAG 1.4.4) enlarges the charts' labels too.
 */
export const labelFontSize = unsafeCSS(`max(${MIN_LABEL_PX}px, ${LABEL_EM}em)`);

/** What `labelFontSize` computes to in an element whose font size is `elementPx`. */
export function labelSizeOf(elementPx: number): number {
  return Math.max(MIN_LABEL_PX, LABEL_EM * elementPx);
}

let measureContext: CanvasRenderingContext2D | null | undefined;

export interface TextMeasure {
  /**
   * The font labels are drawn in: `labelFontSize` of the element's font size, in its family. A
   * layout depends on it (the reader may enlarge text, a page may change its font), so an element
   * keys its layout by it.
   */
  fontOf(element: Element): string;
  /** Measures in `font` from now on; widths measured in another font are forgotten. */
  useFont(font: string): void;
  /** The width of `text` in px (a plain function: a layout is handed it). */
  measure(text: string): number;
  /** The size in px of the font in use (`MIN_LABEL_PX` before any `useFont`). */
  readonly size: number;
}

export function textMeasure(): TextMeasure {
  let font = '';
  let size = MIN_LABEL_PX;
  const cache = new Map<string, number>();
  return {
    fontOf(element) {
      // Server rendering (@lit-labs/ssr) and a detached element have no computed style: the
      // browser's default size in a sans-serif face.
      const style = !isServer && element.isConnected ? getComputedStyle(element) : null;
      const px = parseFloat(style?.fontSize ?? '');
      const label = Math.round(labelSizeOf(Number.isFinite(px) ? px : 16) * 100) / 100;
      return `${label}px ${style?.fontFamily || 'sans-serif'}`;
    },
    useFont(next) {
      if (next === font) return;
      font = next;
      size = parseFloat(next) || MIN_LABEL_PX;
      cache.clear();
    },
    measure(text) {
      let width = cache.get(text);
      if (width === undefined) {
        // Without a 2D context (server rendering) it estimates.
        if (!isServer) measureContext ??= document.createElement('canvas').getContext('2d');
        if (measureContext && font) {
          measureContext.font = font;
          width = measureContext.measureText(text).width;
        } else {
          width = text.length * size * 0.6;
        }
        cache.set(text, width);
      }
      return width;
    },
    get size() {
      return size;
    },
  };
}
