/// <reference types="mocha" />
// axe over every story of stories/project-portfolio.stories.ts, in English and in Thai, drawn as
// Storybook draws them (meta.render with the story's args), while reading and once all is read.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/project-portfolio/define.js';
import { TIME_SCALE } from '../engine.js';

describe('stories/project-portfolio.stories.ts', function () {
  this.timeout(180_000 * TIME_SCALE);
  it('every story passes axe, in English and in Thai', async () => {
    const module = (await import('../../stories/project-portfolio.stories.js')) as unknown as {
      default: {
        args: Record<string, unknown>;
        render: (args: Record<string, unknown>) => unknown;
      };
      [name: string]: unknown;
    };
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [
      string,
      { args?: Record<string, unknown> },
    ][];
    expect(stories.length).to.be.at.least(8);
    const failures: string[] = [];
    for (const [name, story] of stories) {
      for (const lang of ['en', 'th']) {
        const args = { ...module.default.args, ...story.args, lang };
        const wrapper = await fixture(html`<div>${module.default.render(args)}</div>`);
        const el = wrapper.querySelector('project-portfolio')!;
        await el.updateComplete;
        try {
          await expect(wrapper).to.be.accessible();
        } catch (error) {
          failures.push(`${name} (${lang}): ${String((error as Error).message).slice(0, 400)}`);
        }
        await el.loaded();
        try {
          await expect(wrapper).to.be.accessible();
        } catch (error) {
          failures.push(
            `${name} (${lang}, loaded): ${String((error as Error).message).slice(0, 400)}`,
          );
        }
        wrapper.remove();
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
