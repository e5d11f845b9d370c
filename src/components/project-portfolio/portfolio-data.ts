import {
  filterPortfolioRows,
  mergePortfolioRows,
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
  /** What `data` was read from: the loader's results list and how much of it was used. */
  let source:
    { results: readonly PortfolioEntry[]; used: number; rows: PortfolioRow[] } | undefined;
  /** The rows `data` extends, when it only added rows to them (a list being read). */
  let grownFrom: { rows: PortfolioRow[]; added: PortfolioRow[] } | undefined;
  let sorted: (TableOrder & { rows: PortfolioRow[]; value: PortfolioRow[] }) | undefined;
  let filtered:
    { sorted: PortfolioRow[]; filter: PortfolioFilter; value: PortfolioRow[] } | undefined;
  let keys: { rows: readonly PortfolioRow[]; value: number[] } | undefined;
  /** The entry for input that is not a list at all, kept last among the unreadable. */
  let notListed: UnreadableEntry | undefined;

  // While a list is read, each paint adds the newly read documents to what was derived before
  // (rows appended, the new ones sorted and merged in), instead of deriving it all again.
  const readSoFar = (locale: Locale): PortfolioData => {
    if (data?.version === loader.version) return data.value;
    const results = loader.results;
    const grows = source?.results === results && source.used <= results.length && data;
    const unreadable: UnreadableEntry[] = grows
      ? data!.value.unreadable.filter((u) => u !== notListed)
      : [];
    const added: PortfolioRow[] = [];
    for (let i = grows ? source!.used : 0; i < results.length; i++) {
      const entry = results[i];
      if (entry.ok) added.push(entry.row);
      else unreadable.push(entry.unreadable);
    }
    // concat, not push(...added): a spread of 100,000 arguments overflows some engines' stacks.
    const rows = grows ? source!.rows.concat(added) : added;
    notListed = loader.notAList ? notAList(loader.notAList.value, locale) : undefined;
    if (notListed) unreadable.push(notListed);
    grownFrom = grows ? { rows: source!.rows, added } : undefined;
    source = { results, used: results.length, rows };
    const value = { rows, unreadable, summary: portfolioSummary(rows, unreadable) };
    data = { version: loader.version, value };
    return value;
  };
  const sortedRows = (rows: PortfolioRow[], { key, direction }: TableOrder): PortfolioRow[] => {
    if (sorted && sorted.key === key && sorted.direction === direction) {
      if (sorted.rows === rows) return sorted.value;
      if (grownFrom && sorted.rows === grownFrom.rows) {
        const more = sortPortfolioRows(grownFrom.added, key, direction);
        const value = mergePortfolioRows(sorted.value, more, key, direction);
        sorted = { rows, key, direction, value };
        return value;
      }
    }
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
