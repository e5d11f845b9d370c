// `npm test`: builds what the tests load, runs every test, and ends with the totals alone on a
// line ("N passed, M failed"):
//   - the browser suites (test/**/*.test.ts) with @web/test-runner in headless Chromium (found, or
//     on Debian as root installed);
//   - the server-rendering suite (test/ssr/*.test.mjs) with node:test in Node.
// Extra arguments go to the browser runner, e.g. `npm test -- --files 'test/domain/**/*.test.ts'`;
// `--files` naming only test/ssr/ files runs only the Node suite.
//
// `--engine firefox` (`npm run test:firefox`) runs the same suite in Firefox ESR, `--engine
// webkit` (`npm run test:webkit`) in WebKitGTK: this script starts Xvfb (display PPE_DISPLAY,
// else a free one) and WebKitWebDriver (port PPE_WEBKIT_DRIVER_PORT, else a free one) for it,
// and stops them at the end. The test server's port: PPE_TEST_PORT, else the first free one from
// 8000. On Debian as root, missing browsers are installed with apt-get.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { buildCdn } from './build-cdn.mjs';
import { ensureChrome } from './ensure-chrome.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--engine');
const engine = at >= 0 ? argv[at + 1] : 'chromium';
if (at >= 0) argv.splice(at, 2);

const CONFIGS = {
  chromium: 'web-test-runner.config.mjs',
  firefox: 'web-test-runner.firefox.config.mjs',
  webkit: 'web-test-runner.webkit.config.mjs',
};
if (!CONFIGS[engine]) {
  console.error(`Unknown engine "${engine}": use chromium, firefox or webkit.`);
  process.exit(1);
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const hasCommand = (name) => {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

/** Installs Debian packages when a command is missing and we may (root on Debian). */
function ensure(commands, packages, what) {
  if (commands.every((c) => (c.startsWith('/') ? existsSync(c) : hasCommand(c)))) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`${what} is missing: installing Debian's ${packages.join(', ')} with apt-get…`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
      { stdio: 'inherit', shell: '/bin/bash' },
    );
    return;
  }
  console.error(`${what} is missing: install ${packages.join(', ')} (Debian or Ubuntu: apt-get).`);
  process.exit(1);
}

const waitForPort = (port, ms) =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing answers on port ${port}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });

/** Whether something listens on `port` already. */
const answers = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });

/** A TCP port nothing listens on (the system's choice). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const helpers = [];
const stopHelpers = () => {
  for (const helper of helpers.reverse()) helper.kill();
  helpers.length = 0;
};

if (engine === 'chromium') {
  ensureChrome({ needPdfText: true });
} else if (engine === 'firefox') {
  ensure(['firefox-esr', 'pdftotext'], ['firefox-esr', 'poppler-utils'], 'Firefox ESR');
} else {
  ensure(
    ['WebKitWebDriver', MINIBROWSER, 'Xvfb', 'xdotool'],
    ['webkit2gtk-driver', 'xvfb', 'xdotool'],
    'WebKitGTK',
  );
  // A display and a port of our own: the ones asked for, else free ones (several checkouts may
  // run their suites on one machine at once). Never someone else's: a display or port already in
  // use stops the run.
  const xvfb = spawn(
    'Xvfb',
    [
      ...(process.env.PPE_DISPLAY ? [process.env.PPE_DISPLAY] : []),
      '-displayfd',
      '3',
      '-screen',
      '0',
      '1600x1200x24',
      '-nolisten',
      'tcp',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  helpers.push(xvfb);
  /** Stops the run before any test: the reason, and the totals line a run always ends with. */
  const refuse = (reason) => {
    stopHelpers();
    console.error(reason);
    console.log('0 passed, 1 failed');
    process.exit(1);
  };
  const display = await new Promise((resolve) => {
    let written = '';
    let errors = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (!written.includes('\n')) return;
      xvfb.removeAllListeners('exit');
      resolve(`:${written.trim()}`);
    });
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    // Until it is ready only: stopped at the end of the run, it says nothing.
    xvfb.once('exit', () =>
      refuse(
        `Xvfb did not start${process.env.PPE_DISPLAY ? ` on display ${process.env.PPE_DISPLAY} (in use? choose another with PPE_DISPLAY)` : ''}:\n${errors.trim()}`,
      ),
    );
  });
  const port = process.env.PPE_WEBKIT_DRIVER_PORT
    ? Number(process.env.PPE_WEBKIT_DRIVER_PORT)
    : await freePort();
  if (await answers(port)) {
    refuse(`Port ${port} is in use: choose another with PPE_WEBKIT_DRIVER_PORT.`);
  }
  env.DISPLAY = display;
  env.PPE_WEBKIT_DRIVER_PORT = String(port);
  console.log(`WebKitGTK: Xvfb on display ${display}, WebKitWebDriver on port ${port}`);
  helpers.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env }));
  await waitForPort(port, 20_000);
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    stopHelpers();
    process.exit(code);
  });
}

const files = argv.flatMap((arg, index, all) =>
  arg === '--files' ? [all[index + 1] ?? ''] : arg.startsWith('--files=') ? [arg.slice(8)] : [],
);
const browserFiles = files.filter((file) => !file.includes('test/ssr'));
const runBrowser = files.length === 0 || browserFiles.length > 0;
// The server-rendering suite runs in Node, once: with the Chromium run.
const runSsr =
  engine === 'chromium' && (files.length === 0 || files.some((file) => file.includes('test/ssr')));

/** Runs `command` with its output shown and kept; resolves with the exit code and the output. */
function run(command, commandArgs) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'inherit'], env });
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
const started = Date.now();

try {
  if (runBrowser) {
    // test/hostile/csp.test.ts loads the single-file bundle exactly as shipped: build it from the
    // current sources first (about 10 s), so that `npm install && npm test` needs nothing else.
    // Left out only when every `--files` given names a file that is not that test.
    if (
      browserFiles.length === 0 ||
      browserFiles.some((f) => f.includes('*') || f.includes('csp'))
    ) {
      console.log('Building dist/cdn/project-progress-elements.js for the strict-CSP tests…');
      await buildCdn({ combinedOnly: true });
    }
    const wtrArgs = ['--config', CONFIGS[engine]];
    for (let i = 0; i < argv.length; i++) {
      const isFiles = argv[i] === '--files';
      const value = isFiles
        ? argv[i + 1]
        : argv[i].startsWith('--files=')
          ? argv[i].slice(8)
          : null;
      if (value !== null && value?.includes('test/ssr')) {
        if (isFiles) i++;
        continue;
      }
      wtrArgs.push(argv[i]);
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
} finally {
  stopHelpers();
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

if (engine !== 'chromium') {
  console.log(`${engine}: ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
