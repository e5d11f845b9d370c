/** A cell of a CSV file: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * A spreadsheet program runs a cell that starts with one of these as a formula. Text from the
 * data gets a leading apostrophe, so opening a download never runs what a data author wrote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // Plain digits and a dot, whatever the display locale, so spreadsheets read it as a number.
    return Number.isFinite(cell) ? String(cell) : '';
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: fields quoted where needed, quotes doubled, lines ended by CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n';
}

/** The byte-order mark that tells spreadsheet programs the file is UTF-8 (Thai opens as Thai). */
export const UTF8_BOM = '\uFEFF';
