// Geometry of <milestone-timeline>: the time axis over the fiscal year, quarter bands, month
// ticks, the planned and actual progress lines, the log points and the plan steps with their
// labels placed in lanes so that no two overlap. Pure: numbers and path strings, no DOM, no
// formatting of words (the element words and formats what this module positions).
import { curveStepAfter, line } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { graphemes } from '../domain/graphemes.js';
import {
  dayNumber,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  isoFromDayNumber,
  isProblemText,
  logByDate,
  scheduledSteps,
  type IsoDate,
  type LogEntry,
  type PlanStep,
  type Project,
  type Quarter,
  type ScheduledStep,
} from '../domain/index.js';
import { actualPoints, plannedCurve, type ProgressPoint } from './curves.js';
import { linearScale } from './scale.js';

/** Measures a text in px at the size it is drawn. */
export type MeasureText = (text: string) => number;

/**
 * What the log says at a step's end: a figure (`reported`), nothing yet because no report is
 * dated on or before it (`no-report`: not 0 %), or nothing because the end is after the as-of
 * date (`not-due`).
 */
export type ActualAtEnd = 'reported' | 'no-report' | 'not-due';

/** A plan step with the figures every view of it shows. */
export interface StepInfo {
  step: PlanStep;
  /** Position in `project.plan`. */
  index: number;
  /**
   * The step as the domain's figures read it (`scheduledSteps`): its due day `end` (for a
   * one-date step followed by a later one, the day that step starts), `oneDate`, `until`.
   */
  scheduled: ScheduledStep;
  /** The day the step is drawn from and due by (`scheduled.start`, `scheduled.end`). */
  start: IsoDate;
  end: IsoDate;
  /** A one-date step that counts on its date (no later step): drawn as a diamond. */
  milestone: boolean;
  /** The sum of the plan's weights (80 for the seed), null when it is not above 0. */
  totalWeight: number | null;
  /** The domain's planned completion of the plan at the step's end (0–100), null without usable weights. */
  plannedAtEnd: number | null;
  /** The domain's actual progress at the step's end (`actualProgress`), or null: see `atEnd`. */
  actualAtEnd: number | null;
  atEnd: ActualAtEnd;
}

/** A log entry with what the views need to mark it. */
export interface LogInfo {
  entry: LogEntry;
  /** Position in `project.log`. */
  index: number;
  /**
   * The report's number as the BMA page numbers it: its place in the whole log newest first,
   * (1) the newest. A new report becomes (1) and moves the others down one, as on that page;
   * the as-of date and any filter never renumber a report.
   */
  number: number;
  /** Change from the previous report in points; null for the first one. */
  change: number | null;
  /** The entry reports a problem or an obstacle (not "ไม่มี", "none"…). */
  problem: boolean;
  /** The text to annotate it with: its problems, else its obstacles; null when neither says anything. */
  problemText: string | null;
}

const addDays = (date: IsoDate, days: number) => isoFromDayNumber(dayNumber(date) + days);

/**
 * The plan in the order it is drawn and read: by start, then due day, then step number, then
 * input order (the sort is stable). The figures at each step's end are the domain's: planned from
 * `scheduledSteps`, actual by `actualProgress`'s rule at that day (`actualProgressOf`, only once
 * it is on or before `asOf`).
 */
function orderedSteps(project: Project, asOf: IsoDate): StepInfo[] {
  const plan = project.plan ?? [];
  const total = plan.reduce((sum, step) => sum + step.weight, 0);
  const actualOn = actualProgressOf(project);
  return scheduledSteps(project)
    .sort(
      (a, b) =>
        compare(a.start, b.start) ||
        compare(a.end, b.end) ||
        plan[a.index].step - plan[b.index].step,
    )
    .map((scheduled) => {
      const actual = scheduled.end <= asOf ? actualOn(scheduled.end) : null;
      return {
        step: plan[scheduled.index],
        index: scheduled.index,
        scheduled,
        start: scheduled.start,
        end: scheduled.end,
        milestone: scheduled.start === scheduled.end,
        totalWeight: total > 0 ? total : null,
        plannedAtEnd: scheduled.plannedAtEnd,
        actualAtEnd: actual,
        atEnd: scheduled.end > asOf ? 'not-due' : actual === null ? 'no-report' : 'reported',
      };
    });
}

/**
 * `actualProgress(project, date)` for many dates of one project, with the log sorted once: the
 * domain's function sorts it on every call, and a plan of 200 steps over 500 reports took a
 * second. Its rule exactly (the tests compare the two at every step's end): the reported
 * `progress` once `date` is on or after the newest entry (or there is no log), else the newest
 * entry on or before `date`, else null.
 */
export function actualProgressOf(project: Project): (date: IsoDate) => number | null {
  const sorted = logByDate(project);
  const newest = sorted.at(-1);
  return (date) => {
    const day = dayNumber(date);
    if (project.progress !== undefined && (!newest || day >= newest.day)) return project.progress;
    // The last entry on or before `day`: a binary search over the days, oldest first.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].day <= day) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? sorted[low - 1].entry.percent : null;
  };
}

/**
 * The log oldest first, without the reports dated after `asOf` (nothing after it is known);
 * entries on one date keep their input order (as the domain reads them).
 */
function orderedLog(project: Project, asOf: IsoDate): LogInfo[] {
  const all = logByDate(project);
  return all
    .map(({ entry, index }, i) => ({ entry, index, number: all.length - i }))
    .filter(({ entry }) => entry.date <= asOf)
    .map(({ entry, index, number }, i, sorted) => {
      const problemText = [entry.problems, entry.obstacles].find(isProblemText) ?? null;
      return {
        entry,
        index,
        number,
        change: i === 0 ? null : entry.percent - sorted[i - 1].entry.percent,
        problem: problemText !== null,
        problemText,
      };
    });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The dates the axis covers: the project's fiscal year, widened to whole fiscal quarters so that
 * steps and the reports known at `asOf` outside the year are drawn rather than dropped. `end` is
 * exclusive (the day after the last day shown), so the last day of the year has its width.
 */
export function timeDomain(
  project: Project,
  asOf: IsoDate = '9999-12-31',
): { start: IsoDate; end: IsoDate } {
  const startMonth = project.fiscalYearStartMonth;
  const year = fiscalYearRange(project.fiscalYear, startMonth);
  const dates = [
    year.start,
    year.end,
    ...(project.plan ?? []).flatMap((step) => [step.start, step.end]),
    ...(project.log ?? []).map((entry) => entry.date).filter((date) => date <= asOf),
  ].sort();
  const quarterOf = (date: IsoDate) =>
    fiscalQuarterRange(
      fiscalYearOf(date, startMonth),
      fiscalQuarterOf(date, startMonth),
      startMonth,
    );
  return { start: quarterOf(dates[0]).start, end: addDays(quarterOf(dates.at(-1)!).end, 1) };
}

/** What every view of the timeline shows, computed once per project and as-of date. */
export interface TimelineData {
  project: Project;
  asOf: IsoDate;
  /** The axis: the fiscal year widened to whole quarters; `end` is exclusive. */
  domain: { start: IsoDate; end: IsoDate };
  steps: StepInfo[];
  /** The reports dated on or before `asOf`, oldest first. */
  log: LogInfo[];
  /** How many reports are dated after `asOf`, and so not shown. */
  later: number;
  /** The planned S-curve over the axis; empty without usable weights. */
  planned: ProgressPoint[];
  /** The reported progress known at `asOf`, oldest first; it starts at the first report. */
  actual: ProgressPoint[];
}

export function timelineData(project: Project, asOf: IsoDate): TimelineData {
  const domain = timeDomain(project, asOf);
  const planned = plannedCurve(project, domain.start, addDays(domain.end, -1));
  const log = orderedLog(project, asOf);
  return {
    project,
    asOf,
    domain,
    steps: orderedSteps(project, asOf),
    log,
    later: (project.log ?? []).length - log.length,
    planned,
    actual: actualPoints(project, asOf),
  };
}

/** Fits `text` into `maxWidth` px, cutting whole graphemes (Thai marks stay on their letter). */
export function fitText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
): { text: string; truncated: boolean } {
  if (measure(text) <= maxWidth) return { text, truncated: false };
  const characters = graphemes(text);
  // The first `n` graphemes and the ellipsis (the ellipsis alone for none).
  const cut = (n: number) => `${characters.slice(0, n).join('').trimEnd()}…`;
  let low = 0;
  let high = characters.length - 1;
  // The longest prefix that fits together with the ellipsis.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid)) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  // Nothing at all when not even the ellipsis fits.
  return { text: low > 0 || measure(cut(0)) <= maxWidth ? cut(low) : '', truncated: true };
}

// Thai vowels and tone marks written above or below a consonant, and Latin combining marks,
// take no width of their own.
const ZERO_WIDTH = /[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d]/;

/**
 * A width estimate for when no font can be measured (tests, server rendering): average advance
 * widths of a sans-serif face, generous so that estimated labels never collide.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    if (char === ' ') em += 0.3;
    else if (/[il.,:;'|!]/.test(char)) em += 0.3;
    else if (/[A-Z0-9%MWmw]/.test(char)) em += 0.65;
    else em += 0.58;
  }
  return em * fontSize;
}

/** Interval of an item on one line of lanes. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Greedy interval partitioning: items sorted by start go into the first lane where they keep
 * `gap` from every item already there. Returns each item's lane (in input order), or null when
 * it would need more than `maxLanes` lanes.
 */
export function assignLanes(spans: Span[], gap: number, maxLanes = Infinity): (number | null)[] {
  return firstFit(
    spans.map((span) => ({ span })),
    (a, b) => a.span.start - b.span.start,
    gap,
    maxLanes,
  );
}

/** A text placed in a lane below its anchor point and tied to it by a vertical leader. */
export interface Callout {
  span: Span;
  /** Where the leader runs down from the point, through every lane above the text's. */
  anchorX: number;
}

/**
 * Lanes for callouts: no text overlaps another, and no leader crosses a text in a lane above
 * its own. Callouts are placed from the right, so a leader usually passes left of the texts
 * already placed. Returns each callout's lane (input order), or null past `maxLanes`.
 */
export function assignCalloutLanes(
  callouts: Callout[],
  gap: number,
  maxLanes: number,
): (number | null)[] {
  return firstFit(callouts, (a, b) => b.anchorX - a.anchorX, gap, maxLanes);
}

const overlaps = (a: Span, b: Span, gap: number) => a.start < b.end + gap && b.start < a.end + gap;

/**
 * Items taken in `compare` order (input order among equals: the sort is stable) each go into the first lane where
 * their span keeps `gap` from the spans there and, for a callout, where its leader (2 px apart)
 * crosses no span in the lanes above. Returns each item's lane in input order, null past
 * `maxLanes`.
 */
function firstFit<T extends { span: Span; anchorX?: number }>(
  items: T[],
  compare: (a: T, b: T) => number,
  gap: number,
  maxLanes: number,
): (number | null)[] {
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a], items[b]));
  const occupied: Span[][] = [];
  const lanes: (number | null)[] = new Array(items.length).fill(null);
  const free = (lane: number, span: Span, g: number) =>
    !(occupied[lane] ?? []).some((t) => overlaps(t, span, g));
  for (const i of order) {
    const { span, anchorX } = items[i];
    const leader = anchorX === undefined ? null : { start: anchorX - 1, end: anchorX + 1 };
    for (let lane = 0; lane < maxLanes; lane++) {
      if (!free(lane, span, gap)) continue;
      if (leader && occupied.slice(0, lane).some((_, above) => !free(above, leader, 2))) continue;
      (occupied[lane] ??= []).push(span);
      if (leader) for (let above = 0; above < lane; above++) occupied[above].push(leader);
      lanes[i] = lane;
      break;
    }
  }
  return lanes;
}

export interface TimelineOptions {
  /** Width of the drawing in px. */
  width: number;
  /** Measures label text at LABEL_FONT_SIZE px (`estimateTextWidth` where no font can be). */
  measure: MeasureText;
  /** What follows a step's name in its label (its weight, worded by the caller). */
  stepSuffix?: (info: StepInfo) => string;
}

export interface FiscalYearBand {
  fiscalYear: number;
  /** The year's own first and last day (it may be cut by the axis). */
  start: IsoDate;
  end: IsoDate;
  x0: number;
  x1: number;
}

export interface QuarterBand extends FiscalYearBand {
  quarter: Quarter;
  /** Every other quarter is shaded, so neighbours can be told apart without their labels. */
  shaded: boolean;
}

export interface MonthTick {
  date: IsoDate;
  x: number;
  /** The first tick, and the first of each new calendar year, also name the year. */
  showYear: boolean;
}

export interface StepMark extends StepInfo {
  x0: number;
  x1: number;
  /** Centre line of the step's lane. */
  y: number;
  lane: number;
  /** The mark's outline: a rectangle for a step, a diamond for a one-day step. */
  d: string;
  label: {
    x: number;
    anchor: 'start' | 'end';
    /** The name as drawn, maybe cut with "…"; empty when not even that fits. */
    name: string;
    suffix: string;
    truncated: boolean;
  };
}

export interface LogMark extends LogInfo {
  x: number;
  y: number;
  /** A circle for a report, a triangle for one that reports a problem. */
  d: string;
  annotation: {
    lane: number;
    x: number;
    y: number;
    anchor: 'start' | 'end';
    text: string;
    truncated: boolean;
    /** The leader from the point down to the annotation. */
    leader: string;
  } | null;
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
const EDGE = 4;
const ROW_FISCAL_YEAR = 14;
const ROW_QUARTER = 32;
const ROW_MONTH = 52;
const ROW_YEAR = 66;
const PROGRESS_TOP = 92;
const PROGRESS_BOTTOM = PROGRESS_TOP + 140;
const ANNOTATION_TOP = PROGRESS_BOTTOM + 10;
const ANNOTATION_LANE = 18;
/** Annotations that do not fit in this many lanes are left to the details panel. */
const ANNOTATION_LANES = 3;
const STEP_LANE = 26;
const DIAMOND = 7;
const BAR_HALF = 6;
const POINT_RADIUS = 4;
const TRIANGLE = 6;
const LABEL_GAP = 6;
const LANE_GAP = 10;
const MIN_CALLOUT = 100;
/** The least space between month labels in px; months are skipped to keep it. */
const MIN_TICK_SPACING = 44;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The whole drawing at a width. */
export function layoutTimeline(
  data: TimelineData,
  { width, measure, stepSuffix = (info) => ` · ${info.step.weight}` }: TimelineOptions,
): TimelineLayout {
  const { project, asOf, domain } = data;
  // The widest label of a step (more is cut with an ellipsis): about a third of the width, less
  // for long plans so that they need fewer lanes; and the widest annotation of a problem.
  const maxLabelWidth = Math.max(120, Math.min(width * 0.35, data.steps.length > 60 ? 180 : 320));
  const maxAnnotationWidth = Math.max(120, Math.min(280, width * 0.3));
  const startMonth = project.fiscalYearStartMonth;
  const left = MARGIN_LEFT;
  const right = Math.max(left + 1, width - MARGIN_RIGHT);
  // The axis in whole days; `end` is the day after the last one shown.
  const [first, end] = [dayNumber(domain.start), dayNumber(domain.end)];
  const x = linearScale([first, end], [left, right]);
  const xOfDay = (day: number) => round(x(day));
  const xOf = (date: IsoDate | Date) => xOfDay(dayNumber(date));

  // Bands: every fiscal year and quarter the axis touches, cut to the axis.
  const fiscalYears: FiscalYearBand[] = [];
  const quarters: QuarterBand[] = [];
  const clip = (range: { start: IsoDate; end: IsoDate }) => ({
    ...range,
    x0: xOfDay(Math.max(first, dayNumber(range.start))),
    x1: xOfDay(Math.min(end, dayNumber(range.end) + 1)),
  });
  const lastYear = fiscalYearOf(addDays(domain.end, -1), startMonth);
  for (let fy = fiscalYearOf(domain.start, startMonth); fy <= lastYear; fy++) {
    fiscalYears.push({ fiscalYear: fy, ...clip(fiscalYearRange(fy, startMonth)) });
    for (const quarter of [1, 2, 3, 4] as Quarter[]) {
      const range = fiscalQuarterRange(fy, quarter, startMonth);
      if (range.end < domain.start || range.start >= domain.end) continue;
      quarters.push({ fiscalYear: fy, quarter, ...clip(range), shaded: quarter % 2 === 0 });
    }
  }

  // Month ticks, thinned to every 2, 3, 6 or 12 months when a month is too narrow for a label.
  // (A date-only ISO string is read as UTC midnight.)
  const months = utcMonth.range(new Date(domain.start), new Date(domain.end));
  const perMonth = (right - left) / Math.max(1, months.length);
  const every = [1, 2, 3, 6, 12].find((k) => k * perMonth >= MIN_TICK_SPACING) ?? 12;
  // Counted from the axis start, which is a quarter start: every 3 months marks the quarters.
  const ticks = months.filter((_, i) => i % every === 0);
  const monthTicks = ticks.map((date, i) => ({
    date: date.toISOString().slice(0, 10),
    x: xOf(date),
    showYear: i === 0 || date.getUTCFullYear() !== ticks[i - 1].getUTCFullYear(),
  }));

  // Progress panel: planned S-curve and the reported step line on 0–100 %.
  const y = linearScale([0, 100], [PROGRESS_BOTTOM, PROGRESS_TOP]);
  const yOf = (value: number) => round(y(value));
  const toXY = line<ProgressPoint>()
    .x((p) => xOf(p.date))
    .y((p) => yOf(p.value));
  const plannedPath = toXY(data.planned) ?? '';
  const actual = data.actual;
  const last = actual.at(-1);
  // The last report holds until the as-of date (or the axis end, whichever comes first).
  const holdUntil = asOf < domain.end ? asOf : domain.end;
  const held =
    last && holdUntil > last.date ? [...actual, { date: holdUntil, value: last.value }] : actual;
  const actualPath = toXY.curve(curveStepAfter)(held) ?? '';

  // Log points, and annotations of those with problems in a few lanes below the panel.
  const logMarks: LogMark[] = data.log.map((info) => {
    const px = xOf(info.entry.date);
    const py = yOf(info.entry.percent);
    return {
      ...info,
      x: px,
      y: py,
      d: info.problem ? trianglePath(px, py) : circlePath(px, py),
      annotation: null,
    };
  });
  const callouts = logMarks
    .filter((mark) => mark.problemText !== null)
    .map((mark) => {
      const roomRight = width - EDGE - (mark.x + LABEL_GAP + 8);
      const roomLeft = mark.x - LABEL_GAP - 8 - EDGE;
      // To the right whenever there is fair room: placed from the right, such texts never lie
      // across the leaders of the points to their left.
      const toRight = roomRight >= Math.min(maxAnnotationWidth, MIN_CALLOUT, roomLeft);
      const room = Math.min(maxAnnotationWidth, toRight ? roomRight : roomLeft);
      const fitted = fitText(mark.problemText!, room, measure);
      const textWidth = measure(fitted.text);
      const textX = toRight ? mark.x + LABEL_GAP + 2 : mark.x - LABEL_GAP - 2;
      return {
        mark,
        toRight,
        fitted,
        textX,
        anchorX: mark.x,
        span: toRight
          ? { start: mark.x - 1, end: textX + textWidth }
          : { start: textX - textWidth, end: mark.x + 1 },
      };
    });
  const annotationLaneOf = assignCalloutLanes(callouts, LANE_GAP, ANNOTATION_LANES);
  let annotationLanes = 0;
  callouts.forEach(({ mark, toRight, fitted, textX }, k) => {
    const lane = annotationLaneOf[k];
    if (lane === null) return;
    annotationLanes = Math.max(annotationLanes, lane + 1);
    const rowY = ANNOTATION_TOP + lane * ANNOTATION_LANE + ANNOTATION_LANE / 2;
    mark.annotation = {
      lane,
      x: round(textX),
      y: rowY,
      anchor: toRight ? 'start' : 'end',
      ...fitted,
      leader: `M${mark.x},${round(mark.y + TRIANGLE)}V${rowY}`,
    };
  });

  // Steps: a bar or a diamond, and a label beside it that never overlaps another one.
  const stepsTop =
    annotationLanes > 0
      ? ANNOTATION_TOP + annotationLanes * ANNOTATION_LANE + 10
      : PROGRESS_BOTTOM + 14;
  const placed = data.steps.map((info) => {
    // From its start to the day it is due, as the figures read it (a one-date step followed by
    // a later one runs until that step starts).
    const x0 = xOf(info.start);
    const x1 = info.milestone ? x0 : Math.max(xOf(info.end), x0 + 2);
    const markStart = info.milestone ? x0 - DIAMOND : x0;
    const markEnd = info.milestone ? x1 + DIAMOND : x1;
    const suffix = stepSuffix(info);
    const suffixWidth = measure(suffix);
    const full = measure(info.step.name) + suffixWidth;
    const roomRight = width - EDGE - (markEnd + LABEL_GAP);
    const roomLeft = markStart - LABEL_GAP - EDGE;
    // Where the whole label fits, to the right first; else on the side with more room.
    const toRight =
      full <= Math.min(maxLabelWidth, roomRight) ||
      (full > Math.min(maxLabelWidth, roomLeft) && roomRight >= roomLeft);
    const room = Math.min(maxLabelWidth, toRight ? roomRight : roomLeft);
    const name = fitText(info.step.name, room - suffixWidth, measure);
    const labelWidth = name.text === '' ? 0 : measure(name.text) + suffixWidth;
    const labelX = toRight ? markEnd + LABEL_GAP : markStart - LABEL_GAP;
    return {
      ...info,
      x0,
      x1,
      label: {
        x: round(labelX),
        anchor: toRight ? ('start' as const) : ('end' as const),
        name: name.text,
        suffix: name.text === '' ? '' : suffix,
        truncated: name.truncated,
      },
      span: toRight
        ? { start: markStart, end: labelX + labelWidth }
        : { start: labelX - labelWidth, end: markEnd },
    };
  });
  const stepLaneOf = assignLanes(
    placed.map((p) => p.span),
    LANE_GAP,
  );
  const steps: StepMark[] = placed.map(({ span: _, ...mark }, i) => {
    const lane = stepLaneOf[i] ?? 0;
    const cy = stepsTop + lane * STEP_LANE + STEP_LANE / 2;
    return {
      ...mark,
      y: cy,
      lane,
      d: mark.milestone
        ? diamondPath(mark.x0, cy)
        : `M${mark.x0},${cy - BAR_HALF}H${mark.x1}V${cy + BAR_HALF}H${mark.x0}Z`,
    };
  });
  const stepLanes = steps.reduce((n, s) => Math.max(n, s.lane + 1), 0);
  const height = stepsTop + stepLanes * STEP_LANE + 8;

  return {
    width,
    height,
    left,
    right,
    fiscalYears,
    quarters,
    monthTicks,
    rows: { fiscalYear: ROW_FISCAL_YEAR, quarter: ROW_QUARTER, month: ROW_MONTH, year: ROW_YEAR },
    progress: {
      top: PROGRESS_TOP,
      bottom: PROGRESS_BOTTOM,
      ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, y: yOf(v) })),
    },
    plannedPath,
    actualPath,
    logMarks,
    annotationLanes,
    steps,
    stepsTop,
    stepLanes,
    asOfLine:
      asOf >= domain.start && asOf < domain.end
        ? { x: xOf(asOf), y0: PROGRESS_TOP - 18, y1: height - 4 }
        : null,
    gridTop: ROW_QUARTER - 12,
  };
}

/** A closed outline through the points, each coordinate rounded as every other position. */
function polygon(...points: [number, number][]): string {
  return `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}Z`;
}

function diamondPath(cx: number, cy: number, r = DIAMOND): string {
  return polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]);
}

/** An equilateral triangle pointing up, inscribed in a circle of radius `r`. */
function trianglePath(cx: number, cy: number, r = TRIANGLE): string {
  const dx = r * 0.866;
  return polygon([cx, cy - r], [cx + dx, cy + r / 2], [cx - dx, cy + r / 2]);
}

function circlePath(cx: number, cy: number, r = POINT_RADIUS): string {
  return `M${round(cx - r)},${cy}A${r},${r} 0 1,0 ${round(cx + r)},${cy}A${r},${r} 0 1,0 ${round(cx - r)},${cy}Z`;
}
