// The whole suite in Firefox ESR (Debian's `firefox-esr`), driven by puppeteer over WebDriver
// BiDi: no geckodriver needed. `npm run test:firefox` (scripts/test.mjs --engine firefox).
// Everything but the browser is the Chromium config's; coverage stays with the Chromium run.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import chromium from './web-test-runner.config.mjs';

export default {
  ...chromium,
  coverage: false,
  // One test file at a time: Firefox matches `:focus` and `:focus-visible` in the active tab only.
  concurrency: 1,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        protocol: 'webDriverBiDi',
        headless: true,
        extraPrefsFirefox: {
          // Focus and animation frames as in a window a person looks at.
          'focusmanager.testmode': true,
        },
      },
    }),
  ],
};
