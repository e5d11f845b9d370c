// `node scripts/screenshot.mjs [page] [out.png] [width] [height]`: serves the repo with Vite, opens
// the page in headless Chromium, prints any console error, and saves a screenshot (of the whole
// page, or of the first `height` pixels when a height is given).
// Used for the README's picture and to look at the elements as a person would.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ensureChrome } from './ensure-chrome.mjs';

const [page = '/demo/', out = 'docs/demo.png', width = '1280', height] = process.argv.slice(2);
const executablePath = ensureChrome();
const server = await createServer({ server: { port: 0, open: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
let errors = 0;
try {
  const tab = await browser.newPage({
    viewport: { width: Number(width), height: Number(height ?? 900) },
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') {
      errors++;
      console.error(`console error: ${message.text()}`);
    }
  });
  tab.on('pageerror', (error) => {
    errors++;
    console.error(`page error: ${error.message}`);
  });
  await tab.goto(`http://localhost:${port}${page}`, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(500);
  await tab.screenshot({ path: out, fullPage: height === undefined });
  console.log(`${out}: ${errors} console error(s)`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(errors ? 1 : 0);
