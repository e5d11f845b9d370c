// WCAG 1.4.11 (non-text contrast), measured on what the browser draws: every mark that carries
// data, the outline of every track and the border of every text field reach 3:1 against what
// they sit on. Each element is
// rendered with the seed, and each ratio comes from the rendered marks' computed styles (fill,
// stroke, background, border, gradient stops, with fill-/stroke-opacity and the opacity of the
// mark and of everything it is drawn in) composited on the backgrounds actually behind them, never
// from the tokens' source: a colour change that breaks a ratio fails here.
//
// Schemes: light (the page declares nothing), dark (the page declares `color-scheme: dark`), a
// dark page that declares no color-scheme (`body { background: #111; color: #eee }`, see
// docs/theming.md) in every engine; the reader's dark preference on a `light dark` page and
// forced colours, emulated through the DevTools protocol, in Chromium.
import { aTimeout, expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { itIn } from '../engine.js';
import { seed } from '../fixtures/projects.js';
import { gaugeCases } from '../fixtures/project-progress.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };
import { drawnElements, nextFrame, settle } from '../hostile/helpers.js';
import {
  backdropOf,
  bestInk,
  contrast,
  hex,
  inksOf,
  isDrawn,
  over,
  parseColour,
  SVG_SHAPES,
  type Rgb,
} from './colour.js';

const MINIMUM = 3;

const TAGS = [
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
  'project-portfolio',
] as const;
type Tag = (typeof TAGS)[number];

interface Scheme {
  name: string;
  /** Only the engines that can emulate media run it. */
  emulated?: boolean;
  apply(): Promise<void>;
  reset(): Promise<void>;
}

const root = document.documentElement.style;
const body = document.body.style;

const setForcedColors = (active: boolean) =>
  executeServerCommand('ppe-emulate-media', {
    features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
  });

export const SCHEMES: Scheme[] = [
  { name: 'light', apply: async () => {}, reset: async () => {} },
  {
    name: 'dark (color-scheme: dark)',
    apply: async () => {
      root.colorScheme = 'dark';
    },
    reset: async () => {
      root.colorScheme = '';
    },
  },
  {
    name: 'dark page without color-scheme',
    apply: async () => {
      body.background = '#111';
      body.color = '#eee';
    },
    reset: async () => {
      body.background = '';
      body.color = '';
    },
  },
  {
    name: 'dark preference on a "light dark" page',
    emulated: true,
    apply: async () => {
      root.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
    },
    reset: async () => {
      root.colorScheme = '';
      await emulateMedia({ colorScheme: 'no-preference' });
    },
  },
  {
    name: 'forced colours',
    emulated: true,
    apply: () => setForcedColors(true).then(() => undefined),
    reset: () => setForcedColors(false).then(() => undefined),
  },
];

/** Defines the test in the engines that can set up `scheme`. */
function itWith(scheme: Scheme, title: string, fn: Mocha.Func): void {
  if (scheme.emulated) itIn('emulateMedia', title, fn);
  else it(title, fn);
}

/**
 * Drawn but carrying no data of their own, so left out (each is covered elsewhere):
 * grid lines (reference lines; every value is also given as text and in the tables), the
 * timeline's quarter bands (the quarter names say it), focus and hover halos (transparent at
 * rest; test/hostile/keyboard.test.ts checks the focus shows), and invisible pointer targets.
 */
const DECORATIVE = 'line.grid, rect.quarter, .halo, .hit';

/**
 * Marks: SVG shapes, and HTML boxes drawn as tracks, fills, legend swatches and bar segments;
 * and text fields, whose border is all that shows where they are.
 */
const MARK_CLASSES = ['track', 'fill', 'swatch', 'segment'];
const FIELDS = 'select, input[type="search"]';
const isMark = (e: Element) =>
  (SVG_SHAPES.has(e.localName) && !e.matches(DECORATIVE)) ||
  (e instanceof HTMLElement && MARK_CLASSES.some((c) => e.classList.contains(c))) ||
  e.matches(FIELDS);

/** Translucent areas that marks of the same drawing may cross: the shaded quarters. */
const UNDERLAYS = '.quarter.shaded';

const describeMark = (tag: string, e: Element) =>
  `<${tag}> <${e.localName} class="${e.getAttribute('class') ?? ''}">`;

/** What must have been measured, so that a renamed class cannot make the test pass empty. */
const EXPECTED: Record<Tag, { wide: string[]; narrow: string[] }> = {
  'project-progress': {
    wide: ['path.track', 'path.indicator', 'path.planned'],
    narrow: ['path.track', 'path.indicator', 'path.planned'],
  },
  'milestone-timeline': {
    wide: ['path.planned', 'path.actual', '.step .shape', '.point .shape', 'line.as-of'],
    narrow: ['span.track', 'span.fill'],
  },
  'kpi-quarter-table': {
    wide: ['rect.track', 'rect.fill', 'line.target', 'line.zero'],
    narrow: ['rect.track', 'rect.fill', 'line.target', 'line.zero'],
  },
  'progress-log': {
    wide: ['path.planned', 'path.actual', 'circle.point', 'span.swatch.planned'],
    narrow: ['path.planned', 'path.actual', 'circle.point', 'span.swatch.planned'],
  },
  'project-dashboard': {
    wide: ['path.indicator', 'rect.track', 'path.planned', 'circle.point'],
    narrow: ['path.indicator', 'rect.track', 'span.track', 'circle.point'],
  },
  'project-portfolio': {
    wide: ['span.segment', 'select', 'input[type="search"]'],
    narrow: ['span.segment', 'select', 'input[type="search"]'],
  },
};

/** A fresh element of `tag` with the seed (the portfolio: the seed among generated projects). */
async function mount(
  tag: Tag,
  width: number,
  project: unknown = seed(),
  asOf = '2020-09-30',
): Promise<{ el: HTMLElement; box: HTMLDivElement }> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
  if (tag === 'project-portfolio') {
    el.setAttribute('as-of', '2020-06-30');
    el.projects = generatePortfolio(60, { includeSeed: seedJson });
  } else {
    el.setAttribute('as-of', asOf);
    el.project = project;
  }
  box.append(el);
  document.body.append(box);
  await settle(el);
  if (tag === 'project-portfolio') await (el as unknown as { loaded(): Promise<void> }).loaded();
  // The width controllers draw again once measured; the gauge's fill glides to its value.
  await nextFrame();
  await settle(el);
  if (tag === 'project-progress' || tag === 'project-dashboard') await aTimeout(900);
  await nextFrame();
  return { el, box };
}

/** The fill colour of a translucent underlay composited on what is behind it. */
function underlayColour(underlay: Element, behind: Rgb): Rgb | null {
  const s = getComputedStyle(underlay);
  const c = parseColour(s.fill);
  if (!c || s.fill === 'none') return null;
  return over(c, behind, Number(s.fillOpacity));
}

interface Measure {
  mark: string;
  ratio: number;
  detail: string;
}

/**
 * Each mark's best ink against each backdrop it can sit on (the boxes behind it, and those with
 * a shaded quarter over them), the worst of those per mark.
 */
function measureMarks(tag: string, el: Element): Map<Element, Measure> {
  const found = new Map<Element, Measure>();
  for (const mark of drawnElements(el).filter(isMark)) {
    if (!isDrawn(mark)) continue;
    const behind = backdropOf(mark);
    const backdrops: Rgb[] = [behind];
    const svg = mark instanceof SVGElement ? mark.ownerSVGElement : null;
    for (const underlay of Array.from(svg?.querySelectorAll(UNDERLAYS) ?? [])) {
      const colour = underlayColour(underlay, behind);
      if (colour) backdrops.push(colour);
    }
    let worst: Measure | null = null;
    for (const backdrop of backdrops) {
      const { ratio, ink } = bestInk(mark, backdrop);
      if (!worst || ratio < worst.ratio) {
        worst = {
          mark: describeMark(tag, mark),
          ratio,
          detail: ink ? `${ink.what} ${hex(ink.colour)} on ${hex(backdrop)}` : 'paints nothing',
        };
      }
    }
    found.set(mark, worst!);
  }
  return found;
}

/** `top`'s best ink against the colour `under` paints where `top` lies over it. */
function onMark(top: Element, under: Element): { ratio: number; detail: string } {
  const behind = backdropOf(under);
  const inks = inksOf(under, behind);
  const surface = inks.find((i) => i.what === 'fill' || i.what === 'background')?.colour ?? behind;
  const { ratio, ink } = bestInk(top, surface);
  return {
    ratio,
    detail: ink ? `${ink.what} ${hex(ink.colour)} on ${hex(surface)}` : 'paints nothing',
  };
}

/** Marks drawn over another mark, which must stand out from it as well as from the page. */
const STACKED: { tag: Tag[]; top: string; under: string }[] = [
  { tag: ['project-progress', 'project-dashboard'], top: '.indicator', under: '.track' },
  { tag: ['kpi-quarter-table', 'project-dashboard'], top: '.bar .fill', under: '.bar .track' },
];

/** Every element matching `selector` under `el`, nested shadow roots included. */
const deepQuery = (el: Element, selector: string) =>
  drawnElements(el).filter((e) => e.matches(selector));

const failures = (measures: Iterable<Measure>) =>
  [...measures]
    .filter((m) => m.ratio < MINIMUM)
    .map((m) => `${m.mark}: ${m.ratio.toFixed(2)}:1 (${m.detail})`);

describe('every data mark and track outline reaches 3:1 (WCAG 1.4.11), measured', function () {
  this.timeout(120_000);

  it('the colour arithmetic agrees with WCAG', () => {
    expect(contrast([255, 255, 255], [0, 0, 0]).toFixed(2)).to.equal('21.00');
    // #767676 on white is the familiar 4.54:1; #6b7280 at 70 % opacity on white, 2.74:1.
    expect(contrast([118, 118, 118], [255, 255, 255]).toFixed(2)).to.equal('4.54');
    const faded = over([107, 114, 128, 1], [255, 255, 255], 0.7);
    expect(contrast(faded, [255, 255, 255]).toFixed(2)).to.equal('2.74');
    expect(parseColour('color(srgb 1 0 0 / 0.5)')?.join(',')).to.equal('255,0,0,0.5');
    expect(parseColour('rgba(0, 0, 0, 0)')?.join(',')).to.equal('0,0,0,0');
  });

  for (const scheme of SCHEMES) {
    describe(scheme.name, () => {
      beforeEach(async () => {
        await scheme.apply();
      });
      afterEach(async () => {
        await scheme.reset();
      });

      if (scheme.name !== 'light') {
        itWith(scheme, 'is really set up (the page reports it)', async () => {
          if (scheme.name.startsWith('forced')) {
            expect(matchMedia('(forced-colors: active)').matches).to.be.true;
          } else if (scheme.name.startsWith('dark preference')) {
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
          }
          if (scheme.name.startsWith('dark')) {
            // A page element's Canvas, or the page's own background, is dark.
            const probe = document.createElement('div');
            document.body.append(probe);
            const behind = backdropOf(probe);
            probe.remove();
            expect(contrast(behind, [0, 0, 0]), hex(behind)).to.be.lessThan(1.5);
          }
        });
      }

      for (const tag of TAGS) {
        for (const width of [900, 360]) {
          itWith(scheme, `<${tag}> at ${width} px`, async () => {
            const { el, box } = await mount(tag, width);
            try {
              const measured = measureMarks(tag, el);
              const layout = width > 500 ? 'wide' : 'narrow';
              const missing = EXPECTED[tag][layout].filter(
                (selector) => ![...measured.keys()].some((mark) => mark.matches(selector)),
              );
              expect(missing, 'marks expected but not measured').to.deep.equal([]);
              const stacked: Measure[] = [];
              for (const { tag: tags, top, under } of STACKED) {
                if (!tags.includes(tag)) continue;
                for (const mark of deepQuery(el, top).filter(isDrawn)) {
                  const below = mark.parentElement?.querySelector(under);
                  if (!below || !isDrawn(below)) continue;
                  stacked.push({
                    mark: `${describeMark(tag, mark)} on ${under}`,
                    ...onMark(mark, below),
                  });
                }
              }
              // One line per kind of mark, at its worst.
              const worst = new Map<string, Measure>();
              for (const m of [...measured.values(), ...stacked]) {
                if (!worst.has(m.mark) || m.ratio < worst.get(m.mark)!.ratio) worst.set(m.mark, m);
              }
              expect(failures(worst.values())).to.deep.equal([]);
            } finally {
              box.remove();
            }
          });
        }
      }

      itWith(scheme, '<project-progress>: the indicator on its ring, in every status', async () => {
        const problems: string[] = [];
        for (const [name, c] of Object.entries(gaugeCases)) {
          const { el, box } = await mount('project-progress', 600, c.project, c.asOf);
          try {
            const track = deepQuery(el, '.track')[0];
            const indicator = deepQuery(el, '.indicator').find(isDrawn);
            if (c.actual > 0 && !indicator) problems.push(`${name}: no indicator drawn`);
            const measures = [...measureMarks(`project-progress ${name}`, el).values()];
            if (indicator) {
              measures.push({
                mark: `${name}: the indicator on the ring`,
                ...onMark(indicator, track),
              });
            }
            problems.push(...failures(measures));
          } finally {
            box.remove();
          }
        }
        expect(problems).to.deep.equal([]);
      });
    });
  }
});
