import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { MsgFn } from '@lit/localize';
import { describeWarning, type Project, type Warning } from '../../domain/index.js';
import { defineElement } from '../../internal/define.js';
import { parsedProjects, ProjectElement } from '../../internal/project-element.js';
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

const partClasses: DashboardParts<CustomElementConstructor> = {
  progress: ProjectProgress,
  plan: MilestoneTimeline,
  kpis: KpiQuarterTable,
  log: ProgressLog,
};

/** Tag names as static template values, made once per name. */
const staticTags = new Map<string, StaticValue>();
function staticTag(name: string): StaticValue {
  let value = staticTags.get(name);
  if (!value) {
    // Tag names come from the class (a constant of ours or an app's subclass), never from data.
    value = unsafeStatic(name);
    staticTags.set(name, value);
  }
  return value;
}

/** The page's sections, in reading order. `child` is the element drawn in it, if any. */
type SectionId = 'plan' | 'kpis' | 'log' | 'rationale' | 'objectives' | 'targets' | 'alignment';

interface Section {
  id: SectionId;
  title: string;
  body: TemplateResult;
}

/** Which section a warning is about, from its code and the path it names. */
function sectionOf(warning: Warning): SectionId | 'progress' {
  const path = warning.path ?? '';
  if (path.startsWith('plan') || warning.code === 'weights-not-100') return 'plan';
  if (path.startsWith('log') || warning.code === 'stale-update') return 'log';
  if (path.startsWith('kpis')) return 'kpis';
  return 'progress';
}

function sectionTitle(msg: MsgFn, id: SectionId): string {
  switch (id) {
    case 'plan':
      return msg('Plan and progress over the year');
    case 'kpis':
      return msg('Indicators');
    case 'log':
      return msg('Progress reports');
    case 'rationale':
      return msg('Rationale');
    case 'objectives':
      return msg('Objectives');
    case 'targets':
      return msg('Targets');
    case 'alignment':
      return msg('Alignment with the Bangkok development plan');
  }
}

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
 * @fires project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires project-error - The input could not be used. Detail: `{issues}`.
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
 * @cssprop --ppe-dashboard-wide - Container width from which sections sit side by side (default 64rem).
 */
export class ProjectDashboard extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

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
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  constructor() {
    super();
    const tags = (this.constructor as typeof ProjectDashboard).parts;
    for (const key of Object.keys(partClasses) as Array<keyof DashboardParts<string>>) {
      const base = partClasses[key];
      // A class can be registered under one name only: another name gets a subclass of it.
      const taken = customElements.getName(base) !== null;
      defineElement(tags[key], taken ? class extends base {} : base);
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
    const tags = Object.values((this.constructor as typeof ProjectDashboard).parts).join(',');
    const children = [
      ...this.renderRoot.querySelectorAll<
        Element & { updateComplete?: Promise<boolean>; hasUpdated?: boolean }
      >(tags),
    ];
    const able = children.filter((child) => child.isConnected || child.hasUpdated);
    const results = await Promise.all(able.map((child) => child.updateComplete));
    return done && able.length === children.length && results.every((result) => result !== false);
  }

  private tag(part: keyof DashboardParts<string>): StaticValue {
    return staticTag((this.constructor as typeof ProjectDashboard).parts[part]);
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
  private jump(event: Event, id: string): void {
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

  private renderLinkedWarnings(
    warnings: Warning[],
    heading: StaticValue,
  ): TemplateResult | typeof nothing {
    if (warnings.length === 0) return nothing;
    const { msg, locale } = this.ctx;
    // A heading, so that a screen-reader user moving by headings meets the warnings too.
    return staticHtml`<div part="warnings" id="warnings" tabindex="-1" aria-labelledby="warnings-heading">
      <${heading} id="warnings-heading" class="warnings-heading">${msg('Data-quality warnings')}</${heading}>
      <ul>
        ${warnings.map((warning) => {
          const section = sectionOf(warning);
          return html`<li>
            <a href="#${section}" @click=${(e: Event) => this.jump(e, section)}
              >${describeWarning(warning, locale, this.ctx)}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private sections(project: Project): Section[] {
    const { msg, dataLang, asOf, calendar, numerals, staleAfterDays, locale } = this.ctx;
    const text = (value: string) => html`<span lang=${ifDefined(dataLang)}>${value}</span>`;
    const sections: Section[] = [];
    for (const id of ['plan', 'kpis', 'log'] as const) {
      const tag = this.tag(id);
      sections.push({
        id,
        title: sectionTitle(msg, id),
        body: staticHtml`<${tag}
          .project=${project}
          .nested=${true}
          lang=${locale}
          as-of=${asOf}
          calendar=${calendar}
          numerals=${numerals}
          stale-after-days=${staleAfterDays}
        ></${tag}>`,
      });
    }
    if (project.rationale) {
      sections.push({
        id: 'rationale',
        title: sectionTitle(msg, 'rationale'),
        body: html`<p class="prose" lang=${ifDefined(dataLang)}>${project.rationale}</p>`,
      });
    }
    if (project.objectives?.length) {
      sections.push({
        id: 'objectives',
        title: sectionTitle(msg, 'objectives'),
        body: html`<ul class="prose">
          ${project.objectives.map((item) => html`<li>${text(item)}</li>`)}
        </ul>`,
      });
    }
    if (project.targets?.length) {
      sections.push({
        id: 'targets',
        title: sectionTitle(msg, 'targets'),
        body: html`<ul class="prose">
          ${project.targets.map((item) => html`<li>${text(item)}</li>`)}
        </ul>`,
      });
    }
    if (project.alignment?.length) {
      sections.push({
        id: 'alignment',
        title: sectionTitle(msg, 'alignment'),
        // From the broadest level (strategy) to the narrowest (purpose), as the contract orders it.
        // A list, not a navigation landmark: nothing in it is a link.
        body: html`<ol
          part="breadcrumb"
          class="breadcrumb"
          aria-label=${msg('From strategy to purpose')}
        >
          ${project.alignment.map(
            (level) =>
              html`<li>
                <span class="level" lang=${ifDefined(dataLang)}
                  >${level.level}${level.code ? ` ${level.code}` : ''}</span
                >
                ${text(level.title)}
              </li>`,
          )}
        </ol>`,
      });
    }
    return sections;
  }

  protected override renderProject(project: Project): unknown {
    parsedProjects.add(project);
    const { msg, asOf, calendar, numerals, staleAfterDays, locale } = this.ctx;
    const warnings = this.result?.ok ? this.result.warnings : [];
    const level = headingLevel(this.headingLevel);
    const hN = headingFor(level);
    const sections = this.sections(project);
    const links: Array<{ id: string; title: string }> = [
      ...(warnings.length ? [{ id: 'warnings', title: msg('Data-quality warnings') }] : []),
      ...sections,
    ];
    const progress = this.tag('progress');
    // Not a <header>: inside a page's <body> it would be a second "banner" landmark.
    return staticHtml`<div part="base" class="page">
      <nav part="skip-links" class="skip-links" aria-label=${msg('Sections of this page')}>
        <ul>
          ${links.map(
            (link) =>
              html`<li>
                <a href="#${link.id}" @click=${(e: Event) => this.jump(e, link.id)}
                  >${link.title}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <div part="header" class="header" id="progress" tabindex="-1">
        <${progress}
          .project=${project}
          .nested=${true}
          heading-level=${Math.max(1, level - 1)}
          lang=${locale}
          as-of=${asOf}
          calendar=${calendar}
          numerals=${numerals}
          stale-after-days=${staleAfterDays}
        ></${progress}>
      </div>
      ${this.renderLinkedWarnings(warnings, hN)}
      <div class="grid">
        ${sections.map(
          (section) =>
            staticHtml`<section
              part="section"
              class="section section-${section.id}"
              id=${section.id}
              tabindex="-1"
              aria-labelledby="${section.id}-heading"
            >
              <${hN} part="heading" id="${section.id}-heading">${section.title}</${hN}>
              ${section.body}
            </section>`,
        )}
      </div>
    </div>`;
  }
}

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
function headingFor(level: number): StaticValue {
  return headings[level - 1];
}
