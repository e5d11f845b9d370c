import { str, type MsgFn } from '@lit/localize';
import type { ScheduleReport, ScheduleStatus } from '../../domain/index.js';
import type { Formatter } from '../../domain/format.js';

/**
 * The meter's `aria-valuetext`: the figure, the planned figure and the status as one sentence
 * ("15 percent, planned 80 percent, behind schedule"). One whole template per status, so that
 * each language can word and order it as it needs (no sentence glued from fragments).
 * `actual` and `planned` arrive formatted for the locale and numerals.
 */
export function meterValueText(
  msg: MsgFn,
  status: ScheduleStatus,
  actual: string | null,
  planned: string | null,
): string {
  if (actual === null) {
    // Nothing reported by the as-of date: no figure is given, because none is known.
    return planned === null
      ? msg('No report yet, no plan')
      : msg(str`No report yet, planned ${planned} percent`);
  }
  if (planned === null) {
    return status === 'complete'
      ? msg(str`${actual} percent, complete`)
      : msg(str`${actual} percent, no plan`);
  }
  switch (status) {
    case 'complete':
      return msg(str`${actual} percent, planned ${planned} percent, complete`);
    case 'on-track':
      return msg(str`${actual} percent, planned ${planned} percent, on track`);
    case 'at-risk':
      return msg(str`${actual} percent, planned ${planned} percent, at risk`);
    case 'behind':
      return msg(str`${actual} percent, planned ${planned} percent, behind schedule`);
    case 'not-started':
      return msg(str`${actual} percent, planned ${planned} percent, not started`);
    case 'unplanned':
    case 'no-report':
      return msg(str`${actual} percent, no plan`);
  }
}

/**
 * What a changed gauge says to assistive technology: "Progress updated: 65 percent, planned 53
 * percent, on track" (the meter's value text after the news).
 */
export function progressUpdate(msg: MsgFn, fmt: Formatter, report: ScheduleReport): string {
  const { status, actual, planned } = report;
  const now = meterValueText(
    msg,
    status,
    actual === null ? null : fmt.number(actual),
    planned === null ? null : fmt.number(planned),
  );
  return msg(str`Progress updated: ${now}`);
}
