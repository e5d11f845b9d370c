// The element classes, registering no tag: an app with a clashing tag name can
// `customElements.define('my-progress', class extends ProjectProgress {})`.
export {
  ProjectProgress,
  type ProjectProgressVariant,
} from './components/project-progress/project-progress.js';
export {
  MilestoneTimeline,
  type MilestoneSelectDetail,
  type MilestoneSelectEvent,
} from './components/milestone-timeline/milestone-timeline.js';
export {
  KpiQuarterTable,
  type KpiCsvDownloadDetail,
  type KpiCsvDownloadEvent,
} from './components/kpi-quarter-table/kpi-quarter-table.js';
export {
  ProgressLog,
  type LogFilterChangeDetail,
  type LogFilterChangeEvent,
} from './components/progress-log/progress-log.js';
export {
  ProjectDashboard,
  type DashboardParts,
} from './components/project-dashboard/project-dashboard.js';
export {
  ProjectPortfolio,
  type PortfolioCsvDownloadDetail,
  type PortfolioCsvDownloadEvent,
  type PortfolioLoadDetail,
  type PortfolioLoadEvent,
  type ProjectSelectDetail,
  type ProjectSelectEvent,
} from './components/project-portfolio/project-portfolio.js';
export { ProjectElement } from './internal/project-element.js';
export type { RenderContext } from './internal/project-element.js';
export type {
  ProjectLoadDetail,
  ProjectErrorDetail,
  ProjectLoadEvent,
  ProjectErrorEvent,
} from './internal/events.js';
export * from './domain/index.js';
