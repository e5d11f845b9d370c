// What one render of <milestone-timeline> draws, worded and laid out once per project, width,
// date and display settings, so that hovering or moving the focus only re-renders.
import { str } from '@lit/localize';
import { scheduleStatus, type ScheduleReport } from '../../domain/index.js';
import type { RenderContext } from '../../internal/project-element.js';
import {
  layoutTimeline,
  PERCENT_TICKS,
  type LogInfo,
  type MeasureText,
  type StepInfo,
  type TimelineData,
  type TimelineLayout,
} from '../../viz/timeline.js';
import { logName, stepName, summaryText, type NamePart } from './words.js';

/** One stop of the roving tabindex: a plan step or a log point. */
export type NavItem = ({ kind: 'step'; info: StepInfo } | { kind: 'log'; info: LogInfo }) & {
  /**
   * Its accessible name in pieces, worded once per model rather than at every hover: interface
   * words and data text, joined by `aria-labelledby` so that each keeps its own language.
   */
  name: NamePart[];
};

export interface Model {
  /** What the model was built for, besides the data: locale, calendar, numerals, date, width, font. */
  key: string;
  data: TimelineData;
  narrow: boolean;
  report: ScheduleReport;
  summary: string;
  /** The wide drawing; null in the narrow list. */
  layout: TimelineLayout | null;
  /** The roving tabindex order: what the eye reads, top to bottom or left to right. */
  items: NavItem[];
  /** The items' keys for the roving focus: their positions in `items`. */
  positions: number[];
}

/**
 * A percentage on the axis: "25%", or in Thai, which writes "ร้อยละ" before its number, the bare
 * number (under a "ร้อยละ" title).
 */
export function percentTick({ locale, fmt }: RenderContext, value: number): string {
  return locale === 'th' ? fmt.number(value, 0) : fmt.percentSign(value);
}

export function buildModel(
  ctx: RenderContext,
  data: TimelineData,
  {
    key,
    width,
    narrow,
    measure,
    fontSize,
  }: { key: string; width: number; narrow: boolean; measure: MeasureText; fontSize?: number },
): Model {
  const { msg, fmt, asOf, langOf } = ctx;
  const { project, steps, log } = data;
  const report = scheduleStatus(project, asOf);
  const layout = narrow
    ? null
    : layoutTimeline(data, {
        width,
        measure,
        fontSize,
        // The percentages and their title, as drawn (render-chart.ts), in the labels' font.
        axisLabelWidth: Math.max(
          ...PERCENT_TICKS.map((value) => measure(percentTick(ctx, value))),
          ctx.locale === 'th' ? measure(msg('percent')) : 0,
        ),
        // The weight, not a percent: weights need not add up to 100 (the seed's add up to 80,
        // so its "20" is 25 % of the plan, which the details say).
        stepSuffix: (info) => ` · ${msg(str`weight ${fmt.number(info.step.weight)}`)}`,
      });
  // The list shows the newest report first (as every log in the package does); the chart
  // reads left to right, oldest first.
  const logOrder = narrow ? [...log].reverse() : log;
  const items: NavItem[] = [
    ...steps.map((info) => ({
      kind: 'step' as const,
      info,
      name: stepName(msg, fmt, langOf, info),
    })),
    ...logOrder.map((info) => ({
      kind: 'log' as const,
      info,
      name: logName(msg, fmt, langOf, info),
    })),
  ];
  return {
    key,
    data,
    narrow,
    report,
    summary: summaryText(msg, fmt, steps, report, asOf),
    layout,
    items,
    positions: items.map((_, i) => i),
  };
}
