import { linearScale } from './scale.js';

/** What the inline bars of one KPI table are drawn from. */
export interface KpiBarInput {
  /** The target, or `null` when there is none to mark (a more-is-better KPI with target 0). */
  target: number | null;
  /** One value per row; `null`/`undefined` (or a non-finite number) draws no bar in that row. */
  values: ReadonlyArray<number | null | undefined>;
  /** The drawing's width and height in SVG user units. */
  width: number;
  height: number;
  /** Space kept free at both ends, so the target mark is not cut at the edge. Default 1. */
  inset?: number;
}

/** One bar: a rectangle from the zero line to the value (leftwards for a negative value). */
export interface KpiBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface KpiBarLayout {
  width: number;
  height: number;
  /** The value range the scale maps, always including 0 and the target. */
  domain: [number, number];
  /** Where 0 is. */
  zeroX: number;
  /** Where the target is, or `null` when there is none. */
  targetX: number | null;
  /** One per input value, `null` where there is no value. */
  bars: (KpiBar | null)[];
}

/** A number to draw: not null, undefined, NaN or infinite. */
export const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The inline bars of a KPI table: every row of one KPI shares one linear scale, so the bars can be
 * compared with each other and with the target mark. The domain always holds 0 (a bar starts at
 * nothing) and the target; a KPI whose figures are all 0 still gets a usable scale.
 */
export function kpiBarLayout({
  target,
  values,
  width,
  height,
  inset = 1,
}: KpiBarInput): KpiBarLayout {
  const figures = values.filter(finite);
  if (finite(target)) figures.push(target);
  const lo = Math.min(0, ...figures);
  let hi = Math.max(0, ...figures);
  if (hi === lo) {
    // Nothing but zeros: any scale draws them as nothing, so pick one that keeps 0 at the start.
    hi = lo + 1;
  }
  const scale = linearScale([lo, hi], [inset, Math.max(inset, width - inset)]);
  const zeroX = scale(0);
  // The bar is a little thinner than the row so neighbouring rows never touch.
  const barHeight = height * 0.6;
  const y = (height - barHeight) / 2;
  return {
    width,
    height,
    domain: [lo, hi],
    zeroX,
    targetX: finite(target) ? scale(target) : null,
    bars: values.map((value) => {
      if (!finite(value)) return null;
      const x = scale(value);
      return { x: Math.min(zeroX, x), y, width: Math.abs(x - zeroX), height: barHeight };
    }),
  };
}
