// Chartability's "small text size" (a critical heuristic): no text an element shows is smaller
// than 12 px at the browser's default size, on a desktop and on a phone, in English and Thai,
// the compact gauge included. Text hidden for screen readers only (visually hidden) is left out.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { seed } from '../fixtures/projects.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };
import { drawnTextNodes, nextFrame, settle } from '../hostile/helpers.js';
import { parentOf } from './colour.js';

const MINIMUM_PX = 12;

const CASES = [
  { tag: 'project-progress', attrs: {} },
  { tag: 'project-progress', attrs: { variant: 'compact' } },
  { tag: 'milestone-timeline', attrs: {} },
  { tag: 'kpi-quarter-table', attrs: {} },
  { tag: 'progress-log', attrs: {} },
  { tag: 'project-dashboard', attrs: {} },
  { tag: 'project-portfolio', attrs: {} },
] as const;

/** Clipped to nothing for sight, kept for screen readers (the .sr-only pattern), or not drawn. */
function unseen(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const s = getComputedStyle(node);
    if (s.display === 'none' || s.visibility === 'hidden') return true;
    const box = node.getBoundingClientRect();
    if (s.overflow === 'hidden' && box.width <= 1 && box.height <= 1) return true;
  }
  return false;
}

describe('no text under 12 px (Chartability: small text size)', function () {
  this.timeout(60_000);
  for (const { tag, attrs } of CASES) {
    for (const lang of ['en', 'th']) {
      for (const width of [900, 360]) {
        const variant = 'variant' in attrs ? ` variant=${attrs.variant}` : '';
        it(`<${tag}${variant}> (${lang}) at ${width} px`, async () => {
          const box = document.createElement('div');
          box.style.width = `${width}px`;
          document.body.append(box);
          const el = document.createElement(tag) as unknown as HTMLElement &
            Record<string, unknown>;
          el.setAttribute('lang', lang);
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          if (tag === 'project-portfolio') {
            el.setAttribute('as-of', '2020-06-30');
            el.projects = generatePortfolio(40, { includeSeed: seedJson });
          } else {
            el.setAttribute('as-of', '2020-09-30');
            el.project = seed();
          }
          box.append(el);
          try {
            await settle(el);
            if (tag === 'project-portfolio') {
              await (el as unknown as { loaded(): Promise<void> }).loaded();
            }
            await nextFrame();
            await settle(el);
            const texts = drawnTextNodes(el).filter((t) => !unseen(t.parentElement!));
            expect(texts.length, 'texts shown').to.be.greaterThan(3);
            const small = texts
              .map((t) => ({ t, px: parseFloat(getComputedStyle(t.parentElement!).fontSize) }))
              .filter(({ px }) => px < MINIMUM_PX - 0.01)
              .map(
                ({ t, px }) =>
                  `<${t.parentElement!.localName} class="${t.parentElement!.getAttribute('class') ?? ''}"> "${t.data.trim().slice(0, 24)}": ${px.toFixed(1)} px`,
              );
            expect([...new Set(small)]).to.deep.equal([]);
          } finally {
            box.remove();
          }
        });
      }
    }
  }
});
