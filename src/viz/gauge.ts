import { linearScale } from './scale.js';
import { arc } from 'd3-shape';

/**
 * The geometry of the progress dial: an open ring (the track) with the gap at the bottom, the
 * actual percent as a filled arc along it (the indicator), and the planned percent as a tick
 * that crosses the ring (the planned marker). Everything is in the units of a square viewBox
 * centred on 0,0, so the dial scales with CSS and nothing here touches the DOM.
 *
 * Angles are d3-shape's: radians, 0 at twelve o'clock, growing clockwise.
 */

/** The side of the square viewBox. */
export const GAUGE_SIZE = 100;

export interface GaugeOptions {
  /** Where 0% sits. Default −135° (lower left). */
  startAngle: number;
  /** Where 100% sits. Default +135° (lower right): a 270° dial. */
  endAngle: number;
  /** The ring's width as a percentage of the dial's diameter (2–40). Default 12. */
  thickness: number;
  /** How far the planned marker reaches beyond the ring on each side, in viewBox units. */
  markerOverhang: number;
  /** The planned marker's width at the ring's outer edge, in viewBox units. */
  markerWidth: number;
}

export const DEFAULT_GAUGE_OPTIONS: Readonly<GaugeOptions> = Object.freeze({
  startAngle: (-3 * Math.PI) / 4,
  endAngle: (3 * Math.PI) / 4,
  thickness: 12,
  markerOverhang: 4,
  markerWidth: 2.5,
});

/** One filled arc: its angles and the SVG path data d3-shape drew for them. */
export interface ArcShape {
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** Empty when there is nothing to draw (a 0% indicator). */
  d: string;
}

export interface GaugeGeometry {
  /** `minX minY width height` for the `<svg>`. */
  viewBox: string;
  /** The value drawn, clamped to 0–100. */
  value: number;
  track: ArcShape;
  indicator: ArcShape;
  /** The planned marker, centred on `angle`; null when there is no plan to compare with. */
  planned: (ArcShape & { value: number; angle: number }) | null;
}

/** `value` within `min`–`max`; `fallback` when it is not a finite number. */
const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

// d3-shape reads the angles and radii of each shape from the shape itself (its default accessors).
// Round ends make the start and the tip of the indicator read as ends, not as cut-offs.
const roundArc = arc<ArcShape>().cornerRadius((d) => (d.outerRadius - d.innerRadius) / 2);
const flatArc = arc<ArcShape>();

/** An arc between two angles and two radii, with its path (empty when it has no length). */
function arcShape(
  draw: typeof flatArc,
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
): ArcShape {
  const shape = { startAngle, endAngle, innerRadius, outerRadius, d: '' };
  if (endAngle > startAngle) shape.d = draw(shape) ?? '';
  return shape;
}

/** The scale from a percentage to the dial's angle (values outside 0–100 are clamped). */
export function gaugeScale(options: Partial<GaugeOptions> = {}) {
  const { startAngle, endAngle } = { ...DEFAULT_GAUGE_OPTIONS, ...options };
  return linearScale([0, 100], [startAngle, endAngle], { clamp: true });
}

/**
 * The dial for `value` percent done with `planned` percent due (null: no plan).
 * Thickness outside 2–40 is clamped, so a stray custom property cannot turn the ring inside out.
 */
export function gaugeGeometry(
  value: number,
  planned: number | null,
  options: Partial<GaugeOptions> = {},
): GaugeGeometry {
  const o = { ...DEFAULT_GAUGE_OPTIONS, ...options };
  const half = GAUGE_SIZE / 2;
  // The marker reaches past the ring, so the ring is inset by the overhang to keep it in the box.
  const outerRadius = half - o.markerOverhang;
  const thickness = (clamp(o.thickness, 2, 40, DEFAULT_GAUGE_OPTIONS.thickness) / 100) * GAUGE_SIZE;
  const innerRadius = Math.max(1, outerRadius - thickness);
  const toAngle = gaugeScale(o);
  const shown = clamp(value, 0, 100, 0);

  let plannedMarker: GaugeGeometry['planned'] = null;
  if (planned !== null && Number.isFinite(planned)) {
    const plannedValue = clamp(planned, 0, 100, 0);
    const angle = toAngle(plannedValue);
    const markerOuter = outerRadius + o.markerOverhang;
    // The same width at the outer edge whatever the dial's size: an angle of width / radius.
    const halfAngle = o.markerWidth / 2 / markerOuter;
    plannedMarker = {
      value: plannedValue,
      angle,
      ...arcShape(
        flatArc,
        angle - halfAngle,
        angle + halfAngle,
        Math.max(0, innerRadius - o.markerOverhang),
        markerOuter,
      ),
    };
  }

  return {
    viewBox: `${-half} ${-half} ${GAUGE_SIZE} ${GAUGE_SIZE}`,
    value: shown,
    track: arcShape(roundArc, o.startAngle, o.endAngle, innerRadius, outerRadius),
    indicator: arcShape(roundArc, o.startAngle, toAngle(shown), innerRadius, outerRadius),
    planned: plannedMarker,
  };
}

/**
 * The value shown `elapsed` ms into an animation from `from` to `to` lasting `duration` ms,
 * eased in and out (cubic) so the arc neither jumps off nor stops abruptly.
 */
export function tweenValue(from: number, to: number, elapsed: number, duration: number): number {
  if (!(duration > 0) || elapsed >= duration) return to;
  const t = Math.max(0, elapsed / duration);
  const eased = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
  return from + (to - from) * eased;
}
