// The whole suite in WebKitGTK (Debian's `webkit2gtk-driver`: WebKitWebDriver and MiniBrowser),
// the engine of Safari, over classic W3C WebDriver. scripts/test.mjs --engine webkit (`npm run
// test:webkit`) starts Xvfb and WebKitWebDriver first and passes their display and port here.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import chromium from './web-test-runner.config.mjs';

const port = Number(process.env.PPE_WEBKIT_DRIVER_PORT ?? 8644);

export default {
  ...chromium,
  coverage: false,
  // One window, one test file at a time (more would put each file in an iframe of one page).
  concurrency: 1,
  // WebKitGTK runs the suite about three times slower than Chromium: twice the time limits
  // (a test's own limits through TIME_SCALE in test/engine.ts).
  testFramework: { config: { timeout: 2 * chromium.testFramework.config.timeout } },
  testsFinishTimeout: 2 * chromium.testsFinishTimeout,
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary:
            process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  ],
};
