import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import type { PlanStep, Project } from '../../domain/index.js';
import { RovingFocusController } from '../../internal/controllers/roving-focus.js';
import { ScrollRegionsController } from '../../internal/controllers/scroll-regions.js';
import { labelFont, textMeasure } from '../../internal/text-measure.js';
import { emit } from '../../internal/events.js';
import { ProjectElement } from '../../internal/project-element.js';
import { timelineData, type TimelineData } from '../../viz/timeline.js';
import { layoutWidth } from './layout-width.js';
import { buildModel, type Model } from './model.js';
import { styles } from './milestone-timeline.styles.js';
import { renderChart, renderLegend } from './render-chart.js';
import { renderDetails } from './render-details.js';
import { renderList } from './render-list.js';
import { renderSound } from './render-sound.js';
import { renderTables } from './render-tables.js';
import { noLogNote, noPlanNote, renderCue, renderNames, type TimelineView } from './view.js';

export interface MilestoneSelectDetail {
  /** The plan step a person chose, as it is in the parsed project. */
  step: PlanStep;
}

export type MilestoneSelectEvent = CustomEvent<MilestoneSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'milestone-select': MilestoneSelectEvent;
  }
}

/** Below this width (CSS px) the chart becomes a vertical list. */
export const NARROW_BELOW = 480;
/** The width drawn before the element has been measured, or while it is not laid out. */
const FALLBACK_WIDTH = 640;

/**
 * The plan and the reported progress on one fiscal-year axis: the quarters, each plan step as a
 * bar (a diamond for a one-day step), the planned S-curve, the reported progress as a step line,
 * the reports that name problems, and the as-of date. Below 480 px wide it is a vertical list of
 * the steps with small bars of planned and actual progress; a switch shows it all as tables.
 *
 * Keyboard: one tab stop into the chart; arrow keys move between the steps and the reports,
 * Home and End jump to the first and last. Enter or Space on a step (or a click) pins its
 * details until another step is pinned, the same one is chosen again or Escape is pressed; the
 * pin is said through the element's live region, and `milestone-select` fires. The `cue` under
 * the chart (above the list) says so in words and describes the group of marks.
 * "Play as sound" plays the plan and the reports as two tones; Escape or a second press stops it.
 *
 * @summary The plan and the reported progress on one fiscal-year axis.
 * @fires {ProjectLoadDetail} project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires {ProjectErrorDetail} project-error - The input could not be used. Detail: `{issues}`.
 * @fires {MilestoneSelectDetail} milestone-select - A person chose a plan step (Enter, Space or a click). Detail: `{step}`.
 *   Never fired by setting a property or an attribute.
 * @csspart base - The wrapper of everything the element draws for a project.
 * @csspart summary - The sentence that sums the plan and the progress up (the chart's name: hidden
 *   from assistive technology while the chart or list it names is shown, so that it is read once).
 * @csspart cue - The sentence that says how to move between the marks and pin a step.
 * @csspart table-toggle - The "Show as table" switch.
 * @csspart sound - The "Play as sound" switch (only where the browser has Web Audio; not printed).
 * @csspart legend - The key to the lines and marks.
 * @csspart chart - The timeline drawing (wide layout).
 * @csspart axis - The quarters, months and percentage scale.
 * @csspart step - Each plan step's mark: a bar, a diamond for a one-day step, a row in the list.
 *   A toggle button: `aria-pressed="true"` while its details are pinned.
 * @csspart label - The name and weight drawn beside a step's mark (SVG text).
 * @csspart log-point - Each reported progress point.
 * @csspart details - The panel describing the step or report in focus or under the pointer, else
 *   the pinned step.
 * @csspart list - The vertical list of steps and reports (narrow layout).
 * @csspart table - Each table of the table view.
 * @csspart note - A sentence saying that the plan or the log is empty.
 * @csspart error - The list of problems shown instead of the chart.
 * @csspart warnings - The data-quality warnings.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 * @cssprop --planned-color - The planned S-curve and planned bars. Default: `--ppe-color-muted`.
 * @cssprop --actual-color - The reported progress line, points and bars. Default: `--ppe-color-accent`.
 * @cssprop --problem-color - Reports that name a problem. Default: `--ppe-color-warning`.
 * @cssprop --step-color - The plan steps. Default: `--ppe-color-text`.
 * @cssprop --as-of-color - The as-of line. Default: `--ppe-color-danger`.
 * @cssprop --quarter-color - The shading of every other quarter. Default: 6% of the text colour.
 */
export class MilestoneTimeline extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  static override properties: PropertyDeclarations = {
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    hoverIndex: { state: true },
    focusInside: { state: true },
    pinned: { state: true },
  };

  /** Show the steps and the log as tables instead of the chart (the "Show as table" switch). */
  showTable = false;

  private hoverIndex: number | null = null;
  private focusInside = false;
  /** The step whose details are pinned, else null. */
  private pinned: PlanStep | null = null;
  /** Where the pinned step is in the current model's items, else null. */
  private _pinnedIndex: number | null = null;
  // The pin is said even inside a dashboard: it answers a person's own key or click.
  protected override repliesWhenNested = true;

  private _width = layoutWidth(this);
  private _labels = textMeasure();
  private _font = labelFont(this);
  private _model?: Model;
  /** One tab stop for the marks; an item's key is its position in `#model.items`. */
  private _roving = new RovingFocusController<number>(this, {
    keys: () => this._model?.positions ?? [],
    elementOf: (key) => this.renderRoot.querySelector<SVGElement>(`[data-nav="${key}"]`),
    // The chart reads left to right and the list top to bottom: every arrow moves.
    orientation: 'both',
  });

  constructor() {
    super();
    // A table's wrapper is a Tab stop only while its table is wider than it and scrolls.
    new ScrollRegionsController(this, { region: '.table-wrap', content: 'table' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.result?.ok) {
      this._model = undefined;
      this._findPinned();
      return;
    }
    const { locale, calendar, numerals, asOf } = this.ctx;
    const width = this._width.value > 0 ? this._width.value : FALLBACK_WIDTH;
    const narrow = width < NARROW_BELOW;
    const project = this.result.project;
    const font = this._font.value;
    const key = [locale, calendar, numerals, asOf, narrow ? 'narrow' : width, font].join('|');
    if (this._model?.data.project === project && this._model.key === key) return;
    this._labels.useFont(font);
    // The figures depend on the project and the date only; a resize lays them out again.
    const data: TimelineData =
      this._model?.data.project === project && this._model.data.asOf === asOf
        ? this._model.data
        : timelineData(project, asOf);
    const { measure, size: fontSize } = this._labels;
    this._model = buildModel(this.ctx, data, { key, width, narrow, measure, fontSize });
    // A new model starts on its first mark when the one that had the tab stop is gone.
    const active = this._roving.activeKey;
    if (active !== undefined && active >= this._model.items.length) this._roving.activeKey = 0;
    this.hoverIndex = null;
    this._findPinned();
  }

  /** Finds the pinned step in the model: a new project or date may have dropped it. */
  private _findPinned(): void {
    const pinned = this.pinned;
    const items = this._model?.items ?? [];
    // The same step, in a new project too: the same number and name.
    const index = pinned
      ? items.findIndex(
          ({ kind, info }) =>
            kind === 'step' && info.step.step === pinned.step && info.step.name === pinned.name,
        )
      : -1;
    this._pinnedIndex = index === -1 ? null : index;
    if (index === -1) this.pinned = null;
  }

  // ---- events ------------------------------------------------------------------------------

  /** The mark an event concerns: the mark itself, or a step's label drawn beside it. */
  private _navIndexOf(event: Event): number | null {
    const target = (event.target as Element).closest?.('[data-nav], [data-nav-label]');
    if (!target) return null;
    return Number(target.getAttribute('data-nav') ?? target.getAttribute('data-nav-label'));
  }

  /** Gives the mark at `index` the tab stop (a click, a focus from outside the marks). */
  private _activate(index: number): void {
    if (this._roving.current() === index) return;
    this._roving.setActive(index);
    this.requestUpdate();
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const index = this._navIndexOf(event);
    if (index === null || !this._model?.items.length) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._select(index);
      return;
    }
    if (event.key === 'Escape') {
      // Only a pin is let go: an Escape that unpins nothing is left to the page (a dialog's).
      if (this.pinned) {
        event.preventDefault();
        event.stopPropagation();
        this._pin(null);
      }
      return;
    }
    // The keys move from the mark that has the focus.
    this._roving.setActive(index);
    this._roving.handleKey(event);
  }

  /** A person chose the step at `index`: its details are pinned, or let go if they were. */
  private _select(index: number): void {
    const item = this._model?.items[index];
    if (item?.kind !== 'step') return;
    this._pin(index === this._pinnedIndex ? null : index);
    emit<MilestoneSelectDetail>(this, 'milestone-select', { step: item.info.step });
  }

  /** Pins the step at `index` (null: none), and says so. */
  private _pin(index: number | null): void {
    const { msg, fmt } = this.ctx;
    const before = this.pinned;
    const item = index === null ? undefined : this._model?.items[index];
    this.pinned = item?.kind === 'step' ? item.info.step : null;
    this._pinnedIndex = this.pinned ? index : null;
    if (this.pinned) {
      const number = fmt.number(this.pinned.step, 0);
      this.say(msg(str`Step ${number} pinned: ${this.pinned.name}.`));
    } else if (before) {
      this.say(msg(str`Step ${fmt.number(before.step, 0)} unpinned.`));
    }
  }

  private _onClick(event: MouseEvent): void {
    const index = this._navIndexOf(event);
    if (index === null) return;
    this._activate(index);
    this._select(index);
  }

  private _onFocusIn(event: FocusEvent): void {
    const index = this._navIndexOf(event);
    if (index === null) return;
    this._activate(index);
    this.focusInside = true;
  }

  private _onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Element).contains(to)) this.focusInside = false;
  }

  private _onPointerOver(event: PointerEvent): void {
    this.hoverIndex = this._navIndexOf(event);
  }

  private _onPointerLeave(): void {
    this.hoverIndex = null;
  }

  private _toggleTable(): void {
    this.showTable = !this.showTable;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override renderProject(project: Project): unknown {
    const model = this._model;
    if (!model || model.data.project !== project) return nothing;
    const { msg } = this.ctx;
    const view: TimelineView = {
      ctx: this.ctx,
      model,
      active: Math.max(0, this._roving.position()),
      hovered: this.hoverIndex,
      focusInside: this.focusInside,
      pinned: this._pinnedIndex,
      measure: this._labels.measure,
    };
    // With neither a plan nor a log the summary says so, and there is nothing to draw or tabulate.
    const empty = model.items.length === 0;
    // The group of marks is named by the summary: then the paragraph is not read a second time.
    const grouped = !empty && !this.showTable;
    const content = empty
      ? nothing
      : this.showTable
        ? renderTables(this.ctx, model)
        : model.narrow
          ? html`${renderCue(view)} ${this._navGroup('list', renderList(view))}`
          : this._renderWide(view);
    return html`<div part="base" class=${model.narrow ? 'narrow' : 'wide'}>
      <div class="head">
        <p id="summary" part="summary" aria-hidden=${grouped ? 'true' : nothing}>
          ${model.summary}
        </p>
        ${
          empty
            ? nothing
            : html`<button
                type="button"
                part="table-toggle"
                aria-pressed=${this.showTable ? 'true' : 'false'}
                @click=${this._toggleTable}
              >
                ${msg('Show as table')}
              </button>`
        }
        ${renderSound(this, this.ctx, model, (text) => this.say(text))}
      </div>
      ${this._renderLater(model)} ${content} ${empty ? nothing : renderNames(model)}
    </div>`;
  }

  /** The wide layout: the key, a note where the plan or the log is empty, the chart, the details. */
  private _renderWide(view: TimelineView): unknown {
    const { steps, log } = view.model.data;
    return html`${renderLegend(view)} ${steps.length ? nothing : noPlanNote(this.ctx)}
    ${log.length ? nothing : noLogNote(this.ctx)} ${this._navGroup('chart', renderChart(view))}
    ${renderCue(view)} ${renderDetails(view)}`;
  }

  /** How many reports are dated after the as-of date and so are not shown. */
  private _renderLater(model: Model): unknown {
    const { later } = model.data;
    if (later === 0) return nothing;
    const { msg, fmt, asOf } = this.ctx;
    const date = fmt.date(asOf);
    return html`<p part="note" class="later">
      ${
        later === 1
          ? msg(str`1 report dated after ${date} is not shown.`)
          : msg(str`${fmt.number(later, 0)} reports dated after ${date} are not shown.`)
      }
    </p>`;
  }

  /**
   * The marks a person moves between, as one group named by the summary and described by the
   * cue: the chart or the list. Only the chart has a details panel to follow the pointer.
   */
  private _navGroup(part: 'chart' | 'list', content: unknown): unknown {
    const chart = part === 'chart';
    return html`<div
      part=${part}
      class=${part}
      role="group"
      aria-labelledby="summary"
      aria-describedby="cue"
      @keydown=${this._onKeyDown}
      @click=${this._onClick}
      @focusin=${this._onFocusIn}
      @focusout=${this._onFocusOut}
      @pointerover=${chart ? this._onPointerOver : nothing}
      @pointerleave=${chart ? this._onPointerLeave : nothing}
    >
      ${content}
    </div>`;
  }
}
