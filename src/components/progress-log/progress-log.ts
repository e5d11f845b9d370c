import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { str } from '@lit/localize';
import type { Project, Warning } from '../../domain/index.js';
import { emit } from '../../internal/events.js';
import { ProjectElement } from '../../internal/project-element.js';
import { WidthController } from '../../internal/controllers/width.js';
import { renderSound } from '../../internal/sound.js';
import { labelFont, textMeasure } from '../../internal/text-measure.js';
import {
  logChartFor,
  logSound,
  renderLogChart,
  summaryText,
  type LogChart,
} from './log-chart-view.js';
import { renderLogEntry } from './log-entry-view.js';
import { logRows, saysSomething, type LogRow } from './log-rows.js';
import { styles } from './progress-log.styles.js';

export interface LogFilterChangeDetail {
  /** Whether only the reports with problems or obstacles are now listed. */
  problemsOnly: boolean;
}

export type LogFilterChangeEvent = CustomEvent<LogFilterChangeDetail>;

/** The width drawn before the element has been measured (the narrowest page we support). */
const FALLBACK_CHART_WIDTH = 300;
/**
 * How many more reports "Show all" adds per task: about 50 ms of rendering and layout on a slow
 * machine, so that a history of 10,000 reports never freezes the page. Tasks, not animation
 * frames, so that the list also completes in a background tab (and in headless tests).
 */
const REVEAL_CHUNK = 250;

/**
 * The history of reported progress, newest first, with its problems in plain sight: a small
 * step chart of percent over time (with the plan behind it) summarised in words, then each
 * report's number, date, percent, change since the report before, note, and its problems and
 * obstacles as callouts whenever they say something. Only what is known at `as-of`: reports
 * dated after it are left out of the chart, the figures and the list, and a sentence says how
 * many. A report's number is the BMA page's: (1) is the newest report in the whole log, and a new
 * report becomes (1) (see `LogRow.number`). "Play as sound", under the chart, plays the plan and
 * the reports as two tones; Escape or a second press stops it (inside a dashboard the timeline
 * has it instead).
 *
 * @summary The history of reported progress, with its problems in plain sight.
 * @fires {ProjectLoadDetail} project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires {ProjectErrorDetail} project-error - The input could not be used. Detail: `{issues}`.
 * @fires {LogFilterChangeDetail} log-filter-change - A person switched "Only reports with problems or obstacles".
 *   Detail: `{problemsOnly}`. Setting `problemsOnly` from code fires nothing.
 * @csspart base - The wrapper around the chart, the controls and the list.
 * @csspart chart - The figure: the chart and its summary in words.
 * @csspart summary - The chart's summary in words (the figure's caption).
 * @csspart sound - The "Play as sound" switch (only where the browser has Web Audio; not printed).
 * @csspart stale - The notice that the newest report is older than `stale-after-days` (also
 *   `warnings`: a page that styles or hides the data-quality warnings reaches it too).
 * @csspart controls - The filter switch and the count of reports shown.
 * @csspart filter - The "Only reports with problems or obstacles" checkbox.
 * @csspart count - The count of reports shown (a polite live region).
 * @csspart list - The ordered list of reports, newest first.
 * @csspart entry - One report.
 * @csspart number - A report's number, "(1)" for the newest, as the BMA page numbers it.
 * @csspart later - The sentence saying how many reports are dated after `as-of` (not shown).
 * @csspart printed-entry - One of the reports folded away on screen, which only paper shows.
 * @csspart percent - A report's percent.
 * @csspart change - A report's change since the report before it.
 * @csspart note - A report's note, as written.
 * @csspart callout - A problems or obstacles callout (also `problems` or `obstacles`).
 * @csspart quiet - The muted line keeping "Problems: ไม่มี" and the like available.
 * @csspart show-all - The "Show all N reports" button.
 * @csspart error - The list of problems shown instead of the log.
 * @csspart warnings - The data-quality warnings.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given, when the log is empty, or when the filter
 *   leaves no report.
 * @cssprop --progress-log-line-color - The reported step line and its dots (default: accent).
 * @cssprop --progress-log-plan-color - The planned curve behind it (default: neutral).
 * @cssprop --progress-log-problem-color - The edge of problem and obstacle callouts (default: warning).
 * @cssprop --progress-log-decrease-color - A report whose percent went down (default: danger).
 * @cssprop --progress-log-chart-max-width - The chart's widest size (default: 36rem).
 */
export class ProgressLog extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  static override properties: PropertyDeclarations = {
    problemsOnly: { type: Boolean, attribute: 'problems-only', reflect: true },
    initialCount: { type: Number, attribute: 'initial-count' },
    showAll: { state: true },
    revealed: { state: true },
    kept: { state: true },
  };

  /** List only the reports whose problems or obstacles say something. */
  problemsOnly = false;

  /** How many of the newest reports are listed before "Show all N reports". */
  initialCount = 10;

  private showAll = false;
  /** After "Show all": how many reports are rendered so far; grows by a chunk a task. */
  private revealed = 0;
  /**
   * How many reports are in the DOM, listed or kept for paper: the first page, then a chunk more
   * a task (from the task after the first render, which stays as quick) until all are there.
   */
  private kept = 0;
  /** The chart is laid out at its real width, so dots stay round and labels stay legible. */
  private _chartWidth = new WidthController(this, { target: null, use: 'layout' });

  /** Every report, newest first. */
  private _allRows: LogRow[] = [];
  /** The reports known at `as-of` (none dated after it), newest first. */
  private _rows: LogRow[] = [];
  private _rowsFor?: Project;
  private _rowsAsOf?: string;
  private _lastProjectId?: string;
  /** The `stale-update` warning that the stale notice says in context, if any. */
  private _stale?: Warning;
  private _chartCache?: { key: string; project: Project; chart: LogChart };
  /**
   * The chart's labels' font, which follows the element's font size, and their measure in it: the
   * chart is laid out again when the reader enlarges text (the legend grows with it, and the box
   * watched for its width reports the change).
   */
  private _font = labelFont(this);
  private _labels = textMeasure();
  /** The reports the filter lets through, as last rendered. */
  private _shown: LogRow[] = [];
  private _revealTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: carry on with an interrupted "Show all".
    this._continueRevealing();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._revealTimer);
    this._revealTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const project = this.result?.ok ? this.result.project : undefined;
    if (project !== this._rowsFor || this.ctx.asOf !== this._rowsAsOf) {
      const asOf = this.ctx.asOf;
      if (project !== this._rowsFor) this._allRows = logRows(project?.log);
      this._rowsAsOf = asOf;
      this._rows = this._allRows.filter((row) => row.entry.date <= asOf);
    }
    if (project !== this._rowsFor) {
      this._rowsFor = project;
      // A different history starts folded again; a re-parse of the same one keeps its state.
      if (project?.id !== this._lastProjectId) {
        this.showAll = false;
        this.revealed = 0;
        this.kept = 0;
      }
      this._lastProjectId = project?.id;
    }
    this._stale = this._staleNotice();
  }

  /** `initial-count` as a usable count: a whole number, at least 1. */
  private get _pageSize(): number {
    const count = Math.floor(this.initialCount);
    return Number.isFinite(count) && count >= 1 ? count : 10;
  }

  /**
   * The stale-report notice follows the domain's `stale-update` warning, so the element and the
   * warning never disagree about what is stale. Inside a dashboard the dashboard shows that
   * warning, and the notice would say it twice.
   */
  private _staleNotice(): Warning | undefined {
    if (this.nested || !this.result?.ok) return undefined;
    return this.result.warnings.find((w) => w.code === 'stale-update');
  }

  /** The stale notice says what the `stale-update` warning says, in context: once is enough. */
  protected override renderWarnings(warnings: Warning[]): TemplateResult | typeof nothing {
    return super.renderWarnings(
      this._stale ? warnings.filter((w) => w.code !== 'stale-update') : warnings,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._continueRevealing();
  }

  /** How many of the reports the filter lets through are in the DOM, listed or for paper. */
  private get _kept(): number {
    return Math.min(this._shown.length, Math.max(this.kept, this._pageSize));
  }

  /**
   * Renders the next chunk of a long history in a task of its own: after "Show all", until all
   * are listed; else until all are kept for paper. Paper thus gets every report without a
   * re-render in `beforeprint`, which Firefox does not wait for before its print snapshot.
   */
  private _continueRevealing(): void {
    const listing = () => this.showAll && this.revealed < this._shown.length;
    if (this._revealTimer !== undefined || (!listing() && this._kept >= this._shown.length)) {
      return;
    }
    this._revealTimer = setTimeout(() => {
      this._revealTimer = undefined;
      if (listing()) this.revealed += REVEAL_CHUNK;
      else this.kept = this._kept + REVEAL_CHUNK;
    });
  }

  protected override renderProject(project: Project): unknown {
    const { msg, fmt, locale, calendar, numerals, dataLang } = this.ctx;
    const rows = this._rows;
    if (rows.length === 0) {
      // No report is not 0 %: no chart at 0, only the words (and how many come later).
      return html`<div part="base">
        <p part="empty">${msg('No report yet.')}</p>
        ${this._renderLater()}
      </div>`;
    }
    const shown = (this._shown = this.problemsOnly ? rows.filter(saysSomething) : rows);
    const limit = this.showAll ? Math.max(this.revealed, this._pageSize) : this._pageSize;
    const visible = limit < shown.length ? shown.slice(0, limit) : shown;
    // While "Show all" is still adding chunks, the count already says what is on its way.
    const folded = !this.showAll && visible.length < shown.length;
    // The reports not listed (yet) are kept for paper: print styles show them.
    const paper = shown.slice(visible.length, Math.max(visible.length, this._kept));

    const chart = this._chart(project);
    // Inside a dashboard the timeline plays the same project: one "Play as sound" is enough.
    const sound = this.nested
      ? nothing
      : renderSound(this, this.ctx, logSound(project, chart.layout, this.ctx.asOf), (text) =>
          this.say(text),
        );
    return html`<div part="base">
      ${renderLogChart(this.ctx, { project, rows, chart, box: this._chartWidth.target() })} ${sound}
      ${this._renderLater()} ${this._renderStale()}
      <div part="controls" class="controls">
        <label class="filter">
          <input
            type="checkbox"
            part="filter"
            .checked=${this.problemsOnly}
            @change=${this._onFilterChange}
          />
          <span>${msg('Only reports with problems or obstacles')}</span>
        </label>
        ${
          folded
            ? html`<p class="count paper">
                ${this._countText(rows.length, shown.length, shown.length)}
              </p>`
            : nothing
        }
        <p part="count" class="count" role="status">
          ${this._countText(rows.length, shown.length, folded ? visible.length : shown.length)}
        </p>
      </div>
      ${
        visible.length > 0
          ? html`<ol part="list" aria-label=${msg('Progress reports, newest first')}>
              ${repeat(
                visible,
                // Keyed, so that a report keeps its element (and focus) when a newer report
                // arrives above it or the filter takes rows out around it; a plain map would
                // reuse elements by position and show another report where focus was.
                (row) => row.key,
                // A row changes only with its data or the language: skipping the others keeps
                // each chunk of a long "Show all" as cheap as the rows it adds.
                (row) =>
                  guard([row, locale, calendar, numerals, dataLang], () =>
                    renderLogEntry(this.ctx, row, { place: 'screen' }),
                  ),
              )}
            </ol>`
          : html`<p part="empty">${msg('No report mentions a problem or an obstacle.')}</p>`
      }
      ${
        paper.length > 0
          ? html`<ol class="list paper" start=${visible.length + 1}>
              ${repeat(
                paper,
                (row) => row.key,
                (row) =>
                  guard([row, locale, calendar, numerals, dataLang], () =>
                    renderLogEntry(this.ctx, row, { place: 'paper' }),
                  ),
              )}
            </ol>`
          : nothing
      }
      ${
        folded
          ? html`<button type="button" part="show-all" @click=${this._onShowAll}>
              ${msg(str`Show all ${fmt.number(shown.length, 0)} reports`)}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** How many reports are dated after `as-of`: left out of the chart, the figures and the list. */
  private _renderLater(): TemplateResult | typeof nothing {
    const later = this._allRows.length - this._rows.length;
    if (later === 0) return nothing;
    const { msg, fmt, asOf } = this.ctx;
    const date = fmt.date(asOf);
    return html`<p part="later" class="later">
      ${
        later === 1
          ? msg(str`1 report dated after ${date} is not shown.`)
          : msg(str`${fmt.number(later, 0)} reports dated after ${date} are not shown.`)
      }
    </p>`;
  }

  private _countText(total: number, shown: number, visible: number): string {
    const { msg, fmt } = this.ctx;
    const n = (value: number) => fmt.number(value, 0);
    if (shown !== total) {
      return shown === 1
        ? msg(str`1 of ${n(total)} reports mentions problems or obstacles.`)
        : msg(str`${n(shown)} of ${n(total)} reports mention problems or obstacles.`);
    }
    if (visible < shown) return msg(str`Showing the newest ${n(visible)} of ${n(total)} reports.`);
    return total === 1 ? msg('1 report.') : msg(str`${n(total)} reports.`);
  }

  protected override announcement(): string | undefined {
    const { msg } = this.ctx;
    return this._rows.length === 0
      ? msg('No report yet.')
      : msg(str`Progress reports updated: ${summaryText(this.ctx, this._rows)}`);
  }

  private _chart(project: Project): LogChart {
    const width = this._chartWidth.value || FALLBACK_CHART_WIDTH;
    const { asOf, locale, calendar, numerals } = this.ctx;
    const font = this._font.value;
    const key = [asOf, width, locale, calendar, numerals, font].join('|');
    const cached = this._chartCache;
    if (cached && cached.project === project && cached.key === key) return cached.chart;
    this._labels.useFont(font);
    const chart = logChartFor(this.ctx, project, width, this._labels);
    this._chartCache = { key, project, chart };
    return chart;
  }

  private _renderStale(): TemplateResult | typeof nothing {
    if (!this._stale) return nothing;
    const { msg, fmt, asOf, staleAfterDays } = this.ctx;
    // The newest report on or before `as-of`, and its age in days.
    const { date, days } = this._stale.params;
    // Part of the warnings too: it is the `stale-update` warning, said in context, and a page
    // that restyles or hides ::part(warnings) must reach it.
    return html`<p part="warnings stale" class="stale">
      <span class="glyph" aria-hidden="true">⚠</span>
      <span
        >${msg(
          str`The newest report, of ${fmt.date(String(date))}, was made ${fmt.daysAgo(Number(days))} as of ${fmt.date(asOf)}; reports are due at least every ${fmt.number(staleAfterDays, 0)} days.`,
        )}</span
      >
    </p>`;
  }

  private _onFilterChange(event: Event): void {
    this.problemsOnly = (event.target as HTMLInputElement).checked;
    emit<LogFilterChangeDetail>(this, 'log-filter-change', { problemsOnly: this.problemsOnly });
  }

  /** Shows every report and moves focus to the first one that was hidden, where reading resumes. */
  private async _onShowAll(): Promise<void> {
    const firstHidden = this._shown[this._pageSize];
    this.showAll = true;
    this.revealed = this._pageSize + REVEAL_CHUNK;
    await this.updateComplete;
    if (!firstHidden) return;
    this.renderRoot.querySelector<HTMLElement>(`li[data-key="${firstHidden.key}"]`)?.focus();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'log-filter-change': LogFilterChangeEvent;
  }
}
