import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/project-portfolio/define.js';
import type { PortfolioFilter } from '../src/domain/index.js';
import { generatePortfolio } from '../demo/portfolio-data.js';
import { seedProject } from './samples.js';

interface Args {
  projects: unknown;
  lang: string;
  asOf: string;
  projectHref: string;
  filter: PortfolioFilter;
  /** The width of the box the element sits in, to see it as on a phone. */
  width: string;
}

/** A district's few hundred projects around the seed (Phaya Thai, fiscal year 2563). */
const district = generatePortfolio(300, { includeSeed: seedProject });
/** The same with a broken export here and there. */
const withUnreadable = generatePortfolio(300, { includeSeed: seedProject, invalidEvery: 30 });

const meta: Meta<Args> = {
  title: 'Elements/project-portfolio',
  component: 'project-portfolio',
  args: {
    projects: district,
    lang: 'en',
    asOf: '2020-06-30',
    projectHref: '/monitor/project?id={id}',
    filter: {},
    width: '100%',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'th'] },
  },
  render: ({ projects, lang, asOf, projectHref, filter, width }) =>
    html`<div style="max-width: ${width}">
      <project-portfolio
        .projects=${projects}
        .filter=${filter}
        lang=${lang}
        as-of=${asOf}
        project-href=${projectHref}
      ></project-portfolio>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every project valid: the summary, worst first, a link on each code. */
export const AllValid: Story = {};

/** Some documents could not be read: counted in the summary and listed under the table. */
export const SomeUnreadable: Story = { args: { projects: withUnreadable } };

/** 5,000 projects: the progress bar says how far the reading got while rows fill in. */
export const LoadingWithProgress: Story = {
  args: { projects: generatePortfolio(5_000, { includeSeed: seedProject }) },
};

/** Nothing given yet: a sentence, not a blank box. */
export const Empty: Story = { args: { projects: undefined } };

/** An empty list. */
export const EmptyList: Story = { args: { projects: [] } };

/** Filters that match nothing: said in words, with a way back. */
export const FilteredToNothing: Story = { args: { filter: { text: 'no such project' } } };

/** Only the projects behind schedule, chosen in the summary. */
export const OnlyBehind: Story = { args: { filter: { status: 'behind' } } };

/** In Thai, with Buddhist-era years. */
export const Thai: Story = { args: { lang: 'th' } };

/** On a phone: the table scrolls sideways inside its own region. */
export const Narrow320: Story = { args: { width: '320px' } };
