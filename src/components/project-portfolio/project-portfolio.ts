import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str, type MsgFn } from '@lit/localize';
import {
  DEFAULT_STALE_AFTER_DAYS,
  PORTFOLIO_STATUSES,
  filterPortfolioRows,
  notAList,
  parseDate,
  portfolioEntry,
  portfolioSummary,
  sortPortfolioRows,
  todayIso,
  type Issue,
  type Locale,
  type PortfolioEntry,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortKey,
  type PortfolioStatus,
  type PortfolioSummary,
  type Project,
  type SortDirection,
  type UnreadableEntry,
} from '../../domain/index.js';
import { csvText, saveCsvFile, type CsvCell } from '../kpi-quarter-table/csv.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { emit } from '../../internal/events.js';
import {
  formatterFor,
  type Calendar,
  type Formatter,
  type Numerals,
} from '../../internal/format.js';
import { onDocumentLangChange, resolveLocale, translator } from '../../internal/localize.js';
import { scheduleStatusLabel, statusGlyph } from '../../internal/status.js';
import { ListLoader, type BadLine } from '../../internal/controllers/list-loader.js';
import { RovingFocusController } from '../../internal/controllers/roving-focus.js';
import { WidthController } from '../../internal/controllers/width.js';
import { followPageScheme } from '../../internal/controllers/page-scheme.js';
import { scrollToReveal, virtualWindow } from '../../internal/controllers/virtual-window.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { styles } from './project-portfolio.styles.js';

export interface ProjectSelectDetail {
  /** The parsed, normalised project of the chosen row. */
  project: Project;
  /** The row as the table shows it (status, figures, position in the input). */
  row: PortfolioRow;
}

export interface PortfolioCsvDownloadDetail {
  /** The CSV text (without the byte-order mark, which the downloaded file starts with). */
  csv: string;
  filename: string;
}

export interface PortfolioLoadDetail {
  summary: PortfolioSummary;
  unreadable: UnreadableEntry[];
}

export type ProjectSelectEvent = CustomEvent<ProjectSelectDetail>;
export type PortfolioCsvDownloadEvent = CustomEvent<PortfolioCsvDownloadDetail>;
export type PortfolioLoadEvent = CustomEvent<PortfolioLoadDetail>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const THAI = /[\u0E00-\u0E7F]/;
/** How many unreadable documents are listed before "Show all". */
const UNREADABLE_SHOWN = 20;

type Column = {
  key: PortfolioSortKey;
  label: (msg: MsgFn) => string;
  numeric?: boolean;
};

const COLUMNS: readonly Column[] = [
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

const glyphOf = (status: PortfolioStatus) => statusGlyph[status];

interface Derived {
  rows: PortfolioRow[];
  unreadable: UnreadableEntry[];
  summary: PortfolioSummary;
}

/**
 * Every project of a district, or of the whole city, on one page: how many are in each schedule
 * status (a stacked bar with its numbers, and a sentence), a table of every project (worst first,
 * sortable by each column, filtered by status, organisation, fiscal year, text and warnings), a
 * link to each project, and a CSV of the rows as shown. Documents that cannot be read are counted
 * and listed, never hidden. Only the rows in view are in the DOM, so 100,000 projects cost the
 * page what 50 do; the table keeps its grid semantics (`aria-rowcount`, `aria-rowindex`) and its
 * keyboard use across them.
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
 * @csspart table - The scrolling region around the grid of projects.
 * @csspart row - One project's row.
 * @csspart none - The sentence shown when no project matches the filters.
 * @csspart empty - Shown when no projects were given.
 * @csspart error - The problems that stopped the whole input from being used.
 * @csspart unreadable - The list of documents that could not be read.
 * @cssprop --project-portfolio-height - The most height the table takes before it scrolls (default 70vh).
 * @cssprop --project-portfolio-row-height - Each row's height (default 3.5rem); rows are equal for the virtual window.
 */
export class ProjectPortfolio extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    projects: { attribute: false },
    src: { reflect: true },
    fetchOptions: { attribute: false },
    projectHref: { attribute: 'project-href', reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    calendar: { reflect: true },
    numerals: { reflect: true },
    staleAfterDays: { attribute: 'stale-after-days', type: Number, reflect: true },
    sortKey: { attribute: 'sort', reflect: true },
    sortDirection: { attribute: 'sort-direction', reflect: true },
    filter: { attribute: false },
    inlineText: { state: true },
    showAllUnreadable: { state: true },
    printing: { state: true },
  };

  /** The project documents (each validated on its own). Wins over `src` and inline JSON. */
  projects?: unknown;

  /** A URL answering a JSON array, or NDJSON (read as a stream). A newer `src` aborts the older. */
  src?: string;

  /** Passed to `fetch` for `src` (credentials, headers). */
  fetchOptions?: RequestInit;

  /**
   * A URL template for each project's page: `{id}` is replaced by the project's code (URL-encoded),
   * and each code becomes a plain link. Only `http:`, `https:` and relative URLs are linked.
   */
  projectHref?: string;

  /** The date statuses are measured at (`YYYY-MM-DD`); today if unset. */
  asOf?: string;

  /** `buddhist` or `gregory`; Buddhist era in Thai and Gregorian in English by default. */
  calendar?: Calendar;

  /** `latn` (default) or `thai` digits. */
  numerals?: Numerals;

  /** The reporting rhythm: an update older than this many days (default 45) is stale. */
  staleAfterDays?: number;

  /** The column the table is sorted by. Default `status` (worst first). */
  sortKey: PortfolioSortKey = 'status';

  /** `ascending` (default) or `descending`. */
  sortDirection: SortDirection = 'ascending';

  /** The filters in force (status, organisation, fiscal year, text, only with warnings). */
  filter: PortfolioFilter = {};

  private inlineText?: string | null;
  private showAllUnreadable = false;
  private printing = false;

  #locale: Locale = 'en';
  #msg: MsgFn = translator('en');
  #fmt!: Formatter;
  #asOf = todayIso();
  #staleAfterDays = DEFAULT_STALE_AFTER_DAYS;
  #readKey = '';
  #announced = -1;
  #stopLang?: () => void;
  #inlineObserver?: MutationObserver;

  #loader = new ListLoader<PortfolioEntry>(this, {
    read: (value, index, bad) => this.#read(value, index, bad),
  });

  #width = new WidthController(this);
  #viewport: ResizeController<number> = new ResizeController<number>(this, {
    target: null,
    callback: (entries): number => entries.at(-1)?.contentRect.height ?? 0,
  });

  #scrollTop = 0;
  #rowHeight = 0;
  #headerHeight = 0;

  #roving = new RovingFocusController<number>(this, {
    keys: () => this.#keys(),
    elementOf: (key) =>
      this.renderRoot.querySelector<HTMLElement>(`[role='row'][data-key='${key}']`),
    reveal: (position) => this.#reveal(position),
    pageSize: () =>
      Math.max(1, Math.floor((this.#viewport.value ?? 400) / (this.#rowHeight || 48)) - 1),
  });

  // Derived views, cached by what they depend on.
  #derived?: { version: number; value: Derived };
  #sorted?: {
    rows: PortfolioRow[];
    key: PortfolioSortKey;
    dir: SortDirection;
    value: PortfolioRow[];
  };
  #filtered?: { sorted: PortfolioRow[]; filter: PortfolioFilter; value: PortfolioRow[] };
  #keyCache?: { filtered: PortfolioRow[]; value: number[] };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopLang = onDocumentLangChange(() => this.requestUpdate());
    this.#inlineObserver = new MutationObserver(() => this.#readInline());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readInline();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
    this.#inlineObserver?.disconnect();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  #beforePrint = () => {
    // Every filtered row on paper, not only those in view; rendered before the page is laid out.
    this.printing = true;
    this.performUpdate();
  };

  #afterPrint = () => {
    this.printing = false;
  };

  /** Renders every filtered row (for printing from script, e.g. a print preview). */
  preparePrint(on = true): Promise<boolean> {
    this.printing = on;
    return this.updateComplete;
  }

  #readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text !== this.inlineText) this.inlineText = text;
  }

  #read(value: unknown, index: number, bad?: BadLine): PortfolioEntry {
    if (bad) {
      const issue: Issue = {
        path: '',
        code: 'load-json-line',
        message: this.#msg(str`Line ${bad.line} is not valid JSON (${bad.detail}).`),
        params: { line: bad.line },
      };
      return { ok: false, unreadable: { index, issues: [issue], issueCount: 1 } };
    }
    return portfolioEntry(value, index, {
      asOf: this.#asOf,
      locale: this.#locale,
      staleAfterDays: this.#staleAfterDays,
      calendar: this.#fmt.options.calendar,
      numerals: this.#fmt.options.numerals,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this);
    const calendar: Calendar =
      this.calendar === 'gregory' || this.calendar === 'buddhist'
        ? this.calendar
        : locale === 'th'
          ? 'buddhist'
          : 'gregory';
    const numerals: Numerals = this.numerals === 'thai' ? 'thai' : 'latn';
    this.#locale = locale;
    this.#msg = translator(locale);
    this.#fmt = formatterFor({ locale, calendar, numerals });
    this.#asOf = (this.asOf && ISO_DATE.test(this.asOf) && parseDate(this.asOf)) || todayIso();
    this.#staleAfterDays =
      typeof this.staleAfterDays === 'number' && Number.isFinite(this.staleAfterDays)
        ? this.staleAfterDays
        : DEFAULT_STALE_AFTER_DAYS;

    const readKey = [this.#asOf, locale, calendar, numerals, this.#staleAfterDays].join('|');
    const inputChanged =
      changed.has('projects') ||
      changed.has('src') ||
      changed.has('inlineText') ||
      !this.hasUpdated;
    if (inputChanged) {
      this.#readKey = readKey;
      this.#loader.setInput({
        value: this.projects,
        src: this.src,
        fetchOptions: this.fetchOptions,
        inlineText: this.inlineText,
      });
      this.#scrollTop = 0;
      this.#announced = -1;
    } else if (readKey !== this.#readKey) {
      this.#readKey = readKey;
      this.#loader.reread();
      this.#announced = -1;
    }
  }

  /** Rows, unreadable entries and summary of everything read so far. */
  #data(): Derived {
    const loader = this.#loader;
    if (this.#derived?.version === loader.version) return this.#derived.value;
    const rows: PortfolioRow[] = [];
    const unreadable: UnreadableEntry[] = [];
    for (const entry of loader.results) {
      if (entry.ok) rows.push(entry.row);
      else unreadable.push(entry.unreadable);
    }
    if (loader.notAList) unreadable.push(notAList(loader.notAList.value, this.#locale));
    const value = { rows, unreadable, summary: portfolioSummary(rows, unreadable) };
    this.#derived = { version: loader.version, value };
    return value;
  }

  #sortedRows(): PortfolioRow[] {
    const { rows } = this.#data();
    const key = COLUMNS.some((c) => c.key === this.sortKey) ? this.sortKey : 'status';
    const dir: SortDirection = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    const cached = this.#sorted;
    if (cached && cached.rows === rows && cached.key === key && cached.dir === dir)
      return cached.value;
    const value = sortPortfolioRows(rows, key, dir);
    this.#sorted = { rows, key, dir, value };
    return value;
  }

  /** The rows as the table shows them now: sorted, then filtered. */
  get visibleRows(): readonly PortfolioRow[] {
    const sorted = this.#sortedRows();
    const cached = this.#filtered;
    if (cached && cached.sorted === sorted && cached.filter === this.filter) return cached.value;
    const value = filterPortfolioRows(sorted, this.filter ?? {});
    this.#filtered = { sorted, filter: this.filter, value };
    return value;
  }

  /** Every row read so far, every unreadable document, and the summary of them all. */
  get portfolio(): Readonly<Derived> {
    return this.#data();
  }

  #keys(): number[] {
    const filtered = this.visibleRows as PortfolioRow[];
    if (this.#keyCache?.filtered === filtered) return this.#keyCache.value;
    const value = filtered.map((r) => r.index);
    this.#keyCache = { filtered, value };
    return value;
  }

  #reveal(position: number): void {
    const scroller = this.#scroller;
    if (!scroller || !this.#rowHeight) return;
    const viewport = scroller.clientHeight;
    const top = scrollToReveal(
      position,
      scroller.scrollTop,
      viewport - this.#headerHeight,
      this.#rowHeight,
      0,
    );
    if (top !== scroller.scrollTop) scroller.scrollTop = top;
    this.#scrollTop = top;
  }

  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="table"]');
  }

  #observedScroller?: HTMLElement;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const loading = this.#loader.phase === 'loading';
    if (loading) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');

    const scroller = this.#scroller;
    if (scroller && scroller !== this.#observedScroller) {
      if (this.#observedScroller) this.#viewport.unobserve(this.#observedScroller);
      this.#viewport.observe(scroller);
      this.#observedScroller = scroller;
    }
    // Row and header heights: read once per width (a row's height is fixed by CSS).
    if (
      scroller &&
      (!this.#rowHeight || changed.has('printing') || this.#measuredAt !== this.#width.value)
    ) {
      const row = scroller.querySelector<HTMLElement>('[part~="row"]');
      const head = scroller.querySelector<HTMLElement>('.head');
      if (row) {
        this.#rowHeight = row.getBoundingClientRect().height;
        this.#headerHeight = head?.getBoundingClientRect().height ?? 0;
        this.#measuredAt = this.#width.value;
        this.requestUpdate();
      }
    }

    const phase = this.#loader.phase;
    if (phase === 'problem' && this.#announced !== this.#loader.version) {
      this.#announced = this.#loader.version;
      emit(this, 'project-error', { issues: this.#loadIssues() });
    } else if (phase === 'done' && this.#announced !== this.#loader.version) {
      this.#announced = this.#loader.version;
      const { summary, unreadable } = this.#data();
      emit(this, 'portfolio-load', { summary, unreadable });
    }
  }

  #measuredAt?: number;

  /** Resolves once every document has been read and rendered. */
  async loaded(): Promise<void> {
    await this.updateComplete;
    await this.#loader.settled();
    await this.updateComplete;
  }

  #loadIssues(): Issue[] {
    const problem = this.#loader.problem;
    if (!problem) return [];
    const msg = this.#msg;
    const message =
      problem.kind === 'http'
        ? msg(str`The server answered ${problem.status} for ${problem.url}.`)
        : problem.kind === 'network'
          ? msg(str`The projects could not be fetched from ${problem.url}.`)
          : msg(str`The text is not valid JSON (${problem.detail}).`);
    const path = problem.kind === 'json' && problem.where === 'script' ? 'script' : 'src';
    return [{ path, code: `load-${problem.kind}`, message, params: {} }];
  }

  protected override render(): unknown {
    const msg = this.#msg;
    const loader = this.#loader;
    if (loader.phase === 'empty') {
      return html`<p part="empty">${msg('No projects have been given yet.')}</p>`;
    }
    if (loader.phase === 'problem') {
      return html`<div part="error" role="alert">
        <p>${msg('The projects cannot be shown:')}</p>
        <ul>
          ${this.#loadIssues().map(
            (issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`,
          )}
        </ul>
      </div>`;
    }
    const { rows, unreadable, summary } = this.#data();
    const visible = this.visibleRows;
    return html`
      ${this.#renderProgress()} ${this.#renderSummary(summary)}
      ${rows.length > 0 || loader.phase === 'loading' ? this.#renderFilters(summary) : nothing}
      ${rows.length > 0 ? this.#renderToolbar(visible.length, rows.length) : nothing}
      ${rows.length > 0 && visible.length > 0 ? this.#renderGrid(visible) : nothing}
      ${
        rows.length > 0 && visible.length === 0
          ? html`<p part="none">
              ${msg('No project matches these filters.')}
              <button type="button" @click=${this.#clearFilters}>
                ${msg('Clear the filters')}
              </button>
            </p>`
          : nothing
      }
      ${
        rows.length === 0 && loader.phase === 'done' && unreadable.length === 0
          ? html`<p part="empty">${msg('The list holds no projects.')}</p>`
          : nothing
      }
      ${this.#renderUnreadable(unreadable)}
      <p class="print-only" part="print-count">
        ${msg(str`${this.#fmt.number(visible.length, 0)} of ${this.#fmt.number(rows.length, 0)} projects printed.`)}
      </p>
    `;
  }

  #renderProgress(): TemplateResult | typeof nothing {
    const loader = this.#loader;
    if (loader.phase !== 'loading') return nothing;
    const msg = this.#msg;
    const f = this.#fmt;
    const read = loader.results.length;
    let text: string;
    let value: number | undefined;
    let max: number | undefined;
    if (loader.total !== null && loader.total > 0) {
      text = msg(str`Read ${f.number(read, 0)} of ${f.number(loader.total, 0)} projects`);
      value = read;
      max = loader.total;
    } else if (loader.totalBytes) {
      text = msg(
        str`Read ${f.number(read, 0)} projects (${this.#bytes(loader.bytes)} of ${this.#bytes(loader.totalBytes)})`,
      );
      value = Math.min(loader.bytes, loader.totalBytes);
      max = loader.totalBytes;
    } else {
      text =
        read > 0 || loader.bytes > 0
          ? msg(str`Read ${f.number(read, 0)} projects (${this.#bytes(loader.bytes)})`)
          : msg('Loading the projects…');
    }
    return html`<div part="progress">
      <progress
        aria-label=${msg('Projects read')}
        value=${ifDefined(value)}
        max=${ifDefined(max)}
      ></progress>
      <span>${text}</span>
    </div>`;
  }

  #bytes(bytes: number): string {
    const f = this.#fmt;
    if (bytes >= 1e6) return `${f.number(bytes / 1e6, 1)} MB`;
    if (bytes >= 1e3) return `${f.number(bytes / 1e3, 0)} kB`;
    return this.#msg(str`${f.number(bytes, 0)} bytes`);
  }

  #renderSummary(summary: PortfolioSummary): TemplateResult | typeof nothing {
    if (summary.total === 0) return nothing;
    const msg = this.#msg;
    const f = this.#fmt;
    const n = (x: number) => f.number(x, 0);
    const sentences: string[] = [];
    if (summary.projects > 0) {
      sentences.push(
        msg(
          str`${n(summary.byStatus.behind)} of ${n(summary.projects)} projects are behind schedule; ${n(summary.byStatus['no-report'])} have not reported yet.`,
        ),
      );
    }
    if (summary.unreadable > 0) {
      sentences.push(msg(str`${n(summary.unreadable)} could not be read.`));
    }
    const chosen = this.#chosenStatus();
    const shown = PORTFOLIO_STATUSES.filter((s) => summary.byStatus[s] > 0);
    return html`<section part="summary" aria-label=${msg('Summary')}>
      <p part="summary-text">${sentences.join(' ')}</p>
      ${
        summary.projects > 0
          ? html`<div part="bar" aria-hidden="true">
              ${shown.map(
                (s) =>
                  html`<span
                    class="segment"
                    data-status=${s}
                    ${cssomStyle({ 'flex-grow': String(summary.byStatus[s]) })}
                    ><span class="glyph">${glyphOf(s)}</span> ${n(summary.byStatus[s])}</span
                  >`,
              )}
            </div>`
          : nothing
      }
      <ul part="legend" aria-label=${msg('Filter by status')}>
        ${PORTFOLIO_STATUSES.map(
          (s) =>
            html`<li>
              <button
                type="button"
                class="status"
                data-status=${s}
                aria-pressed=${chosen === s ? 'true' : 'false'}
                @click=${() => this.#toggleStatus(s)}
              >
                <span class="glyph" aria-hidden="true">${glyphOf(s)}</span>
                <span>${scheduleStatusLabel(msg, s)}</span>
                <span class="count">${n(summary.byStatus[s])}</span>
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #chosenStatus(): PortfolioStatus | '' {
    const status = this.filter?.status;
    if (typeof status === 'string') return status;
    return status && status.length === 1 ? status[0] : '';
  }

  #setFilter(change: Partial<PortfolioFilter>): void {
    const next: PortfolioFilter = { ...this.filter, ...change };
    for (const key of Object.keys(next) as (keyof PortfolioFilter)[]) {
      const value = next[key];
      if (value === undefined || value === '' || value === false) delete next[key];
    }
    if (this.#rowHasFocus()) this.#roving.keepFocus();
    this.filter = next;
    this.#scrollTop = 0;
    const scroller = this.#scroller;
    if (scroller) scroller.scrollTop = 0;
  }

  #toggleStatus(status: PortfolioStatus): void {
    this.#setFilter({ status: this.#chosenStatus() === status ? undefined : status });
  }

  #clearFilters = () => {
    this.filter = {};
  };

  #renderFilters(summary: PortfolioSummary): TemplateResult {
    const msg = this.#msg;
    const f = this.#fmt;
    const filter = this.filter ?? {};
    const chosen = this.#chosenStatus();
    const active = Object.keys(filter).length > 0;
    return html`<div part="filters" role="search" aria-label=${msg('Filters')}>
      <label
        >${msg('Status')}
        <select
          @change=${(e: Event) =>
            this.#setFilter({
              status: ((e.target as HTMLSelectElement).value || undefined) as
                PortfolioStatus | undefined,
            })}
        >
          <option value="" ?selected=${chosen === ''}>${msg('All')}</option>
          ${PORTFOLIO_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${chosen === s}>
                ${scheduleStatusLabel(msg, s)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${msg('Organisation')}
        <select
          @change=${(e: Event) =>
            this.#setFilter({ organization: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!filter.organization}>${msg('All')}</option>
          ${summary.organizations.map(
            (o) =>
              html`<option
                value=${o}
                lang=${ifDefined(this.#langOf(o))}
                ?selected=${filter.organization === o}
              >
                ${o}
              </option>`,
          )}
        </select></label
      >
      <label
        >${msg('Fiscal year')}
        <select
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.#setFilter({ fiscalYear: value ? Number(value) : undefined });
          }}
        >
          <option value="" ?selected=${filter.fiscalYear === undefined}>${msg('All')}</option>
          ${summary.fiscalYears.map(
            (y) =>
              html`<option value=${String(y)} ?selected=${filter.fiscalYear === y}>
                ${f.yearNumber(y)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${msg('Code or title')}
        <input
          type="search"
          .value=${filter.text ?? ''}
          @input=${(e: Event) =>
            this.#setFilter({ text: (e.target as HTMLInputElement).value || undefined })}
      /></label>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${filter.withWarnings === true}
          @change=${(e: Event) =>
            this.#setFilter({ withWarnings: (e.target as HTMLInputElement).checked || undefined })}
        />
        ${msg('Only with warnings')}</label
      >
      ${
        active
          ? html`<button type="button" @click=${this.#clearFilters}>
              ${msg('Clear the filters')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderToolbar(visible: number, all: number): TemplateResult {
    const msg = this.#msg;
    const f = this.#fmt;
    return html`<div part="toolbar">
      <p part="count" role="status">
        ${msg(str`Showing ${f.number(visible, 0)} of ${f.number(all, 0)}`)}
      </p>
      <button part="download" type="button" @click=${this.#onDownloadClick}>
        ${msg('Download CSV')}
      </button>
    </div>`;
  }

  #rowHasFocus(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return !!active && active.getAttribute('role') === 'row';
  }

  #sortBy(key: PortfolioSortKey): void {
    if (this.sortKey === key) {
      this.sortDirection = this.sortDirection === 'descending' ? 'ascending' : 'descending';
    } else {
      this.sortKey = key;
      // Figures read best largest first… except the default order, worst first.
      this.sortDirection = 'ascending';
    }
  }

  #renderGrid(visible: readonly PortfolioRow[]): TemplateResult {
    const msg = this.#msg;
    const count = visible.length;
    const rowHeight = this.#rowHeight || 56;
    const viewport = this.#viewport.value || 600;
    const win = this.printing
      ? { first: 0, end: count }
      : virtualWindow(count, this.#scrollTop, viewport, rowHeight);
    const activeKey = this.#roving.current();
    const positions: number[] = [];
    for (let p = win.first; p < win.end; p++) positions.push(p);
    // The active row stays in the DOM (out of sight) when scrolled away, so focus is never lost
    // and it is the same element when it comes back into view.
    const activePosition = activeKey === undefined ? -1 : this.#keys().indexOf(activeKey);
    if (activePosition >= 0 && activePosition < win.first) positions.unshift(activePosition);
    if (activePosition >= win.end) positions.push(activePosition);
    const sortKey = this.sortKey;
    const direction = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    return html`<div
      part="table"
      role="region"
      aria-label=${msg('Projects')}
      @scroll=${this.#onScroll}
    >
      <div
        role="grid"
        aria-label=${msg('Projects')}
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
                  <button type="button" @click=${() => this.#sortBy(column.key)}>
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
            this.printing
              ? {}
              : {
                  height: `${count * rowHeight}px`,
                  'padding-block-start': `${win.first * rowHeight}px`,
                },
          )}
        >
          ${repeat(
            positions,
            (p) => visible[p].index,
            (p) =>
              this.#renderRow(
                visible[p],
                p,
                visible[p].index === activeKey,
                p < win.first || p >= win.end,
              ),
          )}
        </div>
      </div>
    </div>`;
  }

  #onScroll = (event: Event) => {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    this.requestUpdate();
  };

  #langOf(text: string, language?: string): string | undefined {
    return language ?? (THAI.test(text) ? 'th' : undefined);
  }

  #href(row: PortfolioRow): string | undefined {
    const template = this.projectHref;
    if (!template) return undefined;
    const href = template.split('{id}').join(encodeURIComponent(row.id));
    // Only web URLs and relative ones: never javascript: or data:.
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
    return scheme === undefined || scheme === 'http' || scheme === 'https' ? href : undefined;
  }

  #renderRow(
    row: PortfolioRow,
    position: number,
    active: boolean,
    detached: boolean,
  ): TemplateResult {
    const msg = this.#msg;
    const f = this.#fmt;
    const lang = row.language;
    const href = this.#href(row);
    const pct = (x: number | null, none: string) =>
      x === null ? html`<span class="none">${none}</span>` : f.percent(x);
    return html`<div
      role="row"
      part="row"
      class=${detached ? 'cols away' : 'cols'}
      aria-rowindex=${position + 2}
      data-key=${row.index}
      tabindex=${active ? '0' : '-1'}
      @click=${(e: MouseEvent) => this.#onRowClick(e, row)}
      @keydown=${this.#onRowKey}
      @focus=${() => this.#roving.setActive(row.index)}
    >
      <div role="gridcell">
        <span class="status" data-status=${row.status}
          ><span class="glyph" aria-hidden="true">${glyphOf(row.status)}</span>
          ${scheduleStatusLabel(msg, row.status)}</span
        >
      </div>
      <div role="rowheader" class="code">
        ${
          href
            ? html`<a
                href=${href}
                tabindex="-1"
                @click=${(e: MouseEvent) => this.#onLinkClick(e, row)}
                >${row.id}</a
              >`
            : row.id
        }
      </div>
      <div role="gridcell" class="title" lang=${ifDefined(this.#langOf(row.title, lang))}>
        ${row.title}
      </div>
      <div role="gridcell" lang=${ifDefined(this.#langOf(row.organization, lang))}>
        ${row.organization}
      </div>
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

  #select(row: PortfolioRow): boolean {
    return this.dispatchEvent(
      new CustomEvent<ProjectSelectDetail>('project-select', {
        detail: { project: row.project, row },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  #followingLink = false;

  #onLinkClick(event: MouseEvent, row: PortfolioRow): void {
    event.stopPropagation();
    this.#roving.setActive(row.index);
    if (this.#followingLink) return;
    if (!this.#select(row)) event.preventDefault();
  }

  #onRowClick(event: MouseEvent, row: PortfolioRow): void {
    this.#roving.setActive(row.index);
    this.requestUpdate();
    if ((event.target as Element).closest('a')) return;
    this.#select(row);
  }

  #onRowKey = (event: KeyboardEvent) => {
    const target = event.currentTarget as HTMLElement;
    if (event.target !== target) return;
    if (target.getAttribute('role') !== 'row') return;
    if (this.#roving.handleKey(event)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const key = Number(target.dataset.key);
      const row = this.visibleRows.find((r) => r.index === key);
      if (!row) return;
      if (this.#select(row)) {
        const link = target.querySelector<HTMLAnchorElement>('a[href]');
        if (link && event.key === 'Enter') {
          this.#followingLink = true;
          try {
            link.click();
          } finally {
            this.#followingLink = false;
          }
        }
      }
    }
  };

  #renderUnreadable(unreadable: UnreadableEntry[]): TemplateResult | typeof nothing {
    if (unreadable.length === 0) return nothing;
    const msg = this.#msg;
    const f = this.#fmt;
    const shown = this.showAllUnreadable ? unreadable : unreadable.slice(0, UNREADABLE_SHOWN);
    return html`<section part="unreadable" aria-label=${msg('Could not be read')}>
      <p class="heading">${msg(str`Could not be read (${f.number(unreadable.length, 0)})`)}</p>
      <ul>
        ${shown.map(
          (entry) =>
            html`<li>
              ${
                entry.id === undefined
                  ? msg(str`Entry ${f.number(entry.index + 1, 0)}`)
                  : html`${msg(str`Entry ${f.number(entry.index + 1, 0)}`)} (<span
                        lang=${ifDefined(this.#langOf(entry.id))}
                        >${entry.id}</span
                      >)`
              }:
              ${entry.issues.map(
                (issue, i) =>
                  html`${i > 0 ? '; ' : ''}<code>${issue.path || msg('document')}</code>:
                  ${issue.message}`,
              )}${
                entry.issueCount > entry.issues.length
                  ? msg(str`; and ${f.number(entry.issueCount - entry.issues.length, 0)} more`)
                  : ''
              }
            </li>`,
        )}
      </ul>
      ${
        shown.length < unreadable.length
          ? html`<button type="button" @click=${() => (this.showAllUnreadable = true)}>
              ${msg(str`Show all ${f.number(unreadable.length, 0)}`)}
            </button>`
          : nothing
      }
    </section>`;
  }

  /**
   * The rows as filtered and sorted now, as CSV text (RFC 4180, CRLF, no byte-order mark):
   * headers and words in the element's language, figures as plain numbers, dates as ISO.
   */
  toCsv(): string {
    const msg = this.#msg;
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
    for (const row of this.visibleRows) {
      lines.push([
        row.id,
        row.title,
        row.organization,
        row.organizationCode,
        this.#fmt.options.calendar === 'buddhist' ? row.fiscalYear + 543 : row.fiscalYear,
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

  /** The name the CSV is saved under: `projects-<as-of>.csv`. */
  get csvFilename(): string {
    return `projects-${this.#asOf}.csv`;
  }

  /** Saves the CSV of the rows as shown through a temporary download link. */
  downloadCsv(): void {
    this.#saveCsv(false);
  }

  #onDownloadClick = () => this.#saveCsv(true);

  #saveCsv(fromButton: boolean): void {
    const csv = this.toCsv();
    const filename = this.csvFilename;
    const proceed =
      !fromButton ||
      this.dispatchEvent(
        new CustomEvent<PortfolioCsvDownloadDetail>('portfolio-csv-download', {
          detail: { csv, filename },
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    if (!proceed) return;
    saveCsvFile(this.renderRoot, csv, filename);
  }

  /** Sort changes from code keep focus on the same project when a row had it. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (
      (changed.has('sortKey') || changed.has('sortDirection') || changed.has('filter')) &&
      this.#rowHasFocus()
    ) {
      this.#roving.keepFocus();
      const position = this.#roving.position();
      if (position >= 0) queueMicrotask(() => this.#reveal(position));
    }
    return super.shouldUpdate(changed);
  }
}
ProjectPortfolio.addInitializer((el) => followPageScheme(el as ProjectPortfolio));

declare global {
  interface GlobalEventHandlersEventMap {
    'project-select': ProjectSelectEvent;
    'portfolio-csv-download': PortfolioCsvDownloadEvent;
    'portfolio-load': PortfolioLoadEvent;
  }
}
