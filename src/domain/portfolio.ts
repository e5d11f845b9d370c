// Many projects on one page (portfolio.md): one row per readable project, one entry per document
// that could not be read, and the counts a director asks for first. Pure and DOM-free, so that a
// backend in Node computes the same rows and summary with the same functions as the element.
// The table's order and filters are in portfolio-table.ts.
import { dayNumber, isoFromDayNumber, todayIso, parseDate, toIsoDate } from './dates.js';
import { describeIssue } from './messages.js';
import { parseProject, describeFound, type ParseOptions } from './parse.js';
import { kpiAchievement } from './kpi.js';
import { latestDated, scheduleStatus, type ScheduleThresholds } from './progress.js';
import { compareText, PORTFOLIO_STATUSES } from './portfolio-table.js';
import type {
  Issue,
  IsoDate,
  Locale,
  Project,
  ScheduleStatus,
  Warning,
  WarningCode,
} from './types.js';

/** A schedule status as the portfolio shows it (the statuses of elements.md). */
export type PortfolioStatus = ScheduleStatus;

/** One readable project as a row of the table: every figure the table and the CSV show. */
export interface PortfolioRow {
  /** Position of the document in the input (0-based), whatever the order shown. */
  index: number;
  id: string;
  title: string;
  organization: string;
  organizationCode?: string;
  /** CE, as parseProject normalises it. */
  fiscalYear: number;
  /** The project's own `language`, for `lang` on its text. */
  language?: string;
  status: PortfolioStatus;
  planned: number | null;
  /** null: nothing reported by the as-of date (not 0 %). */
  actual: number | null;
  /** actual − planned in percentage points; null when either is null. */
  variance: number | null;
  /** Date of the newest report on or before the as-of date. */
  lastReport: IsoDate | null;
  /** Whole days from the last report to the as-of date. */
  daysSinceReport: number | null;
  kpiCount: number;
  kpisMet: number;
  warnings: number;
  warningCodes: WarningCode[];
  /** The parsed, normalised project (for drill-down). */
  project: Project;
}

/** A document that failed validation: counted and listed, never hidden (portfolio.md, "Input"). */
export interface UnreadableEntry {
  /** Position of the document in the input (0-based). */
  index: number;
  /** Its `id`, when it has a readable one. */
  id?: string;
  /** Its first problems (at most `maxIssues`), each with path and message. */
  issues: Issue[];
  /** How many problems it has in all. */
  issueCount: number;
}

export type PortfolioEntry =
  { ok: true; row: PortfolioRow } | { ok: false; unreadable: UnreadableEntry };

export interface PortfolioOptions extends ParseOptions {
  thresholds?: ScheduleThresholds;
  /** How many problems of an unreadable document to keep. Default 3. */
  maxIssues?: number;
}

function resolveAsOf(asOf: IsoDate | Date | undefined): IsoDate {
  if (asOf instanceof Date) {
    try {
      return toIsoDate(asOf);
    } catch {
      return todayIso();
    }
  }
  return (typeof asOf === 'string' && parseDate(asOf)) || todayIso();
}

/**
 * The row of a project that parseProject has already read (with its warnings at `asOf`).
 * `index` is its position in the input.
 */
export function portfolioRow(
  project: Project,
  warnings: readonly Warning[],
  index: number,
  asOf: IsoDate | Date,
  thresholds?: ScheduleThresholds,
): PortfolioRow {
  const at = resolveAsOf(asOf);
  const report = scheduleStatus(project, at, thresholds);
  const actual = report.actual;
  const latest = latestDated(project, at);
  const lastReport = latest ? isoFromDayNumber(latest.day) : null;
  const kpis = project.kpis ?? [];
  let kpisMet = 0;
  for (const kpi of kpis) {
    const judged = kpiAchievement(kpi, {
      asOf: at,
      fiscalYear: project.fiscalYear,
      startMonth: project.fiscalYearStartMonth,
    });
    if (judged.status === 'met') kpisMet++;
  }
  const row: PortfolioRow = {
    index,
    id: project.id,
    title: project.title,
    organization: project.organization.name,
    fiscalYear: project.fiscalYear,
    status: report.status,
    planned: report.planned,
    actual,
    variance: report.variance,
    lastReport,
    daysSinceReport: latest ? dayNumber(at) - latest.day : null,
    kpiCount: kpis.length,
    kpisMet,
    warnings: warnings.length,
    warningCodes: warnings.map((w) => w.code),
    project,
  };
  if (project.organization.code !== undefined) row.organizationCode = project.organization.code;
  if (typeof project.language === 'string') row.language = project.language;
  return row;
}

function readableId(value: unknown): string | undefined {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && id.trim() !== '')
      return id.length > 80 ? `${id.slice(0, 79)}…` : id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  } catch {
    // A hostile getter: no id, the entry is still listed.
  }
  return undefined;
}

/** One input document: a row, or an entry of the "could not be read" list. Never throws. */
export function portfolioEntry(
  value: unknown,
  index: number,
  options: PortfolioOptions = {},
): PortfolioEntry {
  const { thresholds, maxIssues = 3, ...parseOptions } = options ?? {};
  const asOf = resolveAsOf(parseOptions.asOf);
  const parsed = parseProject(value, { ...parseOptions, asOf });
  if (parsed.ok) {
    return {
      ok: true,
      row: portfolioRow(parsed.project, parsed.warnings, index, asOf, thresholds),
    };
  }
  const unreadable: UnreadableEntry = {
    index,
    issues: parsed.issues.slice(0, Math.max(1, maxIssues)),
    issueCount: parsed.issues.length,
  };
  const id = readableId(value);
  if (id !== undefined) unreadable.id = id;
  return { ok: false, unreadable };
}

export interface PortfolioRead {
  rows: PortfolioRow[];
  unreadable: UnreadableEntry[];
}

/**
 * Reads a whole portfolio: every document of `values` ends up either as a row or in
 * `unreadable`, in input order. A value that is not an array is one unreadable entry.
 */
export function readPortfolio(values: unknown, options: PortfolioOptions = {}): PortfolioRead {
  const rows: PortfolioRow[] = [];
  const unreadable: UnreadableEntry[] = [];
  if (!Array.isArray(values)) {
    unreadable.push(notAList(values, options.locale));
    return { rows, unreadable };
  }
  for (let i = 0; i < values.length; i++) {
    let value: unknown;
    try {
      value = values[i];
    } catch {
      value = undefined;
    }
    const entry = portfolioEntry(value, i, options);
    if (entry.ok) rows.push(entry.row);
    else unreadable.push(entry.unreadable);
  }
  return { rows, unreadable };
}

/** The entry for an input that is not a list of projects at all. */
export function notAList(value: unknown, locale: Locale = 'en'): UnreadableEntry {
  const issue: Issue = {
    path: '',
    code: 'invalid-type',
    message: '',
    params: { expected: 'array', ...describeFound(value) },
  };
  issue.message = describeIssue(issue, locale === 'th' ? 'th' : 'en');
  return { index: 0, issues: [issue], issueCount: 1 };
}

export interface PortfolioSummary {
  /** Every input document: rows + unreadable. */
  total: number;
  /** Readable projects (rows). */
  projects: number;
  unreadable: number;
  /** Rows per status; the values add up to `projects`. */
  byStatus: Record<PortfolioStatus, number>;
  /** Rows with at least one data-quality warning. */
  withWarnings: number;
  /** The organisations and fiscal years present, sorted (for the filters). */
  organizations: string[];
  fiscalYears: number[];
}

/** The counts of the summary, over whichever rows are given (all, or those filtered). */
export function portfolioSummary(
  rows: readonly PortfolioRow[],
  unreadable: number | readonly UnreadableEntry[] = 0,
): PortfolioSummary {
  const byStatus = Object.fromEntries(PORTFOLIO_STATUSES.map((s) => [s, 0])) as Record<
    PortfolioStatus,
    number
  >;
  let withWarnings = 0;
  const organizations = new Set<string>();
  const years = new Set<number>();
  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    if (row.warnings > 0) withWarnings++;
    organizations.add(row.organization);
    years.add(row.fiscalYear);
  }
  const unreadableCount = typeof unreadable === 'number' ? unreadable : unreadable.length;
  return {
    total: rows.length + unreadableCount,
    projects: rows.length,
    unreadable: unreadableCount,
    byStatus,
    withWarnings,
    organizations: [...organizations].sort(compareText),
    fiscalYears: [...years].sort((a, b) => a - b),
  };
}
