// One page of the portfolio bench: `?lib=ours|aggrid|tabulator&n=10000`. The documents are
// generated before the clock starts; the peers get rows already computed (by our domain
// functions, untimed), ours gets the raw documents and validates each one.
import '../../src/components/project-portfolio/define.js';
import type { ProjectPortfolio } from '../../src/components/project-portfolio/project-portfolio.js';
import { PORTFOLIO_SORT_KEYS, readPortfolio, sortPortfolioRows } from '../../src/domain/index.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import { AllCommunityModule, ModuleRegistry, createGrid, type GridApi } from 'ag-grid-community';
import { TabulatorFull as Tabulator } from 'tabulator-tables';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'ours';
const n = Number(params.get('n') ?? 1000);
const AS_OF = '2020-06-30';
const result: Record<string, number | string | null> = { lib, n };

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: false });

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function until(test: () => boolean): Promise<void> {
  while (!test()) await frame();
}

const documents = generatePortfolio(n, { seed: 2563 });
const host = document.createElement('div');
host.style.cssText = 'height: 700px; width: 1240px';
document.body.append(host);

async function ours(): Promise<void> {
  const el = document.createElement('project-portfolio') as ProjectPortfolio;
  el.setAttribute('as-of', AS_OF);
  el.setAttribute('lang', 'en');
  el.style.setProperty('--project-portfolio-height', '560px');
  host.append(el);
  await frame();
  longest = 0;
  const t0 = performance.now();
  const loaded = new Promise((r) => el.addEventListener('portfolio-load', r, { once: true }));
  el.projects = documents;
  await until(() => !!el.shadowRoot?.querySelector('[part~="row"]'));
  result.firstScreen = performance.now() - t0;
  await loaded;
  await frame();
  result.complete = performance.now() - t0;
  result.longestTaskLoading = longest;
  if (n <= 10_000) {
    await frame();
    let t = performance.now();
    el.sortKey = 'actual';
    await el.updateComplete;
    await frame();
    result.sort = performance.now() - t;
    t = performance.now();
    el.filter = { status: 'behind' };
    await el.updateComplete;
    await frame();
    result.filter = performance.now() - t;
    result.filtered = el.visibleRows.length;
  }
}

function peerRows() {
  const { rows } = readPortfolio(documents, { asOf: AS_OF });
  return sortPortfolioRows(rows).map((r) => ({
    status: r.status,
    id: r.id,
    title: r.title,
    organization: r.organization,
    planned: r.planned,
    actual: r.actual,
    variance: r.variance,
    lastReport: r.lastReport,
    kpis: `${r.kpisMet} of ${r.kpiCount}`,
    warnings: r.warnings,
  }));
}
/** The table's columns, in the element's order. */
const FIELDS = PORTFOLIO_SORT_KEYS;

async function aggrid(): Promise<void> {
  ModuleRegistry.registerModules([AllCommunityModule]);
  const rows = peerRows();
  await frame();
  longest = 0;
  const t0 = performance.now();
  let api!: GridApi;
  const rendered = new Promise<void>((resolve) => {
    api = createGrid(host, {
      rowData: rows,
      columnDefs: FIELDS.map((field) => ({ field, sortable: true, filter: true })),
      onFirstDataRendered: () => resolve(),
    });
  });
  await rendered;
  await frame();
  result.firstScreen = performance.now() - t0;
  result.complete = result.firstScreen;
  result.longestTaskLoading = longest;
  if (n <= 10_000) {
    await frame();
    let t = performance.now();
    api.applyColumnState({
      state: [{ colId: 'actual', sort: 'asc' }],
      defaultState: { sort: null },
    });
    await frame();
    result.sort = performance.now() - t;
    t = performance.now();
    await api.setColumnFilterModel('status', {
      filterType: 'text',
      type: 'equals',
      filter: 'behind',
    });
    api.onFilterChanged();
    await frame();
    result.filter = performance.now() - t;
    result.filtered = api.getDisplayedRowCount();
  }
}

async function tabulator(): Promise<void> {
  const rows = peerRows();
  await frame();
  longest = 0;
  const t0 = performance.now();
  let table!: InstanceType<typeof Tabulator>;
  await new Promise<void>((resolve) => {
    table = new Tabulator(host, {
      data: rows,
      height: '600px',
      columns: FIELDS.map((field) => ({ title: field, field })),
    });
    table.on('tableBuilt', () => resolve());
  });
  await frame();
  result.firstScreen = performance.now() - t0;
  result.complete = result.firstScreen;
  result.longestTaskLoading = longest;
  if (n <= 10_000) {
    await frame();
    let t = performance.now();
    table.setSort('actual', 'asc');
    await frame();
    result.sort = performance.now() - t;
    t = performance.now();
    table.setFilter('status', '=', 'behind');
    await frame();
    result.filter = performance.now() - t;
    result.filtered = table.getDataCount('active');
  }
}

try {
  await (lib === 'aggrid' ? aggrid() : lib === 'tabulator' ? tabulator() : ours());
  result.domNodes = document.getElementsByTagName('*').length;
} catch (error) {
  result.error = String(error);
}
(window as unknown as { __bench: unknown }).__bench = result;
console.log('__bench_done');
