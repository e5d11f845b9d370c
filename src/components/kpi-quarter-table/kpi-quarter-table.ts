import { html } from 'lit';
import type { Project } from '../../domain/index.js';
import { ProjectElement } from '../../internal/project-element.js';
import { styles } from './kpi-quarter-table.styles.js';

/**
 * Each indicator, its target, and how every quarter went.
 *
 * @summary Each indicator, its target, and how every quarter went.
 * @fires project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires project-error - The input could not be used. Detail: `{issues}`.
 * @csspart error - The list of problems shown instead of the chart.
 * @csspart warnings - The data-quality warnings.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 */
export class KpiQuarterTable extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  protected override renderProject(project: Project): unknown {
    const { fmt } = this.ctx;
    return html`<p part="base">${project.id} · ${fmt.percent(project.progress ?? 0)}</p>`;
  }
}
