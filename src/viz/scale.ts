/**
 * The one thing the charts need of d3-scale's `scaleLinear` and `scaleUtc`: an affine map from a
 * domain to a range, optionally clamped. d3-scale's linear scale carries tick formatting,
 * colour interpolation and time formatting (d3-format, d3-color, d3-interpolate,
 * d3-time-format: about 8 KB gzip of the single-file bundle) that no element uses, because ticks
 * come from d3-time and every label from Intl. The arithmetic follows d3-scale's bimap and
 * d3-interpolate's interpolateNumber exactly, so positions are the same to the last digit.
 */
export type LinearScale = (value: number) => number;

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): LinearScale {
  // d3 normalises a reversed domain by swapping both ends.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  // A domain of one point maps everything to the middle of the range, as d3 does.
  const normalize = span ? (x: number) => (x - d0) / span : () => 0.5;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  return (value) => {
    const t = normalize(clamp ? Math.max(lo, Math.min(hi, value)) : value);
    return r0 * (1 - t) + r1 * t;
  };
}

/** A linear scale over dates (UTC instants): `scaleUtc().domain([a, b]).range(r)`. */
export function timeScale(
  [start, end]: readonly [Date, Date],
  range: readonly [number, number],
  options?: { clamp?: boolean },
): (date: Date) => number {
  const scale = linearScale([start.getTime(), end.getTime()], range, options);
  return (date) => scale(date.getTime());
}
