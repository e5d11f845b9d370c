import {
  filterPortfolioRows,
  notAList,
  portfolioSummary,
  sortPortfolioRows,
  type Locale,
  type PortfolioEntry,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortKey,
  type PortfolioSummary,
  type SortDirection,
  type UnreadableEntry,
} from '../../domain/index.js';
import type { ListLoader } from '../../internal/controllers/list-loader.js';

/** Everything read so far: the rows, the documents that could not be read, and their summary. */
export interface PortfolioData {
  rows: PortfolioRow[];
  unreadable: UnreadableEntry[];
  summary: PortfolioSummary;
}

export interface TableOrder {
  key: PortfolioSortKey;
  direction: SortDirection;
}

/**
 * The order after a click on the header of `column`: the same column again turns the direction
 * round; another column starts ascending (for the default column, that is worst first).
 */
export function orderAfterClick(
  key: PortfolioSortKey,
  direction: SortDirection,
  column: PortfolioSortKey,
): TableOrder {
  if (key !== column) return { key: column, direction: 'ascending' };
  return { key, direction: direction === 'descending' ? 'ascending' : 'descending' };
}

export interface PortfolioViews {
  /** Rows, unreadable entries and summary of everything read so far. */
  data(locale: Locale): PortfolioData;
  /** The rows as the table shows them: sorted, then filtered. */
  visible(locale: Locale, order: TableOrder, filter: PortfolioFilter): PortfolioRow[];
  /** The keys (input positions) of `rows`, in their order: what roving focus moves through. */
  keys(rows: readonly PortfolioRow[]): number[];
}

/**
 * The views the element derives from what the loader has read: the data and its summary, the
 * rows sorted, then filtered, and their keys. Each is kept until what it depends on changes, so
 * that a render (a scroll, a focus move) costs no sorting and a new filter no reading.
 */
export function portfolioViews(loader: ListLoader<PortfolioEntry>): PortfolioViews {
  let data: { version: number; value: PortfolioData } | undefined;
  let sorted: (TableOrder & { rows: PortfolioRow[]; value: PortfolioRow[] }) | undefined;
  let filtered:
    { sorted: PortfolioRow[]; filter: PortfolioFilter; value: PortfolioRow[] } | undefined;
  let keys: { rows: readonly PortfolioRow[]; value: number[] } | undefined;

  const readSoFar = (locale: Locale): PortfolioData => {
    if (data?.version === loader.version) return data.value;
    const rows: PortfolioRow[] = [];
    const unreadable: UnreadableEntry[] = [];
    for (const entry of loader.results) {
      if (entry.ok) rows.push(entry.row);
      else unreadable.push(entry.unreadable);
    }
    if (loader.notAList) unreadable.push(notAList(loader.notAList.value, locale));
    const value = { rows, unreadable, summary: portfolioSummary(rows, unreadable) };
    data = { version: loader.version, value };
    return value;
  };

  const sortedRows = (rows: PortfolioRow[], { key, direction }: TableOrder): PortfolioRow[] => {
    if (sorted && sorted.rows === rows && sorted.key === key && sorted.direction === direction)
      return sorted.value;
    const value = sortPortfolioRows(rows, key, direction);
    sorted = { rows, key, direction, value };
    return value;
  };

  return {
    data: readSoFar,
    visible(locale, order, filter) {
      const inOrder = sortedRows(readSoFar(locale).rows, order);
      if (filtered && filtered.sorted === inOrder && filtered.filter === filter)
        return filtered.value;
      const value = filterPortfolioRows(inOrder, filter ?? {});
      filtered = { sorted: inOrder, filter, value };
      return value;
    },
    keys(rows) {
      if (keys?.rows === rows) return keys.value;
      const value = rows.map((r) => r.index);
      keys = { rows, value };
      return value;
    },
  };
}
