// The portfolio table's order and filters (portfolio.md, "Table"): a total, stable order by any
// column, and the filters of the element, as pure functions over rows so that a backend sorts
// and filters the same way.
import { dayNumber } from './dates.js';
import type { PortfolioRow, PortfolioStatus } from './portfolio.js';

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

// Thai and English text in one order everywhere (Node and browsers share ICU's root collation
// for these), numbers inside codes compared as numbers.
const collator = new Intl.Collator(['th', 'en'], { numeric: true, sensitivity: 'variant' });
export const compareText = (a: string, b: string) =>
  collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

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

/**
 * Each row's value of `key` as a number (text by its rank in `compareText` order), or null: read
 * once per row rather than twice per comparison, so a sort compares numbers only.
 */
function sortValues(rows: readonly PortfolioRow[], key: PortfolioSortKey): (number | null)[] {
  const read = values[key];
  const raw = rows.map(read);
  if (!raw.some((v) => typeof v === 'string')) return raw as (number | null)[];
  const texts = [...new Set(raw as string[])].sort(compareText);
  const rank = new Map(texts.map((text, i) => [text, i]));
  return raw.map((v) => (v === null ? null : rank.get(v as string)!));
}

/**
 * The rows in the table's order (a new array; the input is untouched): the order of
 * `comparePortfolioRows`, with each key read once per row (10,000 rows by title: one collation
 * of the distinct titles, then numbers).
 */
export function sortPortfolioRows(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey = 'status',
  direction: SortDirection = 'ascending',
): PortfolioRow[] {
  const sign = direction === 'descending' ? -1 : 1;
  const tieSign = key === 'status' ? sign : 1;
  const primary = sortValues(rows, key);
  const status = sortValues(rows, 'status');
  const variance = sortValues(rows, 'variance');
  const by = (list: (number | null)[], s: number, a: number, b: number) => {
    const va = list[a];
    const vb = list[b];
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return s * compareNumber(va, vb);
  };
  const order = rows.map((_, i) => i);
  order.sort(
    (a, b) =>
      by(primary, sign, a, b) ||
      by(status, tieSign, a, b) ||
      by(variance, tieSign, a, b) ||
      rows[a].index - rows[b].index,
  );
  return order.map((i) => rows[i]);
}

/**
 * Two lists already in the order of `key` and `direction` as one (a new array): what a table
 * being read adds to the rows it has sorted, in time proportional to both lists.
 */
export function mergePortfolioRows(
  sorted: readonly PortfolioRow[],
  more: readonly PortfolioRow[],
  key: PortfolioSortKey = 'status',
  direction: SortDirection = 'ascending',
): PortfolioRow[] {
  const compare = comparePortfolioRows(key, direction);
  const out: PortfolioRow[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length && j < more.length) {
    out.push(compare(sorted[i], more[j]) <= 0 ? sorted[i++] : more[j++]);
  }
  while (i < sorted.length) out.push(sorted[i++]);
  while (j < more.length) out.push(more[j++]);
  return out;
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
