// Colour arithmetic on what the browser computed: parsing computed colours, compositing a
// translucent ink on what lies behind it, and WCAG's contrast ratio. Nothing here reads a token's
// source: every figure comes from getComputedStyle() of a rendered element.

/** Red, green and blue in 0–255 and alpha in 0–1, as the browser computed them. */
export type Rgba = [number, number, number, number];
export type Rgb = [number, number, number];

/**
 * A computed colour as [r, g, b, a]: `rgb()`/`rgba()` (commas or spaces) and `color(srgb …)`
 * (what color-mix() computes to); null for `none`, `url(…)` and anything else.
 */
export function parseColour(text: string): Rgba | null {
  const value = text.trim();
  if (value === 'transparent') return [0, 0, 0, 0];
  let m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(
    value,
  );
  if (m) {
    const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  }
  m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(
    value,
  );
  if (m) {
    const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
    const channel = (v: string) => Math.min(255, Math.max(0, Number(v) * 255));
    return [channel(m[1]), channel(m[2]), channel(m[3]), alpha];
  }
  return null;
}

/** Every colour named in a computed value, such as a gradient's stops. */
export function coloursIn(text: string): Rgba[] {
  const found = text.match(/(?:rgba?|color)\([^()]*\)/g) ?? [];
  return found.map(parseColour).filter((c): c is Rgba => c !== null);
}

/** `top`, with its alpha times `opacity`, painted over the opaque `bottom` (sRGB, as browsers do). */
export function over(top: Rgba, bottom: Rgb, opacity = 1): Rgb {
  const a = Math.min(1, Math.max(0, top[3] * opacity));
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)) as Rgb;
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG 2 contrast ratio of two opaque colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const hex = (c: Rgb): string =>
  `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The element's parent, or the host of the shadow root it is the top of. */
export function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The product of `opacity` of the element and of everything it is drawn inside. */
export function cumulativeOpacity(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

/**
 * The colour of the canvas, what is behind everything: the root's background, else the body's
 * (which the canvas takes), else `Canvas` in the root's colour scheme.
 */
export function canvasColour(): Rgb {
  for (const node of [document.documentElement, document.body]) {
    const c = parseColour(getComputedStyle(node).backgroundColor);
    if (c && c[3] > 0) return over(c, [255, 255, 255]);
  }
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.documentElement.append(probe);
  const c = parseColour(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
  probe.remove();
  return [c[0], c[1], c[2]];
}

/**
 * What an element is painted on: the backgrounds of the boxes it is drawn inside, across shadow
 * roots, translucent ones composited in order, down to the first opaque one or the canvas.
 */
export function backdropOf(el: Element): Rgb {
  const layers: Rgba[] = [];
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const c = parseColour(getComputedStyle(node).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  let colour: Rgb = layers.length && layers.at(-1)![3] >= 1 ? [0, 0, 0] : canvasColour();
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** One colour a mark paints with, already composited on its backdrop. */
export interface Ink {
  /** fill, stroke, background, border, gradient */
  what: string;
  colour: Rgb;
}

export const SVG_SHAPES = new Set([
  'path',
  'rect',
  'circle',
  'line',
  'polygon',
  'polyline',
  'ellipse',
]);

/** Whether the element is drawn at all (a box, displayed, visible, not fully transparent). */
export function isDrawn(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const s = getComputedStyle(node);
    if (s.display === 'none' || Number(s.opacity) === 0) return false;
  }
  return getComputedStyle(el).visibility !== 'hidden';
}

/** Whether a shape's fill can paint anything: a line, or a path with no width or height, cannot. */
function enclosesArea(el: SVGGraphicsElement): boolean {
  if (el.localName === 'line') return false;
  const box = el.getBBox();
  return box.width > 0 && box.height > 0;
}

/**
 * The colours an element paints, each composited (with fill-/stroke-opacity and the opacity of
 * the element and of what it is in) on `behind`: an SVG shape's fill and stroke; an HTML box's
 * background colour, gradient stops and visible borders.
 */
export function inksOf(el: Element, behind: Rgb): Ink[] {
  const s = getComputedStyle(el);
  const opacity = cumulativeOpacity(el);
  const inks: Ink[] = [];
  const add = (what: string, c: Rgba | null, alpha = 1) => {
    if (c && c[3] * alpha * opacity > 0.02)
      inks.push({ what, colour: over(c, behind, alpha * opacity) });
  };
  if (SVG_SHAPES.has(el.localName)) {
    if (s.fill !== 'none' && enclosesArea(el as SVGGraphicsElement)) {
      add('fill', parseColour(s.fill), Number(s.fillOpacity));
    }
    if (s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0) {
      add('stroke', parseColour(s.stroke), Number(s.strokeOpacity));
    }
  } else {
    add('background', parseColour(s.backgroundColor));
    for (const c of coloursIn(s.backgroundImage)) add('gradient', c);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const width = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
      if (width > 0 && style !== 'none' && style !== 'hidden') {
        add('border', parseColour(s.getPropertyValue(`border-${side.toLowerCase()}-color`)));
      }
    }
  }
  return inks;
}

/** The best contrast any of the element's inks reaches against `behind`, with that ink. */
export function bestInk(el: Element, behind: Rgb): { ratio: number; ink: Ink | null } {
  let best: { ratio: number; ink: Ink | null } = { ratio: 0, ink: null };
  for (const ink of inksOf(el, behind)) {
    const ratio = contrast(ink.colour, behind);
    if (ratio > best.ratio) best = { ratio, ink };
  }
  return best;
}
