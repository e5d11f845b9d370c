// `npm run fuzz`: the hostile-data fuzzers of test/hostile/ run much longer than in CI, with a
// fresh random seed each time (printed first, so any failure can be replayed).
//
//   npm run fuzz                                  3,000 runs per element, random seed
//   npm run fuzz -- --runs 20000                  more runs
//   npm run fuzz -- --seed 1234 --runs 300        replay one seed
//   npm run fuzz -- --files test/hostile/injection.test.ts
//
// The runner is the project's own (web-test-runner.config.mjs); this script only hands the run
// count and the seed to the test page as `window.__PPE_FUZZ__` (test/hostile/helpers.ts reads it)
// and turns coverage off, which would slow every run down.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureChrome } from './ensure-chrome.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3000' },
    seed: { type: 'string' },
    files: { type: 'string', multiple: true },
  },
});

const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz -- [--runs N] [--seed S] [--files test/hostile/x.test.ts]');
  process.exit(2);
}
const files = values.files ?? ['test/hostile/fuzz.test.ts'];

ensureChrome();
console.log(`Fuzzing ${files.join(', ')}: ${runs} runs per property, seed ${seed}.`);
console.log(`Replay: npm run fuzz -- --seed ${seed} --runs ${runs}\n`);

const baseConfig = pathToFileURL(resolve('web-test-runner.config.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'ppe-fuzz-'));
const configFile = join(dir, 'fuzz.config.mjs');
writeFileSync(
  configFile,
  `import base from ${JSON.stringify(baseConfig)};
const settings = ${JSON.stringify({ runs, seed })};
export default {
  ...base,
  coverage: false,
  testFramework: { config: { ...base.testFramework?.config, timeout: 0 } },
  testRunnerHtml: (testFramework) => \`<!doctype html>
<html>
  <body>
    <script>window.__PPE_FUZZ__ = \${JSON.stringify(settings)};</script>
    <script type="module" src="\${testFramework}"></script>
  </body>
</html>\`,
};
`,
);

const child = spawn(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', configFile, '--files', ...files],
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' } },
);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  rmSync(dir, { recursive: true, force: true });
  const totals = output.match(/@@totals passed=(\d+) failed=(\d+)/);
  const failed = totals ? Number(totals[2]) : 1;
  console.log(`\n${totals ? totals[1] : 0} passed, ${failed} failed (seed ${seed}, ${runs} runs)`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
