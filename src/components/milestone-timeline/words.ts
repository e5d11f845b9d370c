// The sentences of <milestone-timeline>: the accessible summary, the names of the marks and the
// words of the details. Each takes `msg` so that `lit-localize extract` finds its strings, and
// each sentence is translated whole (never assembled from translated pieces).
import type { MsgFn } from '@lit/localize';
import { str } from '@lit/localize';
import { isProblemText, type IsoDate, type ScheduleReport } from '../../domain/index.js';
import type { Formatter } from '../../domain/format.js';
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

/** The dates of a step as the figures read them: one date for a milestone, else the range. */
export function stepDates(fmt: Formatter, info: StepInfo): string {
  return info.milestone ? fmt.date(info.end) : fmt.dateRange(info.start, info.end);
}

/**
 * How a one-date step is read, when it runs on to the next step (see `scheduledSteps`): "entered
 * as 1 March 2020; runs until step 3 starts". Null for any other step.
 */
export function oneDateNote(msg: MsgFn, fmt: Formatter, info: StepInfo): string | null {
  const until = info.scheduled.until;
  if (!info.scheduled.oneDate || !until) return null;
  const date = fmt.date(info.scheduled.enteredEnd);
  return msg(str`entered as ${date}; runs until step ${fmt.number(until.step, 0)} starts`);
}

/** A step's dates with the note on how a one-date step is read, when it has one. */
export function stepDatesWithNote(msg: MsgFn, fmt: Formatter, info: StepInfo): string {
  const note = oneDateNote(msg, fmt, info);
  return note ? `${stepDates(fmt, info)} (${note})` : stepDates(fmt, info);
}

/**
 * A step's weight and what it comes to in the plan, said apart so nobody takes one for the other:
 * "20 of 80 → 25% of the plan" (the plan's planned figure at the step's end). Only the weight when
 * the weights add up to nothing usable.
 */
export function weightText(msg: MsgFn, fmt: Formatter, info: StepInfo): string {
  const weight = fmt.number(info.step.weight);
  if (info.totalWeight === null || info.plannedAtEnd === null) return weight;
  const total = fmt.number(info.totalWeight);
  const planned = fmt.percent(info.plannedAtEnd);
  return msg(str`${weight} of ${total} → ${planned} of the plan`);
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
  // The steps come in the order they are drawn, by start; each ends on the day it is due.
  const first = steps[0].start;
  const last = steps.reduce((d, s) => (s.end > d ? s.end : d), steps[0].end);
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
  if (report.actual === null) {
    return report.planned === null
      ? msg(str`No report by ${date}.`)
      : msg(str`Planned ${fmt.percent(report.planned)} by ${date}; no report yet.`);
  }
  const actual = fmt.percent(report.actual);
  return report.planned === null
    ? msg(str`Actual ${actual} on ${date}.`)
    : msg(str`Planned ${fmt.percent(report.planned)}, actual ${actual} on ${date}.`);
}

/**
 * One piece of an accessible name: the element's own words (no `lang`: the page's) or a text
 * from the data with its own `lang`. A name is the pieces joined by `aria-labelledby`, so each
 * keeps its language ("Step 2:", "ดำเนินโครงการ", "weight 40 of 80…").
 */
export interface NamePart {
  text: string;
  lang?: string;
}

type LangOf = (text: string | undefined) => string | undefined;

/** A step mark's name: "Step 2:", its name, its weight and dates, the figures at its end. */
export function stepName(msg: MsgFn, fmt: Formatter, langOf: LangOf, info: StepInfo): NamePart[] {
  const number = fmt.number(info.step.step, 0);
  const weight = fmt.number(info.step.weight);
  const dates = stepDatesWithNote(msg, fmt, info);
  const about =
    info.totalWeight === null || info.plannedAtEnd === null
      ? msg(str`weight ${weight}, ${dates}.`)
      : msg(
          str`weight ${weight} of ${fmt.number(info.totalWeight)}, ${dates}. Planned by its end: ${fmt.percent(info.plannedAtEnd)} of the plan.`,
        );
  const actual =
    info.atEnd === 'reported'
      ? msg(str`Actual at its end: ${fmt.percent(info.actualAtEnd!)}.`)
      : info.atEnd === 'no-report'
        ? msg('No report by its end.')
        : '';
  return [
    { text: msg(str`Step ${number}:`) },
    { text: info.step.name, lang: langOf(info.step.name) },
    { text: actual ? `${about} ${actual}` : about },
  ];
}

/** A report mark's name: its number, date and figure, its note, and any problem or obstacle. */
export function logName(msg: MsgFn, fmt: Formatter, langOf: LangOf, info: LogInfo): NamePart[] {
  const { entry } = info;
  const number = fmt.number(info.number, 0);
  const parts: NamePart[] = [
    {
      text: msg(str`Report (${number}) of ${fmt.date(entry.date)}: ${fmt.percent(entry.percent)}.`),
    },
  ];
  if (entry.note.trim()) parts.push({ text: entry.note, lang: langOf(entry.note) });
  const said: [string, string | null | undefined][] = [
    [msg('Problems:'), entry.problems],
    [msg('Obstacles:'), entry.obstacles],
  ];
  for (const [label, text] of said) {
    if (typeof text === 'string' && isProblemText(text)) {
      parts.push({ text: label }, { text, lang: langOf(text) });
    }
  }
  return parts;
}
