// `npm test`: find (or install) Chromium, run @web/test-runner, end with the totals alone on a line.
// Extra arguments go to the runner, e.g. `npm test -- --files 'test/domain/**/*.test.ts'`.
import { spawn } from 'node:child_process';
import { ensureChrome } from './ensure-chrome.mjs';

ensureChrome({ needPdfText: true });

const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});

let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});

child.on('close', (code) => {
  // scripts/totals-reporter.mjs writes "@@totals passed=N failed=M skipped=K".
  const totals = output.match(/@@totals passed=(\d+) failed=(\d+) skipped=(\d+)/);
  const passed = totals ? Number(totals[1]) : 0;
  const failed = totals ? Number(totals[2]) : 0;
  const ok = code === 0 && failed === 0 && passed > 0;
  console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exit(ok ? 0 : 1);
});
