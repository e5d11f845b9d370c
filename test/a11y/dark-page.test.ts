// A dark page that declares no color-scheme: `body { background: #111; color: #eee }` and
// nothing else. To the browser such a page is light (system colours and light-dark() give dark
// ink), so the elements read the text colour they inherit: light text means a dark page, and they
// take the dark scheme (docs/theming.md, "A dark page that declares no color-scheme"). axe, with
// every rule, finds nothing on such a page, in English and Thai, for every element; the marks'
// 3:1 on it is measured by contrast.test.ts. A page whose dark colours follow the reader's
// preference is followed when the preference changes (emulated: Chromium).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itIn } from '../engine.js';
import '../../src/index.js';
import { seed } from '../fixtures/projects.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };
import { drawnElements, nextFrame, settle } from '../hostile/helpers.js';
import { contrast, parseColour, type Rgb } from './colour.js';

const TAGS = [
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
  'project-portfolio',
] as const;
type Tag = (typeof TAGS)[number];

const PAGE = 'body { background: #111; color: #eee; }';

async function render(tag: Tag, lang: string, wrapper = ''): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style=${wrapper}></div>`);
  const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
  el.setAttribute('lang', lang);
  if (tag === 'project-portfolio') {
    el.setAttribute('as-of', '2020-06-30');
    el.projects = generatePortfolio(40, { includeSeed: seedJson });
  } else {
    el.setAttribute('as-of', '2020-09-30');
    el.project = seed();
  }
  box.append(el);
  await settle(el);
  if (tag === 'project-portfolio') await (el as unknown as { loaded(): Promise<void> }).loaded();
  await nextFrame();
  await settle(el);
  return el;
}

const rgb = (text: string): Rgb => {
  const c = parseColour(text) ?? [0, 0, 0, 1];
  return [c[0], c[1], c[2]];
};

describe('a dark page that declares no color-scheme', function () {
  this.timeout(120_000);
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = PAGE;
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    document.documentElement.style.colorScheme = '';
  });

  for (const tag of TAGS) {
    for (const lang of ['en', 'th']) {
      it(`<${tag}> (${lang}) takes the dark scheme, keeps the page's text colour and passes axe`, async () => {
        const el = await render(tag, lang);
        expect(el.getAttribute('data-ppe-scheme')).to.equal('dark');
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        expect(getComputedStyle(el).color).to.equal('rgb(238, 238, 238)');
        // Nothing inside is painted dark on dark: each element's text against the page.
        const dark = drawnElements(el)
          .filter((e) => e.checkVisibility?.() !== false && (e.textContent ?? '').trim())
          .filter((e) => {
            // HTML text by its colour, SVG text (axis labels, step names) by its fill.
            const ink =
              e instanceof SVGTextElement
                ? getComputedStyle(e).fill
                : e instanceof HTMLElement
                  ? getComputedStyle(e).color
                  : '';
            return ink !== '' && contrast(rgb(ink), [17, 17, 17]) < 4.5;
          })
          .filter((e) => {
            // Text on a background of its own (a bar segment, a button) is axe's to judge.
            for (let node: Element | null = e; node && node !== el; node = node.parentElement) {
              const bg = parseColour(getComputedStyle(node).backgroundColor);
              if (bg && bg[3] > 0) return false;
            }
            return true;
          })
          .map((e) => `<${e.localName} class="${e.getAttribute('class') ?? ''}">`);
        expect([...new Set(dark)], 'text below 4.5:1 on the page').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('leaves a light box on that page light (the inherited text colour decides, where it is)', async () => {
    const el = await render('project-progress', 'en', 'background: #fff; color: #111');
    expect(el.hasAttribute('data-ppe-scheme')).to.be.false;
    expect(getComputedStyle(el).colorScheme).to.equal('normal');
    await expect(el).to.be.accessible();
  });

  it('follows a color-scheme the page declares, and takes nothing on itself then', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await render('progress-log', 'en');
    expect(el.hasAttribute('data-ppe-scheme')).to.be.false;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('gives the dark scheme back on a light page, read again when it is connected again', async () => {
    const el = await render('progress-log', 'en');
    expect(el.getAttribute('data-ppe-scheme')).to.equal('dark');
    style.remove();
    const box = el.parentElement!;
    el.remove();
    box.append(el);
    expect(el.hasAttribute('data-ppe-scheme')).to.be.false;
  });

  it('leaves the elements inside the dashboard to inherit its scheme', async () => {
    const el = await render('project-dashboard', 'en');
    expect(el.getAttribute('data-ppe-scheme')).to.equal('dark');
    const inner = drawnElements(el).filter((e) => e.localName === 'progress-log');
    expect(inner.length).to.equal(1);
    expect(inner[0].hasAttribute('data-ppe-scheme')).to.be.false;
    expect(getComputedStyle(inner[0]).colorScheme).to.equal('dark');
  });

  itIn(
    'emulateMedia',
    "follows a page whose own dark colours follow the reader's preference",
    async () => {
      style.textContent = `@media (prefers-color-scheme: dark) { ${PAGE} }`;
      try {
        await emulateMedia({ colorScheme: 'light' });
        const el = await render('kpi-quarter-table', 'en');
        expect(el.hasAttribute('data-ppe-scheme')).to.be.false;
        await emulateMedia({ colorScheme: 'dark' });
        await waitUntil(() => el.hasAttribute('data-ppe-scheme'), 'took the dark scheme');
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light' });
        await waitUntil(() => !el.hasAttribute('data-ppe-scheme'), 'gave it back');
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    },
  );
});

describe('a light page (the control case)', () => {
  it('takes no scheme of its own and keeps the page text colour', async () => {
    const el = await render('milestone-timeline', 'en', 'color: rgb(20, 30, 40)');
    expect(el.hasAttribute('data-ppe-scheme')).to.be.false;
    expect(getComputedStyle(el).color).to.equal('rgb(20, 30, 40)');
  });
});
