// React wrappers: `import {ProjectProgress} from 'project-progress-elements/react'`.
//
// React 19 can render custom elements itself, but it cannot name our kebab-case events as props
// (`onProjectLoad`) nor type them; @lit/react's createComponent does both, sets `project` and the
// other non-string inputs as properties, and keeps one element instance per React node.
// Importing this module registers the six tags (guarded), as the element modules do.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ProjectProgress as ProjectProgressElement } from '../components/project-progress/define.js';
import { MilestoneTimeline as MilestoneTimelineElement } from '../components/milestone-timeline/define.js';
import { KpiQuarterTable as KpiQuarterTableElement } from '../components/kpi-quarter-table/define.js';
import { ProgressLog as ProgressLogElement } from '../components/progress-log/define.js';
import { ProjectDashboard as ProjectDashboardElement } from '../components/project-dashboard/define.js';
import { ProjectPortfolio as ProjectPortfolioElement } from '../components/project-portfolio/define.js';

/** The event of `type` as the elements declare it in `GlobalEventHandlersEventMap`. */
type Named<K extends keyof GlobalEventHandlersEventMap> = EventName<GlobalEventHandlersEventMap[K]>;

/** Every element fires these two. */
const loadEvents = {
  onProjectLoad: 'project-load' as Named<'project-load'>,
  onProjectError: 'project-error' as Named<'project-error'>,
};

/** `<project-progress>`: the headline gauge. Props: `project`, `src`, `asOf`, `lang`… */
export const ProjectProgress = createComponent({
  react: React,
  tagName: 'project-progress',
  elementClass: ProjectProgressElement,
  events: loadEvents,
  displayName: 'ProjectProgress',
});

/** `<milestone-timeline>`: the plan and the reported progress; `onMilestoneSelect` on a choice. */
export const MilestoneTimeline = createComponent({
  react: React,
  tagName: 'milestone-timeline',
  elementClass: MilestoneTimelineElement,
  events: {
    ...loadEvents,
    onMilestoneSelect: 'milestone-select' as Named<'milestone-select'>,
  },
  displayName: 'MilestoneTimeline',
});

/** `<kpi-quarter-table>`: the indicators; `onKpiCsvDownload` (cancelable) before the CSV is saved. */
export const KpiQuarterTable = createComponent({
  react: React,
  tagName: 'kpi-quarter-table',
  elementClass: KpiQuarterTableElement,
  events: {
    ...loadEvents,
    onKpiCsvDownload: 'kpi-csv-download' as Named<'kpi-csv-download'>,
  },
  displayName: 'KpiQuarterTable',
});

/** `<progress-log>`: the reports; `onLogFilterChange` when a person switches the filter. */
export const ProgressLog = createComponent({
  react: React,
  tagName: 'progress-log',
  elementClass: ProgressLogElement,
  events: {
    ...loadEvents,
    onLogFilterChange: 'log-filter-change' as Named<'log-filter-change'>,
  },
  displayName: 'ProgressLog',
});

/** `<project-dashboard>`: the whole page; its children's load events stop at it. */
export const ProjectDashboard = createComponent({
  react: React,
  tagName: 'project-dashboard',
  elementClass: ProjectDashboardElement,
  events: loadEvents,
  displayName: 'ProjectDashboard',
});

/**
 * `<project-portfolio>`: many projects on one page. Props: `projects`, `src`, `projectHref`…;
 * `onProjectSelect` (cancelable) when a person chooses a project, `onPortfolioLoad` once all is
 * read, `onPortfolioCsvDownload` (cancelable) before the CSV is saved.
 */
export const ProjectPortfolio = createComponent({
  react: React,
  tagName: 'project-portfolio',
  elementClass: ProjectPortfolioElement,
  events: {
    onProjectError: 'project-error' as Named<'project-error'>,
    onProjectSelect: 'project-select' as Named<'project-select'>,
    onPortfolioLoad: 'portfolio-load' as Named<'portfolio-load'>,
    onPortfolioCsvDownload: 'portfolio-csv-download' as Named<'portfolio-csv-download'>,
  },
  displayName: 'ProjectPortfolio',
});

export type {
  ProjectLoadDetail,
  ProjectErrorDetail,
  ProjectLoadEvent,
  ProjectErrorEvent,
} from '../internal/events.js';
export type { Project } from '../domain/index.js';
// The element classes, for refs: `useRef<ProjectProgressElement>(null)`.
export type {
  ProjectProgressElement,
  MilestoneTimelineElement,
  KpiQuarterTableElement,
  ProgressLogElement,
  ProjectDashboardElement,
  ProjectPortfolioElement,
};
