// @web/test-runner over test/**/*.test.ts in headless Chromium (Debian's, or CHROME_PATH).
// scripts/test.mjs finds the browser and prints the closing totals line; this file can also be
// used directly: `npx wtr --config web-test-runner.config.mjs`. The same suite in Firefox ESR and
// WebKitGTK: web-test-runner.firefox.config.mjs and web-test-runner.webkit.config.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { readFile } from 'node:fs/promises';
import { findChrome } from './scripts/find-chrome.mjs';
import { enginePlugin } from './test/engines.mjs';
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

export default {
  rootDir: '.',
  // The test server's port: PPE_TEST_PORT, or `--port`, or the first free one from 8000.
  ...(process.env.PPE_TEST_PORT ? { port: Number(process.env.PPE_TEST_PORT) } : {}),
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
    // Keys, viewport, window focus and printing, as each engine does them (test/engine.ts).
    enginePlugin(),
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
