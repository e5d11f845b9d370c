import type { MsgFn } from '@lit/localize';
import type { KpiStatus, ScheduleStatus } from '../domain/index.js';

export type { KpiStatus };

/** The same words for a schedule status in every element (elements.md, "Words for status"). */
export function scheduleStatusLabel(msg: MsgFn, status: ScheduleStatus): string {
  switch (status) {
    case 'complete':
      return msg('Complete');
    case 'on-track':
      return msg('On track');
    case 'at-risk':
      return msg('At risk');
    case 'behind':
      return msg('Behind schedule');
    case 'not-started':
      return msg('Not started');
    case 'unplanned':
      return msg('No plan');
    case 'no-report':
      return msg('No report yet');
  }
}

export function kpiStatusLabel(msg: MsgFn, status: KpiStatus): string {
  switch (status) {
    case 'met':
      return msg('Met');
    case 'not-met':
      return msg('Not met');
    case 'no-target':
      return msg('No target');
    case 'not-yet-due':
      return msg('Not yet due');
  }
}

/**
 * A shape for each status, so that status never rests on colour alone. The glyphs are
 * decorative (aria-hidden): the word beside them carries the meaning.
 */
export const statusGlyph: Record<ScheduleStatus | KpiStatus, string> = {
  complete: '✓',
  'on-track': '●',
  'at-risk': '▲',
  behind: '✕',
  'not-started': '○',
  unplanned: '–',
  'no-report': '?',
  met: '✓',
  'not-met': '✕',
  'no-target': '–',
  'not-yet-due': '◌',
};
