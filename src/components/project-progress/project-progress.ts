import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
  isServer,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import {
  scheduleStatus,
  type Project,
  type ScheduleReport,
  type Warning,
} from '../../domain/index.js';
import { ProjectElement } from '../../internal/project-element.js';
import { headingLevel, prefersReducedMotion } from '../../internal/a11y.js';
import { scheduleStatusLabel, statusGlyph } from '../../internal/status.js';
import { gaugeGeometry, tweenValue, type GaugeOptions } from '../../viz/gauge.js';
import { styles } from './project-progress.styles.js';
import { meterValueText, progressUpdate } from './value-text.js';
import { renderDetails } from './details-view.js';

export type ProjectProgressVariant = 'full' | 'compact';

/** How long the indicator takes to move from the old value to the new one. */
const ANIMATION_MS = 700;

/**
 * The dial of each variant: the ring's default width (a percentage of the diameter) and, as a
 * small dial needs a wider planned marker to be seen at all, the compact one's marker.
 */
const DIAL: Record<ProjectProgressVariant, Partial<GaugeOptions>> = {
  full: { thickness: 11 },
  compact: { thickness: 16, markerWidth: 5, markerOverhang: 5 },
};

/**
 * The headline gauge: how far along the project is, and whether that is on time. A dial shows
 * the actual percent as a filled arc and the planned percent at `as-of` as a marker across it;
 * beside it the figure, the planned figure in words and the status in words with a shape.
 * Around it: title and project code, organization and its code, fiscal year, the responsible
 * officer (the phone as a `tel:` link when it can be dialled from outside; an internal extension
 * is text), the latest evaluation and who made it (once its quarter has begun), the date of the
 * last report, and the project's other pages (`links`). Before the first report there is no
 * figure: "No report yet", never 0%.
 *
 * @summary The headline gauge: how far along the project is, and whether that is on time.
 *
 * @fires {ProjectLoadDetail} project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires {ProjectErrorDetail} project-error - The input could not be used. Detail: `{issues}`.
 *
 * @csspart base - The wrapper of everything the element draws for a valid project.
 * @csspart title - The project's title (a heading of level `heading-level`).
 * @csspart dial - The meter: the dial and the figure (`role="meter"`).
 * @csspart track - The ring behind the indicator (an SVG path).
 * @csspart indicator - The filled arc: the actual percent (an SVG path).
 * @csspart planned - The planned marker across the ring (an SVG path).
 * @csspart label - The figure, e.g. "54.8%".
 * @csspart status - The status in words with its glyph (a small line in the compact variant).
 * @csspart details - The list of officer, evaluation, last report and links.
 * @csspart links - The list of the host system's pages about the project (`links` in the data).
 * @csspart error - The list of problems shown instead of the gauge.
 * @csspart warnings - The data-quality warnings (not shown in the compact variant).
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 *
 * @cssprop [--project-progress-size=10rem] - The dial's width and height (compact: 3.5rem, never
 *   over 64px).
 * @cssprop [--project-progress-thickness=11] - The ring's width as a percentage of the dial's
 *   diameter, a number from 2 to 40 (compact: 16). Read when the element is connected, and again
 *   by `readCustomProperties()`.
 * @cssprop --project-progress-track-color - The ring behind the indicator.
 * @cssprop --project-progress-indicator-color - The filled arc, whatever the status (default: the
 *   status colour).
 * @cssprop --project-progress-planned-color - The planned marker (default: the text colour).
 * @cssprop --ppe-status-complete-color - Indicator and status word when complete.
 * @cssprop --ppe-status-on-track-color - Indicator and status word when on track.
 * @cssprop --ppe-status-at-risk-color - Indicator and status word when at risk.
 * @cssprop --ppe-status-behind-color - Indicator and status word when behind schedule.
 * @cssprop --ppe-status-neutral-color - Indicator and status word when not started or unplanned.
 */
export class ProjectProgress extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    drawnValue: { state: true },
    pageThickness: { state: true },
  };

  /** `full` (default): the gauge with its header and details; `compact`: the dial and figure. */
  variant: ProjectProgressVariant = 'full';

  /** The level (1–6) of the title's heading, to fit the page's outline. Default 2. */
  headingLevel = 2;

  /** The value the indicator shows now: behind the real one while it animates towards it. */
  private drawnValue?: number;

  /** `--project-progress-thickness` as last read from the page, or NaN when it sets none. */
  private pageThickness = NaN;

  private _figures?: ScheduleReport;
  private _frame?: number;
  /** The value the indicator is drawn or moving towards. */
  private _target?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once per connection, not per render: getComputedStyle() forces a style recalculation,
    // and the page's CSS for the ring rarely changes while the element stays where it is.
    this.readCustomProperties();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this._frame ?? 0);
    // Nothing may stay half-drawn: a stopped animation jumps to its end.
    this.drawnValue = this._target;
  }

  /**
   * Reads `--project-progress-thickness` from the page's CSS again and redraws the ring. The
   * element reads it when it is connected; call this after the page changes it later (a theme
   * switch). The other custom properties are plain CSS and apply at once.
   */
  readCustomProperties(): void {
    // A reactive property: the same value (NaN included) requests no render.
    this.pageThickness = parseFloat(
      getComputedStyle(this).getPropertyValue('--project-progress-thickness'),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const onlyAnimating = changed.size === 1 && changed.has('drawnValue');
    if (onlyAnimating) return;
    this._figures = this.result?.ok
      ? scheduleStatus(this.result.project, this.ctx.asOf)
      : undefined;
    // No report yet draws no arc: nothing is known, which is not 0 %.
    if (this._figures) this._moveIndicatorTo(this._figures.actual ?? 0);
  }

  /**
   * Starts the indicator towards `target`. The first value is drawn at once; a later one
   * animates, except when the reader asked for reduced motion or the page is hidden (where no
   * frame would run). Only the drawing moves: the figure and ARIA values are final at once.
   */
  private _moveIndicatorTo(target: number): void {
    // A re-render for another reason (lang, numerals) lets a running animation carry on.
    if (target === this._target) return;
    this._target = target;
    const from = this.drawnValue;
    // Server rendering (@lit-labs/ssr) draws the value itself: no frames to run or cancel there.
    if (isServer) {
      this.drawnValue = target;
      return;
    }
    // Frame handles are positive: 0, or a frame that has run, cancels nothing.
    cancelAnimationFrame(this._frame ?? 0);
    const still =
      from === undefined || document.visibilityState === 'hidden' || prefersReducedMotion();
    if (still) {
      this.drawnValue = target;
      return;
    }
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      this.drawnValue = tweenValue(from, target, now - start, ANIMATION_MS);
      if (this.drawnValue !== target) this._frame = requestAnimationFrame(step);
    };
    this._frame = requestAnimationFrame(step);
  }

  /** The compact gauge sits in cards and table cells: its warnings are left to the page. */
  protected override renderWarnings(warnings: Warning[]): TemplateResult | typeof nothing {
    return this.variant === 'compact' ? nothing : super.renderWarnings(warnings);
  }

  protected override announcement(): string | undefined {
    return this._figures && progressUpdate(this.ctx.msg, this.ctx.fmt, this._figures);
  }

  protected override renderProject(project: Project): unknown {
    const { msg, fmt } = this.ctx;
    // Set by willUpdate() whenever there is a project to render.
    const { status, actual, planned } = this._figures!;
    const variant = this.variant === 'compact' ? 'compact' : 'full';
    const full = variant === 'full';
    const dial = { ...DIAL[variant] };
    if (Number.isFinite(this.pageThickness)) dial.thickness = this.pageThickness;
    const geometry = gaugeGeometry(this.drawnValue ?? actual ?? 0, planned, dial);
    // Without a report there is no figure to show: a dash, and the status says why.
    const figure =
      actual === null
        ? html`<span part="label" class="figure none" aria-hidden="true">–</span>`
        : html`<span part="label" class="figure">${fmt.percent(actual)}</span>`;
    const valueText = meterValueText(
      msg,
      status,
      actual === null ? null : fmt.number(actual),
      planned === null ? null : fmt.number(planned),
    );
    // The status in words and the planned figure: beside the dial, or in the compact one.
    const words = html`<span part="status" class="status" data-status=${status}>
        <span class="glyph" aria-hidden="true">${statusGlyph[status]}</span>
        <span>${scheduleStatusLabel(msg, status)}</span>
      </span>
      ${
        planned === null
          ? nothing
          : html`<span class="planned-text">${msg(str`Planned ${fmt.percent(planned)}`)}</span>`
      }`;
    return html`<div part="base" class="base ${variant}">
      ${full ? this._renderHeader(project) : nothing}
      <div class="gauge">
        ${
          // A meter needs a current value; with no report there is none, so the dial is a
          // picture named by the same sentence instead of a meter at a made-up 0.
          actual === null
            ? html`<div
                part="dial"
                class="dial"
                role="img"
                aria-label=${`${msg('Project progress')}: ${valueText}`}
              >
                ${this._renderDial(geometry, status, full, figure, words)}
              </div>`
            : html`<div
                part="dial"
                class="dial"
                role="meter"
                aria-label=${msg('Project progress')}
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=${actual}
                aria-valuetext=${valueText}
              >
                ${this._renderDial(geometry, status, full, figure, words)}
              </div>`
        }
        ${
          full
            ? html`<div class="summary">
                ${words}
                <span class="as-of">${msg(str`As of ${fmt.date(this.ctx.asOf)}`)}</span>
              </div>`
            : nothing
        }
      </div>
      ${full ? renderDetails(this.ctx, project) : nothing}
    </div>`;
  }

  private _renderDial(
    geometry: ReturnType<typeof gaugeGeometry>,
    status: ScheduleReport['status'],
    full: boolean,
    figure: TemplateResult,
    words: TemplateResult,
  ): TemplateResult {
    return html`<svg class="ring" viewBox=${geometry.viewBox} aria-hidden="true" focusable="false">
        <path part="track" class="track" d=${geometry.track.d}></path>
        ${
          // Its colour comes from the shared status rules, like the status word's.
          geometry.indicator.d
            ? svg`<path
                    part="indicator"
                    class="indicator status"
                    data-status=${status}
                    d=${geometry.indicator.d}
                  ></path>`
            : nothing
        }
        ${
          geometry.planned
            ? svg`<path part="planned" class="planned" d=${geometry.planned.d}></path>`
            : nothing
        }
      </svg>
      ${full ? figure : html`<span class="compact-text">${figure} ${words}</span>`}`;
  }

  private _renderHeader(project: Project): TemplateResult {
    const { msg, fmt, langOf } = this.ctx;
    return html`<div class="header">
      <div part="title" class="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
        <span class="data" lang=${ifDefined(langOf(project.title))}>${project.title}</span>
      </div>
      <p class="meta">
        <span class="code">${msg(str`Project code ${project.id}`)}</span>
        <span class="org data" lang=${ifDefined(langOf(project.organization.name))}
          >${project.organization.name}</span
        >
        ${
          project.organization.code
            ? html`<span class="org-code"
                >${msg(str`Organization code ${project.organization.code}`)}</span
              >`
            : nothing
        }
        <span class="fy">${msg(str`Fiscal year ${fmt.yearNumber(project.fiscalYear)}`)}</span>
      </p>
    </div>`;
  }
}
