// `npm run i18n [-- translations.json]`: extract every msg() string into xliff/th.xlf, optionally
// fill in Thai targets, and regenerate src/i18n/locales/th.ts.
//
// translations.json maps a trans-unit id (see xliff/th.xlf) to its Thai text; placeholders of a
// str`` template are written {0}, {1}… in the order of the source's <x/> elements.
// A lock directory serialises concurrent runs (several people or agents translating at once).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const LOCK = '.i18n-lock';
const XLF = 'xliff/th.xlf';

async function withLock(fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (attempt > 600) throw new Error(`${LOCK} is held for over a minute; remove it if stale.`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function applyTranslations(file) {
  const wanted = JSON.parse(readFileSync(file, 'utf8'));
  let xml = readFileSync(XLF, 'utf8');
  const seen = new Set();
  xml = xml.replace(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g, (unit, id, body) => {
    if (!(id in wanted)) return unit;
    seen.add(id);
    const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
    const placeholders = [...source.matchAll(/<x [^>]*\/>/g)].map((m) => m[0]);
    const target = escapeXml(wanted[id]).replace(/\{(\d+)\}/g, (_, i) => {
      const x = placeholders[Number(i)];
      if (!x) throw new Error(`${id}: the source has no placeholder {${i}}`);
      return x;
    });
    const withoutTarget = body.replace(/\s*<target>[\s\S]*?<\/target>/, '');
    return `<trans-unit id="${id}">${withoutTarget.replace(
      /(<source>[\s\S]*?<\/source>)/,
      `$1\n  <target>${target}</target>`,
    )}</trans-unit>`;
  });
  const unknown = Object.keys(wanted).filter((id) => !seen.has(id));
  if (unknown.length) console.warn(`No trans-unit with the ids: ${unknown.join(', ')}`);
  writeFileSync(XLF, xml);
}

await withLock(() => {
  execSync('npx lit-localize extract', { stdio: 'inherit' });
  if (process.argv[2]) applyTranslations(process.argv[2]);
  execSync('npx lit-localize build', { stdio: 'inherit' });
});
