// The figures of a step or a report with their headings: the columns of the table view, which
// are also the lines of the details panel.
import { html } from 'lit';
import type { LogEntry } from '../../domain/index.js';
import type { RenderContext } from '../../internal/project-element.js';
import type { LogInfo, StepInfo } from '../../viz/timeline.js';
import { time } from './view.js';
import { oneDateNote, stepDatesWithNote, weightText } from './words.js';

/** A column of a table, or a line of the details panel. */
export interface Column<T> {
  head: string;
  value: (row: T) => unknown;
  /** The value is text from the data: it gets its own `lang`. */
  fromData?: boolean;
}

/** The figures both the steps table and a step's details show. */
function stepFigures({ msg, fmt }: RenderContext) {
  const step: Column<StepInfo> = {
    head: msg('Step'),
    value: (info) => fmt.number(info.step.step, 0),
  };
  // "20 of 80 → 25% of the plan": the weight and what it comes to, said apart.
  const weight: Column<StepInfo> = {
    head: msg('Weight'),
    value: (info) => weightText(msg, fmt, info),
  };
  const planned: Column<StepInfo> = {
    head: msg('Planned by its end'),
    value: (info) =>
      info.plannedAtEnd === null ? msg('Not available') : fmt.percent(info.plannedAtEnd),
  };
  const actual: Column<StepInfo> = {
    head: msg('Actual by its end'),
    value: (info) =>
      info.atEnd === 'not-due'
        ? msg('Not due yet')
        : info.atEnd === 'no-report'
          ? msg('No report yet')
          : fmt.percent(info.actualAtEnd!),
  };
  return { step, weight, planned, actual };
}

/** The columns of the steps table. */
export function stepTableColumns(ctx: RenderContext): Column<StepInfo>[] {
  const { msg, fmt } = ctx;
  const { step, weight, planned, actual } = stepFigures(ctx);
  return [
    step,
    { head: msg('Step name'), value: (info) => info.step.name, fromData: true },
    weight,
    { head: msg('Start'), value: (info) => time(ctx, info.start) },
    {
      head: msg('Due by'),
      value: (info) => {
        const note = oneDateNote(msg, fmt, info);
        return note ? html`${time(ctx, info.end)} (${note})` : time(ctx, info.end);
      },
    },
    planned,
    actual,
  ];
}

/** The lines of a step's details, whose title names the step; its dates are said in one line. */
export function stepDetailLines(ctx: RenderContext): Column<StepInfo>[] {
  const { msg, fmt } = ctx;
  const { step, weight, planned, actual } = stepFigures(ctx);
  const dates = (info: StepInfo) => stepDatesWithNote(msg, fmt, info);
  return [step, weight, { head: msg('Duration'), value: dates }, planned, actual];
}

/** "75% (+25)": a report's figure and the change since the report before, in points. */
export function progressWithChange({ fmt }: RenderContext, info: LogInfo): string {
  const percent = fmt.percent(info.entry.percent);
  if (info.change === null) return percent;
  // In points, as officers write it.
  return `${percent} (${fmt.signedNumber(info.change)})`;
}

/** The figures both the log table and a report's details show. */
function logFigures(ctx: RenderContext) {
  const { msg } = ctx;
  const progress: Column<LogInfo> = {
    head: msg('Progress'),
    value: (info) => progressWithChange(ctx, info),
  };
  const note: Column<LogInfo> = {
    head: msg('Note'),
    value: (info) => info.entry.note,
    fromData: true,
  };
  const problems: Column<LogInfo> = {
    head: msg('Problems'),
    value: (info) => info.entry.problems ?? '',
    fromData: true,
  };
  const obstacles: Column<LogInfo> = {
    head: msg('Obstacles'),
    value: (info) => info.entry.obstacles ?? '',
    fromData: true,
  };
  return { progress, note, problems, obstacles };
}

/** The columns of the log table. */
export function logTableColumns(ctx: RenderContext): Column<LogInfo>[] {
  const { msg, fmt } = ctx;
  const { progress, note, problems, obstacles } = logFigures(ctx);
  return [
    { head: msg('No.'), value: (info) => `(${fmt.number(info.number, 0)})` },
    { head: msg('Date'), value: (info) => time(ctx, info.entry.date) },
    progress,
    note,
    problems,
    obstacles,
  ];
}

/**
 * The lines of the details of `entry`, whose title gives its date: its problems and obstacles
 * only when it has some.
 */
export function logDetailLines(ctx: RenderContext, entry: LogEntry): Column<LogInfo>[] {
  const { progress, note, problems, obstacles } = logFigures(ctx);
  return [
    progress,
    note,
    ...(entry.problems ? [problems] : []),
    ...(entry.obstacles ? [obstacles] : []),
  ];
}
