// Many projects on one page (portfolio.md): one row per readable project, one entry per document
// that could not be read, and the counts a director asks for first. Pure and DOM-free, so that a
// backend in Node computes the same rows and summary with the same functions as the element.
import { dayNumber, isoFromDayNumber, todayIso, parseDate, toIsoDate } from './dates.js';
import { describeIssue } from './messages.js';
import { parseProject, describeFound, type ParseOptions } from './parse.js';
import { kpiAchievement } from './kpi.js';
import { latestDated, scheduleStatus, type ScheduleThresholds } from './progress.js';
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

/**
 * The statuses worst first: the default order of the table and of the summary's bar
 * (portfolio.md, "Table").
 */
export const PORTFOLIO_STATUSES: readonly PortfolioStatus[] = [
  'behind',
  'no-report',
  'at-risk',
  'on-track',
  'not-started',
  'unplanned',
  'complete',
];

const STATUS_RANK = new Map<PortfolioStatus, number>(PORTFOLIO_STATUSES.map((s, i) => [s, i]));

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

export type PortfolioSortKey =
  | 'status'
  | 'id'
  | 'title'
  | 'organization'
  | 'planned'
  | 'actual'
  | 'variance'
  | 'lastReport'
  | 'kpis'
  | 'warnings';

export type SortDirection = 'ascending' | 'descending';

export const PORTFOLIO_SORT_KEYS: readonly PortfolioSortKey[] = [
  'status',
  'id',
  'title',
  'organization',
  'planned',
  'actual',
  'variance',
  'lastReport',
  'kpis',
  'warnings',
];

// Thai and English text in one order everywhere (Node and browsers share ICU's root collation
// for these), numbers inside codes compared as numbers.
const collator = new Intl.Collator(['th', 'en'], { numeric: true, sensitivity: 'variant' });
const compareText = (a: string, b: string) =>
  collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Compares two possibly missing numbers; a missing one is "no value", handled by the caller. */
const compareNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

type Primary = (a: PortfolioRow, b: PortfolioRow) => number;

/** Each key's value: a number, a string, or null (no value: always listed last). */
const values: Record<PortfolioSortKey, (row: PortfolioRow) => number | string | null> = {
  status: (row) => STATUS_RANK.get(row.status) ?? PORTFOLIO_STATUSES.length,
  id: (row) => row.id,
  title: (row) => row.title,
  organization: (row) => row.organization,
  planned: (row) => row.planned,
  actual: (row) => row.actual,
  variance: (row) => row.variance,
  lastReport: (row) => (row.lastReport === null ? null : dayNumber(row.lastReport)),
  kpis: (row) => (row.kpiCount === 0 ? null : row.kpisMet / row.kpiCount),
  warnings: (row) => row.warnings,
};

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return compareNumber(a, b);
  return compareText(String(a), String(b));
}

/**
 * The comparator of the table's order: by `key` in `direction`; rows without a value (no plan,
 * no report) last in either direction; ties by the default order (status worst first, then
 * variance), then by input position. Total and stable: no two rows ever compare equal.
 */
export function comparePortfolioRows(
  key: PortfolioSortKey = 'status',
  direction: SortDirection = 'ascending',
): (a: PortfolioRow, b: PortfolioRow) => number {
  const sign = direction === 'descending' ? -1 : 1;
  const keyed = (k: PortfolioSortKey, s: number): Primary => {
    const read = values[k];
    return (a, b) => {
      const va = read(a);
      const vb = read(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      return s * compareValues(va, vb);
    };
  };
  const primary = keyed(key, sign);
  // The default order breaks ties: status worst first, then the most behind.
  const byStatus = keyed('status', key === 'status' ? sign : 1);
  const byVariance = keyed('variance', key === 'status' ? sign : 1);
  return (a, b) => primary(a, b) || byStatus(a, b) || byVariance(a, b) || a.index - b.index;
}

/** The rows in the table's order (a new array; the input is untouched). */
export function sortPortfolioRows(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey = 'status',
  direction: SortDirection = 'ascending',
): PortfolioRow[] {
  return rows.slice().sort(comparePortfolioRows(key, direction));
}

export interface PortfolioFilter {
  /** Only these statuses (one or several); none or empty: all. */
  status?: PortfolioStatus | readonly PortfolioStatus[];
  /** Only this organisation (its name as shown). */
  organization?: string;
  /** Only this fiscal year (CE). */
  fiscalYear?: number;
  /** Code or title containing this text (Thai or English, any case). */
  text?: string;
  /** Only rows with at least one data-quality warning. */
  withWarnings?: boolean;
}

/** Text as searched: NFC, lower case, white space collapsed. */
export function searchText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** A test for one row; build it once and use it for every row. */
export function portfolioFilter(filter: PortfolioFilter = {}): (row: PortfolioRow) => boolean {
  const statuses =
    filter.status === undefined
      ? null
      : new Set<string>(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const anyStatus = !statuses || statuses.size === 0;
  const organization = filter.organization || null;
  const fiscalYear =
    typeof filter.fiscalYear === 'number' && Number.isFinite(filter.fiscalYear)
      ? filter.fiscalYear
      : null;
  const text = filter.text ? searchText(filter.text) : '';
  const withWarnings = filter.withWarnings === true;
  return (row) =>
    (anyStatus || statuses!.has(row.status)) &&
    (organization === null || row.organization === organization) &&
    (fiscalYear === null || row.fiscalYear === fiscalYear) &&
    (!withWarnings || row.warnings > 0) &&
    (text === '' || searchText(row.id).includes(text) || searchText(row.title).includes(text));
}

/** The rows that pass `filter`, in their given order (a new array). */
export function filterPortfolioRows(
  rows: readonly PortfolioRow[],
  filter: PortfolioFilter = {},
): PortfolioRow[] {
  return rows.filter(portfolioFilter(filter));
}
