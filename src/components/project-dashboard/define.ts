import { defineElement } from '../../internal/define.js';
import { ProjectDashboard } from './project-dashboard.js';

export { ProjectDashboard };

defineElement('project-dashboard', ProjectDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'project-dashboard': ProjectDashboard;
  }
}
