// The whole drawing of <milestone-timeline> at a width: the header rows of the axis, the progress
// panel with its lines and report points, the problems' lanes below it, then the steps' lanes.
// Each part is placed by its own module; this one stacks them.
import {
  fiscalBands,
  MIN_TICK_SPACING,
  monthTicks,
  timeScale,
  type FiscalYearBand,
  type MonthTick,
  type QuarterBand,
} from './axis.js';
import { annotate, ANNOTATION_LANE, logMarks, type LogMark } from './annotations.js';
import type { StepInfo, TimelineData } from './data.js';
import type { MeasureText } from './fit-text.js';
import { progressLines, progressScale } from './progress-lines.js';
import { STEP_LANE, stepMarks, type StepMark } from './steps.js';
import { EDGE, round } from './units.js';

export interface TimelineOptions {
  /** Width of the drawing in px. */
  width: number;
  /** Measures label text at `fontSize` px (`estimateTextWidth` where no font can be). */
  measure: MeasureText;
  /**
   * The labels' font size in px (default LABEL_FONT_SIZE): the header's rows, the lanes and the
   * gaps grow with it, so that text enlarged by the reader keeps apart.
   */
  fontSize?: number;
  /**
   * The widest text written left of the plot (the percentages, a title above them), measured:
   * the left margin holds it. Default: what the margin holds at LABEL_FONT_SIZE.
   */
  axisLabelWidth?: number;
  /** What follows a step's name in its label (its weight, worded by the caller). */
  stepSuffix?: (info: StepInfo) => string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plotting area's left and right edges. */
  left: number;
  right: number;
  fiscalYears: FiscalYearBand[];
  quarters: QuarterBand[];
  monthTicks: MonthTick[];
  /**
   * Rows of the header: fiscal-year names, quarter names, month names, years; then the row of the
   * as-of label and of a title over the percentages, just above the progress panel.
   */
  rows: {
    fiscalYear: number;
    quarter: number;
    month: number;
    year: number;
    asOf: number;
    axisTitle: number;
  };
  progress: { top: number; bottom: number; ticks: { value: number; y: number }[] };
  plannedPath: string;
  actualPath: string;
  logMarks: LogMark[];
  annotationLanes: number;
  steps: StepMark[];
  stepsTop: number;
  stepLanes: number;
  /** The as-of line, or null when `asOf` is outside the axis. */
  asOfLine: { x: number; y0: number; y1: number } | null;
  /** Where the quarter shading starts (it runs to the bottom). */
  gridTop: number;
}

/** The font size in px the measures below are for; they grow in proportion with a larger one. */
export const LABEL_FONT_SIZE = 12;
const MARGIN_LEFT = 44;
const MARGIN_RIGHT = 12;
/** Between the percentages (written right-aligned) and the plot's left edge. */
export const TICK_GAP = 6;
const ROW_FISCAL_YEAR = 14;
const ROW_QUARTER = 32;
const ROW_MONTH = 52;
const ROW_YEAR = 66;
const PROGRESS_TOP = 92;
const PROGRESS_HEIGHT = 140;
/** The percentages written along the progress panel. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100];
/** Rows of text over one line, as a multiple of the font size: the lanes of text hold them. */
const LINE = 1.5;

/** The whole drawing at a width. */
export function layoutTimeline(
  data: TimelineData,
  {
    width,
    measure,
    fontSize = LABEL_FONT_SIZE,
    axisLabelWidth = 0,
    stepSuffix = (info) => ` · ${info.step.weight}`,
  }: TimelineOptions,
): TimelineLayout {
  const { project, asOf, domain } = data;
  // Every vertical measure of the text grows with the font (the same numbers at 12 px).
  const em = fontSize / LABEL_FONT_SIZE;
  const v = (px: number) => round(px * em);
  const progressTop = v(PROGRESS_TOP);
  // The five percentages keep apart: at least 1.75 lines between two.
  const progressBottom = progressTop + Math.max(PROGRESS_HEIGHT, round(7 * fontSize));
  const annotationTop = progressBottom + v(10);
  const annotationLane = Math.max(ANNOTATION_LANE, round(LINE * fontSize));
  const stepLane = Math.max(STEP_LANE, round(LINE * fontSize) + 8);

  // The margin holds the widest text left of the plot, a hair from the drawing's edge.
  const left = Math.max(MARGIN_LEFT, Math.ceil(axisLabelWidth + TICK_GAP + 2));
  const right = Math.max(left + 1, width - MARGIN_RIGHT);
  const x = timeScale(domain, [left, right]);
  const y = progressScale(progressTop, progressBottom);

  // The room kept between a label and the right edge grows with the text too: a measured width
  // and a drawn one may differ by a few px a line (Thai data in another fallback font).
  const room = width - (v(EDGE) - EDGE);
  const marks = logMarks(data.log, x, y);
  const annotationLanes = annotate(marks, {
    width: room,
    // The widest annotation of a problem.
    maxWidth: Math.max(120, Math.min(280, width * 0.3)),
    measure,
    top: annotationTop,
    lane: annotationLane,
  });

  const stepsTop =
    annotationLanes > 0
      ? annotationTop + annotationLanes * annotationLane + v(10)
      : progressBottom + v(14);
  const steps = stepMarks(data.steps, x, {
    width: room,
    // The widest label of a step: about a third of the width, less for long plans so that they
    // need fewer lanes.
    maxLabelWidth: Math.max(120, Math.min(width * 0.35, data.steps.length > 60 ? 180 : 320)),
    measure,
    suffix: stepSuffix,
    top: stepsTop,
    lane: stepLane,
  });
  const stepLanes = steps.reduce((n, s) => Math.max(n, s.lane + 1), 0);
  const height = stepsTop + stepLanes * stepLane + 8;
  // The as-of label sits between the years and the panel; the percentages' title (left of the
  // years) a little higher, clear of "100".

  return {
    width,
    height,
    left,
    right,
    ...fiscalBands(x, project.fiscalYearStartMonth),
    monthTicks: monthTicks(x, [left, right], v(MIN_TICK_SPACING)),
    rows: {
      fiscalYear: v(ROW_FISCAL_YEAR),
      quarter: v(ROW_QUARTER),
      month: v(ROW_MONTH),
      year: v(ROW_YEAR),
      asOf: round(progressTop - v(12)),
      axisTitle: round(progressTop - v(14)),
    },
    progress: {
      top: progressTop,
      bottom: progressBottom,
      ticks: PERCENT_TICKS.map((value) => ({ value, y: y(value) })),
    },
    ...progressLines(data, x, y),
    logMarks: marks,
    annotationLanes,
    steps,
    stepsTop,
    stepLanes,
    asOfLine:
      asOf >= domain.start && asOf < domain.end
        ? { x: x(asOf), y0: round(progressTop - v(18)), y1: height - 4 }
        : null,
    gridTop: v(ROW_QUARTER - 12),
  };
}
