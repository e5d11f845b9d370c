import {
  dayNumber,
  isoFromDayNumber,
  logByDate,
  plannedProgressOf,
  type Project,
} from '../domain/index.js';

/** One point of a progress curve: a date (`YYYY-MM-DD`) and a percentage 0–100. */
export interface ProgressPoint {
  date: string;
  value: number;
}

/**
 * The planned "S-curve": cumulative `plannedProgress` from `from` to `to`. Planned progress is
 * piecewise linear in whole days between the steps' start and end dates, and a zero-length step
 * jumps from 0 to its weight on its end date, so evaluating it at those dates (and the day before
 * each) gives the exact curve with few points. Empty when the project has no usable plan.
 */
export function plannedCurve(project: Project, from: string, to: string): ProgressPoint[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const planned = plannedProgressOf(project);
  if (!(last >= first) || planned === null) return [];
  const days = new Set<number>([first, last]);
  // A one-date step that runs on ends where another step starts: every day the curve bends on
  // is some step's start or entered end.
  for (const step of project.plan ?? []) {
    for (const iso of [step.start, step.end]) {
      const day = dayNumber(iso);
      for (const d of [day - 1, day]) if (d >= first && d <= last) days.add(d);
    }
  }
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const date = isoFromDayNumber(day);
      return { date, value: planned(date) };
    });
}

/**
 * The reported progress, oldest first (the input may be in any order); ties keep input order.
 * With `asOf`, only the reports dated on or before it: nothing after the as-of date is known.
 */
export function actualPoints(project: Project, asOf?: string): ProgressPoint[] {
  return logByDate(project)
    .filter(({ entry }) => asOf === undefined || entry.date <= asOf)
    .map(({ entry }) => ({ date: entry.date, value: entry.percent }));
}
