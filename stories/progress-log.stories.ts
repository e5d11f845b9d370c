import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/progress-log/define.js';
import { invalidProject, seedProject } from './samples.js';
import {
  decreaseProject,
  emptyLogProject,
  longAsOf,
  longProject,
  staleProject,
} from '../test/fixtures/progress-log.js';

interface Args {
  project: unknown;
  lang: string;
  asOf: string;
  problemsOnly: boolean;
  staleAfterDays: number;
}

const meta: Meta<Args> = {
  title: 'Elements/progress-log',
  component: 'progress-log',
  args: {
    project: seedProject,
    lang: 'en',
    asOf: '2020-09-30',
    problemsOnly: false,
    staleAfterDays: 45,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'th'] },
    asOf: { control: 'text' },
  },
  render: ({ project, lang, asOf, problemsOnly, staleAfterDays }) =>
    html`<progress-log
      .project=${project}
      lang=${lang}
      as-of=${asOf}
      stale-after-days=${staleAfterDays}
      ?problems-only=${problemsOnly}
    ></progress-log>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's six reports, three of them naming the COVID-19 delay or a budget transfer. */
export const Seed: Story = {};

/** 15 March 2020, before the first report: "No report yet", and six later reports not shown. */
export const NoReportYet: Story = { args: { asOf: '2020-03-15' } };

/** The same in Thai: ยังไม่มีการรายงานผล. */
export const NoReportYetThai: Story = { args: { asOf: '2020-03-15', lang: 'th' } };

/** 30 June 2020: reports (4)–(6) only, on an axis that ends at as-of. */
export const MidYear: Story = { args: { asOf: '2020-06-30' } };

/** Viewed today: the axis ends with the fiscal year, not years later. */
export const ViewedToday: Story = { args: { asOf: '2026-12-07' } };

/** Only the reports whose problems or obstacles say something. */
export const ProblemsOnly: Story = { args: { problemsOnly: true } };

/** The July report revised down to 60%: the change is flagged in words and with a shape. */
export const Decrease: Story = { args: { project: decreaseProject() } };

/** No report since 29 July, 63 days before as-of: past the 45-day rhythm. */
export const Stale: Story = { args: { project: staleProject() } };

/** 300 daily reports: the newest 10 first, and "Show all 300 reports". */
export const Long: Story = { args: { project: longProject(300), asOf: longAsOf(300) } };

/** A project with no report yet. */
export const Empty: Story = { args: { project: emptyLogProject() } };

/** The seed in Thai: Buddhist-era dates and Thai words. */
export const Thai: Story = { args: { lang: 'th' } };

/** Bad input: every problem listed as `path: message`, and no log drawn. */
export const Invalid: Story = { args: { project: invalidProject } };
