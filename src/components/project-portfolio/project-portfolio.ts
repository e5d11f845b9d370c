import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import {
  portfolioEntry,
  type Issue,
  type PortfolioEntry,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortKey,
  type PortfolioStatus,
  type SortDirection,
} from '../../domain/index.js';
import { saveCsvFile } from '../kpi-quarter-table/csv.js';
import { todayIso } from '../../vocabulary/dates.js';
import { DataElement } from '../../internal/data-element.js';
import { translator } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { AnnounceController } from '../../internal/controllers/announcer.js';
import { ListLoader } from '../../internal/controllers/list-loader.js';
import { RovingFocusController } from '../../internal/controllers/roving-focus.js';
import { virtualWindowController } from '../../internal/controllers/virtual-window.js';
import {
  orderAfterClick,
  portfolioViews,
  type PortfolioData,
  type TableOrder,
} from './portfolio-data.js';
import { renderProgress, renderSummary, summarySentence } from './summary-view.js';
import { changedFilter, chosenStatus, renderFilters } from './filters-view.js';
import { COLUMNS, renderGrid, renderToolbar, type GridHandlers } from './grid-view.js';
import { renderUnreadable } from './unreadable-view.js';
import { rowActions } from './row-actions.js';
import { offerCsv, portfolioCsv } from './portfolio-csv.js';
import { loadIssues, renderLoadProblem } from './problem-view.js';
import { printMode } from './print-mode.js';
import { styles } from './project-portfolio.styles.js';

export type {
  PortfolioCsvDownloadDetail,
  PortfolioCsvDownloadEvent,
  PortfolioLoadDetail,
  PortfolioLoadEvent,
  ProjectSelectDetail,
  ProjectSelectEvent,
} from './portfolio-events.js';

/**
 * Every project of a district, or of the whole city, on one page: how many are in each schedule
 * status (a stacked bar with its numbers, and a sentence), a table of every project (worst first,
 * sortable by each column, filtered by status, organisation, fiscal year, text and warnings), a
 * link to each project, and a CSV of the rows as shown. Documents that cannot be read are counted
 * and listed, never hidden. Only the rows in view are in the DOM, so 100,000 projects cost the
 * page what 50 do; the table keeps its grid semantics (`aria-rowcount`, `aria-rowindex`) and its
 * keyboard use across them, explained above the grid. A sort, a filter or new statuses are said
 * to assistive technology once, politely. `src` may answer a JSON array or NDJSON, which is read as it streams
 * in; a newer `src` aborts the older.
 *
 * @summary Many projects on one page: which are in trouble, who has not reported, and the way into each.
 * @fires {ProjectSelectDetail} project-select - A person chose a project (a click on its row or code, Enter or Space on
 *   its row). Detail: `{project, row}`. Cancelable: `preventDefault()` keeps a code link from
 *   being followed (to open the project in the page instead).
 * @fires {PortfolioLoadDetail} portfolio-load - Every document has been read. Detail: `{summary, unreadable}`.
 * @fires {ProjectErrorDetail} project-error - The input as a whole could not be used (a failed `src`, invalid JSON).
 *   Detail: `{issues}`.
 * @fires {PortfolioCsvDownloadDetail} portfolio-csv-download - A person asked for the CSV. Detail: `{csv, filename}`.
 *   Cancelable: `preventDefault()` stops the browser download.
 * @csspart summary - The counts: the sentence, the stacked bar and the legend.
 * @csspart summary-text - The sentence ("38 of 412 projects are behind schedule…").
 * @csspart bar - The stacked bar of the statuses (decorative: the legend says the same).
 * @csspart legend - The list of statuses with their counts; each is a button that filters.
 * @csspart progress - The loading bar and the sentence saying how far the reading got.
 * @csspart filters - The filter controls.
 * @csspart toolbar - The line with the visible count and the download button.
 * @csspart count - "Showing 38 of 412".
 * @csspart download - The "Download CSV" button.
 * @csspart cue - How to use the grid by keyboard (the grid's description).
 * @csspart table - The scrolling region around the grid of projects.
 * @csspart announcer - The visually hidden live region that says a new order, count or statuses.
 * @csspart row - One project's row.
 * @csspart none - The sentence shown when no project matches the filters.
 * @csspart empty - Shown when no projects were given.
 * @csspart error - The problems that stopped the whole input from being used.
 * @csspart unreadable - The list of documents that could not be read.
 * @cssprop --project-portfolio-height - The most height the table takes before it scrolls (default 70vh).
 * @cssprop --project-portfolio-row-height - Each row's height (default 3.5rem); rows are equal for the virtual window.
 */
export class ProjectPortfolio extends DataElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    projects: { attribute: false },
    projectHref: { attribute: 'project-href', reflect: true },
    sortKey: { attribute: 'sort', reflect: true },
    sortDirection: { attribute: 'sort-direction', reflect: true },
    filter: { attribute: false },
    showAllUnreadable: { state: true },
  };

  /** The project documents (each validated on its own). Wins over `src` and inline JSON. */
  projects?: unknown;

  /**
   * A URL template for each project's page: `{id}` is replaced by the project's code (URL-encoded),
   * and each code becomes a plain link. Only `http:`, `https:` and relative URLs are linked.
   */
  projectHref?: string;

  /** The column the table is sorted by. Default `status` (worst first). */
  sortKey: PortfolioSortKey = 'status';

  /** `ascending` (default) or `descending`. */
  sortDirection: SortDirection = 'ascending';

  /** The filters in force (status, organisation, fiscal year, text, only with warnings). */
  filter: PortfolioFilter = {};

  private showAllUnreadable = false;

  /** The settings the documents were read with: a change reads them again. */
  private _readWith = '';
  /** The loader version last announced with an event. */
  private _announced = -1;

  // Each document becomes a row or an unreadable entry; an NDJSON line that is not JSON is one
  // unreadable entry too, so the counts always add up to the input.
  private _loader = new ListLoader<PortfolioEntry>(this, {
    read: (value, index, bad) => {
      const { msg, asOf, locale, staleAfterDays, calendar, numerals } = this.settings;
      if (bad) {
        const issue: Issue = {
          path: '',
          code: 'load-json-line',
          message: msg(str`Line ${bad.line} is not valid JSON (${bad.detail}).`),
          params: { line: bad.line },
        };
        return { ok: false, unreadable: { index, issues: [issue], issueCount: 1 } };
      }
      return portfolioEntry(value, index, { asOf, locale, staleAfterDays, calendar, numerals });
    },
  });

  private _views = portfolioViews(this._loader);

  private _scroll = virtualWindowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('[part~="table"]'),
    rowSelector: '[part~="row"]',
    headerSelector: '.head',
  });

  private _roving = new RovingFocusController<number>(this, {
    keys: () => this._views.keys(this.visibleRows),
    elementOf: (key) =>
      this.renderRoot.querySelector<HTMLElement>(`[role='row'][data-key='${key}']`),
    reveal: (position) => this._scroll.reveal(position),
    pageSize: () => this._scroll.pageSize(),
  });

  /** Says a new order, count or set of statuses once every document has been read. */
  private _announcer = new AnnounceController(this);

  private _print = printMode(this, {
    renderNow: () => this.performUpdate(),
    changed: () => this._scroll.remeasure(),
  });

  /** Renders every filtered row (for printing from script, e.g. a print preview). */
  preparePrint(on = true): Promise<boolean> {
    this._print.set(on);
    return this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { asOf, locale, calendar, numerals, staleAfterDays } = this.settings;
    const readWith = [asOf, locale, calendar, numerals, staleAfterDays].join('|');
    const inputChanged =
      changed.has('projects') ||
      changed.has('src') ||
      changed.has('inlineText') ||
      !this.hasUpdated;
    if (inputChanged) {
      this._readWith = readWith;
      this._loader.setInput({
        value: this.projects,
        src: this.src,
        fetchOptions: this.fetchOptions,
        inlineText: this.inline.text,
      });
      this._scroll.scrollTop = 0;
      this._announced = -1;
    } else if (readWith !== this._readWith) {
      this._readWith = readWith;
      this._loader.reread();
      this._announced = -1;
    }
  }

  /** The table's order, with an unknown sort key or direction read as the default. */
  private get _order(): TableOrder {
    return {
      key: COLUMNS.some((c) => c.key === this.sortKey) ? this.sortKey : 'status',
      direction: this.sortDirection === 'descending' ? 'descending' : 'ascending',
    };
  }

  /** The rows as the table shows them now: sorted, then filtered. */
  get visibleRows(): readonly PortfolioRow[] {
    return this._views.visible(this._locale, this._order, this.filter);
  }

  /** Every row read so far, every unreadable document, and the summary of them all. */
  get portfolio(): Readonly<PortfolioData> {
    return this._views.data(this._locale);
  }

  // The public getters and methods may be called before the first update resolves `settings`.
  private get _locale() {
    return this.settings?.locale ?? 'en';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const phase = this._loader.phase;
    if (phase === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');

    if (phase === 'done') this._announcer.follow(this._announcement());

    if (this._announced === this._loader.version) return;
    if (phase === 'problem') {
      this._announced = this._loader.version;
      emit(this, 'project-error', { issues: loadIssues(this._loader.problem, this.settings.msg) });
    } else if (phase === 'done') {
      this._announced = this._loader.version;
      const { summary, unreadable } = this.portfolio;
      emit(this, 'portfolio-load', { summary, unreadable });
    }
  }

  /** Resolves once every document has been read and rendered. */
  async loaded(): Promise<void> {
    await this.updateComplete;
    await this._loader.settled();
    await this.updateComplete;
  }

  /**
   * What the table shows, in three sentences (its order, its count, the statuses), of which the
   * announcer says those that changed: a sort, a filter, a new as-of date or input.
   */
  private _announcement(): string[] {
    const { msg, fmt: f } = this.settings;
    const { key, direction } = this._order;
    const column = COLUMNS.find((c) => c.key === key)!.label(msg);
    // The status order is worst first (ascending) or its reverse, not "A to Z".
    const up = direction === 'ascending';
    const way =
      key === 'status'
        ? up
          ? msg('worst first')
          : msg('best first')
        : up
          ? msg('ascending')
          : msg('descending');
    const { rows, summary } = this.portfolio;
    const n = (x: number) => f.number(x, 0);
    return [
      msg(str`Sorted by ${column}, ${way}.`),
      msg(str`Showing ${n(this.visibleRows.length)} of ${n(rows.length)} projects.`),
      summarySentence(summary, this.settings),
    ];
  }

  protected override render(): unknown {
    // The live region is in the DOM from the first render, whatever the state.
    return [this._renderState(), this._announcer.region()];
  }

  private _renderState(): unknown {
    const settings = this.settings;
    const { msg, fmt: f } = settings;
    const loader = this._loader;
    if (loader.phase === 'empty') {
      return html`<p part="empty">${msg('No projects have been given yet.')}</p>`;
    }
    if (loader.phase === 'problem') {
      return renderLoadProblem(loadIssues(loader.problem, msg), msg);
    }
    const { rows, unreadable, summary } = this.portfolio;
    const visible = this.visibleRows;
    const filter = this.filter ?? {};
    const clearFilters = html`<button type="button" @click=${this._on.filtersClear}>
      ${msg('Clear the filters')}
    </button>`;
    return html`
      ${loader.phase === 'loading' ? renderProgress(loader, settings) : nothing}
      ${renderSummary(
        summary,
        { chosen: chosenStatus(filter), onToggle: this._on.statusToggle },
        settings,
      )}
      ${
        rows.length > 0 || loader.phase === 'loading'
          ? renderFilters(
              summary,
              { filter, onChange: this._on.filterChange, onClear: this._on.filtersClear },
              settings,
            )
          : nothing
      }
      ${
        rows.length > 0
          ? renderToolbar(
              { shown: visible.length, all: rows.length, onDownload: this._on.download },
              settings,
            )
          : nothing
      }
      ${rows.length > 0 && visible.length > 0 ? this._renderGrid(visible) : nothing}
      ${
        rows.length > 0 && visible.length === 0
          ? html`<p part="none">${msg('No project matches these filters.')} ${clearFilters}</p>`
          : nothing
      }
      ${
        rows.length === 0 && loader.phase === 'done' && unreadable.length === 0
          ? html`<p part="empty">${msg('The list holds no projects.')}</p>`
          : nothing
      }
      ${renderUnreadable(
        unreadable,
        { showAll: this.showAllUnreadable, onShowAll: () => (this.showAllUnreadable = true) },
        settings,
      )}
      <p class="print-only" part="print-count">
        ${msg(str`${f.number(visible.length, 0)} of ${f.number(rows.length, 0)} projects printed.`)}
      </p>
    `;
  }

  private _renderGrid(rows: readonly PortfolioRow[]): unknown {
    const { key, direction } = this._order;
    const printing = this._print.on;
    const activeKey = this._roving.current();
    return renderGrid(
      {
        rows,
        window: printing ? { first: 0, end: rows.length } : this._scroll.window(rows.length),
        rowHeight: this._scroll.rowHeight,
        printing,
        activeKey,
        activePosition: activeKey === undefined ? -1 : this._roving.position(),
        sortKey: key,
        direction,
        hrefTemplate: this.projectHref,
        handlers: this._on,
      },
      this.settings,
    );
  }

  /**
   * What a person does, handled here: one object for the element's life, so that the listeners
   * stay the same from render to render.
   */
  private _on = {
    filterChange: (change: Partial<PortfolioFilter>) => {
      this.filter = changedFilter(this.filter, change);
      this._scroll.scrollToTop();
    },
    statusToggle: (status: PortfolioStatus) =>
      this._on.filterChange({ status: chosenStatus(this.filter) === status ? undefined : status }),
    filtersClear: () => {
      this.filter = {};
    },
    download: () => offerCsv(this, this.toCsv(), this.csvFilename),
    ...({
      onSort: (column) => {
        const { key, direction } = orderAfterClick(this.sortKey, this.sortDirection, column);
        this.sortKey = key;
        this.sortDirection = direction;
      },
      onScroll: (event) => this._scroll.onScroll(event),
      ...rowActions(this, { roving: this._roving, rows: () => this.visibleRows }),
    } satisfies GridHandlers),
  };

  /**
   * The rows as filtered and sorted now, as CSV text (RFC 4180, CRLF, no byte-order mark):
   * headers and words in the element's language, figures as plain numbers, dates as ISO.
   */
  toCsv(): string {
    const { msg, calendar } = this.settings ?? { msg: translator('en'), calendar: 'gregory' };
    return portfolioCsv(this.visibleRows, { msg, calendar });
  }

  /** The name the CSV is saved under: `projects-<as-of>.csv`. */
  get csvFilename(): string {
    return `projects-${this.settings?.asOf ?? todayIso()}.csv`;
  }

  /** Saves the CSV of the rows as shown through a temporary download link. */
  downloadCsv(): void {
    saveCsvFile(this.renderRoot, this.toCsv(), this.csvFilename);
  }

  /** Sort changes from code keep focus on the same project when a row had it. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (
      (changed.has('sortKey') || changed.has('sortDirection') || changed.has('filter')) &&
      focused?.getAttribute('role') === 'row'
    ) {
      this._roving.keepFocus();
      const position = this._roving.position();
      if (position >= 0) queueMicrotask(() => this._scroll.reveal(position));
    }
    return super.shouldUpdate(changed);
  }
}
