// `node bench/portfolio/run.mjs`: the portfolio section of the bench. <project-portfolio> beside
// AG Grid Community and Tabulator with the same 1,000, 10,000 and 100,000 generated projects, in
// one run; the table goes into bench/RESULTS.md between the portfolio markers. Numbers are
// printed, never asserted.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome } from '../../scripts/ensure-chrome.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench', '.tmp', 'portfolio');
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: [join(ROOT, 'bench/portfolio/page.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(OUT, 'page.js'),
  loader: { '.css': 'empty' },
  logLevel: 'error',
  tsconfig: join(ROOT, 'tsconfig.json'),
});
const tabulatorCss = readFileSync(
  join(ROOT, 'node_modules/tabulator-tables/dist/css/tabulator.min.css'),
  'utf8',
);
writeFileSync(join(OUT, 'tabulator.css'), tabulatorCss);
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="tabulator.css"><script type="module" src="page.js"></script></head><body></body></html>`,
);
const server = createServer((req, res) => {
  const path = join(OUT, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
  if (!existsSync(path)) return res.writeHead(404).end();
  const type = path.endsWith('.js')
    ? 'text/javascript'
    : path.endsWith('.css')
      ? 'text/css'
      : 'text/html';
  res.writeHead(200, { 'content-type': type }).end(readFileSync(path));
});
await new Promise((r) => server.listen(8731, '127.0.0.1', r));

const browser = await chromium.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--js-flags=--expose-gc',
  ],
});
// PPE_BENCH_SIZES=10000 PPE_BENCH_LIBS=ours: a part of the table, printed only (RESULTS.md
// holds whole runs).
const sizes = process.env.PPE_BENCH_SIZES?.split(',').map(Number) ?? [1000, 10_000, 100_000];
const libs = process.env.PPE_BENCH_LIBS?.split(',') ?? ['ours', 'aggrid', 'tabulator'];
const partial = Boolean(process.env.PPE_BENCH_SIZES || process.env.PPE_BENCH_LIBS);
const results = [];
for (const n of sizes) {
  for (const lib of libs) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const done = page.waitForEvent('console', {
      predicate: (m) => m.text() === '__bench_done',
      timeout: 600_000,
    });
    await page.goto(`http://127.0.0.1:8731/?lib=${lib}&n=${n}`, {
      waitUntil: 'commit',
      timeout: 0,
    });
    await done;
    const result = await page.evaluate(() => window.__bench);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(() => window.gc?.());
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    result.heapMB = metric('JSHeapUsedSize') / 1e6;
    result.nodes = metric('Nodes');
    console.log(JSON.stringify(result));
    results.push(result);
    await context.close();
  }
}
await browser.close();
server.close();
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 1));
if (partial) process.exit(0);

const f = (x, d = 0) => (typeof x === 'number' ? x.toFixed(d) : '–');
const NAMES = {
  ours: '`<project-portfolio>` (raw documents)',
  aggrid: 'AG Grid Community 36 (rows given)',
  tabulator: 'Tabulator 6.5 (rows given)',
};
const lines = [
  '<!-- portfolio:start -->',
  '## Portfolio: `<project-portfolio>` beside AG Grid Community and Tabulator',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`node bench/portfolio/run.mjs\`, one sample per cell, on this shared 2-core machine (other agents' tests running): read the ratios more than the milliseconds. Generated projects (\`demo/portfolio-data.ts\`, seed 2563) at as-of 2020-06-30; the peers get the rows already computed by our domain functions and sorted worst first (untimed); ours gets the raw documents and validates each with \`parseProject\`. Times from the moment the data are handed over, each ended by the next frame's paint. "First screen": rows in view and a summary (partial for ours while reading). "Complete": every document read, summary final (for the peers, the same as first screen). Sort: by "actual"; filter: status = behind; both on 10,000 rows.`,
  '',
  '| projects | library | first screen (ms) | complete (ms) | longest task while reading (ms) | sort (ms) | filter (ms) | JS heap (MB) | DOM nodes (page) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${NAMES[r.lib]} | ${f(r.firstScreen)} | ${f(r.complete)} | ${f(r.longestTaskLoading)} | ${f(r.sort, 1)} | ${f(r.filter, 1)} | ${f(r.heapMB, 1)} | ${f(r.nodes)} |`,
  ),
  '<!-- portfolio:end -->',
];
const resultsFile = join(ROOT, 'bench', 'RESULTS.md');
let md = readFileSync(resultsFile, 'utf8');
const block = lines.join('\n');
if (md.includes('<!-- portfolio:start -->')) {
  md = md.replace(/<!-- portfolio:start -->[\s\S]*?<!-- portfolio:end -->/, block);
} else {
  // Inside the notes section, which a full `npm run bench` keeps as it is.
  md = md.includes('<!-- notes:end -->')
    ? md.replace('<!-- notes:end -->', `${block}\n\n<!-- notes:end -->`)
    : `${md}\n${block}\n`;
}
writeFileSync(resultsFile, md);
console.log('wrote the portfolio section of bench/RESULTS.md');
