// What every view of <milestone-timeline> shows, before any geometry: the plan in drawing order
// with the domain's figures at each step's end, the reports known at the as-of date, and the
// dates the axis covers.
import { actualProgressOf } from '../../domain/progress.js';
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
  type ScheduledStep,
} from '../../domain/index.js';
import { actualPoints, plannedCurve, type ProgressPoint } from '../curves.js';

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

export const addDays = (date: IsoDate, days: number) => isoFromDayNumber(dayNumber(date) + days);

/**
 * The plan in the order it is drawn and read: by start, then due day, then step number, then
 * input order (the sort is stable). The figures at each step's end are the domain's: planned from
 * `scheduledSteps`, actual from `actualProgressOf`, once the end is on or before `asOf`.
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
