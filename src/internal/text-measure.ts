// The widths of chart label texts in the element's own font and size, so that a layout places
// labels truly apart, cuts them where they really end, and gives them the room they need: the
// margins of a chart come from its measured text, not from a guess at a font. One canvas for
// every chart on the page: measuring needs no canvas of its own.
import { isServer, unsafeCSS, type ReactiveControllerHost } from 'lit';

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

/**
 * The font `element`'s chart labels are drawn in: `labelFontSize` of its font size, in its family.
 * Server rendering (@lit-labs/ssr) and a detached element have no computed style: the browser's
 * default size in a sans-serif face.
 */
export function labelFontOf(element: Element): string {
  const style = !isServer && element.isConnected ? getComputedStyle(element) : null;
  const px = parseFloat(style?.fontSize ?? '');
  const size = Math.round(labelSizeOf(Number.isFinite(px) ? px : 16) * 100) / 100;
  return `${size}px ${style?.fontFamily || 'sans-serif'}`;
}

/** Runs `then` once the next frame has been drawn, when style is up to date: reading it then
 * forces no style pass of its own. */
const afterPaint = (then: () => void) =>
  requestAnimationFrame(() => {
    setTimeout(then);
  });

/**
 * The font of `host`'s chart labels (`value`), for a layout that is keyed by it. Read when the
 * host connects. A later change (text enlarged by the reader, another font) is seen after an
 * update (the host's text changes its size, and the host's ResizeObserver asks for one) and is
 * applied after the frame that update drew: reading the computed style right after every update
 * forced a style pass each time (the largest single cost of the dashboard's update, and a sixth
 * of its startup), and laying out again within the observer's callback would change sizes,
 * which browsers report as a ResizeObserver loop (as layout-width.ts does for widths).
 */
export function labelFont(host: ReactiveControllerHost & Element): { readonly value: string } {
  let value = '';
  let pending = false;
  host.addController({
    hostConnected() {
      value = labelFontOf(host);
    },
    hostUpdated() {
      if (pending) return;
      pending = true;
      afterPaint(() => {
        pending = false;
        if (!host.isConnected) return;
        const next = labelFontOf(host);
        if (next === value) return;
        value = next;
        host.requestUpdate();
      });
    },
  });
  return {
    get value() {
      // Never connected (server rendering): as it would be read now.
      return value || labelFontOf(host);
    },
  };
}

let measureContext: CanvasRenderingContext2D | null | undefined;

export interface TextMeasure {
  /** Measures in `font` from now on; widths measured in another font are forgotten. */
  useFont(font: string): void;
  /** The width of `text` in px (a plain function: a layout is handed it). */
  measure(text: string): number;
  /** The size in px of the font in use (`MIN_LABEL_PX` before any `useFont`). */
  readonly size: number;
}

/** Measures text in a font (`labelFont()`'s, for chart labels) on a canvas shared by all. */
export function textMeasure(): TextMeasure {
  let font = '';
  let size = MIN_LABEL_PX;
  const cache = new Map<string, number>();
  return {
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
