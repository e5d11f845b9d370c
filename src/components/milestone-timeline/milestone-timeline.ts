import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import {
  scheduleStatus,
  type LogEntry,
  type PlanStep,
  type Project,
  type ScheduleReport,
} from '../../domain/index.js';
import { emit } from '../../internal/events.js';
import { ProjectElement } from '../../internal/project-element.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import {
  layoutTimeline,
  LABEL_FONT_SIZE,
  timelineData,
  type FiscalYearBand,
  type LogInfo,
  type LogMark,
  type StepInfo,
  type StepMark,
  type TimelineData,
  type TimelineLayout,
} from '../../viz/timeline.js';
import { styles } from './milestone-timeline.styles.js';
import { logLabel, stepDates, stepLabel, summaryText } from './words.js';

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

/** One stop of the roving tabindex: a plan step or a log point. */
type NavItem = ({ kind: 'step'; info: StepInfo } | { kind: 'log'; info: LogInfo }) & {
  /** Its accessible name, worded once per model rather than at every hover. */
  name: string;
};

/** What a render needs, computed once per project, width, date and display settings. */
interface Model {
  key: string;
  data: TimelineData;
  narrow: boolean;
  report: ScheduleReport;
  summary: string;
  /** The wide drawing; null in the narrow list. */
  layout: TimelineLayout | null;
  /** The roving tabindex order: what the eye reads, top to bottom or left to right. */
  items: NavItem[];
}

/**
 * A column of the table view, which is also a line of the details panel: its heading, its value
 * for a step or a report, and whether that value is text from the data (in the project's language).
 */
type Column<T> = [head: string, value: (row: T) => unknown, fromData?: boolean];

let measureContext: CanvasRenderingContext2D | null | undefined;

/**
 * The plan and the reported progress on one fiscal-year axis: the quarters, each plan step as a
 * bar (a diamond for a one-day step), the planned S-curve, the reported progress as a step line,
 * the reports that name problems, and the as-of date. Below 480 px wide it is a vertical list of
 * the steps with small bars of planned and actual progress; a switch shows it all as tables.
 *
 * Keyboard: one tab stop into the chart; arrow keys move between the steps and the reports,
 * Home and End jump to the first and last; Enter or Space on a step fires `milestone-select`.
 *
 * @summary The plan and the reported progress on one fiscal-year axis.
 * @fires project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires project-error - The input could not be used. Detail: `{issues}`.
 * @fires milestone-select - A person chose a plan step (Enter, Space or a click). Detail: `{step}`.
 *   Never fired by setting a property or an attribute.
 * @csspart base - The wrapper of everything the element draws for a project.
 * @csspart summary - The sentence that sums the plan and the progress up (the chart's name).
 * @csspart table-toggle - The "Show as table" switch.
 * @csspart legend - The key to the lines and marks.
 * @csspart chart - The timeline drawing (wide layout).
 * @csspart axis - The quarters, months and percentage scale.
 * @csspart step - Each plan step's mark: a bar, a diamond for a one-day step, a row in the list.
 * @csspart label - The name and weight drawn beside a step's mark (SVG text).
 * @csspart log-point - Each reported progress point.
 * @csspart details - The panel describing the step or report in focus or under the pointer.
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
    width: { state: true },
    activeIndex: { state: true },
    hoverIndex: { state: true },
    focusInside: { state: true },
  };

  /** Show the steps and the log as tables instead of the chart (the "Show as table" switch). */
  showTable = false;

  /** The element's width in CSS px, kept by a ResizeObserver. */
  private width = 0;
  /** Position in `items` of the one mark in the tab order. */
  private activeIndex = 0;
  private hoverIndex: number | null = null;
  private focusInside = false;

  #resizeObserver?: ResizeObserver;
  #model?: Model;
  #measureCache = new Map<string, number>();
  #measureFont = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // The width is read now, so the first render already has the right layout.
    this.width = Math.round(this.getBoundingClientRect().width);
    this.#resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1];
      const width = Math.round(box.contentBoxSize?.[0]?.inlineSize ?? box.contentRect.width);
      // A new layout changes the element's height; applying it in the next task, not inside
      // this callback, keeps the browser from reporting a ResizeObserver loop. (Not the next
      // frame: a page that is not painting, like a background tab, would never get it.)
      if (width !== this.width) setTimeout(() => (this.width = width));
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.result?.ok) {
      this.#model = undefined;
      return;
    }
    const { locale, calendar, numerals, asOf } = this.ctx;
    const width = this.width > 0 ? this.width : FALLBACK_WIDTH;
    const narrow = width < NARROW_BELOW;
    const project = this.result.project;
    const font = this.#labelFont();
    const key = [locale, calendar, numerals, asOf, narrow ? 'narrow' : width, font].join('|');
    if (this.#model?.data.project === project && this.#model.key === key) return;
    if (font !== this.#measureFont) {
      this.#measureFont = font;
      this.#measureCache.clear();
    }
    // The figures depend on the project and the date only; a resize lays them out again.
    const data =
      this.#model?.data.project === project && this.#model.data.asOf === asOf
        ? this.#model.data
        : timelineData(project, asOf);
    this.#model = this.#buildModel(data, key, width, narrow);
    if (this.activeIndex >= this.#model.items.length) this.activeIndex = 0;
    this.hoverIndex = null;
  }

  #buildModel(data: TimelineData, key: string, width: number, narrow: boolean): Model {
    const { msg, fmt, asOf } = this.ctx;
    const { project, steps, log } = data;
    const report = scheduleStatus(project, asOf);
    const layout = narrow
      ? null
      : layoutTimeline(data, {
          width,
          measure: (text) => this.#measureText(text),
          stepSuffix: (step) => ` · ${fmt.percent(step.weight)}`,
        });
    // The list shows the newest report first (as every log in the package does); the chart
    // reads left to right, oldest first.
    const logOrder = narrow ? [...log].reverse() : log;
    return {
      key,
      data,
      narrow,
      report,
      summary: summaryText(msg, fmt, steps, report, asOf),
      layout,
      items: [
        ...steps.map((info) => ({ kind: 'step' as const, info, name: stepLabel(msg, fmt, info) })),
        ...logOrder.map((info) => ({ kind: 'log' as const, info, name: logLabel(msg, fmt, info) })),
      ],
    };
  }

  #labelFont(): string {
    const family = this.isConnected ? getComputedStyle(this).fontFamily : '';
    return `${LABEL_FONT_SIZE}px ${family || 'sans-serif'}`;
  }

  /** Label widths in the element's own font, so that the layout places labels truly apart. */
  #measureText(text: string): number {
    let width = this.#measureCache.get(text);
    if (width === undefined) {
      measureContext ??= document.createElement('canvas').getContext('2d');
      if (measureContext) {
        measureContext.font = this.#measureFont;
        width = measureContext.measureText(text).width;
      } else {
        width = text.length * LABEL_FONT_SIZE * 0.6;
      }
      this.#measureCache.set(text, width);
    }
    return width;
  }

  // ---- events ------------------------------------------------------------------------------

  /** The mark an event concerns: the mark itself, or a step's label drawn beside it. */
  #navIndexOf(event: Event): number | null {
    const target = (event.target as Element).closest?.('[data-nav], [data-nav-label]');
    if (!target) return null;
    return Number(target.getAttribute('data-nav') ?? target.getAttribute('data-nav-label'));
  }

  #onKeyDown(event: KeyboardEvent): void {
    const last = (this.#model?.items.length ?? 0) - 1;
    const index = this.#navIndexOf(event);
    if (index === null || last < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(index);
      return;
    }
    const next = (
      {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: last,
      } as Record<string, number>
    )[event.key];
    // Any other key (an object's own property names included) is not for moving.
    if (typeof next !== 'number') return;
    event.preventDefault();
    void this.#moveFocus(Math.max(0, Math.min(last, next)));
  }

  async #moveFocus(index: number): Promise<void> {
    this.activeIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-nav="${index}"]`)?.focus();
  }

  #select(index: number): void {
    const item = this.#model?.items[index];
    if (item?.kind !== 'step') return;
    emit<MilestoneSelectDetail>(this, 'milestone-select', { step: item.info.step });
  }

  #onClick(event: MouseEvent): void {
    const index = this.#navIndexOf(event);
    if (index === null) return;
    this.activeIndex = index;
    this.#select(index);
  }

  #onFocusIn(event: FocusEvent): void {
    const index = this.#navIndexOf(event);
    if (index === null) return;
    this.activeIndex = index;
    this.focusInside = true;
  }

  #onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Element).contains(to)) this.focusInside = false;
  }

  #onPointerOver(event: PointerEvent): void {
    this.hoverIndex = this.#navIndexOf(event);
  }

  #onPointerLeave(): void {
    this.hoverIndex = null;
  }

  #toggleTable(): void {
    this.showTable = !this.showTable;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override renderProject(project: Project): unknown {
    const model = this.#model;
    if (!model || model.data.project !== project) return nothing;
    const { msg } = this.ctx;
    // With neither a plan nor a log the summary says so, and there is nothing to draw or tabulate.
    const empty = model.items.length === 0;
    const view = empty
      ? nothing
      : this.showTable
        ? this.#renderTables(model)
        : model.narrow
          ? this.#renderList(model)
          : this.#renderChart(model);
    return html`<div part="base" class=${model.narrow ? 'narrow' : 'wide'}>
      <div class="head">
        <p id="summary" part="summary">${model.summary}</p>
        ${
          empty
            ? nothing
            : html`<button
                type="button"
                part="table-toggle"
                aria-pressed=${this.showTable ? 'true' : 'false'}
                @click=${this.#toggleTable}
              >
                ${msg('Show as table')}
              </button>`
        }
      </div>
      ${view}
    </div>`;
  }

  /** The sentence that says the plan (or the log) is empty. */
  #note(log: boolean): TemplateResult {
    const { msg } = this.ctx;
    return html`<p part="note">
      ${log ? msg('No progress has been reported yet.') : msg('No plan steps have been given.')}
    </p>`;
  }

  #tabIndexOf(index: number): string {
    return index === this.activeIndex ? '0' : '-1';
  }

  /** `lang` for text that comes from the data (`fromData`), none for our own words. */
  #langOf(fromData?: boolean): string | typeof nothing {
    return ifDefined(fromData ? this.ctx.dataLang : undefined);
  }

  /** A short date, machine-readable too. */
  #time(date: string): TemplateResult {
    return html`<time datetime=${date}>${this.ctx.fmt.date(date, 'short')}</time>`;
  }

  /**
   * The marks a person moves between, as one group named by the summary: the chart or the list.
   * Only the chart has a details panel to follow the pointer.
   */
  #navGroup(part: 'chart' | 'list', content: unknown): TemplateResult {
    const chart = part === 'chart';
    return html`<div
      part=${part}
      class=${part}
      role="group"
      aria-labelledby="summary"
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
      @pointerover=${chart ? this.#onPointerOver : nothing}
      @pointerleave=${chart ? this.#onPointerLeave : nothing}
    >
      ${content}
    </div>`;
  }

  /** A key to the marks that are drawn: a shape and a word for each, not colour alone. */
  #renderLegend(model: Model): TemplateResult {
    const { msg, fmt, asOf } = this.ctx;
    const { steps, log } = model.data;
    const date = fmt.date(asOf);
    const entries: [shown: boolean, swatch: TemplateResult, text: string][] = [
      [
        model.layout?.plannedPath !== '',
        svg`<path class="planned" d="M1,6H23"/>`,
        msg('Planned (cumulative)'),
      ],
      [
        log.length > 0,
        svg`<path class="actual" d="M1,9H12V3H23"/><circle class="point" cx="12" cy="3" r="2.5"/>`,
        msg('Actual (reported)'),
      ],
      [
        log.some((l) => l.problem),
        svg`<path class="problem" d="M12,1L17,10H7Z"/>`,
        msg('Report naming a problem'),
      ],
      [
        steps.some((s) => !s.milestone),
        svg`<path class="bar" d="M2,3H22V9H2Z"/>`,
        msg('Plan step'),
      ],
      [
        steps.some((s) => s.milestone),
        svg`<path class="bar" d="M12,1L17,6L12,11L7,6Z"/>`,
        msg('One-day step'),
      ],
      [true, svg`<path class="as-of" d="M12,0V12"/>`, msg(str`As of ${date}`)],
    ];
    return html`<ul part="legend" class="legend">
      ${entries.map(([shown, swatch, text]) =>
        shown
          ? html`<li>
              <svg class="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
                ${swatch}</svg
              >${text}
            </li>`
          : nothing,
      )}
    </ul>`;
  }

  #renderChart(model: Model): TemplateResult {
    const layout = model.layout!;
    const { msg, fmt, asOf, dataLang } = this.ctx;
    const { width, height, rows, progress, asOfLine } = layout;
    const { steps, log } = model.data;

    // A band's name, else a shorter one, else none, whichever fits between its edges.
    const bandName = (cls: string, band: FiscalYearBand, y: number, ...names: string[]) => {
      const text = names.find((name) => this.#measureText(name) <= band.x1 - band.x0 - 6);
      return text
        ? svg`<text class=${cls} x=${(band.x0 + band.x1) / 2} y=${y}>${text}</text>`
        : nothing;
    };
    const axis = svg`<g part="axis" class="axis" aria-hidden="true">
      ${layout.quarters.map(
        (q) =>
          svg`<rect class=${q.shaded ? 'quarter shaded' : 'quarter'} x=${q.x0} y=${layout.gridTop}
            width=${Math.max(0, q.x1 - q.x0)} height=${height - layout.gridTop}></rect>`,
      )}
      ${layout.fiscalYears.map((fy) => {
        // "ปีงบประมาณ 2563": the bare year, as every element names a fiscal year.
        const year = fmt.yearNumber(fy.fiscalYear);
        return bandName('fy', fy, rows.fiscalYear, msg(str`Fiscal year ${year}`), year);
      })}
      ${layout.quarters.map((q) => {
        const number = fmt.number(q.quarter, 0);
        return bandName('quarter-name', q, rows.quarter, msg(str`Q${number}`), number);
      })}
      ${layout.monthTicks.map(
        (
          t,
        ) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${progress.top} y2=${height - 4}></line>
          <text class="month" x=${t.x + 3} y=${rows.month}>${fmt.month(t.date)}</text>
          ${t.showYear ? svg`<text class="year" x=${t.x + 3} y=${rows.year}>${fmt.yearNumber(Number(t.date.slice(0, 4)))}</text>` : nothing}`,
      )}
      ${progress.ticks.map(
        (
          t,
        ) => svg`<line class="grid" x1=${layout.left} x2=${layout.right} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${layout.left - 6} y=${t.y}>${fmt.percent(t.value)}</text>`,
      )}
    </g>`;

    // The as-of label reads away from the nearer edge.
    const end = asOfLine && asOfLine.x > width / 2;
    const lines = svg`<g aria-hidden="true">
      <path class="planned" d=${layout.plannedPath}></path>
      <path class="actual" d=${layout.actualPath}></path>
      ${
        asOfLine
          ? svg`<line class="as-of" x1=${asOfLine.x} x2=${asOfLine.x}
              y1=${asOfLine.y0} y2=${asOfLine.y1}></line>
            <text class="as-of-label" x=${asOfLine.x + (end ? -4 : 4)} y=${asOfLine.y0 + 6}
              text-anchor=${end ? 'end' : 'start'}>${msg(
                str`As of ${fmt.dayMonth(asOf, 'short')}`,
              )}</text>`
          : nothing
      }
      ${layout.logMarks.map((m) =>
        m.annotation
          ? svg`<path class="leader" d=${m.annotation.leader}></path>
            <text class="annotation" x=${m.annotation.x} y=${m.annotation.y}
              text-anchor=${m.annotation.anchor} lang=${ifDefined(dataLang)}>${m.annotation.text}</text>`
          : nothing,
      )}
    </g>`;

    return html`${this.#renderLegend(model)} ${steps.length ? nothing : this.#note(false)}
    ${log.length ? nothing : this.#note(true)}
    ${this.#navGroup(
      'chart',
      html`<svg role="none" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${axis}${lines}
        <g class="labels" aria-hidden="true">
          ${layout.steps.map((mark, i) => this.#renderStepLabel(mark, i))}
        </g>
        <g class="steps">${layout.steps.map((mark, i) => this.#renderMark(mark, i))}</g>
        <g class="log">
          ${layout.logMarks.map((mark, i) => this.#renderMark(mark, steps.length + i))}
        </g>
      </svg>`,
    )}
    ${this.#renderDetails(model)}`;
  }

  /**
   * The mark of a step (a button) or of a report (an image, with a wider circle to point at),
   * named by its item's name.
   */
  #renderMark(mark: StepMark | LogMark, index: number): TemplateResult {
    const step = 'step' in mark;
    const hovered = index === this.hoverIndex ? ' hovered' : '';
    return svg`<g
      part=${step ? 'step' : 'log-point'}
      class=${step ? `nav step${mark.milestone ? ' milestone' : ''}${hovered}` : `nav point${mark.problem ? ' problem' : ''}`}
      role=${step ? 'button' : 'img'}
      tabindex=${this.#tabIndexOf(index)}
      data-nav=${index}
      aria-label=${this.#model!.items[index].name}
    >
      ${step ? nothing : svg`<circle class="hit" cx=${mark.x} cy=${mark.y} r="10"></circle>`}
      <path class="halo" d=${mark.d}></path>
      <path class="shape" d=${mark.d}></path>
    </g>`;
  }

  /**
   * A step's label, drawn apart from its mark: the mark's name says it all, and a visible label
   * that is cut short or reordered must not sit inside a control with a different name.
   */
  #renderStepLabel(mark: StepMark, index: number): TemplateResult | typeof nothing {
    if (!mark.label.name) return nothing;
    return svg`<text part="label" class="label" data-nav-label=${index} x=${mark.label.x}
      y=${mark.y} text-anchor=${mark.label.anchor}><tspan
      lang=${this.#langOf(true)}>${mark.label.name}</tspan><tspan>${mark.label.suffix}</tspan></text>`;
  }

  /** The step or report under the pointer, else the one in focus, told in full. */
  #renderDetails(model: Model): TemplateResult {
    const { msg, fmt } = this.ctx;
    const index = this.hoverIndex ?? (this.focusInside ? this.activeIndex : null);
    const item = index === null ? undefined : model.items[index];
    let content: unknown = html`<p>
      ${msg('Point at or focus a step or a report to see its details.')}
    </p>`;
    if (item?.kind === 'step') {
      content = html`<p class="title" lang=${this.#langOf(true)}>${item.info.step.name}</p>
        ${this.#lines(item.info, this.#stepColumns(true))}`;
    } else if (item) {
      const { entry, problem } = item.info;
      content = html`<p class="title">
          <time datetime=${entry.date}>${fmt.date(entry.date)}</time>
          ${
            problem
              ? html`<span class="flag"
                  ><span aria-hidden="true">▲</span> ${msg('Problem reported')}</span
                >`
              : nothing
          }
        </p>
        ${this.#lines(item.info, this.#logColumns(entry))}`;
    }
    return html`<div part="details" class=${item ? 'details' : 'details hint'}>${content}</div>`;
  }

  /** The details of one step or report: a line for each column. */
  #lines<T>(row: T, columns: Column<T>[]): TemplateResult {
    return html`<dl>
      ${columns.map(
        ([label, value, fromData]) =>
          html`<div>
            <dt>${label}</dt>
            <dd lang=${this.#langOf(fromData)}>${value(row)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /**
   * A plan step's figures with their headings: the columns of the steps table, or (`details`)
   * the lines of a step's details, which name the step in their title and give its dates in one.
   */
  #stepColumns(details = false): Column<StepInfo>[] {
    const { msg, fmt } = this.ctx;
    const step: Column<StepInfo> = [msg('Step'), (info) => fmt.number(info.step.step, 0)];
    const weight: Column<StepInfo> = [msg('Weight'), (info) => fmt.percent(info.step.weight)];
    const planned: Column<StepInfo> = [
      msg('Planned by its end'),
      (info) =>
        info.plannedAtEnd === null ? msg('Not available') : fmt.percent(info.plannedAtEnd),
    ];
    const actual: Column<StepInfo> = [
      msg('Actual by its end'),
      (info) => (info.actualAtEnd === null ? msg('Not due yet') : fmt.percent(info.actualAtEnd)),
    ];
    return details
      ? [step, weight, [msg('Dates'), (info) => stepDates(fmt, info)], planned, actual]
      : [
          step,
          [msg('Step name'), (info) => info.step.name, true],
          weight,
          [msg('Start'), (info) => this.#time(info.step.start)],
          [msg('End'), (info) => this.#time(info.step.end)],
          planned,
          actual,
        ];
  }

  /**
   * A report's figures with their headings: the columns of the log table, or the lines of the
   * details of `entry`, which give its date in their title, and its problems and obstacles only
   * when it has some.
   */
  #logColumns(entry?: LogEntry): Column<LogInfo>[] {
    const { msg } = this.ctx;
    const progress: Column<LogInfo> = [msg('Progress'), (info) => this.#progressWithChange(info)];
    const note: Column<LogInfo> = [msg('Note'), (info) => info.entry.note, true];
    const problems: Column<LogInfo> = [msg('Problems'), (info) => info.entry.problems ?? '', true];
    const obstacles: Column<LogInfo> = [
      msg('Obstacles'),
      (info) => info.entry.obstacles ?? '',
      true,
    ];
    if (!entry) {
      return [
        [msg('Date'), (info) => this.#time(info.entry.date)],
        progress,
        note,
        problems,
        obstacles,
      ];
    }
    return [
      progress,
      note,
      ...(entry.problems ? [problems] : []),
      ...(entry.obstacles ? [obstacles] : []),
    ];
  }

  #progressWithChange(info: LogInfo): string {
    const { msg, fmt } = this.ctx;
    const percent = fmt.percent(info.entry.percent);
    if (info.change === null) return percent;
    const change = fmt.signedNumber(info.change);
    return msg(str`${percent} (${change} points)`);
  }

  /** Narrow layout: the steps as a list with small bars of planned and actual progress. */
  #renderList(model: Model): TemplateResult {
    const { msg, fmt, asOf } = this.ctx;
    const { steps, log } = model.data;
    return this.#navGroup(
      'list',
      html`<div class="overall">
          ${this.#bars(model.report.planned, model.report.actual)}
          <p class="as-of-note">${msg(str`As of ${fmt.date(asOf)}`)}</p>
        </div>
        <p class="list-title">${msg('Plan steps')}</p>
        ${
          steps.length === 0
            ? this.#note(false)
            : html`<ol class="steps">
                ${steps.map(
                  // What the button's name says is shown beside it, under it on screen: a
                  // control cannot hold text that differs from its name.
                  (info, i) =>
                    html`<li class="step-row">
                      <div
                        part="step"
                        class="nav row-button"
                        role="button"
                        tabindex=${this.#tabIndexOf(i)}
                        data-nav=${i}
                        aria-label=${model.items[i].name}
                      ></div>
                      <div class="item" aria-hidden="true">
                        <span class="glyph">${info.milestone ? '◆' : '▬'}</span>
                        <span class="name" lang=${this.#langOf(true)}>${info.step.name}</span>
                        <span class="meta"
                          >${msg(
                            str`Step ${fmt.number(info.step.step, 0)} · weight ${fmt.percent(
                              info.step.weight,
                            )}`,
                          )}
                          · ${stepDates(fmt, info)}</span
                        >
                        ${this.#bars(info.plannedAtEnd, info.actualAtEnd, true)}
                      </div>
                    </li>`,
                )}
              </ol>`
        }
        <p class="list-title">${msg('Progress reports')}</p>
        ${
          log.length === 0
            ? this.#note(true)
            : html`<ol class="reports">
                ${model.items.slice(steps.length).map((item, k) => {
                  const info = item.info as LogInfo;
                  const index = steps.length + k;
                  return html`<li>
                    <div
                      part="log-point"
                      class=${info.problem ? 'nav item problem' : 'nav item'}
                      role="img"
                      tabindex=${this.#tabIndexOf(index)}
                      data-nav=${index}
                      aria-label=${item.name}
                    >
                      <span class="glyph" aria-hidden="true">${info.problem ? '▲' : '●'}</span>
                      <span class="meta"
                        >${this.#time(info.entry.date)} · ${this.#progressWithChange(info)}</span
                      >
                      <span class="name" lang=${this.#langOf(true)}>${info.entry.note}</span>
                      ${
                        info.problemText
                          ? html`<span class="problem-text" lang=${this.#langOf(true)}
                              >${info.problemText}</span
                            >`
                          : nothing
                      }
                    </div>
                  </li>`;
                })}
              </ol>`
        }`,
    );
  }

  /**
   * Two small bars, planned and actual, each with its figure in words beside it: for the whole
   * project at the as-of date, or (`atStepEnd`) at the end of one step.
   */
  #bars(planned: number | null, actual: number | null, atStepEnd = false): TemplateResult {
    const { msg, fmt } = this.ctx;
    const bar = (kind: string, value: number | null, text: string) =>
      html`<span class="bar-row ${kind}">
        <span class="track" aria-hidden="true"
          ><span class="fill" ${cssomStyle({ width: `${value ?? 0}%` })}></span></span
        ><span class="bar-text">${text}</span>
      </span>`;
    const p = planned === null ? null : fmt.percent(planned);
    const a = actual === null ? null : fmt.percent(actual);
    const plannedText =
      p === null
        ? msg('Planned: not available')
        : atStepEnd
          ? msg(str`Planned ${p} by its end`)
          : msg(str`Planned ${p}`);
    const actualText =
      a === null
        ? msg('Actual: not due yet')
        : atStepEnd
          ? msg(str`Actual ${a} at its end`)
          : msg(str`Actual ${a}`);
    return html`<span class="bars">
      ${bar('planned', planned, plannedText)} ${bar('actual', actual, actualText)}
    </span>`;
  }

  /** The table view: the steps and the log as real tables, or a note where one is empty. */
  #renderTables(model: Model): TemplateResult {
    const { msg } = this.ctx;
    const { steps, log } = model.data;
    return html`<div class="tables">
      ${
        steps.length === 0
          ? this.#note(false)
          : this.#table('steps-caption', msg('Plan steps'), steps, this.#stepColumns(), 1)
      }
      ${
        log.length === 0
          ? this.#note(true)
          : this.#table(
              'log-caption',
              msg('Progress reports'),
              [...log].reverse(),
              this.#logColumns(),
              0,
            )
      }
    </div>`;
  }

  /** A table with a caption, a heading for each column, and a row for each of `rows`. */
  #table<T>(
    id: string,
    caption: string,
    rows: T[],
    columns: Column<T>[],
    /** The column that names each row (its row header). */
    header: number,
  ): TemplateResult {
    return html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby=${id}>
      <table part="table">
        <caption id=${id}>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${columns.map(([head]) => html`<th scope="col">${head}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${columns.map(([, value, fromData], i) =>
                  i === header
                    ? html`<th scope="row" lang=${this.#langOf(fromData)}>${value(row)}</th>`
                    : html`<td lang=${this.#langOf(fromData)}>${value(row)}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
