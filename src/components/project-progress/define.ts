import { defineElement } from '../../internal/define.js';
import { ProjectProgress } from './project-progress.js';

export { ProjectProgress };

defineElement('project-progress', ProjectProgress);

declare global {
  interface HTMLElementTagNameMap {
    'project-progress': ProjectProgress;
  }
}
