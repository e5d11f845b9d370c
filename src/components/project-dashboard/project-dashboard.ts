import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeWarning, scheduleStatus, type Project, type Warning } from '../../domain/index.js';
import { defineElement } from '../../internal/define.js';
import { parsedProjects, ProjectElement } from '../../internal/project-element.js';
import { progressUpdate } from '../project-progress/value-text.js';
import { headingLevel, prefersReducedMotion } from '../../internal/a11y.js';
import { KpiQuarterTable } from '../kpi-quarter-table/kpi-quarter-table.js';
import { MilestoneTimeline } from '../milestone-timeline/milestone-timeline.js';
import { ProgressLog } from '../progress-log/progress-log.js';
import { ProjectProgress } from '../project-progress/project-progress.js';
import { styles } from './project-dashboard.styles.js';

/** The elements a dashboard is made of, by the part of the page they draw. */
export interface DashboardParts<T> {
  progress: T;
  plan: T;
  kpis: T;
  log: T;
}

/** An element inside: ours, or the class an app registered under a tag of `parts`. */
type Child = HTMLElement & { updateComplete?: Promise<boolean>; hasUpdated?: boolean };

const partClasses: DashboardParts<CustomElementConstructor> = {
  progress: ProjectProgress,
  plan: MilestoneTimeline,
  kpis: KpiQuarterTable,
  log: ProgressLog,
};

/** The page's sections, in reading order. */
type SectionId = 'plan' | 'kpis' | 'log' | 'rationale' | 'objectives' | 'targets' | 'alignment';

interface Section {
  id: SectionId;
  title: string;
  /** Nothing when the project has no such text: the section is left out. */
  body: unknown;
}

/** Which section a warning is about, from its code and the path it names. */
function sectionOf(warning: Warning): SectionId | 'progress' {
  const path = warning.path ?? '';
  if (path.startsWith('plan') || warning.code === 'weights-not-100') return 'plan';
  if (path.startsWith('log') || warning.code === 'stale-update') return 'log';
  if (path.startsWith('kpis')) return 'kpis';
  return 'progress';
}

/** A heading of `level` (1–6). A tag name cannot be a binding: one template per level. */
const headings = [
  (id: string, title: string, part?: string) =>
    html`<h1 id=${id} part=${ifDefined(part)}>${title}</h1>`,
  (id: string, title: string, part?: string) =>
    html`<h2 id=${id} part=${ifDefined(part)}>${title}</h2>`,
  (id: string, title: string, part?: string) =>
    html`<h3 id=${id} part=${ifDefined(part)}>${title}</h3>`,
  (id: string, title: string, part?: string) =>
    html`<h4 id=${id} part=${ifDefined(part)}>${title}</h4>`,
  (id: string, title: string, part?: string) =>
    html`<h5 id=${id} part=${ifDefined(part)}>${title}</h5>`,
  (id: string, title: string, part?: string) =>
    html`<h6 id=${id} part=${ifDefined(part)}>${title}</h6>`,
];

/**
 * The whole monitoring page of one project: the headline gauge with who runs the project, the
 * plan on the fiscal-year axis, the indicators, the progress reports and the project's text,
 * with each data-quality warning shown once and linked to the section it concerns.
 *
 * The project is parsed once, here; the elements inside receive the parsed project, leave the
 * warnings to the dashboard, and their `project-load` / `project-error` events stop at it.
 * `lang`, `as-of`, `calendar`, `numerals` and `stale-after-days` reach every element inside.
 *
 * @summary The whole monitoring page of one project in one tag.
 * @fires {ProjectLoadDetail} project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires {ProjectErrorDetail} project-error - The input could not be used. Detail: `{issues}`.
 * @csspart base - The page wrapper.
 * @csspart skip-links - The list of links to each section.
 * @csspart header - The headline: title, code, office, officer and the progress gauge.
 * @csspart section - Each section (plan, indicators, reports, rationale…).
 * @csspart heading - Each section's heading.
 * @csspart breadcrumb - The alignment with the development plan, from strategy to purpose.
 * @csspart error - The list of problems shown instead of the page.
 * @csspart warnings - The data-quality warnings, shown once for the whole page.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 * @cssprop --ppe-dashboard-gap - Space between sections (default 1.5rem).
 */
export class ProjectDashboard extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The tags the dashboard draws its parts with. Importing this module registers nothing: each
   * tag is defined (guarded) with our class when a dashboard is first created. An app whose page
   * already has a `project-progress` of another library subclasses the dashboard with other
   * names, e.g. `static override parts = {...ProjectDashboard.parts, progress: 'my-progress'}`.
   */
  static parts: DashboardParts<string> = {
    progress: 'project-progress',
    plan: 'milestone-timeline',
    kpis: 'kpi-quarter-table',
    log: 'progress-log',
  };

  /** The heading level of each section (default 2); the project's title is one level above. */
  headingLevel = 2;

  /** The elements inside, made once per dashboard with the tags `parts` names. */
  private readonly _inner = {} as DashboardParts<Child>;

  constructor() {
    super();
    const tags = (this.constructor as typeof ProjectDashboard).parts;
    for (const key of Object.keys(partClasses) as Array<keyof DashboardParts<string>>) {
      const base = partClasses[key];
      // A class can be registered under one name only: another name gets a subclass of it.
      defineElement(tags[key], customElements.getName(base) ? class extends base {} : base);
      // Server rendering (@lit-labs/ssr) has no document to make them in, nor a way to render
      // an element object: there the dashboard renders its own shell only (see #child).
      if (!isServer) this._inner[key] = document.createElement(tags[key]);
    }
  }

  /**
   * Resolves once the dashboard and every element inside it have drawn. A dashboard that drew
   * while out of the document (removed right after being added) holds elements that were never
   * connected, and Lit starts updating an element on its first connection: waiting for those would
   * never end. Then it resolves `false`, as Lit does while an update is still to come.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const results = await Promise.all(
      Object.values(this._inner)
        .filter((child) => this.renderRoot.contains(child))
        .map((child) => (child.isConnected || child.hasUpdated ? child.updateComplete : false)),
    );
    return done && !results.includes(false);
  }

  /**
   * The element drawing `part`, given the project and the settings in force. Lit places it in
   * the page like any value; these properties are what bindings would set (a tag name cannot be
   * bound, and `parts` may rename the tags).
   */
  private _child(
    part: keyof DashboardParts<string>,
    project: Project,
    extra: { headingLevel?: number } = {},
  ): Child | typeof nothing {
    if (isServer) return nothing;
    const { asOf, calendar, numerals, staleAfterDays, locale } = this.ctx;
    return Object.assign(this._inner[part], {
      ...extra,
      project,
      nested: true,
      lang: locale,
      asOf,
      calendar,
      numerals,
      staleAfterDays,
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The children's own load and error events stop here: the dashboard fires one of each.
    const stop = (event: Event) => event.stopPropagation();
    root.addEventListener('project-load', stop);
    root.addEventListener('project-error', stop);
    return root;
  }

  /** Moves focus to a section: fragment links cannot reach into a shadow root by themselves. */
  private _jump(event: Event, id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** The dashboard shows its warnings after the header, each linked to its section. */
  protected override renderWarnings(): typeof nothing {
    return nothing;
  }

  private _sections(project: Project): Section[] {
    const { msg, langOf } = this.ctx;
    const lang = (text: string) => ifDefined(langOf(text));
    const list = (items?: string[]) =>
      items?.length
        ? html`<ul class="prose">
            ${items.map((item) => html`<li lang=${lang(item)}>${item}</li>`)}
          </ul>`
        : nothing;
    const sections: Section[] = [
      {
        id: 'plan',
        title: msg('Plan and progress over the year'),
        body: this._child('plan', project),
      },
      { id: 'kpis', title: msg('Indicators'), body: this._child('kpis', project) },
      { id: 'log', title: msg('Progress reports'), body: this._child('log', project) },
      {
        id: 'rationale',
        title: msg('Rationale'),
        body: project.rationale
          ? html`<p class="prose" lang=${lang(project.rationale)}>${project.rationale}</p>`
          : nothing,
      },
      { id: 'objectives', title: msg('Objectives'), body: list(project.objectives) },
      { id: 'targets', title: msg('Targets'), body: list(project.targets) },
      {
        id: 'alignment',
        title: msg('Alignment with the Bangkok development plan'),
        // From the broadest level (strategy) to the narrowest (purpose), as the contract orders it.
        // A list, not a navigation landmark: nothing in it is a link.
        body: project.alignment?.length
          ? html`<ol
              part="breadcrumb"
              class="breadcrumb"
              aria-label=${msg('From strategy to purpose')}
            >
              ${project.alignment.map(
                (level) =>
                  html`<li lang=${lang(`${level.level} ${level.title}`)}>
                    <span class="level">${level.level}${level.code ? ` ${level.code}` : ''}</span>
                    ${level.title}
                  </li>`,
              )}
            </ol>`
          : nothing,
      },
    ];
    return sections.filter((section) => section.body !== nothing);
  }

  /** The dashboard says what changed once for the page, as its gauge would. */
  protected override announcement(): string | undefined {
    if (!this.result?.ok) return undefined;
    const { msg, fmt, asOf } = this.ctx;
    return progressUpdate(msg, fmt, scheduleStatus(this.result.project, asOf));
  }

  protected override renderProject(project: Project): unknown {
    parsedProjects.add(project);
    const { msg, locale } = this.ctx;
    const warnings = this.result?.ok ? this.result.warnings : [];
    const level = headingLevel(this.headingLevel);
    const heading = headings[level - 1];
    const sections = this._sections(project);
    const links = [
      ...(warnings.length ? [{ id: 'warnings', title: msg('Data-quality warnings') }] : []),
      ...sections,
    ];
    const link = (id: string, text: unknown) =>
      html`<a href="#${id}" @click=${(e: Event) => this._jump(e, id)}>${text}</a>`;
    // Not a <header>: inside a page's <body> it would be a second "banner" landmark.
    return html`<div part="base" class="page">
      <nav part="skip-links" class="skip-links" aria-label=${msg('Sections of this page')}>
        <ul>
          ${links.map((section) => html`<li>${link(section.id, section.title)}</li>`)}
        </ul>
      </nav>
      <div part="header" class="header" id="progress" tabindex="-1">
        ${this._child('progress', project, { headingLevel: Math.max(1, level - 1) })}
      </div>
      ${
        // A heading, so that a screen-reader user moving by headings meets the warnings too.
        warnings.length
          ? html`<div
              part="warnings"
              id="warnings"
              tabindex="-1"
              role="region"
              aria-labelledby="warnings-heading"
            >
              ${heading('warnings-heading', msg('Data-quality warnings'))}
              <ul>
                ${warnings.map(
                  (warning) =>
                    html`<li>
                      ${link(sectionOf(warning), describeWarning(warning, locale, this.ctx))}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <div class="grid">
        ${sections.map(
          ({ id, title, body }) =>
            html`<section
              part="section"
              class="section section-${id}"
              id=${id}
              tabindex="-1"
              aria-labelledby="${id}-heading"
            >
              ${heading(`${id}-heading`, title, 'heading')} ${body}
            </section>`,
        )}
      </div>
    </div>`;
  }
}
