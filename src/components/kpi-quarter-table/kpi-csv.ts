import { str } from '@lit/localize';
import type { RenderContext } from '../../internal/project-element.js';
import { kpiStatusLabel } from '../../internal/status.js';
import { finite } from '../../viz/kpi-bars.js';
import { csvText, type CsvCell } from './csv.js';
import { levelLabel, quarterResultLabel, type KpiView } from './kpi-view.js';

/**
 * The KPIs on screen as CSV text (RFC 4180, CRLF line ends, no byte-order mark): one line per
 * table row, headers and words in the element's language, figures as plain numbers so a
 * spreadsheet can compute with them (`100`, not "100%" or "ร้อยละ 100", in both languages; the
 * unit has its own column). As on screen, nothing from after `as-of`: "Achieved" is the figure
 * judged then and "Judged on" names the quarter whose result it is (empty for the year's
 * figure); a quarter not begun has no figures and says "not yet due".
 */
export function kpiCsv(ctx: RenderContext, views: KpiView[]): string {
  const { msg } = ctx;
  if (views.length === 0) return '';
  const criteria: string[] = [];
  for (const view of views) {
    for (const c of view.criteria) if (!criteria.includes(c)) criteria.push(c);
  }
  // Like the tables, the CSV leaves out a Score column that no KPI on screen has.
  const hasScore = views.some((view) => view.hasScore);
  const header: CsvCell[] = [
    msg('Indicator code'),
    msg('Indicator'),
    msg('Unit'),
    msg('Direction'),
    msg('Type'),
    msg('Level'),
    msg('Target'),
    msg('Achieved'),
    msg('Judged on'),
    msg('Achievement'),
    msg('Ratio (%)'),
    msg('Quarter'),
    msg('Current quarter'),
    msg('Result'),
    ...(hasScore ? [msg('Score')] : []),
    ...criteria.map((c) => msg(str`Assessment ${c}`)),
    msg('Remarks'),
  ];
  const lines: CsvCell[][] = [header];
  for (const view of views) {
    const { kpi, achievement } = view;
    const ratio = achievement.ratio;
    const about: CsvCell[] = [
      kpi.code,
      kpi.name,
      kpi.unit,
      kpi.direction === 'decrease' ? msg('Less is better') : msg('More is better'),
      kpi.type,
      kpi.level ? levelLabel(msg, kpi.level) : undefined,
      kpi.target,
      // The figure judged at as-of, as the summary shows it: never the year's figure early.
      achievement.value,
      achievement.quarter !== undefined && achievement.value !== null
        ? quarterResultLabel(msg, ctx.fmt, achievement.quarter)
        : null,
      kpiStatusLabel(msg, achievement.status),
      finite(ratio) ? Math.round(ratio * 10000) / 100 : null,
    ];
    // A KPI without quarterly results still gets its line, saying so.
    for (const row of view.rows.length > 0 ? view.rows : [undefined]) {
      lines.push([
        ...about,
        row?.label,
        row?.current ? msg('Yes') : null,
        row?.result,
        ...(hasScore ? [row?.score] : []),
        // A criterion this KPI does not have is at index -1: an empty cell.
        ...criteria.map((c) => row?.assessments[view.criteria.indexOf(c)]),
        !row
          ? msg('No quarterly results yet.')
          : !row.due
            ? kpiStatusLabel(msg, 'not-yet-due')
            : row.reported
              ? null
              : msg('No result reported yet.'),
      ]);
    }
  }
  return csvText(lines);
}
