// Accessibility in depth, part 1: axe over every story of every element, in English and in
// Thai. Storybook's composeStories does not work inside the test runner, so each story is drawn
// the way Storybook would: `render({...meta.args, ...story.args})` (the story's own render if it
// has one), after its `beforeEach`.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { settle, TAGS } from './helpers.js';
import { TIME_SCALE } from '../engine.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => unknown;
  beforeEach?: () => unknown;
}
interface StoryModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

/** Every project element in the fixture, however deep, has drawn. */
async function settleAll(root: Element): Promise<void> {
  for (const tag of TAGS) {
    for (const el of Array.from(root.querySelectorAll(tag))) await settle(el);
  }
}

/** Args that make the same story twice once the language is forced (a story already in Thai). */
const keyOf = (args: Record<string, unknown>, projects: unknown[]) =>
  JSON.stringify(args, (key, value) => {
    if (key === 'project' && value && typeof value === 'object') {
      if (!projects.includes(value)) projects.push(value);
      return `#project${projects.indexOf(value)}`;
    }
    return value as unknown;
  });

describe('axe over every story, in English and in Thai', function () {
  this.timeout(120_000 * TIME_SCALE);

  for (const tag of TAGS) {
    it(`stories/${tag}.stories.ts: every story passes axe in both languages`, async () => {
      let module: StoryModule;
      try {
        module = (await import(`../../stories/${tag}.stories.ts`)) as StoryModule;
      } catch (error) {
        throw new Error(`stories/${tag}.stories.ts cannot be loaded: ${String(error)}`);
      }
      const meta = module.default;
      const stories = Object.entries(module).filter(
        ([name, value]) => name !== 'default' && value && typeof value === 'object',
      ) as [string, StoryLike][];
      expect(stories.length, 'stories in the module').to.be.greaterThan(0);
      const seen = new Set<string>();
      const projects: unknown[] = [];
      const failures: string[] = [];
      for (const [name, story] of stories) {
        for (const lang of ['en', 'th']) {
          const args = {
            ...meta.args,
            ...story.args,
            ...(meta.args && 'lang' in meta.args ? { lang } : {}),
          };
          const key = keyOf(args, projects);
          if (seen.has(key)) continue;
          seen.add(key);
          await story.beforeEach?.();
          const render = story.render ?? meta.render!;
          const el = await fixture(html`<div lang=${lang}>${render(args) as TemplateResult}</div>`);
          await settleAll(el);
          try {
            await expect(el).to.be.accessible();
          } catch (error) {
            failures.push(`${name} (${lang}): ${String((error as Error).message).slice(0, 600)}`);
          }
          el.remove();
        }
      }
      expect(failures, failures.join('\n\n')).to.deep.equal([]);
    });
  }
});
