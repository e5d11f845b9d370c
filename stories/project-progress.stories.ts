import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/project-progress/define.js';
import { behindProject, invalidProject, seedProject } from './samples.js';

interface Args {
  project: unknown;
  lang: string;
  asOf: string;
}

const meta: Meta<Args> = {
  title: 'Elements/project-progress',
  component: 'project-progress',
  args: { project: seedProject, lang: 'en', asOf: '2020-09-30' },
  render: ({ project, lang, asOf }) =>
    html`<project-progress .project=${project} lang=${lang} as-of=${asOf}></project-progress>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Seed: Story = {};
export const Thai: Story = { args: { lang: 'th' } };
export const Behind: Story = { args: { project: behindProject, asOf: '2020-06-30' } };
export const Error: Story = { args: { project: invalidProject } };
