// Drives Chromium with playwright-core: one fresh context and page per sample (no HTTP cache,
// no code cache carried over), the page's own timings, then the heap after a forced GC.
import { chromium } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Keep timers and frames running at full rate in a page nobody looks at.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launch(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}

/**
 * A fresh context: its own HTTP cache, so each sample compiles its bundle as a first visit.
 * `reducedMotion: 'reduce'` stops our gauge's 0.7 s tween, as `animation: false` does for the
 * peers: every library draws its final picture at once.
 */
export async function newPage(browser, viewport = VIEWPORT) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Loads `url`, waits for the page to report (a console line, no polling), and returns its
 * result with the heap after two forced garbage collections: `JSHeapUsedSize` and `Nodes` from
 * `Performance.getMetrics`, and the embedder heap (Blink's Oilpan, where DOM nodes live).
 */
export async function samplePage(browser, url, { timeout = 180_000, heap = true } = {}) {
  const { context, page } = await newPage(browser);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    const done = page.waitForEvent('console', {
      predicate: (message) => message.text() === '__bench_done',
      timeout,
    });
    await page.goto(url, { waitUntil: 'commit', timeout });
    await done;
    const { result, error } = await page.evaluate(() => ({
      result: window.__bench,
      error: window.__benchError,
    }));
    if (!result) throw new Error(`${url}: ${error ?? 'no result'}`);
    if (heap) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
      // The embedder heap is Blink's Oilpan heap, where the DOM lives (Chromium 120+).
      const usage = await cdp.send('Runtime.getHeapUsage');
      result.heap = {
        js: metric('JSHeapUsedSize'),
        dom: usage.embedderHeapUsedSize ?? NaN,
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
      };
    }
    result.errors = errors.filter((text) => !/favicon/.test(text));
    return result;
  } finally {
    await context.close();
  }
}
