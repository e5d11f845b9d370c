// `npm run i18n [-- translations.json]`: extract every msg() string into xliff/th.xlf, optionally
// fill in Thai targets, and regenerate src/i18n/locales/th.ts (with short keys: see shortenKeys).
//
// translations.json maps a trans-unit id (see xliff/th.xlf) to its Thai text; placeholders of a
// str`` template are written {0}, {1}… in the order of the source's <x/> elements.
// `npm run i18n -- --shorten-keys` only shortens the keys of the table as it stands.
// A lock directory serialises concurrent runs (several people or agents translating at once).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const LOCK = '.i18n-lock';
const XLF = 'xliff/th.xlf';
const TABLE = 'src/i18n/locales/th.ts';

/**
 * Cuts the Thai table's keys (lit-localize's "s" + 16 hex digits) to MSG_KEY_LENGTH characters,
 * the length src/internal/localize.ts looks them up by; fails if two keys would become equal.
 */
function shortenKeys() {
  const length = Number(
    readFileSync('src/internal/localize.ts', 'utf8').match(/MSG_KEY_LENGTH = (\d+)/)[1],
  );
  const seen = new Map();
  const table = readFileSync(TABLE, 'utf8').replace(
    /^(\s*)'([sh][0-9a-f]{16})':/gm,
    (_, indent, id) => {
      const key = id.slice(0, length);
      if (seen.has(key)) {
        throw new Error(
          `${seen.get(key)} and ${id} both become '${key}': raise MSG_KEY_LENGTH in src/internal/localize.ts.`,
        );
      }
      seen.set(key, id);
      return `${indent}'${key}':`;
    },
  );
  writeFileSync(
    TABLE,
    table.replace(
      'Re-generate this file by running lit-localize',
      'Re-generate it with `npm run i18n`',
    ),
  );
}

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

if (process.argv[2] === '--shorten-keys') {
  // Only the last step, on the table as it stands (no extraction).
  shortenKeys();
  process.exit(0);
}

await withLock(() => {
  execSync('npx lit-localize extract', { stdio: 'inherit' });
  if (process.argv[2]) applyTranslations(process.argv[2]);
  execSync('npx lit-localize build', { stdio: 'inherit' });
  shortenKeys();
});
