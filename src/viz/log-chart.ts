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

/** The text a log chart writes around its plot, measured by the element that draws it. */
export interface LogChartText {
  /** The labels' font size in px. */
  size: number;
  /** The widest text left of the plot: the percentages, and the title above them if any. */
  valueWidth: number;
  /** Whether a title stands above the percentages (Thai writes "ร้อยละ" there). */
  titled: boolean;
  /** The widths of the first and the last date's labels, written below the plot. */
  timeWidths: [number, number];
}

/** Where the text around the plot goes, and the room it takes. */
export interface LogChartFrame {
  /** The chart's height: LOG_CHART_HEIGHT at 12 px text, more for larger text. */
  height: number;
  margin: ChartMargin;
  /** Between the percentages (written right-aligned) and the plot. */
  tickGap: number;
  /** The baselines of the first and the last date: one row, or a row each when they would meet. */
  timeY: [number, number];
  /** The baseline of the title above the percentages. */
  titleY: number;
}

/** The percentages written along the value axis. */
export const VALUE_TICKS = [0, 50, 100];
/** The chart's height in px at 12 px text. */
export const LOG_CHART_HEIGHT = 132;
/** The text size the frame's measures below are given for; they grow in proportion with it. */
const FRAME_TEXT = 12;
const TICK_GAP = 6;

/**
 * The margins and the height that the labels need at their measured size: the left margin holds
 * the widest percentage (or title), the top one the title, the bottom one the dates, in two rows
 * when side by side they would meet. At least 4 lines of text stay between 0 and 100 %, so the
 * three percentages keep apart however large the reader makes the text.
 */
export function logChartFrame(text: LogChartText, width: number): LogChartFrame {
  const em = text.size / FRAME_TEXT;
  const v = (px: number) => round(px * em);
  const top = v(text.titled ? 26 : 18);
  const right = DEFAULT_MARGIN.right;
  // A hair between the widest label and the drawing's edge.
  const left = Math.ceil(text.valueWidth + TICK_GAP + 2);
  const [firstWidth, lastWidth] = text.timeWidths;
  const rows = firstWidth + lastWidth + v(12) <= width - left - right ? 1 : 2;
  const line = round(text.size * 1.25);
  const bottom = v(22) + (rows - 1) * line;
  const height = Math.max(LOG_CHART_HEIGHT, top + bottom + round(4 * text.size));
  const last = height - v(4);
  return {
    height,
    margin: { top, right, bottom, left },
    tickGap: TICK_GAP,
    timeY: rows === 1 ? [last, last] : [round(last - line), last],
    titleY: top - v(10),
  };
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
    valueTicks: VALUE_TICKS.map((value) => ({
      value,
      position: round(y(value)),
      anchor: 'end',
    })),
  };
}
