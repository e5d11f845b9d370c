import { linearScale, timeScale } from './scale.js';
import { curveStepAfter, line } from 'd3-shape';
import type { ProgressPoint } from './curves.js';

/** Room around the plot for the tick labels and the as-of label. */
export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LogChartOptions {
  /** The whole SVG's width in pixels (the element measures it). */
  width: number;
  height: number;
  margin?: Partial<ChartMargin>;
  /** The later of the plan's end and the fiscal year's end: the axis ends there at the latest. */
  until?: string;
  /**
   * The least room, in pixels, a report's dot needs along the time axis. Below it the dots would
   * merge into a smear that hides the line, so only the step line is drawn.
   */
  minPointSpacing?: number;
}

/** A reported percentage placed on the chart. */
export interface LogChartPoint extends ProgressPoint {
  x: number;
  y: number;
}

export interface LogChartTick {
  /** `YYYY-MM-DD` for time ticks; a percentage for value ticks. */
  value: string | number;
  /** The position along the tick's own axis. */
  position: number;
  /** Where a label should hang from its position so it stays inside the SVG. */
  anchor: 'start' | 'middle' | 'end';
}

export interface LogChartLayout {
  width: number;
  height: number;
  /** The plot area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** The reported percentages as a step line: each report holds until the next one. */
  actualPath: string;
  /** The latest report held until `asOf` or the axis end (the time nobody has reported), or null. */
  holdPath: string | null;
  /** The planned curve clipped to the chart's dates, or null when there is no plan. */
  plannedPath: string | null;
  /** One dot per report, oldest first; empty when they are too dense to tell apart. */
  points: LogChartPoint[];
  /** Where `asOf` falls along the time axis; null when the axis ends before it. */
  asOfX: number | null;
  /** The first and last dates of the time axis. */
  timeTicks: LogChartTick[];
  /** 0, 50 and 100 percent. */
  valueTicks: LogChartTick[];
}

const DAY = 86_400_000;
const DEFAULT_MARGIN: ChartMargin = { top: 18, right: 10, bottom: 22, left: 40 };

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
/** Three decimals, as d3-shape writes its paths, so positions compare exactly in tests. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The dates the chart spans: from the first report to `asOf`, so that the time since the latest
 * report is visible, but no later than `until` (the later of the plan's end and the fiscal year's
 * end) unless a report is later still: a closed project viewed years later is not squeezed into a
 * sliver of the width. `actual` holds only the reports known at `asOf` (none after it). Without
 * reports the span is `asOf` alone. A single day is widened by a day on each side, or the scale
 * would have no width.
 */
export function logChartExtent(
  actual: readonly ProgressPoint[],
  asOf: string,
  until?: string,
): [string, string] {
  let first = actual.length > 0 ? actual[0].date : asOf;
  let last = until !== undefined && until < asOf ? until : asOf;
  for (const point of actual) {
    if (point.date < first) first = point.date;
    if (point.date > last) last = point.date;
  }
  if (last < first) last = first;
  if (first === last) {
    const day = toDate(first).getTime();
    return [toIso(new Date(day - DAY)), toIso(new Date(day + DAY))];
  }
  return [first, last];
}

/**
 * Lays out the small chart above the progress log: percent over time as a step line with dots,
 * the planned curve behind it, and the `asOf` date. Pure geometry: no DOM, no text, no locale.
 *
 * @param actual the reports, oldest first (`actualPoints()` in ./curves.ts)
 * @param planned the planned curve over `logChartExtent()` (`plannedCurve()`), or empty
 */
export function logChartLayout(
  actual: readonly ProgressPoint[],
  planned: readonly ProgressPoint[],
  asOf: string,
  options: LogChartOptions,
): LogChartLayout {
  const margin = { ...DEFAULT_MARGIN, ...options.margin };
  const width = Math.max(options.width, margin.left + margin.right + 1);
  const height = Math.max(options.height, margin.top + margin.bottom + 1);
  const plot = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const [first, last] = logChartExtent(actual, asOf, options.until);
  const x = timeScale([toDate(first), toDate(last)], [plot.x, plot.x + plot.width]);
  const y = linearScale([0, 100], [plot.y + plot.height, plot.y], { clamp: true });

  const place = (point: ProgressPoint): LogChartPoint => ({
    date: point.date,
    value: point.value,
    x: round(x(toDate(point.date))),
    y: round(y(point.value)),
  });
  const placed = actual.map(place);
  const straight = line<LogChartPoint>(
    (p) => p.x,
    (p) => p.y,
  ).digits(3);
  const steps = line<LogChartPoint>(
    (p) => p.x,
    (p) => p.y,
  )
    .curve(curveStepAfter)
    .digits(3);

  const latest = placed.at(-1);
  const asOfX = asOf <= last ? round(x(toDate(asOf))) : null;
  const holdTo = asOfX ?? plot.x + plot.width;
  const holdPath = latest && holdTo > latest.x ? `M${latest.x},${latest.y}H${holdTo}` : null;

  const inside = planned.filter((p) => p.date >= first && p.date <= last).map(place);
  const plannedPath = inside.length > 0 ? straight(inside) : null;

  const spacing = options.minPointSpacing ?? 6;
  const dense = placed.length > 1 && plot.width / (placed.length - 1) < spacing;

  return {
    width,
    height,
    plot,
    actualPath: placed.length > 0 ? (steps(placed) ?? '') : '',
    holdPath,
    plannedPath,
    points: dense ? [] : placed,
    asOfX,
    timeTicks: [
      { value: first, position: plot.x, anchor: 'start' },
      { value: last, position: plot.x + plot.width, anchor: 'end' },
    ],
    valueTicks: [0, 50, 100].map((value) => ({
      value,
      position: round(y(value)),
      anchor: 'end',
    })),
  };
}
