// The sentences of <milestone-timeline>: the accessible summary, the names of the marks and the
// words of the details. Each takes `msg` so that `lit-localize extract` finds its strings, and
// each sentence is translated whole (never assembled from translated pieces).
import type { MsgFn } from '@lit/localize';
import { str } from '@lit/localize';
import { isProblemText, type IsoDate, type ScheduleReport } from '../../domain/index.js';
import type { Formatter } from '../../internal/format.js';
import type { LogInfo, StepInfo } from '../../viz/timeline.js';

/**
 * "10 February" and "30 September 2020" from one date range, so a sentence can say "from … to …"
 * while Intl still decides what the two dates share (the year, here) for the locale and calendar.
 */
export function rangeEnds(fmt: Formatter, start: IsoDate, end: IsoDate): [string, string] {
  const parts = fmt.dateRangeParts(start, end);
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  if (firstEnd === -1) return [fmt.date(start), fmt.date(end)];
  const text = (list: Intl.DateTimeRangeFormatPart[]) =>
    list
      .map((p) => p.value)
      .join('')
      .trim();
  // The end keeps what the two dates share after it (the year): "30 September 2020".
  return [text(parts.filter((p) => p.source === 'startRange')), text(parts.slice(firstEnd))];
}

/** The dates of a step: one date for a one-day step, else the range. */
export function stepDates(fmt: Formatter, info: StepInfo): string {
  return info.milestone ? fmt.date(info.step.end) : fmt.dateRange(info.step.start, info.step.end);
}

/** The chart's accessible name: the plan in one sentence, the figures at `asOf` in another. */
export function summaryText(
  msg: MsgFn,
  fmt: Formatter,
  steps: StepInfo[],
  report: ScheduleReport,
  asOf: IsoDate,
): string {
  return `${planSentence(msg, fmt, steps)} ${figuresSentence(msg, fmt, report, asOf)}`;
}

function planSentence(msg: MsgFn, fmt: Formatter, steps: StepInfo[]): string {
  if (steps.length === 0) return msg('No plan steps have been given.');
  // The steps come in the order they are drawn, by start.
  const first = steps[0].step.start;
  const last = steps.reduce((d, s) => (s.step.end > d ? s.step.end : d), steps[0].step.end);
  const count = fmt.number(steps.length, 0);
  if (first === last) {
    const date = fmt.date(first);
    return steps.length === 1
      ? msg(str`Plan of ${count} step on ${date}.`)
      : msg(str`Plan of ${count} steps, all on ${date}.`);
  }
  const [from, to] = rangeEnds(fmt, first, last);
  return steps.length === 1
    ? msg(str`Plan of ${count} step from ${from} to ${to}.`)
    : msg(str`Plan of ${count} steps from ${from} to ${to}.`);
}

function figuresSentence(
  msg: MsgFn,
  fmt: Formatter,
  report: ScheduleReport,
  asOf: IsoDate,
): string {
  const date = fmt.date(asOf);
  // Nothing reported by the as-of date is not 0 %: the sentence says so instead of a figure.
  const reported = report.actual !== null;
  const actual = fmt.percent(report.actual ?? 0);
  if (report.planned !== null) {
    const planned = fmt.percent(report.planned);
    return reported
      ? msg(str`Planned ${planned}, actual ${actual} on ${date}.`)
      : msg(str`Planned ${planned} on ${date}; no progress reported yet.`);
  }
  return reported
    ? msg(str`Actual ${actual} on ${date}.`)
    : msg(str`No progress reported by ${date}.`);
}

/** A step mark's name: it begins with the step's full name, then what the details show. */
export function stepLabel(msg: MsgFn, fmt: Formatter, info: StepInfo): string {
  const name = info.step.name;
  const number = fmt.number(info.step.step, 0);
  const weight = fmt.percent(info.step.weight);
  const dates = stepDates(fmt, info);
  if (info.plannedAtEnd === null)
    return msg(str`${name}. Step ${number}, weight ${weight}, ${dates}.`);
  const planned = fmt.percent(info.plannedAtEnd);
  if (info.actualAtEnd === null) {
    return msg(
      str`${name}. Step ${number}, weight ${weight}, ${dates}. Planned ${planned} by its end.`,
    );
  }
  const actual = fmt.percent(info.actualAtEnd);
  return msg(
    str`${name}. Step ${number}, weight ${weight}, ${dates}. Planned ${planned} by its end, actual ${actual}.`,
  );
}

/** A log point's name: the date and the figure, the note, and any problem or obstacle. */
export function logLabel(msg: MsgFn, fmt: Formatter, info: LogInfo): string {
  const { entry } = info;
  const date = fmt.date(entry.date);
  const percent = fmt.percent(entry.percent);
  const sentences = [msg(str`Report of ${date}: ${percent}.`), entry.note];
  let text = entry.problems;
  if (isProblemText(text)) sentences.push(msg(str`Problems: ${text}`));
  text = entry.obstacles;
  if (isProblemText(text)) sentences.push(msg(str`Obstacles: ${text}`));
  return sentences.join(' ');
}
