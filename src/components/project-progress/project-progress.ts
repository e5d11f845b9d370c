import { html } from 'lit';
import type { Project } from '../../domain/index.js';
import { ProjectElement } from '../../internal/project-element.js';
import { styles } from './project-progress.styles.js';

/**
 * The headline gauge: how far along the project is, and whether that is on time.
 *
 * @summary The headline gauge: how far along the project is, and whether that is on time.
 * @fires project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires project-error - The input could not be used. Detail: `{issues}`.
 * @csspart error - The list of problems shown instead of the chart.
 * @csspart warnings - The data-quality warnings.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 */
export class ProjectProgress extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  protected override renderProject(project: Project): unknown {
    const { fmt } = this.ctx;
    return html`<p part="base">${project.id} · ${fmt.percent(project.progress ?? 0)}</p>`;
  }
}
