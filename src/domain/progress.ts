// Completion: what the plan says should be done by a date, what the log says was done, and the
// status that compares them (elements.md, "Domain functions"). Figures are never rounded here.
import { dayNumber } from './dates.js';
import type { IsoDate, LogEntry, Project, ScheduleStatus } from './types.js';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Planned completion at `asOf`, 0–100, or `null` without a plan or when the weights add up to 0.
 * Each step contributes its weight times the share of its days that have passed (whole UTC
 * days); a step that starts and ends on one day counts in full from that day. Dividing by the
 * sum of weights (not by 100) keeps the figure on 0–100 when weights do not add up to 100.
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
  const steps = plan.map((step) => ({
    start: dayNumber(step.start),
    end: dayNumber(step.end),
    weight: step.weight,
  }));
  const total = steps.reduce((sum, step) => sum + step.weight, 0);
  if (!(total > 0)) return null;
  return (asOf) => {
    const today = dayNumber(asOf);
    let done = 0;
    for (const { start, end, weight } of steps) {
      const share =
        end <= start ? (today >= end ? 1 : 0) : clamp01((today - start) / (end - start));
      done += weight * share;
    }
    // done ≤ total term by term, so the ratio is at most 1 and exactly 1 when every step is done.
    return (done / total) * 100;
  };
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
 * Actual completion, 0–100. With `asOf`: the reported `progress` when `asOf` is on or after the
 * newest entry (or there is no log), else the newest entry on or before `asOf`, else 0.
 * Without `asOf`: the reported `progress`, else the newest entry, else 0.
 */
export function actualProgress(
  project: Pick<Project, 'log' | 'progress'>,
  asOf?: Date | IsoDate,
): number {
  if (asOf === undefined) return project.progress ?? latestLogEntry(project)?.percent ?? 0;
  const newest = latestDated(project);
  if (project.progress !== undefined && (!newest || dayNumber(asOf) >= newest.day)) {
    return project.progress;
  }
  return latestDated(project, asOf)?.entry.percent ?? 0;
}

export interface ScheduleThresholds {
  /** Variance (percentage points) below which the project is at risk. Default -5. */
  atRisk?: number;
  /** Variance (percentage points) below which the project is behind. Default -10. */
  behind?: number;
}

export interface ScheduleReport {
  planned: number | null;
  actual: number;
  /** actual − planned in percentage points; null without a plan. */
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
  const variance = planned === null ? null : actual - planned;
  let status: ScheduleStatus;
  if (actual >= 100) status = 'complete';
  else if (planned === null || variance === null) status = 'unplanned';
  else if (planned === 0 && actual === 0) status = 'not-started';
  else if (variance < behind) status = 'behind';
  else if (variance < atRisk) status = 'at-risk';
  else status = 'on-track';
  return { planned, actual, variance, status };
}
