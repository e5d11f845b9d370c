import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str, type MsgFn } from '@lit/localize';
import type { PortfolioRow, PortfolioSortKey, SortDirection } from '../../domain/index.js';
import type { VirtualWindow } from '../../internal/controllers/virtual-window.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { Settings } from '../../internal/data-element.js';
import { scheduleStatusLabel, statusGlyph } from '../../internal/status.js';

export interface Column {
  key: PortfolioSortKey;
  label: (msg: MsgFn) => string;
  /** Figures: set right-aligned. */
  numeric?: boolean;
}

/** The table's columns, in order; each header sorts by its key. */
export const COLUMNS: readonly Column[] = [
  { key: 'status', label: (msg) => msg('Status') },
  { key: 'id', label: (msg) => msg('Code') },
  { key: 'title', label: (msg) => msg('Project') },
  { key: 'organization', label: (msg) => msg('Organisation') },
  { key: 'planned', label: (msg) => msg('Planned'), numeric: true },
  { key: 'actual', label: (msg) => msg('Actual'), numeric: true },
  { key: 'variance', label: (msg) => msg('Variance (points)'), numeric: true },
  { key: 'lastReport', label: (msg) => msg('Last report') },
  { key: 'kpis', label: (msg) => msg('KPIs met') },
  { key: 'warnings', label: (msg) => msg('Warnings'), numeric: true },
];

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/**
 * The `lang` for a string from the data: the project's own `language`, else `th` when the text
 * has Thai script (so that an English page voices Thai data in Thai), else none.
 */
export function langOf(text: string, language?: string): string | undefined {
  return language ?? (THAI_SCRIPT.test(text) ? 'th' : undefined);
}

/**
 * The link of a project's page from the `project-href` template (`{id}` replaced by the code,
 * URL-encoded), or undefined without a template or when the result is not a web URL: a data
 * author must not be able to make a code run `javascript:`.
 */
export function projectLink(template: string | undefined, row: PortfolioRow): string | undefined {
  if (!template) return undefined;
  const href = template.split('{id}').join(encodeURIComponent(row.id));
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? href : undefined;
}

export interface ToolbarOptions {
  /** Rows shown (filtered) and rows in all. */
  shown: number;
  all: number;
  onDownload(): void;
}

/** The line above the grid: how many rows are shown, and the CSV download of them. */
export function renderToolbar(
  { shown, all, onDownload }: ToolbarOptions,
  { msg, fmt: f }: Pick<Settings, 'msg' | 'fmt'>,
): TemplateResult {
  return html`<div part="toolbar">
    <p part="count">${msg(str`Showing ${f.number(shown, 0)} of ${f.number(all, 0)}`)}</p>
    <button part="download" type="button" @click=${onDownload}>${msg('Download CSV')}</button>
  </div>`;
}

/**
 * What the grid does when a person uses it; the element handles each. One object for the
 * element's life, so that the listeners stay the same from render to render.
 */
export interface GridHandlers {
  onSort(key: PortfolioSortKey): void;
  onScroll(event: Event): void;
  onRowClick(event: MouseEvent, row: PortfolioRow): void;
  onLinkClick(event: MouseEvent, row: PortfolioRow): void;
  onRowKey(event: KeyboardEvent): void;
  onRowFocus(row: PortfolioRow): void;
}

export interface GridOptions {
  /** The rows as shown (sorted and filtered). */
  rows: readonly PortfolioRow[];
  /** Which of them are in the DOM. */
  window: VirtualWindow;
  /** A row's height, for the room of the rows that are not rendered. */
  rowHeight: number;
  /** Every row is rendered and paper lays them out: no room is kept for absent rows. */
  printing: boolean;
  /** The key of the row with the tab stop, and its position in `rows` (-1 when none). */
  activeKey: number | undefined;
  activePosition: number;
  sortKey: PortfolioSortKey;
  direction: SortDirection;
  /** The `project-href` template. */
  hrefTemplate: string | undefined;
  handlers: GridHandlers;
}

/**
 * The scrolling grid of projects. Only the rows of the window are in the DOM, in a body as tall
 * as all of them, so the scroll bar and `aria-rowcount` speak of every row.
 */
export function renderGrid(options: GridOptions, words: Pick<Settings, 'msg' | 'fmt'>) {
  const { rows, window: win, rowHeight, activeKey, activePosition, sortKey, direction } = options;
  const { handlers } = options;
  const { msg } = words;
  const count = rows.length;
  const positions: number[] = [];
  for (let p = win.first; p < win.end; p++) positions.push(p);
  // The active row stays in the DOM (out of sight) when scrolled away, so focus is never lost
  // and it is the same element when it comes back into view.
  if (activePosition >= 0 && activePosition < win.first) positions.unshift(activePosition);
  if (activePosition >= win.end) positions.push(activePosition);
  return html`<p part="cue" id="grid-cue">
      ${msg(
        'Use the up and down arrow keys to move between projects, Page Up and Page Down to move a page, and Home and End to go to the first and last. Choose a column heading to sort by it.',
      )}
      ${options.hrefTemplate ? msg("Press Enter to open the chosen project's page.") : nothing}
    </p>
    <div part="table" role="region" aria-label=${msg('Projects')} @scroll=${handlers.onScroll}>
      <div
        role="grid"
        aria-label=${msg('Projects')}
        aria-describedby="grid-cue"
        aria-rowcount=${count + 1}
        aria-colcount=${COLUMNS.length}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="cols">
            ${COLUMNS.map(
              (column) =>
                html`<div
                  role="columnheader"
                  class=${column.numeric ? 'num' : ''}
                  aria-sort=${sortKey === column.key ? direction : 'none'}
                >
                  <button type="button" @click=${() => handlers.onSort(column.key)}>
                    ${column.label(msg)}<span class="arrow" aria-hidden="true"
                      >${sortKey === column.key ? (direction === 'ascending' ? '▲' : '▼') : ''}</span
                    >
                  </button>
                </div>`,
            )}
          </div>
        </div>
        <div
          role="rowgroup"
          class="body"
          ${cssomStyle(
            options.printing
              ? {}
              : {
                  height: `${count * rowHeight}px`,
                  'padding-block-start': `${win.first * rowHeight}px`,
                },
          )}
        >
          ${repeat(
            positions,
            (p) => rows[p].index,
            (p) =>
              renderRow(
                rows[p],
                {
                  position: p,
                  active: rows[p].index === activeKey,
                  outOfView: p < win.first || p >= win.end,
                  href: projectLink(options.hrefTemplate, rows[p]),
                  handlers,
                },
                words,
              ),
          )}
        </div>
      </div>
    </div>`;
}

interface RowOptions {
  /** Position in the rows as shown (0-based); `aria-rowindex` counts the header row too. */
  position: number;
  /** Holds the tab stop. */
  active: boolean;
  /** Kept in the DOM only because it has the tab stop: hidden off screen. */
  outOfView: boolean;
  href: string | undefined;
  handlers: GridHandlers;
}

function renderRow(
  row: PortfolioRow,
  { position, active, outOfView, href, handlers }: RowOptions,
  { msg, fmt: f }: Pick<Settings, 'msg' | 'fmt'>,
): TemplateResult {
  const lang = row.language;
  const pct = (x: number | null, none: string) =>
    x === null ? html`<span class="none">${none}</span>` : f.percent(x);
  return html`<div
    role="row"
    part="row"
    class=${outOfView ? 'cols away' : 'cols'}
    aria-rowindex=${position + 2}
    data-key=${row.index}
    tabindex=${active ? '0' : '-1'}
    @click=${(e: MouseEvent) => handlers.onRowClick(e, row)}
    @keydown=${handlers.onRowKey}
    @focus=${() => handlers.onRowFocus(row)}
  >
    <div role="gridcell">
      <span class="status" data-status=${row.status}
        ><span class="glyph" aria-hidden="true">${statusGlyph[row.status]}</span>
        ${scheduleStatusLabel(msg, row.status)}</span
      >
    </div>
    <div role="rowheader" class="code">
      ${
        href
          ? html`<a
              href=${href}
              tabindex="-1"
              @click=${(e: MouseEvent) => handlers.onLinkClick(e, row)}
              >${row.id}</a
            >`
          : row.id
      }
    </div>
    <div role="gridcell" class="title" lang=${ifDefined(langOf(row.title, lang))}>${row.title}</div>
    <div role="gridcell" lang=${ifDefined(langOf(row.organization, lang))}>${row.organization}</div>
    <div role="gridcell" class="num">${pct(row.planned, msg('No plan'))}</div>
    <div role="gridcell" class="num">${pct(row.actual, msg('No report yet'))}</div>
    <div role="gridcell" class="num">
      ${row.variance === null ? html`<span class="none">–</span>` : f.signedNumber(row.variance)}
    </div>
    <div role="gridcell">
      ${
        row.lastReport === null
          ? html`<span class="none">${msg('None')}</span>`
          : html`<time datetime=${row.lastReport}>${f.date(row.lastReport, 'short')}</time>
              <span class="ago">${f.daysAgo(row.daysSinceReport ?? 0)}</span>`
      }
    </div>
    <div role="gridcell">
      ${
        row.kpiCount === 0
          ? html`<span class="none">${msg('None')}</span>`
          : msg(str`${f.number(row.kpisMet, 0)} of ${f.number(row.kpiCount, 0)}`)
      }
    </div>
    <div role="gridcell" class="num">${f.number(row.warnings, 0)}</div>
  </div>`;
}
