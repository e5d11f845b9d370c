// Server rendering: each element rendered in Node with @lit-labs/ssr, as a server page would,
// must not throw, and must give its shell with the text a person reads first (the title, the
// summary sentence, the section headings), in English and in Thai. Run by `npm test` (through
// scripts/test.mjs, with node:test) or alone: `node --test test/ssr/`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';

const repo = resolve(import.meta.dirname, '../..');
const seed = JSON.parse(readFileSync(join(repo, 'demo/data/bma-50080000-2982.json'), 'utf8'));
// Inside node_modules, so that the bundle's imports of lit, zod and d3 resolve from there: the
// elements must share @lit-labs/ssr's copy of Lit (its Node build, where isServer is true).
const cache = join(repo, 'node_modules/.cache');
let dir;
let render;
let collectResult;
let staticHtml;
let unsafeStatic;

before(async () => {
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'ppe-ssr-'));
  await build({
    entryPoints: [join(repo, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: join(dir, 'elements.js'),
    logLevel: 'error',
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'].concat([
      '@lit/*',
      '@lit-labs/*',
      'zod',
      'zod/*',
      'd3-*',
    ]),
  });
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResult } = await import('@lit-labs/ssr/lib/render-result.js'));
  ({ html: staticHtml, unsafeStatic } = await import('lit/static-html.js'));
  await import(join(dir, 'elements.js'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** The page's HTML for `<tag lang=… as-of=…>` given the seed project as a property. */
async function serverRender(tag, lang) {
  const name = unsafeStatic(tag);
  return collectResult(
    render(staticHtml`<${name} lang=${lang} as-of="2020-09-30" .project=${seed}></${name}>`),
  );
}

/** What a person reads: the text outside tags, styles and Lit's comment markers. */
function visibleText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Per element and language: the text its server-rendered shell must show. */
const EXPECTED = {
  'project-progress': {
    en: [seed.title, 'Project code 50080000-2982', '100%', 'Complete', 'Fiscal year 2020'],
    th: [seed.title, 'รหัสโครงการ 50080000-2982', 'ร้อยละ 100', 'แล้วเสร็จ', 'ปีงบประมาณ 2563'],
  },
  'milestone-timeline': {
    en: ['Plan of 3 steps from 10 February to 30 September 2020.', 'Planned 100%, actual 100%'],
    th: ['แผนการดำเนินงาน 3 ขั้นตอน ตั้งแต่ 10 กุมภาพันธ์ ถึง 30 กันยายน 2563', 'ร้อยละ 100'],
  },
  'kpi-quarter-table': {
    en: ['Indicator 5008-0791', seed.kpis[0].name, 'Met'],
    th: ['ตัวชี้วัด 5008-0791', seed.kpis[0].name, 'บรรลุ'],
  },
  'progress-log': {
    en: ['From 50% on 30 April to 100% on 21 September 2020, in 6 reports.', seed.log[0].note],
    th: ['ร้อยละ 50 เมื่อวันที่ 30 เมษายน', seed.log[0].note],
  },
  'project-dashboard': {
    en: ['Rationale', 'Objectives', 'Alignment with the Bangkok development plan', seed.rationale],
    th: ['หลักการและเหตุผล', 'วัตถุประสงค์ของโครงการ', seed.rationale],
  },
};

for (const [tag, byLang] of Object.entries(EXPECTED)) {
  describe(`<${tag}> rendered on the server`, () => {
    for (const [lang, texts] of Object.entries(byLang)) {
      test(`shows its shell in ${lang === 'th' ? 'Thai' : 'English'}`, async () => {
        const markup = await serverRender(tag, lang);
        // Declarative shadow DOM: the browser attaches the shadow root before any script runs.
        assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`));
        const text = visibleText(markup);
        for (const want of texts) {
          assert.ok(
            text.includes(visibleText(want).trim()),
            `"${want}" not in: ${text.slice(0, 600)}`,
          );
        }
        assert.doesNotMatch(text, /\b(undefined|NaN|null)\b/);
      });
    }
  });
}
