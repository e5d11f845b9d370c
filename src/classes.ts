// The element classes, registering no tag: an app with a clashing tag name can
// `customElements.define('my-progress', class extends ProjectProgress {})`.
export { ProjectProgress } from './components/project-progress/project-progress.js';
export { MilestoneTimeline } from './components/milestone-timeline/milestone-timeline.js';
export { KpiQuarterTable } from './components/kpi-quarter-table/kpi-quarter-table.js';
export { ProgressLog } from './components/progress-log/progress-log.js';
export { ProjectDashboard } from './components/project-dashboard/project-dashboard.js';
export { ProjectElement } from './internal/project-element.js';
export type { RenderContext } from './internal/project-element.js';
export type {
  ProjectLoadDetail,
  ProjectErrorDetail,
  ProjectLoadEvent,
  ProjectErrorEvent,
} from './internal/events.js';
export * from './domain/index.js';
