import type { MsgFn } from '@lit/localize';
import type { PortfolioRow } from '../../domain/index.js';
import type { Calendar } from '../../domain/format.js';
import { scheduleStatusLabel } from '../../internal/status.js';
import { csvText, saveCsvFile, type CsvCell } from '../kpi-quarter-table/csv.js';
import type { PortfolioCsvDownloadDetail } from './portfolio-events.js';

export interface PortfolioCsvOptions {
  msg: MsgFn;
  /** The fiscal year is written in the era the element shows (Buddhist: CE + 543). */
  calendar: Calendar;
}

/**
 * `rows` as CSV text (RFC 4180, CRLF, no byte-order mark): headers and words in the element's
 * language, figures as plain numbers rounded to a tenth, dates as ISO.
 */
export function portfolioCsv(
  rows: readonly PortfolioRow[],
  { msg, calendar }: PortfolioCsvOptions,
) {
  const header: CsvCell[] = [
    msg('Code'),
    msg('Project'),
    msg('Organisation'),
    msg('Organisation code'),
    msg('Fiscal year'),
    msg('Status'),
    msg('Planned (%)'),
    msg('Actual (%)'),
    msg('Variance (points)'),
    msg('Last report'),
    msg('Days since the last report'),
    msg('KPIs met'),
    msg('KPIs'),
    msg('Warnings'),
  ];
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  const lines: CsvCell[][] = [header];
  for (const row of rows) {
    lines.push([
      row.id,
      row.title,
      row.organization,
      row.organizationCode,
      calendar === 'buddhist' ? row.fiscalYear + 543 : row.fiscalYear,
      scheduleStatusLabel(msg, row.status),
      round(row.planned),
      round(row.actual),
      round(row.variance),
      row.lastReport,
      row.daysSinceReport,
      row.kpisMet,
      row.kpiCount,
      row.warnings,
    ]);
  }
  return csvText(lines);
}

/**
 * The download button's way: listeners hear of the file first (`portfolio-csv-download`) and one
 * may cancel the download to save the text its own way; otherwise the browser saves it.
 */
export function offerCsv(
  host: HTMLElement & { renderRoot: ParentNode },
  csv: string,
  filename: string,
) {
  const proceed = host.dispatchEvent(
    new CustomEvent<PortfolioCsvDownloadDetail>('portfolio-csv-download', {
      detail: { csv, filename },
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
  if (proceed) saveCsvFile(host.renderRoot, csv, filename);
}
