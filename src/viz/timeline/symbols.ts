// The outlines of the marks, as path strings with every coordinate rounded as the rest of the
// drawing. Written out rather than drawn with d3-shape's symbols (diamond2 and triangle draw the
// same outlines): the adapter that centres and rounds d3's symbols made the bundle larger.
import { round } from './units.js';

/** Half the diagonal of a one-day step's diamond. */
export const DIAMOND = 7;
/** Half the height of a step's bar. */
export const BAR_HALF = 6;
/** The radius of a report's circle. */
export const POINT_RADIUS = 4;
/** The radius of the circle a problem's triangle is inscribed in. */
export const TRIANGLE = 6;

/** A closed outline through the points. */
function polygon(...points: [number, number][]): string {
  return `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}Z`;
}

/** A square standing on a corner, `r` from its centre to each corner. */
export function diamondPath(cx: number, cy: number, r = DIAMOND): string {
  return polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]);
}

/** An equilateral triangle pointing up, inscribed in a circle of radius `r`. */
export function trianglePath(cx: number, cy: number, r = TRIANGLE): string {
  const dx = r * 0.866;
  return polygon([cx, cy - r], [cx + dx, cy + r / 2], [cx - dx, cy + r / 2]);
}

export function circlePath(cx: number, cy: number, r = POINT_RADIUS): string {
  return `M${round(cx - r)},${cy}A${r},${r} 0 1,0 ${round(cx + r)},${cy}A${r},${r} 0 1,0 ${round(cx - r)},${cy}Z`;
}

/** A step's bar from x0 to x1, centred on the lane's line `cy`. */
export function barPath(x0: number, x1: number, cy: number): string {
  return `M${x0},${cy - BAR_HALF}H${x1}V${cy + BAR_HALF}H${x0}Z`;
}
