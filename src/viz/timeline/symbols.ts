// The outlines of the marks. d3-shape's symbols draw the diamond and the triangle; the circle and
// the bar are written out because d3's circle is a different path string for the same circle and
// a bar is not a symbol (its length is the step's).
import { symbolDiamond2, symbolTriangle, type SymbolType } from 'd3-shape';
import { round } from './units.js';

/** Half the diagonal of a one-day step's diamond. */
export const DIAMOND = 7;
/** Half the height of a step's bar. */
export const BAR_HALF = 6;
/** The radius of a report's circle. */
export const POINT_RADIUS = 4;
/** The radius of the circle a problem's triangle is inscribed in. */
export const TRIANGLE = 6;

/**
 * A d3 symbol centred on (cx, cy). d3 draws at the origin into a canvas-like context; this one
 * writes the path with every coordinate rounded as the rest of the drawing.
 */
function symbolAt(type: SymbolType, size: number, cx: number, cy: number): string {
  let d = '';
  const to = (command: string) => (x: number, y: number) => {
    d += `${command}${round(cx + x)},${round(cy + y)}`;
  };
  const context = { moveTo: to('M'), lineTo: to('L'), closePath: () => (d += 'Z') };
  type.draw(context as unknown as Parameters<SymbolType['draw']>[0], size);
  return d;
}

/** A square standing on a corner, `r` from its centre to each corner. */
export function diamondPath(cx: number, cy: number, r = DIAMOND): string {
  // d3's diamond2 puts its corners at sqrt(size) × 0.62625 from the centre.
  return symbolAt(symbolDiamond2, (r / 0.62625) ** 2, cx, cy);
}

/** An equilateral triangle pointing up, inscribed in a circle of radius `r`. */
export function trianglePath(cx: number, cy: number, r = TRIANGLE): string {
  // d3 sizes its triangle by area: that of the triangle inscribed in a circle of radius r.
  return symbolAt(symbolTriangle, ((3 * Math.sqrt(3)) / 4) * r * r, cx, cy);
}

export function circlePath(cx: number, cy: number, r = POINT_RADIUS): string {
  return `M${round(cx - r)},${cy}A${r},${r} 0 1,0 ${round(cx + r)},${cy}A${r},${r} 0 1,0 ${round(cx - r)},${cy}Z`;
}

/** A step's bar from x0 to x1, centred on the lane's line `cy`. */
export function barPath(x0: number, x1: number, cy: number): string {
  return `M${x0},${cy - BAR_HALF}H${x1}V${cy + BAR_HALF}H${x0}Z`;
}
