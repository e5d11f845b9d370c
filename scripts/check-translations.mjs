// Fails when any msg() string of the elements has no Thai translation in xliff/th.xlf.
// It extracts into a temporary copy, so the working tree is never touched.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ppe-i18n-'));
try {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  // lit-localize reads paths relative to its config file, which lives in the temporary folder.
  const here = (path) => resolve(process.cwd(), path);
  config.tsConfig = here(config.tsConfig);
  config.inputFiles = config.inputFiles.map(here);
  config.output.outputDir = join(dir, 'out');
  if (config.output.localeCodesModule) config.output.localeCodesModule = join(dir, 'codes.ts');
  config.interchange.xliffDir = dir;
  cpSync('xliff/th.xlf', join(dir, 'th.xlf'));
  const configPath = join(dir, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  execSync(`npx lit-localize extract --config ${configPath}`, { stdio: 'pipe' });
  const xml = readFileSync(join(dir, 'th.xlf'), 'utf8');
  const missing = [];
  let units = 0;
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units += 1;
    const target = body.match(/<target>([\s\S]*?)<\/target>/);
    if (!target || !target[1].trim()) {
      missing.push(`${id}: ${body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? ''}`);
    }
  }
  if (missing.length) {
    console.error(`${missing.length} string(s) have no Thai translation in xliff/th.xlf:`);
    for (const line of missing) console.error(`  ${line}`);
    console.error('Run `npm run i18n`, translate them in xliff/th.xlf, and run it again.');
    process.exit(1);
  }
  if (units === 0) {
    console.error('No strings were extracted: is lit-localize.json right?');
    process.exit(1);
  }
  // src/internal/localize.ts looks Thai up by short keys, which `npm run i18n` writes; a table
  // rebuilt by `lit-localize build` alone has full ids and would leave every string in English.
  if (/'[sh][0-9a-f]{16}':/.test(readFileSync('src/i18n/locales/th.ts', 'utf8'))) {
    console.error('src/i18n/locales/th.ts has full message ids: run `npm run i18n`.');
    process.exit(1);
  }
  console.log(`All ${units} element strings have their Thai translation.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
