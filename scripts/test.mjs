// `npm test`: builds what the tests load, runs every test, and ends with the totals alone on a
// line ("N passed, M failed"):
//   - the browser suites (test/**/*.test.ts) with @web/test-runner in headless Chromium (found, or
//     on Debian as root installed);
//   - the server-rendering suite (test/ssr/*.test.mjs) with node:test in Node.
// Extra arguments go to the browser runner, e.g. `npm test -- --files 'test/domain/**/*.test.ts'`;
// `--files` naming only test/ssr/ files runs only the Node suite.
import { spawn } from 'node:child_process';
import { buildCdn } from './build-cdn.mjs';
import { ensureChrome } from './ensure-chrome.mjs';

const args = process.argv.slice(2);
const files = args.flatMap((arg, index, all) =>
  arg === '--files' ? [all[index + 1] ?? ''] : arg.startsWith('--files=') ? [arg.slice(8)] : [],
);
const browserFiles = files.filter((file) => !file.includes('test/ssr'));
const runBrowser = files.length === 0 || browserFiles.length > 0;
const runSsr = files.length === 0 || files.some((file) => file.includes('test/ssr'));

/** Runs `command` with its output shown and kept; resolves with the exit code and the output. */
function run(command, commandArgs, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => done({ code, output }));
  });
}

let passed = 0;
let failed = 0;
let ok = true;

if (runBrowser) {
  ensureChrome({ needPdfText: true });
  // test/hostile/csp.test.ts loads the single-file bundle exactly as shipped: build it from the
  // current sources first (about 10 s), so that `npm install && npm test` needs nothing else.
  // Left out only when every `--files` given names a file that is not that test.
  if (browserFiles.length === 0 || browserFiles.some((f) => f.includes('*') || f.includes('csp'))) {
    console.log('Building dist/cdn/project-progress-elements.js for the strict-CSP tests…');
    await buildCdn({ combinedOnly: true });
  }
  const wtrArgs = ['--config', 'web-test-runner.config.mjs'];
  for (let i = 0; i < args.length; i++) {
    const isFiles = args[i] === '--files';
    const value = isFiles ? args[i + 1] : args[i].startsWith('--files=') ? args[i].slice(8) : null;
    if (value !== null && value?.includes('test/ssr')) {
      if (isFiles) i++;
      continue;
    }
    wtrArgs.push(args[i]);
  }
  const { code, output } = await run(process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    ...wtrArgs,
  ]);
  // scripts/totals-reporter.mjs writes "@@totals passed=N failed=M skipped=K".
  const totals = output.match(/@@totals passed=(\d+) failed=(\d+) skipped=(\d+)/);
  const browserPassed = totals ? Number(totals[1]) : 0;
  const browserFailed = totals ? Number(totals[2]) : 0;
  passed += browserPassed;
  failed += browserFailed;
  if (code !== 0 || browserFailed > 0 || browserPassed === 0) ok = false;
}

if (runSsr) {
  console.log('\nServer rendering (node --test test/ssr/):');
  const { code, output } = await run(process.execPath, [
    '--test',
    '--test-reporter=tap',
    'test/ssr/',
  ]);
  const count = (name) => Number(output.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail');
  if (code !== 0 || count('fail') > 0 || count('pass') === 0) ok = false;
}

console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
