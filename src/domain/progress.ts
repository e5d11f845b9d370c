// Completion: what the plan says should be done by a date, what the log says was done, and the
// status that compares them (elements.md, "Domain functions"). Figures are never rounded here.
import { dayNumber, isoFromDayNumber } from './dates.js';
import type { IsoDate, LogEntry, Project, ScheduleStatus } from './types.js';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * A plan step as the planned figures read it. `end` is the day its work is due: the entered end,
 * except for a one-date step (entered with the same start and end) followed by a later step,
 * which runs until that next step starts (officers often enter one date per step).
 * `plannedAtEnd` is the plan's planned completion, 0–100, on that day: the figure a person
 * recognises from the plan ("25 % of the plan"), where the weight alone (20 of 80) is not.
 */
export interface ScheduledStep {
  /** Position in the input's `plan`. */
  index: number;
  step: number;
  name: string;
  weight: number;
  start: IsoDate;
  /** The day its work is due (see above). */
  end: IsoDate;
  /** The end as entered. */
  enteredEnd: IsoDate;
  /** Entered with the same start and end. */
  oneDate: boolean;
  /** For a one-date step that runs on: the step whose start ends it. */
  until?: { step: number; date: IsoDate };
  /** Planned completion of the whole plan on `end`, 0–100; null when the weights add up to 0. */
  plannedAtEnd: number | null;
}

interface StepSpan {
  start: number;
  end: number;
  weight: number;
}

/** One-date steps run until the next later step starts (elements.md, "Domain functions"). */
function stepSpans(plan: NonNullable<Project['plan']>): {
  spans: StepSpan[];
  untilIndex: number[];
} {
  const starts = plan.map((step) => dayNumber(step.start));
  const untilIndex: number[] = [];
  const spans = plan.map((step, i) => {
    const start = starts[i];
    const end = dayNumber(step.end);
    let until = -1;
    if (end === start) {
      // The nearest start after this step's date; ties go to the first such step in the input.
      starts.forEach((other, j) => {
        if (other > start && (until < 0 || other < starts[until])) until = j;
      });
    }
    untilIndex.push(until);
    return { start, end: until < 0 ? end : starts[until], weight: step.weight };
  });
  return { spans, untilIndex };
}

/**
 * Planned completion at `asOf`, 0–100, or `null` without a plan or when the weights add up to 0.
 * Each step contributes its weight times the share of its days that have passed (whole UTC
 * days). A one-date step runs until the next later step starts; the last one counts in full
 * from its date. Dividing by the sum of weights (not by 100) keeps the figure on 0–100 when
 * weights do not add up to 100.
 */
export function plannedProgress(
  project: Pick<Project, 'plan'>,
  asOf: Date | IsoDate,
): number | null {
  return plannedProgressOf(project)?.(asOf) ?? null;
}

/**
 * `plannedProgress` for many dates of one project (a curve over a year): the plan's dates are
 * read once, and the function answers each date in time proportional to the number of steps.
 * `null` without a plan or when the weights add up to 0.
 */
export function plannedProgressOf(
  project: Pick<Project, 'plan'>,
): ((asOf: Date | IsoDate) => number) | null {
  const plan = project.plan;
  if (!plan || plan.length === 0) return null;
  const { spans } = stepSpans(plan);
  const total = spans.reduce((sum, step) => sum + step.weight, 0);
  if (!(total > 0)) return null;
  return (asOf) => plannedAtDay(spans, total, dayNumber(asOf));
}

function plannedAtDay(spans: StepSpan[], total: number, today: number): number {
  let done = 0;
  for (const { start, end, weight } of spans) {
    const share = end <= start ? (today >= end ? 1 : 0) : clamp01((today - start) / (end - start));
    done += weight * share;
  }
  // done ≤ total term by term, so the ratio is at most 1 and exactly 1 when every step is done.
  return (done / total) * 100;
}

/** The plan's steps in input order, as the planned figures read them (see ScheduledStep). */
export function scheduledSteps(project: Pick<Project, 'plan'>): ScheduledStep[] {
  const plan = project.plan ?? [];
  const { spans, untilIndex } = stepSpans(plan);
  const total = spans.reduce((sum, step) => sum + step.weight, 0);
  return plan.map((step, i) => {
    const until = untilIndex[i] >= 0 ? plan[untilIndex[i]] : undefined;
    return {
      index: i,
      step: step.step,
      name: step.name,
      weight: step.weight,
      start: step.start,
      end: isoFromDayNumber(spans[i].end),
      enteredEnd: step.end,
      oneDate: dayNumber(step.start) === dayNumber(step.end),
      ...(until && { until: { step: until.step, date: until.start } }),
      plannedAtEnd: total > 0 ? plannedAtDay(spans, total, spans[i].end) : null,
    };
  });
}

export interface DatedEntry {
  entry: LogEntry;
  index: number;
  day: number;
}

/**
 * The log oldest first. Entries on one date keep their input order, so the later one in the
 * input counts as the later report (the duplicate-log-date warning points at such ties).
 */
export function logByDate(project: Pick<Project, 'log'>): DatedEntry[] {
  return (project.log ?? [])
    .map((entry, index) => ({ entry, index, day: dayNumber(entry.date) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
}

/** The newest entry with its input index (on or before `asOf` when given). */
export function latestDated(
  project: Pick<Project, 'log'>,
  asOf?: Date | IsoDate,
): DatedEntry | undefined {
  const sorted = logByDate(project);
  if (asOf === undefined) return sorted.at(-1);
  const today = dayNumber(asOf);
  let latest: DatedEntry | undefined;
  for (const dated of sorted) {
    if (dated.day > today) break;
    latest = dated;
  }
  return latest;
}

/** The newest log entry (dated on or before `asOf` when given). */
export function latestLogEntry(
  project: Pick<Project, 'log'>,
  asOf?: Date | IsoDate,
): LogEntry | undefined {
  return latestDated(project, asOf)?.entry;
}

/**
 * Actual completion, 0–100, or `null` when nothing was reported by `asOf` (which is not 0 %).
 * With `asOf`: the reported `progress` when `asOf` is on or after the newest entry (or there is
 * no log), else the newest entry on or before `asOf`, else null. Without `asOf`: the reported
 * `progress`, else the newest entry, else null.
 */
export function actualProgress(
  project: Pick<Project, 'log' | 'progress'>,
  asOf?: Date | IsoDate,
): number | null {
  if (asOf === undefined) return project.progress ?? latestLogEntry(project)?.percent ?? null;
  return actualProgressOf(project)(asOf);
}

/**
 * `actualProgress` for many dates of one project (the figure at every step's end): the log is
 * sorted once and each date is a binary search, where calling `actualProgress` per date sorts the
 * log every time (a plan of 200 steps over 500 reports took a second).
 */
export function actualProgressOf(
  project: Pick<Project, 'log' | 'progress'>,
): (asOf: Date | IsoDate) => number | null {
  const sorted = logByDate(project);
  const newest = sorted.at(-1);
  return (asOf) => {
    const day = dayNumber(asOf);
    if (project.progress !== undefined && (!newest || day >= newest.day)) return project.progress;
    // The number of entries dated on or before `day`: the newest of them is the figure.
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

export interface ScheduleThresholds {
  /** Variance (percentage points) below which the project is at risk. Default -5. */
  atRisk?: number;
  /** Variance (percentage points) below which the project is behind. Default -10. */
  behind?: number;
}

export interface ScheduleReport {
  planned: number | null;
  /** null: nothing reported by the date (not 0 %). */
  actual: number | null;
  /** actual − planned in percentage points; null without a plan or without a report. */
  variance: number | null;
  status: ScheduleStatus;
}

export function scheduleStatus(
  project: Pick<Project, 'plan' | 'log' | 'progress'>,
  asOf: Date | IsoDate,
  { atRisk = -5, behind = -10 }: ScheduleThresholds = {},
): ScheduleReport {
  const planned = plannedProgress(project, asOf);
  const actual = actualProgress(project, asOf);
  const variance = planned === null || actual === null ? null : actual - planned;
  let status: ScheduleStatus;
  if (actual !== null && actual >= 100) status = 'complete';
  else if (planned === null) status = 'unplanned';
  else if (planned === 0 && (actual === null || actual === 0)) status = 'not-started';
  else if (variance === null) status = 'no-report';
  else if (variance < behind) status = 'behind';
  else if (variance < atRisk) status = 'at-risk';
  else status = 'on-track';
  return { planned, actual, variance, status };
}
