import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/milestone-timeline/define.js';
import {
  emptyTimeline,
  longPlanTimeline,
  twoYearTimeline,
} from '../test/fixtures/milestone-timeline.js';
import { behindProject, invalidProject, seedProject } from './samples.js';

interface Args {
  project: unknown;
  lang: string;
  asOf: string;
  /** The container's width in px; the element follows it (a list below 480 px). */
  width: number;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/milestone-timeline',
  component: 'milestone-timeline',
  args: { project: seedProject, lang: 'en', asOf: '2020-09-30', width: 900, showTable: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'th'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
  },
  render: ({ project, lang, asOf, width, showTable }) =>
    html`<div style=${styleMap({ maxWidth: `${width}px` })}>
      <milestone-timeline
        .project=${project}
        lang=${lang}
        as-of=${asOf}
        ?show-table=${showTable}
        @milestone-select=${(event: CustomEvent) => console.info('milestone-select', event.detail)}
      ></milestone-timeline>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The seed: three steps entered with one date each, drawn as the figures read them (each runs
 * until the next starts, the last counts on its date); six reports, three naming problems.
 */
export const Seed: Story = {};

/**
 * 15 March 2020, before the first report: no actual line and no "0 %", "No report by its end"
 * for step 1, and a note that six later reports are not shown.
 */
export const NoReportYet: Story = { args: { asOf: '2020-03-15' } };

/** The same in Thai: ยังไม่มีการรายงานผล. */
export const NoReportYetThai: Story = { args: { asOf: '2020-03-15', lang: 'th' } };

/** 30 June 2020: the three reports known then, (6) to (4); three later ones not shown. */
export const MidYear: Story = { args: { asOf: '2020-06-30' } };

/** Reports stopped at 15 % in May while the plan expected 75 % by the end of June. */
export const BehindSchedule: Story = { args: { project: behindProject, asOf: '2020-06-30' } };

/** Forty steps over the year: labels move into lanes and are cut, never overlapped. */
export const LongPlan: Story = { args: { project: longPlanTimeline(40), width: 1100 } };

/** A plan that starts in fiscal year 2563 and ends in 2564: the axis widens to take both. */
export const TwoFiscalYears: Story = {
  args: { project: twoYearTimeline(), asOf: '2020-12-15' },
};

/** No plan and no log: the summary says so in words. */
export const Empty: Story = { args: { project: emptyTimeline() } };

/** Thai: ไตรมาสที่ 1–4, ปีงบประมาณ พ.ศ. 2563, ร้อยละ, Buddhist-era years everywhere. */
export const Thai: Story = { args: { lang: 'th' } };

/** Below 480 px: a vertical list of steps with small planned and actual bars. */
export const NarrowContainer: Story = { args: { width: 320 } };

/** The steps and the log as real tables. */
export const TableView: Story = { args: { showTable: true } };

/** Input that cannot be used: every problem listed as `path: message`. */
export const Invalid: Story = { args: { project: invalidProject } };

/** Clicks step `index`, as a person pinning its details would. */
const pinStep =
  (index: number): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('milestone-timeline')!;
    await el.updateComplete;
    const step = el.shadowRoot!.querySelectorAll('[part~="step"]')[index];
    step?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  };

/**
 * Step 2 pinned (Enter, Space or a click): a thicker edge, `aria-pressed="true"`, "Pinned" over
 * its details, which come back whenever the pointer or the focus leaves another mark. The cue
 * under the chart says how.
 */
export const PinnedStep: Story = { play: pinStep(1) };

/** The same in Thai: ปักหมุดไว้, and the cue as officials write it. */
export const PinnedStepThai: Story = { args: { lang: 'th' }, play: pinStep(1) };

/** A step pinned in the narrow list; the cue above the list speaks of up and down only. */
export const PinnedInList: Story = { args: { width: 320 }, play: pinStep(0) };
