// The domain API: pure functions over project JSON, no DOM and no lit, usable in Node 20 and in
// browsers (`import {…} from 'project-progress-elements/domain'`).
export * from './types.js';
export { parseProject, formatPath, type ParseOptions } from './parse.js';
export {
  describeIssue,
  describeWarning,
  relativeTime,
  thaiFieldName,
  thaiPercent,
} from './messages.js';
export {
  dayNumber,
  daysBetween,
  fromBuddhistYear,
  isoFromDayNumber,
  parseDate,
  readDate,
  toBuddhistYear,
  todayIso,
  toIsoDate,
  type DateReading,
} from './dates.js';
export {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
} from './fiscal.js';
export {
  actualProgress,
  latestLogEntry,
  logByDate,
  plannedProgress,
  plannedProgressOf,
  scheduledSteps,
  scheduleStatus,
  type DatedEntry,
  type ScheduledStep,
  type ScheduleReport,
  type ScheduleThresholds,
} from './progress.js';
export { kpiAchievement, quarterHasBegun, type KpiAchievement, type KpiJudgement } from './kpi.js';
export { DEFAULT_STALE_AFTER_DAYS, dataQuality, type DataQualityOptions } from './quality.js';
export { isProblemText } from './text.js';
export {
  notAList,
  portfolioEntry,
  portfolioRow,
  portfolioSummary,
  readPortfolio,
  type PortfolioEntry,
  type PortfolioOptions,
  type PortfolioRead,
  type PortfolioRow,
  type PortfolioStatus,
  type PortfolioSummary,
  type UnreadableEntry,
} from './portfolio.js';
export {
  PORTFOLIO_SORT_KEYS,
  PORTFOLIO_STATUSES,
  comparePortfolioRows,
  filterPortfolioRows,
  mergePortfolioRows,
  portfolioFilter,
  searchText,
  sortPortfolioRows,
  type PortfolioFilter,
  type PortfolioSortKey,
  type SortDirection,
} from './portfolio-table.js';
export { projectSchema, type ProjectSchemaInput } from '../schema/index.js';
