import { defineElement } from '../../internal/define.js';
import { MilestoneTimeline } from './milestone-timeline.js';

export { MilestoneTimeline };

defineElement('milestone-timeline', MilestoneTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'milestone-timeline': MilestoneTimeline;
  }
}
