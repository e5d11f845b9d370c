import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/kpi-quarter-table/define.js';
import { invalidProject, seedProject } from './samples.js';
import {
  countUnitProject,
  edgeCasesProject,
  lessIsBetterProject,
  manyKpisProject,
  noKpisProject,
  noQuartersProject,
  nonMonotonicProject,
  seedKpiProject,
  targetZeroProject,
  unmetProject,
} from '../test/fixtures/kpi-quarter-table.js';

interface Args {
  project: unknown;
  lang: string;
  asOf: string;
  kpi: string;
  numerals: string;
  /** The width of the box the element sits in, to see it as on a phone. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kpi-quarter-table',
  component: 'kpi-quarter-table',
  args: {
    project: seedProject,
    lang: 'en',
    asOf: '2020-09-30',
    kpi: '',
    numerals: 'latn',
    width: '100%',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'th'] },
    numerals: { control: 'inline-radio', options: ['latn', 'thai'] },
  },
  render: ({ project, lang, asOf, kpi, numerals, width }) =>
    html`<div style="max-width: ${width}">
      <kpi-quarter-table
        .project=${project}
        lang=${lang}
        as-of=${asOf}
        kpi=${kpi}
        numerals=${numerals}
      ></kpi-quarter-table>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed project's one indicator, at the end of its fiscal year. */
export const Seed: Story = {};

/**
 * 15 March 2020: Q1 and Q2 are shown, Q3 and Q4 are "not yet due" (nothing from the data of a
 * quarter that has not begun), and the indicator is judged on the Q2 result, which it names.
 */
export const NotYetDue: Story = { args: { project: seedKpiProject, asOf: '2020-03-15' } };

/** The same in Thai: "ยังไม่ถึงกำหนด", "พิจารณาจากผลงานไตรมาสที่ 2", "ร้อยละ 100". */
export const NotYetDueThai: Story = {
  args: { project: seedKpiProject, asOf: '2020-03-15', lang: 'th' },
};

/** An unmet indicator on 15 March 2020: judged on Q2's 31.8 %, not the year's later 86.4 %. */
export const JudgedOnAQuarter: Story = { args: { project: unmetProject, asOf: '2020-03-15' } };

/** Before the fiscal year: no quarter has begun, and the indicator is "Not yet due". */
export const NothingBegun: Story = {
  args: { project: seedKpiProject, asOf: '2019-09-15', lang: 'th' },
};

/** More is better with a target of 0: "No target", no ratio, no target mark on the bars. */
export const TargetZero: Story = { args: { project: targetZeroProject } };

/** A count unit (1 ฐานข้อมูล) instead of a percentage. */
export const CountUnit: Story = { args: { project: countUnitProject } };

/** Not met (86.4% of target), and the current quarter not reported yet. */
export const Unmet: Story = { args: { project: unmetProject } };

/** Results that go down and up; a third criterion from the third quarter on. */
export const NonMonotonicQuarters: Story = {
  args: { project: nonMonotonicProject, asOf: '2020-05-15' },
};

/** Fewer complaints is better: said in words, and the ratio is target ÷ achieved. */
export const LessIsBetter: Story = { args: { project: lessIsBetterProject } };

/** An indicator with no quarterly results still gets its table. */
export const NoQuarters: Story = { args: { project: noQuartersProject } };

/** A project without indicators: a sentence, not a blank box. */
export const NoKpis: Story = { args: { project: noKpisProject } };

/** All the edge cases above in one project, filtered to one indicator by the `kpi` attribute. */
export const OneKpiOfMany: Story = { args: { project: edgeCasesProject, kpi: '5008-0812' } };

/** Every edge case together. */
export const AllEdgeCases: Story = { args: { project: edgeCasesProject } };

/** Thirty indicators. */
export const ManyKpis: Story = { args: { project: manyKpisProject } };

/** Thai: Buddhist-era years, Thai words. */
export const Thai: Story = { args: { project: edgeCasesProject, lang: 'th' } };

/** Thai with Thai digits. */
export const ThaiNumerals: Story = { args: { lang: 'th', numerals: 'thai' } };

/** 320 px wide: each table scrolls inside its own labelled region. */
export const Narrow: Story = { args: { project: edgeCasesProject, lang: 'th', width: '320px' } };

/** Input that cannot be used: every problem, and nothing half-drawn. */
export const Invalid: Story = { args: { project: invalidProject } };
