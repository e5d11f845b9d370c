// Accessibility in depth, part 3: what the reader's settings do. Forced colours (Windows high
// contrast) keep every mark visible; reduced motion stops every animation; text at 200 % loses
// nothing. Forced colours are emulated through the DevTools protocol (test/hostile/server.mjs),
// reduced motion through @web/test-runner's emulateMedia: Chromium only (test/engine.ts), while
// the control case (motion welcome) and text at 200 % run in every engine.
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itIn, prefersReducedMotion } from '../engine.js';
import { seed } from '../fixtures/projects.js';
import { behindProject } from '../../stories/samples.js';
import { drawnElements, drawnTextNodes, mount, nextFrame, settle, TAGS } from './helpers.js';

const setForcedColors = (active: boolean) =>
  executeServerCommand('ppe-emulate-media', {
    features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
  });

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" → [r, g, b, a]; anything else (none, url) → null. */
function rgba(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  return m
    ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
    : null;
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour behind an element: the first opaque background up the tree, across shadow roots. */
function backdrop(el: Element): number[] {
  for (let node: Element | null = el.parentElement ?? hostOf(el); node;) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return color;
    node = node.parentElement ?? hostOf(node);
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor)?.[3]
    ? rgba(getComputedStyle(document.documentElement).backgroundColor)!
    : [255, 255, 255, 1];
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const SHAPES = new Set(['path', 'rect', 'circle', 'line', 'polygon', 'polyline', 'ellipse']);

/**
 * The best contrast of what a mark paints (its fill or stroke; a bar's background or border)
 * against what is behind it, or 0 when it paints nothing.
 */
function inkContrast(el: Element): number {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return 0;
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return 0;
  const behind = backdrop(el);
  const inks: (number[] | null)[] = [];
  if (SHAPES.has(el.localName)) {
    if (s.fill !== 'none' && Number(s.fillOpacity) > 0) inks.push(rgba(s.fill));
    if (s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && Number(s.strokeOpacity) > 0) {
      inks.push(rgba(s.stroke));
    }
  } else {
    inks.push(rgba(s.backgroundColor));
    if (parseFloat(s.borderTopWidth) > 0) inks.push(rgba(s.borderTopColor));
  }
  return Math.max(
    0,
    ...inks.filter((c): c is number[] => c !== null && c[3] > 0.1).map((c) => contrast(c, behind)),
  );
}

/** Marks: SVG shapes, and HTML boxes drawn as bars or swatches. */
function marks(el: Element): Element[] {
  return drawnElements(el).filter(
    (e) =>
      SHAPES.has(e.localName) ||
      (e instanceof HTMLElement && /\b(fill|track|swatch|bar)\b/.test(e.className)),
  );
}

const describeMark = (e: Element) =>
  `<${e.localName} class="${e.getAttribute('class') ?? ''}" part="${e.getAttribute('part') ?? ''}">`;

describe('forced colours keep every mark visible', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await setForcedColors(false);
  });

  itIn('emulateMedia', 'really emulates forced colours (the page reports it)', async () => {
    await setForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    await setForcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches).to.be.false;
  });

  for (const tag of TAGS) {
    for (const width of [900, 360]) {
      itIn(
        'emulateMedia',
        `<${tag}> at ${width} px: every mark seen in normal colours is still seen`,
        async () => {
          const { el, box } = mount(tag, { width });
          try {
            el.project = tag === 'project-progress' ? behindProject : seed();
            if (tag === 'project-progress') el.setAttribute('as-of', '2020-06-30');
            await settle(el);
            await nextFrame();
            await settle(el);
            // What a person sees in normal colours: marks standing out from their background.
            const seen = marks(el).filter((mark) => inkContrast(mark) >= 1.5);
            expect(seen.length, 'marks drawn').to.be.greaterThan(0);
            await setForcedColors(true);
            await nextFrame();
            const lost = seen.filter((mark) => inkContrast(mark) < 1.5).map(describeMark);
            expect([...new Set(lost)], 'marks that vanish in forced colours').to.deep.equal([]);
          } finally {
            box.remove();
          }
        },
      );
    }
  }
});

describe('reduced motion stops animation', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await prefersReducedMotion('no-preference');
  });

  /** The gauge's arc drawn right after a new value, and once any animation is over. */
  async function arcAfterChange(): Promise<{ first: string; last: string }> {
    const { el, box } = mount('project-progress', { attrs: { 'as-of': '2020-06-30' } });
    el.project = behindProject;
    await settle(el);
    el.project = seed();
    await settle(el);
    const arc = () => el.shadowRoot!.querySelector('[part="indicator"]')?.getAttribute('d') ?? '';
    const first = arc();
    await aTimeout(900);
    const last = arc();
    box.remove();
    return { first, last };
  }

  it('lets the gauge glide to a new value when motion is welcome (the control case)', async () => {
    await prefersReducedMotion('no-preference');
    const { first, last } = await arcAfterChange();
    expect(first, 'the arc starts from the old value').not.to.equal(last);
  });

  itIn(
    'emulateMedia',
    'draws the gauge at its new value at once under prefers-reduced-motion',
    async () => {
      await prefersReducedMotion('reduce');
      const { first, last } = await arcAfterChange();
      expect(first).to.equal(last);
    },
  );

  for (const tag of TAGS) {
    itIn(
      'emulateMedia',
      `<${tag}> has no transition or animation left under prefers-reduced-motion`,
      async () => {
        await prefersReducedMotion('reduce');
        const { el, box } = mount(tag);
        try {
          el.project = seed();
          await settle(el);
          const moving = drawnElements(el)
            .filter((e) => {
              const s = getComputedStyle(e);
              const durations = `${s.transitionDuration},${s.animationDuration}`.split(',');
              return (
                durations.some((d) => parseFloat(d) > 0) &&
                (s.transitionProperty !== 'none' || s.animationName !== 'none')
              );
            })
            .map(describeMark);
          expect([...new Set(moving)]).to.deep.equal([]);
        } finally {
          box.remove();
        }
      },
    );
  }

  itIn(
    'emulateMedia',
    'jumps to a section without smooth scrolling under prefers-reduced-motion',
    async () => {
      await prefersReducedMotion('reduce');
      const { el, box } = mount('project-dashboard');
      const behaviours: (ScrollBehavior | undefined)[] = [];
      const real = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
        behaviours.push(typeof arg === 'object' ? arg.behavior : undefined);
      };
      try {
        el.project = seed();
        await settle(el);
        (el.shadowRoot!.querySelector('[part="skip-links"] a') as HTMLElement).click();
        expect(behaviours).to.deep.equal(['auto']);
      } finally {
        Element.prototype.scrollIntoView = real;
        box.remove();
      }
    },
  );
});

describe('text resized to 200 % loses nothing', function () {
  this.timeout(60_000);
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  /** Elements that clip what overflows them, and do clip something. */
  function clipped(el: Element): string[] {
    return drawnElements(el)
      .filter((e) => {
        if (!(e instanceof HTMLElement)) return false;
        const s = getComputedStyle(e);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        const x = clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
        const y = clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
        // The visually-hidden pattern clips on purpose: its text is for screen readers.
        const srOnly = e.clientWidth <= 1 && e.clientHeight <= 1;
        return (x || y || s.textOverflow === 'ellipsis') && !srOnly && e.textContent!.trim();
      })
      .map(describeMark);
  }

  for (const tag of TAGS) {
    for (const width of [640, 320]) {
      it(`<${tag}> at ${width} px shows all its text at 200 %, unclipped`, async () => {
        const { el, box } = mount(tag, { width });
        try {
          el.project = seed();
          await settle(el);
          await nextFrame();
          // The timeline's month ticks and its step and problem labels are fitted to the room
          // the text leaves: at 200 % every other month may be named, and a long name cut
          // shorter (test/a11y/text-200.test.ts checks that what is drawn is whole and apart).
          // What they say is not lost: the full names stay in the marks' names, the details and
          // the table. Every other text must still be there.
          const fitted = (t: Text) =>
            t.parentElement?.closest('text.month, text.label, text.annotation') != null;
          const months = () =>
            drawnTextNodes(el).filter((t) => t.parentElement?.matches('text.month')).length;
          const monthsBefore = months();
          const before = new Set(
            drawnTextNodes(el)
              .filter((t) => !fitted(t))
              .map((t) => t.data.trim()),
          );
          document.documentElement.style.fontSize = '200%';
          await nextFrame();
          await settle(el);
          await nextFrame();
          await settle(el);
          const after = new Set(drawnTextNodes(el).map((t) => t.data.trim()));
          const dropped = [...before].filter((text) => !after.has(text));
          expect(dropped, 'text no longer there').to.deep.equal([]);
          expect(months(), 'months named on the axis').to.be.at.least(Math.floor(monthsBefore / 2));
          expect(clipped(el), 'text cut off by overflow').to.deep.equal([]);
          expect(el.scrollWidth, 'no sideways scrolling of the element').to.be.at.most(
            box.clientWidth + 1,
          );
        } finally {
          box.remove();
        }
      });
    }
  }
});
