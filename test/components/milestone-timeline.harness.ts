// The timeline's test harness, shared by its test files: a timeline in a box of a given width,
// removed after each test.
import '../../src/components/milestone-timeline/define.js';
import type { MilestoneTimeline } from '../../src/components/milestone-timeline/milestone-timeline.js';

export const AS_OF = '2020-09-30';

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

/** A box `width` px wide in the page, removed after the test. */
export function box(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  boxes.push(div);
  return div;
}

/**
 * A timeline drawing `project`. A plain container, not fixture(): fixture() waits for a frame to
 * settle a plain element, and a page that is not painting (a background tab in a parallel run)
 * never gets one.
 */
export async function render(
  project: unknown,
  { lang = 'en', asOf = AS_OF, width = 800, attrs = {} as Record<string, string> } = {},
): Promise<MilestoneTimeline> {
  const el = document.createElement('milestone-timeline');
  el.setAttribute('lang', lang);
  el.setAttribute('as-of', asOf);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.project = project;
  box(width).append(el);
  await el.updateComplete;
  return el;
}
