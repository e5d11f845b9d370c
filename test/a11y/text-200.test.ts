// WCAG 1.4.4 Resize text, for the charts' SVG text: with text at 200 % (the root's font size
// doubled, as a browser's text-size setting does, or a box's; the window unchanged), the log
// chart's and the timeline's labels are drawn twice as large, each whole and inside the drawing,
// apart from one another, nothing wider than the element's box, in English and Thai; axe finds
// nothing. The element lays itself out again when the text grows: nothing is re-rendered by hand.
// The HTML text around the charts: test/hostile/media.test.ts "text resized to 200 %".
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { seed } from '../fixtures/projects.js';
import { clean } from '../harness.js';
import { nextFrame, settle } from '../hostile/helpers.js';

const CASES = [
  { tag: 'progress-log', width: 640, enlarged: 'root' },
  { tag: 'progress-log', width: 320, enlarged: 'root' },
  { tag: 'progress-log', width: 640, enlarged: 'box' },
  // The timeline draws from 480 px; below, it is an HTML list.
  { tag: 'milestone-timeline', width: 640, enlarged: 'root' },
  { tag: 'milestone-timeline', width: 900, enlarged: 'root' },
  { tag: 'milestone-timeline', width: 640, enlarged: 'box' },
] as const;

/** The y-axis's labels as a person reads them, top to bottom. */
const VALUE_LABELS: Record<string, Record<string, string[]>> = {
  'progress-log': { en: ['100%', '50%', '0%'], th: ['ร้อยละ', '100', '50', '0'] },
  'milestone-timeline': {
    en: ['100%', '75%', '50%', '25%', '0%'],
    th: ['ร้อยละ', '100', '75', '50', '25', '0'],
  },
};

const svgOf = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
const textsOf = (el: Element) => Array.from(svgOf(el).querySelectorAll('text'));
const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
/** The y-axis's labels: the percentages and, in Thai, the title above them. */
const valueLabels = (el: Element) =>
  Array.from(svgOf(el).querySelectorAll<SVGTextElement>('text.tick')).filter(
    (t) => t.classList.contains('axis-title') || /^\d+%?$/.test(clean(t.textContent)),
  );
const name = (t: Element) => `"${clean(t.textContent).slice(0, 30)}"`;

/** Renders, then waits for the widths measured after the first paint and what they change. */
async function ready(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await settle(el);
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve));
  }
  await settle(el);
}

const canvas = document.createElement('canvas').getContext('2d')!;

/**
 * Where a label's ink is: across, its box; up and down, its glyphs' own extent above and below
 * its baseline. (A text's box is as tall as its fonts' line: Firefox's, with Thai in a fallback
 * font, is far taller than anything drawn, and would meet the next row's box where no ink does.)
 */
function inkBox(text: SVGTextElement): DOMRect {
  const box = text.getBoundingClientRect();
  const style = getComputedStyle(text);
  const size = parseFloat(style.fontSize);
  canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // The line the text is set on, from its own attributes: y, moved by dy (in em or px); then,
  // for `dominant-baseline: central`, the middle of the em box as the canvas's "middle".
  canvas.textBaseline = style.dominantBaseline === 'central' ? 'middle' : 'alphabetic';
  const glyphs = canvas.measureText(text.textContent ?? '');
  const dy = text.getAttribute('dy') ?? '0';
  const shift = dy.endsWith('em') ? parseFloat(dy) * size : parseFloat(dy);
  const y = text.y.baseVal[0].value + shift;
  const line = new DOMPoint(0, y).matrixTransform(text.getScreenCTM()!).y;
  // Never beyond the text's box: a canvas knows no `lang`, and may measure Thai in a fallback
  // font with taller marks than the one the text is drawn in.
  const top = Math.max(box.top, line - glyphs.actualBoundingBoxAscent);
  const bottom = Math.min(box.bottom, line + glyphs.actualBoundingBoxDescent);
  return new DOMRect(box.left, top, box.width, bottom - top);
}

/** Whether two boxes share more than a hair (touching is apart). */
function overlap(a: DOMRect, b: DOMRect): boolean {
  const hair = 0.5;
  return (
    a.right - hair > b.left &&
    b.right - hair > a.left &&
    a.bottom - hair > b.top &&
    b.bottom - hair > a.top
  );
}

describe('text at 200 % (WCAG 1.4.4): the charts’ SVG text grows and stays whole', function () {
  this.timeout(60_000);
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const { tag, width, enlarged } of CASES) {
    for (const lang of ['en', 'th']) {
      const where = enlarged === 'root' ? 'the page' : 'its box';
      it(`<${tag}> (${lang}) at ${width} px, text of ${where} at 200 %`, async () => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        document.body.append(box);
        const el = document.createElement(tag) as HTMLElement & { project: unknown };
        el.setAttribute('lang', lang);
        el.setAttribute('as-of', '2020-09-30');
        el.project = seed();
        box.append(el);
        try {
          await ready(el);
          const before = fontSize(valueLabels(el)[0]);
          // At the browser's default size the labels are 12 px, as they always were.
          expect(before, 'labels at 100 %').to.be.closeTo(12, 0.01);
          const heightBefore = svgOf(el).getBoundingClientRect().height;

          if (enlarged === 'root') document.documentElement.style.fontSize = '200%';
          else box.style.fontSize = '200%';
          // Laid out again by itself: the drawing grows to hold the larger text.
          await waitUntil(
            () => svgOf(el)?.getBoundingClientRect().height > heightBefore,
            'the chart is laid out again for the larger text',
          );
          await ready(el);

          const svg = svgOf(el).getBoundingClientRect();
          const host = el.getBoundingClientRect();
          const texts = textsOf(el);
          expect(texts.length, 'labels drawn').to.be.greaterThan(3);
          for (const text of texts) {
            expect(fontSize(text), `${name(text)} twice as large`).to.be.closeTo(2 * before, 0.5);
            const r = inkBox(text);
            // Whole: nothing of it outside the drawing, nor outside the element's box.
            expect(r.left, `${name(text)} left edge inside`).to.be.at.least(svg.left - 0.5);
            expect(r.right, `${name(text)} right edge inside`).to.be.at.most(svg.right + 0.5);
            expect(r.top, `${name(text)} top inside`).to.be.at.least(svg.top - 0.5);
            expect(r.bottom, `${name(text)} bottom inside`).to.be.at.most(svg.bottom + 0.5);
            expect(r.right, `${name(text)} within the element`).to.be.at.most(host.right + 0.5);
          }
          // Apart from one another.
          const overlapping: string[] = [];
          texts.forEach((a, i) => {
            for (const b of texts.slice(i + 1)) {
              if (overlap(inkBox(a), inkBox(b))) {
                overlapping.push(`${name(a)} on ${name(b)}`);
              }
            }
          });
          expect(overlapping, 'labels on top of each other').to.deep.equal([]);

          // The y-axis: every label complete ("100%", in Thai the numbers under "ร้อยละ").
          const values = valueLabels(el).sort(
            (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
          );
          expect(values.map((t) => clean(t.textContent))).to.deep.equal(VALUE_LABELS[tag][lang]);

          expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth + 1);
          await expect(el).to.be.accessible();
        } finally {
          box.remove();
        }
      });
    }
  }
});
