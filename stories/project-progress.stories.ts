import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/project-progress/define.js';
import { behindProject, invalidProject, seedProject } from './samples.js';
import {
  completeAheadCase,
  gaugeCases,
  holdFetchFor,
  NEVER_ANSWERS_URL,
} from '../test/fixtures/project-progress.js';

interface Args {
  project: unknown;
  src: string;
  lang: 'en' | 'th';
  asOf: string;
  calendar: '' | 'buddhist' | 'gregory';
  numerals: 'latn' | 'thai';
  variant: 'full' | 'compact';
}

const render = ({ project, src, lang, asOf, calendar, numerals, variant }: Args) =>
  html`<project-progress
    .project=${project}
    src=${src || undefined}
    lang=${lang}
    as-of=${asOf}
    calendar=${calendar || undefined}
    numerals=${numerals}
    variant=${variant}
  ></project-progress>`;

const meta: Meta<Args> = {
  title: 'Elements/project-progress',
  component: 'project-progress',
  args: {
    project: seedProject,
    src: '',
    lang: 'en',
    asOf: '2020-09-30',
    calendar: '',
    numerals: 'latn',
    variant: 'full',
  },
  argTypes: {
    project: { control: 'object' },
    lang: { control: 'inline-radio', options: ['en', 'th'] },
    asOf: { control: 'text', description: '`as-of`: the date the plan is measured at.' },
    calendar: {
      control: 'inline-radio',
      options: ['', 'buddhist', 'gregory'],
      description: 'Empty: Buddhist era in Thai, Gregorian in English.',
    },
    numerals: { control: 'inline-radio', options: ['latn', 'thai'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's project on 30 September 2020: 100% done, the whole plan due. */
export const Seed: Story = {};

/** 15% reported when the plan asks for 75% by 30 June 2020: behind schedule, in words and ✕. */
export const Behind: Story = { args: { project: behindProject, asOf: '2020-06-30' } };

/**
 * The seed on 15 March 2020: the plan expected 28.3% and no report had come in yet. No report is
 * not 0%: no figure, no arc, and "No report yet" in words (the dial is a picture named by that
 * sentence, not a meter at a made-up 0).
 */
export const NoReportYet: Story = { args: { asOf: '2020-03-15' } };

/** The same, in Thai: ยังไม่มีการรายงานผล. */
export const NoReportYetThai: Story = { args: { asOf: '2020-03-15', lang: 'th' } };

/** Fiscal year 2564 seen on 15 October 2020: nothing planned or done yet. */
export const NotStarted: Story = {
  args: { project: gaugeCases.notStarted.project, asOf: gaugeCases.notStarted.asOf },
};

/** Finished on 28 August 2020, when 75% was due: complete, ahead of the plan marker. */
export const Complete: Story = {
  args: { project: completeAheadCase.project, asOf: completeAheadCase.asOf },
};

/** `variant="compact"`: the dial and the figure alone, at most 64px tall, in a table's cells. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) => {
    const rows = [
      ['50080000-0001', gaugeCases.behind],
      ['50080000-0003', gaugeCases.atRisk],
      ['50080000-0002', gaugeCases.onTrack],
      ['50080000-2982', gaugeCases.complete],
    ] as const;
    return html`<table>
      <caption>
        ${args.lang === 'th' ? 'โครงการของสำนักงานเขตพญาไท' : 'Projects of the Phaya Thai district office'}
      </caption>
      <thead>
        <tr>
          <th scope="col">${args.lang === 'th' ? 'รหัสโครงการ' : 'Project code'}</th>
          <th scope="col">${args.lang === 'th' ? 'ความคืบหน้า' : 'Progress'}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([code, c]) =>
            html`<tr>
              <th scope="row">${code}</th>
              <td>${render({ ...args, project: c.project, asOf: c.asOf })}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  },
};

/** Thai with Thai numerals: ปีงบประมาณ ๒๕๖๓, ร้อยละ ๑๕, dates in the Buddhist era. */
export const ThaiNumerals: Story = {
  args: { project: behindProject, asOf: '2020-06-30', lang: 'th', numerals: 'thai' },
};

/** Bad input: every problem listed as `path: message`, and no gauge drawn. */
export const Invalid: Story = { args: { project: invalidProject } };

/**
 * While `src` loads: `aria-busy="true"` and a sentence saying so. Storybook has no server that
 * can hold a request open, so this story makes `fetch` of one made-up URL wait until the
 * element aborts it (every other URL is fetched as usual): the element stays loading for as
 * long as the story is open, also in a static Storybook build.
 */
export const Loading: Story = {
  args: { project: undefined, src: NEVER_ANSWERS_URL },
  beforeEach: () => {
    holdFetchFor();
  },
};

interface TokenArgs extends Args {
  size: string;
  thickness: number;
  trackColor: string;
  indicatorColor: string;
  plannedColor: string;
  behindColor: string;
  atRiskColor: string;
  onTrackColor: string;
  completeColor: string;
}

/** Every custom property the gauge reads, to try a design system's tokens on it. */
export const DesignTokens: StoryObj<TokenArgs> = {
  args: {
    project: behindProject,
    asOf: '2020-06-30',
    size: '12rem',
    thickness: 11,
    trackColor: '#e3e8ee',
    indicatorColor: '',
    plannedColor: '#1f2328',
    behindColor: '#c62828',
    atRiskColor: '#9a6700',
    onTrackColor: '#0b6bcb',
    completeColor: '#1a7f37',
  },
  argTypes: {
    size: {
      control: 'text',
      description: '`--project-progress-size`: the dial’s width and height (a length).',
    },
    thickness: {
      control: { type: 'range', min: 2, max: 40, step: 1 },
      description: '`--project-progress-thickness`: the ring’s width, % of the diameter.',
    },
    trackColor: { control: 'color', description: '`--project-progress-track-color`' },
    indicatorColor: {
      control: 'color',
      description:
        '`--project-progress-indicator-color`: one colour whatever the status (empty: by status).',
    },
    plannedColor: { control: 'color', description: '`--project-progress-planned-color`' },
    behindColor: { control: 'color', description: '`--ppe-status-behind-color`' },
    atRiskColor: { control: 'color', description: '`--ppe-status-at-risk-color`' },
    onTrackColor: { control: 'color', description: '`--ppe-status-on-track-color`' },
    completeColor: { control: 'color', description: '`--ppe-status-complete-color`' },
  },
  render: (args) => {
    const styles = {
      '--project-progress-size': args.size,
      '--project-progress-thickness': String(args.thickness),
      '--project-progress-track-color': args.trackColor,
      '--project-progress-indicator-color': args.indicatorColor || undefined,
      '--project-progress-planned-color': args.plannedColor,
      '--ppe-status-behind-color': args.behindColor,
      '--ppe-status-at-risk-color': args.atRiskColor,
      '--ppe-status-on-track-color': args.onTrackColor,
      '--ppe-status-complete-color': args.completeColor,
    };
    // The ring's geometry reads --project-progress-thickness when the element is connected: a
    // new element per value.
    return html`${keyed(
      args.thickness,
      html`<div style=${styleMap(styles)}>
        ${render(args)} ${render({ ...args, variant: 'compact' })}
      </div>`,
    )}`;
  },
};
