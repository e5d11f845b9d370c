// The whole drawing of <milestone-timeline> at a width: the header rows of the axis, the progress
// panel with its lines and report points, the problems' lanes below it, then the steps' lanes.
// Each part is placed by its own module; this one stacks them.
import {
  fiscalBands,
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

export interface TimelineOptions {
  /** Width of the drawing in px. */
  width: number;
  /** Measures label text at LABEL_FONT_SIZE px (`estimateTextWidth` where no font can be). */
  measure: MeasureText;
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
  /** Rows of the header: fiscal-year names, quarter names, month names, years. */
  rows: { fiscalYear: number; quarter: number; month: number; year: number };
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

export const LABEL_FONT_SIZE = 12;
const MARGIN_LEFT = 44;
const MARGIN_RIGHT = 12;
const ROW_FISCAL_YEAR = 14;
const ROW_QUARTER = 32;
const ROW_MONTH = 52;
const ROW_YEAR = 66;
const PROGRESS_TOP = 92;
const PROGRESS_BOTTOM = PROGRESS_TOP + 140;
const ANNOTATION_TOP = PROGRESS_BOTTOM + 10;

/** The whole drawing at a width. */
export function layoutTimeline(
  data: TimelineData,
  { width, measure, stepSuffix = (info) => ` · ${info.step.weight}` }: TimelineOptions,
): TimelineLayout {
  const { project, asOf, domain } = data;
  const left = MARGIN_LEFT;
  const right = Math.max(left + 1, width - MARGIN_RIGHT);
  const x = timeScale(domain, [left, right]);
  const y = progressScale(PROGRESS_TOP, PROGRESS_BOTTOM);

  const marks = logMarks(data.log, x, y);
  const annotationLanes = annotate(marks, {
    width,
    // The widest annotation of a problem.
    maxWidth: Math.max(120, Math.min(280, width * 0.3)),
    measure,
    top: ANNOTATION_TOP,
  });

  const stepsTop =
    annotationLanes > 0
      ? ANNOTATION_TOP + annotationLanes * ANNOTATION_LANE + 10
      : PROGRESS_BOTTOM + 14;
  const steps = stepMarks(data.steps, x, {
    width,
    // The widest label of a step: about a third of the width, less for long plans so that they
    // need fewer lanes.
    maxLabelWidth: Math.max(120, Math.min(width * 0.35, data.steps.length > 60 ? 180 : 320)),
    measure,
    suffix: stepSuffix,
    top: stepsTop,
  });
  const stepLanes = steps.reduce((n, s) => Math.max(n, s.lane + 1), 0);
  const height = stepsTop + stepLanes * STEP_LANE + 8;

  return {
    width,
    height,
    left,
    right,
    ...fiscalBands(x, project.fiscalYearStartMonth),
    monthTicks: monthTicks(x, [left, right]),
    rows: { fiscalYear: ROW_FISCAL_YEAR, quarter: ROW_QUARTER, month: ROW_MONTH, year: ROW_YEAR },
    progress: {
      top: PROGRESS_TOP,
      bottom: PROGRESS_BOTTOM,
      ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, y: y(v) })),
    },
    ...progressLines(data, x, y),
    logMarks: marks,
    annotationLanes,
    steps,
    stepsTop,
    stepLanes,
    asOfLine:
      asOf >= domain.start && asOf < domain.end
        ? { x: x(asOf), y0: PROGRESS_TOP - 18, y1: height - 4 }
        : null,
    gridTop: ROW_QUARTER - 12,
  };
}
