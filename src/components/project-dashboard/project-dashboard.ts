import { html } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Project } from '../../domain/index.js';
import { parsedProjects, ProjectElement } from '../../internal/project-element.js';
import { styles } from './project-dashboard.styles.js';
import { defineElement } from '../../internal/define.js';
import { KpiQuarterTable } from '../kpi-quarter-table/kpi-quarter-table.js';
import { MilestoneTimeline } from '../milestone-timeline/milestone-timeline.js';
import { ProgressLog } from '../progress-log/progress-log.js';
import { ProjectProgress } from '../project-progress/project-progress.js';

const parts = [
  literal`project-progress`,
  literal`milestone-timeline`,
  literal`kpi-quarter-table`,
  literal`progress-log`,
];

/**
 * The dashboard needs its four children's tags. Importing this module registers nothing; the
 * tags are defined (guarded) when a dashboard is first created.
 */
function defineChildren(): void {
  defineElement('project-progress', ProjectProgress);
  defineElement('milestone-timeline', MilestoneTimeline);
  defineElement('kpi-quarter-table', KpiQuarterTable);
  defineElement('progress-log', ProgressLog);
}

/**
 * The whole monitoring page of one project: its header, gauge, timeline, KPI tables and log.
 *
 * @summary The whole monitoring page of one project in one tag.
 * @fires project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires project-error - The input could not be used. Detail: `{issues}`.
 * @csspart error - The list of problems shown instead of the page.
 * @csspart warnings - The data-quality warnings, shown once for the whole page.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 */
export class ProjectDashboard extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  constructor() {
    super();
    defineChildren();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The children's own load and error events stop here: the dashboard fires one of each.
    const stop = (event: Event) => event.stopPropagation();
    root.addEventListener('project-load', stop);
    root.addEventListener('project-error', stop);
    return root;
  }

  protected override renderProject(project: Project): unknown {
    parsedProjects.add(project);
    const { asOf, calendar, numerals, staleAfterDays, locale } = this.ctx;
    return html`<div class="grid">
      ${parts.map(
        (tag) =>
          staticHtml`<${tag}
            .project=${project}
            .nested=${true}
            lang=${locale}
            as-of=${asOf}
            calendar=${calendar}
            numerals=${numerals}
            stale-after-days=${staleAfterDays}
          ></${tag}>`,
      )}
    </div>`;
  }
}
