// Geometry of <milestone-timeline>, in parts the way Observable Plot splits marks and
// transforms: the data the views share (timeline/data.ts), the axis, the progress lines, the
// reports and their annotations, the steps, lane packing and text fitting, stacked by
// timeline/layout.ts. Pure: numbers and path strings, no DOM, no formatting of words (the element
// words and formats what these modules position).
export { actualProgressOf } from '../domain/progress.js';
export {
  timeDomain,
  timelineData,
  type ActualAtEnd,
  type LogInfo,
  type StepInfo,
  type TimelineData,
} from './timeline/data.js';
export { estimateTextWidth, fitText, type MeasureText } from './timeline/fit-text.js';
export { assignCalloutLanes, assignLanes, type Callout, type Span } from './timeline/lanes.js';
export type { FiscalYearBand, MonthTick, QuarterBand } from './timeline/axis.js';
export type { LogMark } from './timeline/annotations.js';
export type { StepMark } from './timeline/steps.js';
export {
  LABEL_FONT_SIZE,
  layoutTimeline,
  PERCENT_TICKS,
  TICK_GAP,
  type TimelineLayout,
  type TimelineOptions,
} from './timeline/layout.js';
