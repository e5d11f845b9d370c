// Fails when any msg() string of the elements has no Thai translation in xliff/th.xlf.
// It extracts into a temporary copy, so the working tree is never touched.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ppe-i18n-'));
try {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = dir;
  cpSync('xliff/th.xlf', join(dir, 'th.xlf'));
  const configPath = join(dir, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  // Relative paths in the config are read from the current directory.
  execSync(`npx lit-localize extract --config ${configPath}`, { stdio: 'pipe' });
  const xml = readFileSync(join(dir, 'th.xlf'), 'utf8');
  const missing = [];
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
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
  console.log(`Every element string has its Thai translation.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
