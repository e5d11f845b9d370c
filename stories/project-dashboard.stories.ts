import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/project-dashboard/define.js';
import behind from '../demo/data/behind.json' with { type: 'json' };
import seed from '../demo/data/bma-50080000-2982.json' with { type: 'json' };
import invalid from '../demo/data/invalid.json' with { type: 'json' };
import kpiEdgeCases from '../demo/data/kpi-edge-cases.json' with { type: 'json' };
import stale from '../demo/data/stale.json' with { type: 'json' };
import twoYearPlan from '../demo/data/two-year-plan.json' with { type: 'json' };

interface Args {
  project: unknown;
  lang: 'en' | 'th';
  asOf: string;
  numerals: 'latn' | 'thai';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/project-dashboard',
  component: 'project-dashboard',
  args: { project: seed, lang: 'en', asOf: '2020-09-30', numerals: 'latn', width: '' },
  argTypes: {
    project: { control: 'object' },
    lang: { control: 'inline-radio', options: ['en', 'th'] },
    asOf: { control: 'text' },
    numerals: { control: 'inline-radio', options: ['latn', 'thai'] },
    width: { control: 'text', description: 'Width of the container, e.g. 320px (empty: full).' },
  },
  render: ({ project, lang, asOf, numerals, width }) =>
    html`<div style=${styleMap(width ? { maxWidth: width } : {})}>
      <project-dashboard
        .project=${project}
        lang=${lang}
        as-of=${asOf}
        numerals=${numerals}
      ></project-dashboard>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page: the Phaya Thai district office's community-plan project, FY 2563. */
export const Seed: Story = {};
export const SeedThai: Story = { args: { lang: 'th' } };
export const SeedNarrow: Story = { args: { width: '320px' } };
export const SeedThaiNarrowThaiNumerals: Story = {
  args: { lang: 'th', width: '320px', numerals: 'thai' },
};
export const BehindSchedule: Story = { args: { project: behind, asOf: '2021-06-15' } };
export const BehindScheduleThai: Story = {
  args: { project: behind, asOf: '2021-06-15', lang: 'th' },
};
export const Stale: Story = { args: { project: stale, asOf: '2020-07-15' } };
export const KpiEdgeCases: Story = { args: { project: kpiEdgeCases } };
export const TwoYearPlan: Story = { args: { project: twoYearPlan, asOf: '2021-01-15' } };
export const Invalid: Story = { args: { project: invalid } };
export const InvalidThai: Story = { args: { project: invalid, lang: 'th' } };
