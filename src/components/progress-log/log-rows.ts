import { isProblemText, type LogEntry } from '../../domain/index.js';

/** One report as the list shows it. Pure data: no DOM, no lit, no locale. */
export interface LogRow {
  /** The entry's index in the input: unique and stable, unlike its date. */
  key: number;
  /**
   * The report's number as the BMA page shows it, "(1)" to "(6)" for the seed: its place in the
   * whole log newest first, (1) the newest. A new report becomes (1) and the others move down
   * one, as on that page; the as-of date and the filter never renumber a report, so an officer
   * can refer to "(4)" and be understood.
   */
  number: number;
  entry: LogEntry;
  /**
   * Percentage points since the report before it in time, or null for the first report.
   * Rounded to 3 decimals so that 70.1 − 70 reads 0.1, not 0.09999999999999432.
   */
  change: number | null;
  hasProblems: boolean;
  hasObstacles: boolean;
}

/**
 * The log newest first, whatever the input order, each report with its change since the one
 * before it in time. Reports on one date keep their input order, the later one in the input
 * counting as the later report (as the domain's `logByDate` does). The input is not touched.
 */
export function logRows(log: readonly LogEntry[] | undefined): LogRow[] {
  const oldestFirst = (log ?? [])
    .map((entry, key) => ({ entry, key }))
    .sort((a, b) =>
      a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.key - b.key,
    );
  const rows = oldestFirst.map(({ entry, key }, i): LogRow => {
    const previous = i > 0 ? oldestFirst[i - 1].entry.percent : null;
    return {
      key,
      number: oldestFirst.length - i,
      entry,
      change: previous === null ? null : Math.round((entry.percent - previous) * 1000) / 1000,
      hasProblems: isProblemText(entry.problems),
      hasObstacles: isProblemText(entry.obstacles),
    };
  });
  return rows.reverse();
}

/** Whether a report's problems or obstacles say something (the filter keeps these). */
export const saysSomething = (row: LogRow): boolean => row.hasProblems || row.hasObstacles;

/**
 * A change as the list shows it: rounded to one decimal, as `Formatter.signedNumber()` prints
 * it. Up, down or no change, and "point" or "points", are decided on this value, so that a
 * change of −0.04 reads "no change" rather than a bold "down 0 points", and 0.96 reads
 * "+1 point". Never −0.
 */
export function shownChange(change: number): number {
  // toFixed rounds half away from zero on the value's magnitude, like Intl.NumberFormat.
  const rounded = Number(change.toFixed(1));
  return rounded === 0 ? 0 : rounded;
}
