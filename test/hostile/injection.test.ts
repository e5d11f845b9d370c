// Injection: text from the data is text. HTML, SVG with handlers, `javascript:` URLs, template
// syntax and bidi controls in every text field render as literal characters; no element is made
// from data, no script runs, and the officer's phone becomes `tel:` and digits, or no link.
import { aTimeout, expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { seed } from '../fixtures/projects.js';
import { FREE_TEXT_PATHS, HOSTILE_PHONES, HOSTILE_STRINGS, PWNED } from './arbitraries.js';
import {
  deepElements,
  drawnElements,
  drawnStrings,
  fuzzParameters,
  mount,
  readableText,
  settle,
  TAGS,
  trapErrors,
  viewKind,
} from './helpers.js';

/**
 * Every element an element may draw. Anything else in a shadow root came from data. Left out on
 * purpose: script, style, img, image, iframe, object, embed, foreignObject, use, animate, set,
 * form, link, meta, base, template, math.
 */
const ALLOWED_TAGS = new Set([
  ...'a abbr b bdi br button caption code col colgroup dd del details dfn div dl dt em figcaption'.split(
    ' ',
  ),
  ...'figure footer h1 h2 h3 h4 h5 h6 header hr i input ins kbd label legend li mark nav ol output'.split(
    ' ',
  ),
  ...'p progress q s section small span strong sub summary sup table tbody td tfoot th thead time'.split(
    ' ',
  ),
  ...'tr u ul meter fieldset'.split(' '),
  ...'svg g path line rect circle ellipse polygon polyline text tspan title desc defs clippath'.split(
    ' ',
  ),
  ...'lineargradient stop'.split(' '),
  ...TAGS,
]);

/** A link the elements draw: a section of the page, or a phone number. */
const SAFE_HREF = /^(?:#[A-Za-z][\w-]*|tel:\d+)$/;

/** The seed's own links to the host system's pages, which the gauge draws as they are given. */
const SEED_HREFS = new Set(
  ((seed() as { links?: { href: string }[] }).links ?? []).map((link) => link.href),
);

/** An unknown key's value: kept by the parser, never rendered. */
const UNKNOWN = 'unknown-key-value-never-rendered';

/** The seed with every free-text field (and the phone) set to `payload`, unknown keys added. */
function seedWithText(payload: string): Record<string, unknown> {
  const project = structuredClone(seed()) as Record<string, unknown>;
  for (const path of FREE_TEXT_PATHS) {
    let parent = project as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]] = payload;
  }
  project.secret = UNKNOWN;
  (project.organization as Record<string, unknown>).secret = UNKNOWN;
  for (const list of ['log', 'plan', 'kpis', 'alignment']) {
    for (const item of project[list] as Record<string, unknown>[]) item.secret = UNKNOWN;
  }
  return project;
}

/** Inside a box that scrolls or clips (a wide table's region): it cannot widen the page. */
function insideScroller(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
  }
  return false;
}

/** What is wrong, security-wise, with what `el` drew. */
function breaches(el: Element): string[] {
  const found: string[] = [];
  for (const element of drawnElements(el)) {
    if (!ALLOWED_TAGS.has(element.localName))
      found.push(`an element from data: <${element.localName}>`);
    for (const attr of Array.from(element.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`a handler attribute: ${attr.name}="${attr.value}"`);
      if (['src', 'srcdoc', 'xlink:href', 'formaction', 'action'].includes(attr.name)) {
        found.push(`a loading attribute: ${attr.name}="${attr.value}"`);
      }
    }
    const href = element.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href) && !SEED_HREFS.has(href)) {
      found.push(`a link to "${href.slice(0, 80)}"`);
    }
  }
  if ((window as unknown as Record<string, unknown>)[PWNED] !== undefined) {
    found.push('a payload ran: the flag is set');
  }
  return found;
}

const TEXT_VIEWS = [...TAGS];

describe('injection: text from the data stays text', () => {
  before(() => {
    delete (window as unknown as Record<string, unknown>)[PWNED];
  });

  for (const tag of TEXT_VIEWS) {
    it(`<${tag}> shows every hostile string as literal text and creates nothing from it`, async function () {
      this.timeout(60_000);
      const trap = trapErrors();
      const { el, box } = mount(tag, { width: 320 });
      try {
        for (const payload of HOSTILE_STRINGS) {
          el.project = seedWithText(payload);
          await settle(el);
          expect(viewKind(el), payload).to.equal('view');
          expect(breaches(el), payload).to.deep.equal([]);
          const strings = drawnStrings(el).map((s) => s.text);
          expect(
            strings.some((s) => s.includes(payload)),
            `"${payload.slice(0, 60)}" is shown as written`,
          ).to.be.true;
          expect(
            strings.some((s) => s.includes(UNKNOWN)),
            'unknown keys are never rendered',
          ).to.be.false;
        }
        // An <img src=x onerror> would fire after its request failed: give it the time.
        await aTimeout(200);
        expect(breaches(el)).to.deep.equal([]);
        expect(trap.take()).to.deep.equal([]);
      } finally {
        trap.stop();
        box.remove();
      }
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}> wraps long hostile text at 320 px instead of pushing the page sideways`, async () => {
      const { el, box } = mount(tag, { width: 320 });
      const overflowing: string[] = [];
      try {
        for (const payload of HOSTILE_STRINGS) {
          el.project = seedWithText(payload);
          await settle(el);
          if (el.scrollWidth > box.clientWidth + 1) {
            // The innermost elements that stick out: the ones whose style needs a fix.
            const right = box.getBoundingClientRect().right + 1;
            const out = drawnElements(el).filter(
              (e) => e.getBoundingClientRect().right > right && !insideScroller(e),
            );
            const culprits = out
              .filter((e) => !out.some((other) => other !== e && e.contains(other)))
              .map((e) => `<${e.localName} class="${e.getAttribute('class') ?? ''}">`);
            overflowing.push(
              `"${payload.slice(0, 30)}…" makes it ${el.scrollWidth}px wide: ${culprits.slice(0, 3).join(' ')}`,
            );
          }
        }
        expect(overflowing, overflowing.join('\n')).to.deep.equal([]);
      } finally {
        box.remove();
      }
    });
  }

  it('shows hostile values inside the error view as text too', async () => {
    const { el, box } = mount('project-dashboard', { width: 320 });
    try {
      for (const payload of HOSTILE_STRINGS.slice(0, 12)) {
        el.project = { ...seed(), schemaVersion: payload, log: payload, plan: [payload] };
        await settle(el);
        expect(viewKind(el)).to.equal('error');
        expect(breaches(el)).to.deep.equal([]);
        // Long values are shortened in messages; their start is shown as written.
        expect(readableText(el)).to.contain(JSON.stringify(payload.slice(0, 20)).slice(1, -1));
      }
      await aTimeout(200);
      expect(breaches(el)).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });

  it('treats a hostile `src` as a URL to fail on, shown as text', async () => {
    const trap = trapErrors();
    const { el, box } = mount('project-progress', { width: 320 });
    try {
      for (const src of [
        `javascript:window.${PWNED}=1`,
        `data:text/html,<script>window.${PWNED}=1</script>`,
        `/api/<img src=x onerror=window.${PWNED}=1>.json`,
      ]) {
        const failed = new Promise((resolve) =>
          el.addEventListener('project-error', resolve, { once: true }),
        );
        el.src = src;
        await failed;
        await settle(el);
        expect(viewKind(el), src).to.equal('error');
        expect(breaches(el), src).to.deep.equal([]);
        el.removeAttribute('src');
        await settle(el);
      }
      await aTimeout(200);
      expect(breaches(el)).to.deep.equal([]);
      expect(trap.take(), 'a failed src writes nothing to the console').to.deep.equal([]);
    } finally {
      trap.stop();
      box.remove();
    }
  });

  it('says which indicator code it could not find, as text, for a hostile `kpi` attribute', async () => {
    const payload = `<img src=x onerror=window.${PWNED}=1>`;
    const { el, box } = mount('kpi-quarter-table', { width: 320, attrs: { kpi: payload } });
    try {
      el.project = seed();
      await settle(el);
      expect(readableText(el)).to.contain(payload);
      expect(breaches(el)).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });

  it('makes a link of an http(s) or relative address only; any other is refused with its path', async () => {
    const { el, box } = mount('project-progress', { width: 320 });
    try {
      const hrefs = [
        ...HOSTILE_STRINGS,
        'javascript:window.__ppePwned=1',
        ' JaVaScRiPt:window.__ppePwned=1',
        'java\tscript:window.__ppePwned=1',
        'data:text/html,<script>window.__ppePwned=1</script>',
        'vbscript:msgbox(1)',
        'https://example.org/p?id=1',
        '/monitor/plan?id=1',
      ];
      for (const href of hrefs) {
        el.project = { ...seed(), links: [{ label: 'ดูโครงการแผนปีฯ', href }] };
        await settle(el);
        // The browser's own URL parser is the oracle: where would following the link go?
        const { protocol } = new URL(href, 'https://intranet.test/monitor/');
        const safe = protocol === 'https:' || protocol === 'http:';
        if (safe) {
          expect(viewKind(el), href).to.equal('view');
          const link = el.shadowRoot!.querySelector('[part="links"] a')!;
          expect(link.getAttribute('href'), href).to.equal(href);
        } else {
          expect(viewKind(el), href).to.equal('error');
          expect(readableText(el), href).to.contain('links[0].href');
          expect(el.shadowRoot!.querySelector('a') === null, href).to.equal(true);
        }
        expect((window as unknown as Record<string, unknown>)[PWNED], href).to.equal(undefined);
      }
    } finally {
      box.remove();
    }
  });

  it('turns a phone into `tel:` and digits, or into no link, whatever it holds', async function () {
    this.timeout(60_000);
    const { el, box } = mount('project-progress', { width: 320 });
    const phone = fc.oneof(
      fc.constantFrom(...HOSTILE_PHONES),
      fc.string({ maxLength: 40, unit: 'binary' }),
      fc
        .array(fc.constantFrom(...'0123456789๐๑๒๓ -+().,/:;#*xต่อtel'.split('')), { maxLength: 30 })
        .map((chars) => chars.join('')),
      fc.constantFrom(...HOSTILE_STRINGS).map((s) => `02 123 4567 ${s}`),
    );
    try {
      await fc.assert(
        fc.asyncProperty(phone, async (text) => {
          el.project = { ...seed(), owner: { name: 'นางน้ำทิพย์ ทองเดชศรี', phone: text } };
          await settle(el);
          // The phone's link only: the project's own page links are not the phone's.
          const links = drawnElements(el).filter(
            (e) => e.localName === 'a' && e.closest('.phone') !== null,
          );
          for (const link of links) {
            expect(link.getAttribute('href'), text).to.match(/^tel:\d+$/);
          }
          // No digit at all (neither 0–9 nor Thai ๐–๙): nothing to dial, so no link.
          if (!/[0-9๐-๙]/.test(text)) expect(links, text).to.have.length(0);
          expect(breaches(el), text).to.deep.equal([]);
        }),
        { ...fuzzParameters(300), includeErrorInReport: true },
      );
    } finally {
      box.remove();
    }
  });

  it('keeps bidi controls in data from reordering the interface text around them', async () => {
    const failures: string[] = [];
    for (const tag of TAGS) {
      for (const control of ['\u202E', '\u2067']) {
        for (const language of ['th', undefined]) {
          const { el, box } = mount(tag, { width: 900 });
          const project = seedWithText(`${control}evil text`);
          if (language === undefined) delete project.language;
          el.project = project;
          await settle(el);
          failures.push(
            ...reversedInterfaceText(el, control).map(
              (where) =>
                `<${tag}> U+${control.charCodeAt(0).toString(16).toUpperCase()} ${language ?? 'no language'}: ${where}`,
            ),
          );
          box.remove();
        }
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});

/**
 * Interface words (two Latin letters in a row, outside any data) that are laid out right to
 * left: a right-to-left override from the data has leaked into them.
 */
function reversedInterfaceText(el: Element, control: string): string[] {
  const reversed: string[] = [];
  const roots = [el, ...deepElements(el.shadowRoot!)].filter((e) => e.shadowRoot);
  for (const host of roots) {
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (node.data.includes(control) || node.parentElement?.closest('[lang]:not([lang="en"])')) {
        continue;
      }
      const match = /[A-Za-z]{2}/.exec(node.data);
      if (!match || node.parentElement?.closest('[aria-hidden="true"] text, style')) continue;
      const range = document.createRange();
      const rect = (i: number) => {
        range.setStart(node!, i);
        range.setEnd(node!, i + 1);
        return range.getBoundingClientRect();
      };
      const [a, b] = [rect(match.index), rect(match.index + 1)];
      if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue;
      if (a.left > b.left) reversed.push(`"${node.data.trim().slice(0, 60)}"`);
    }
  }
  return reversed;
}
