// @web/test-runner over test/**/*.test.ts in headless Chromium (Debian's, or CHROME_PATH).
// scripts/test.mjs finds the browser and prints the closing totals line; this file can also be
// used directly: `npx wtr --config web-test-runner.config.mjs`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findChrome } from './scripts/find-chrome.mjs';
import { cspPages, emulateMediaFeaturesPlugin } from './test/hostile/server.mjs';

/**
 * `/api/<path>.json[?delay=ms&status=code]` answers with the repository file `<path>.json` as
 * plain JSON (the esbuild plugin turns `.json` URLs into modules for imports), optionally late
 * or with an error status: what the `src` tests need to exercise fetching and races.
 */
async function fixtureApi(context, next) {
  if (!context.path.startsWith('/api/')) return next();
  const delay = Number(context.query.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const status = Number(context.query.status ?? 200);
  if (status !== 200) {
    context.status = status;
    context.body = 'fixture error';
    return;
  }
  try {
    context.body = await readFile(`.${context.path.slice('/api'.length)}`, 'utf8');
    context.type = 'application/json';
  } catch {
    context.status = 404;
  }
}

const executablePath = findChrome();

/**
 * `executeServerCommand('print-pdf')` prints the test's page to an A4 PDF with Chromium and
 * reads its text back with pdftotext (Debian's poppler-utils): what a person gets on paper.
 */
function printToPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const dir = await mkdtemp(join(tmpdir(), 'ppe-print-'));
      try {
        await writeFile(join(dir, 'page.pdf'), pdf);
        const { stdout } = await promisify(execFile)('pdftotext', [
          '-enc',
          'UTF-8',
          join(dir, 'page.pdf'),
          '-',
        ]);
        return { text: stdout, pages: stdout.split('\f').length - 1 };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

export default {
  rootDir: '.',
  // cspPages: `/csp/…`, the strict-CSP pages of test/hostile/csp.test.ts.
  middleware: [fixtureApi, cspPages],
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 60000 } },
  browserStartTimeout: 60000,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/i18n/locales/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  // Every test by name, then failures in full, then the totals line that scripts/test.mjs reads.
  reporters: [
    summaryReporter({ flatten: false }),
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    totalsReporter(),
  ],
  plugins: [
    printToPdfPlugin(),
    // `ppe-emulate-media`: forced-colors emulation, which puppeteer's emulateMedia refuses.
    emulateMediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      // Two test files run at once. Two tabs of one window would leave the hidden one without
      // animation frames (fixture(), ResizeObserver and rAF wait forever); a browser context of
      // its own gives each page its own visible window.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: executablePath ?? undefined,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
