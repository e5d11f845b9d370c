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
const UTF8_BOM = '\uFEFF';

/**
 * Hands `csv` to the browser as a download named `filename` (UTF-8 with its BOM), through a
 * hidden link placed in `root` for the click.
 */
export function saveCsvFile(root: ParentNode, csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
