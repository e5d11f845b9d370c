/// <reference types="mocha" />
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { press } from '../engine.js';
import '../../src/components/project-portfolio/define.js';
import type {
  PortfolioCsvDownloadEvent,
  PortfolioLoadEvent,
  ProjectPortfolio,
  ProjectSelectEvent,
} from '../../src/components/project-portfolio/project-portfolio.js';
import {
  PORTFOLIO_STATUSES,
  readPortfolio,
  sortPortfolioRows,
  type PortfolioRow,
} from '../../src/domain/index.js';
import { generatePortfolio, toNdjson } from '../../demo/portfolio-data.js';
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };
import { clean, $, $$ } from '../harness.js';

const AS_OF = '2020-06-30';

async function render(
  projects: unknown,
  attrs: { lang?: string; href?: string; width?: number } = {},
): Promise<ProjectPortfolio> {
  const element = html`<project-portfolio
    lang=${attrs.lang ?? 'en'}
    as-of=${AS_OF}
    project-href=${attrs.href ?? ''}
    .projects=${projects}
  ></project-portfolio>`;
  const el = attrs.width
    ? (
        await fixture<HTMLDivElement>(html`<div style="width: ${attrs.width}px">${element}</div>`)
      ).querySelector<ProjectPortfolio>('project-portfolio')!
    : await fixture<ProjectPortfolio>(element);
  await el.loaded();
  return el;
}

const rows = (el: ProjectPortfolio) => $$(el, '[part~="row"]:not(.away)');
const codes = (el: ProjectPortfolio) =>
  rows(el).map((r) =>
    clean(
      $$(el, '[role="rowheader"]').length ? r.querySelector('[role="rowheader"]')!.textContent : '',
    ),
  );
const grid = (el: ProjectPortfolio) => $(el, '[role="grid"]')!;
const expected = (documents: unknown[]) => readPortfolio(documents, { asOf: AS_OF });

describe('<project-portfolio>', () => {
  const documents = generatePortfolio(400, { includeSeed: seedJson, invalidEvery: 40 });

  describe('summary', () => {
    it('counts every status and says how many are behind and have not reported', async () => {
      const el = await render(documents);
      const { rows: all, unreadable } = expected(documents);
      const behind = all.filter((r) => r.status === 'behind').length;
      const noReport = all.filter((r) => r.status === 'no-report').length;
      expect(unreadable).to.have.length(10);
      expect(clean($(el, '[part~="summary-text"]')!.textContent)).to.equal(
        `${behind} of ${all.length} projects are behind schedule; ${noReport} have not reported yet. 10 could not be read.`,
      );
      const legend = $$(el, '[part~="legend"] button').map((b) => clean(b.textContent));
      expect(legend).to.have.length(PORTFOLIO_STATUSES.length);
      expect(legend[0]).to.equal(`✕ Behind schedule ${behind}`);
      expect(legend[1]).to.match(/^.+ No report yet \d+$/);
      const sum = legend.reduce((total, text) => total + Number(text.split(' ').at(-1)), 0);
      expect(sum).to.equal(all.length);
      // The bar repeats the numbers beside each part, hidden from assistive technology.
      expect($(el, '[part~="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(clean($(el, '.segment[data-status="behind"]')!.textContent)).to.equal(`✕ ${behind}`);
      await expect(el).to.be.accessible();
    });

    it('filters the table to a status chosen in the legend, and back', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const behind = all.filter((r) => r.status === 'behind').length;
      $(el, '[part~="legend"] button[data-status="behind"]')!.click();
      await el.updateComplete;
      expect(
        $(el, '[part~="legend"] button[data-status="behind"]')!.getAttribute('aria-pressed'),
      ).to.equal('true');
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${behind} of ${all.length}`,
      );
      expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(behind + 1));
      expect(
        rows(el).every((r) => r.querySelector('.status')!.getAttribute('data-status') === 'behind'),
      ).to.equal(true);
      await expect(el).to.be.accessible();
      $(el, '[part~="legend"] button[data-status="behind"]')!.click();
      await el.updateComplete;
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${all.length} of ${all.length}`,
      );
    });
  });

  describe('table', () => {
    it('lists the worst first, with row indexes, and only the rows in view', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const order = sortPortfolioRows(all);
      expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(all.length + 1));
      const shown = rows(el);
      expect(shown.length).to.be.greaterThan(5).and.lessThan(60);
      expect(shown.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(
        shown.map((_, i) => String(i + 2)),
      );
      expect(codes(el)).to.deep.equal(order.slice(0, shown.length).map((r) => r.id));
      const first = shown[0];
      const row = order[0];
      const cells = [...first.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map((c) =>
        clean(c.textContent),
      );
      expect(cells[0]).to.equal('✕ Behind schedule');
      expect(cells[1]).to.equal(row.id);
      expect(cells[2]).to.equal(row.title);
      expect(cells[4]).to.match(/%$/);
      expect(cells[6]).to.match(/^[−-]\d/);
      expect(first.querySelector('.title')!.getAttribute('lang')).to.equal('th');
      expect($$(el, '[role="columnheader"]').map((h) => h.getAttribute('aria-sort'))).to.deep.equal(
        ['ascending', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none'],
      );
    });

    it('sorts by a header, both ways, saying so with aria-sort', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const header = $$(el, '[role="columnheader"]')[5]; // Actual
      expect(clean(header.textContent)).to.equal('Actual');
      header.querySelector('button')!.click();
      await el.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      expect($$(el, '[role="columnheader"]')[0].getAttribute('aria-sort')).to.equal('none');
      const up = sortPortfolioRows(all, 'actual', 'ascending');
      expect(codes(el).slice(0, 5)).to.deep.equal(up.slice(0, 5).map((r) => r.id));
      header.querySelector('button')!.click();
      await el.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('descending');
      const down = sortPortfolioRows(all, 'actual', 'descending');
      expect(codes(el).slice(0, 5)).to.deep.equal(down.slice(0, 5).map((r) => r.id));
      await expect(el).to.be.accessible();
    });

    it('renders the rows further down once scrolled there, with their row indexes', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const order = sortPortfolioRows(all);
      const scroller = $(el, '[part~="table"]')!;
      scroller.scrollTop = scroller.scrollHeight; // the end
      await waitUntil(() =>
        rows(el).some((r) => r.getAttribute('aria-rowindex') === String(all.length + 1)),
      );
      const last = rows(el).at(-1)!;
      expect(last.querySelector('[role="rowheader"]')!.textContent!.trim()).to.equal(
        order.at(-1)!.id,
      );
      expect(rows(el).length).to.be.lessThan(60);
    });

    it('filters by organisation, fiscal year, text and warnings, and says when nothing matches', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const org = $$<HTMLSelectElement>(el, '[part~="filters"] select')[1];
      org.value = 'สำนักงานเขตดินแดง';
      org.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const inOrg = all.filter((r) => r.organization === 'สำนักงานเขตดินแดง');
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${inOrg.length} of ${all.length}`,
      );
      const year = $$<HTMLSelectElement>(el, '[part~="filters"] select')[2];
      year.value = '2021';
      year.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const inYear = inOrg.filter((r) => r.fiscalYear === 2021);
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${inYear.length} of ${all.length}`,
      );
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.value = 'no such project anywhere';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(clean($(el, '[part~="none"]')!.textContent)).to.equal(
        'No project matches these filters. Clear the filters',
      );
      expect($(el, '[role="grid"]')).to.equal(null);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="none"] button')!.click();
      await el.updateComplete;
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${all.length} of ${all.length}`,
      );
      const warnings = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
      warnings.click();
      await el.updateComplete;
      const withWarnings = all.filter((r) => r.warnings > 0).length;
      expect(clean($(el, '[part~="count"]')!.textContent)).to.equal(
        `Showing ${withWarnings} of ${all.length}`,
      );
    });

    it('lists every unreadable document with its position, id and first problems', async () => {
      const el = await render(documents);
      const { unreadable } = expected(documents);
      const section = $(el, '[part~="unreadable"]')!;
      expect(clean(section.querySelector('.heading')!.textContent)).to.equal(
        'Could not be read (10)',
      );
      const items = [...section.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(items).to.have.length(10);
      const first = unreadable[0];
      expect(items[0]).to.contain(`Entry ${first.index + 1}`);
      expect(items[0]).to.contain(
        `${first.issues[0].path || 'document'}: ${first.issues[0].message}`,
      );
    });
  });

  describe('keyboard', () => {
    it('moves through the rows with the arrows, Page Down and End, scrolling the focused row into view', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const order = sortPortfolioRows(all);
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      rows(el)[0].focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(active()!.getAttribute('aria-rowindex')).to.equal('3');
      expect(active()!.getAttribute('tabindex')).to.equal('0');
      expect($$(el, '[part~="row"][tabindex="0"]')).to.have.length(1);
      await press('End');
      await waitUntil(() => active()?.getAttribute('aria-rowindex') === String(all.length + 1));
      expect(clean(active()!.querySelector('[role="rowheader"]')!.textContent)).to.equal(
        order.at(-1)!.id,
      );
      const box = active()!.getBoundingClientRect();
      const view = $(el, '[part~="table"]')!.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(view.bottom + 1);
      expect(box.top).to.be.at.least(view.top);
      await press('Home');
      await waitUntil(() => active()?.getAttribute('aria-rowindex') === '2');
      await press('PageDown');
      await waitUntil(() => Number(active()?.getAttribute('aria-rowindex')) > 4);
      expect(rows(el).length).to.be.lessThan(60);
    });

    it('keeps focus on the same project when the table is sorted again', async () => {
      const el = await render(documents);
      rows(el)[0].focus();
      await press('ArrowDown');
      await press('ArrowDown');
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      const code = clean(focused.querySelector('[role="rowheader"]')!.textContent);
      el.sortKey = 'id';
      await el.updateComplete;
      await waitUntil(() => {
        const now = el.shadowRoot!.activeElement as HTMLElement | null;
        return now?.getAttribute('role') === 'row';
      });
      const now = el.shadowRoot!.activeElement as HTMLElement;
      expect(clean(now.querySelector('[role="rowheader"]')!.textContent)).to.equal(code);
      const { rows: all } = expected(documents);
      const position = sortPortfolioRows(all, 'id').findIndex((r) => r.id === code);
      expect(now.getAttribute('aria-rowindex')).to.equal(String(position + 2));
    });

    it('fires project-select on Enter, Space and a click, with the project', async () => {
      const el = await render(documents);
      const row = rows(el)[0];
      row.focus();
      setTimeout(() => void press('Space'));
      const event = (await oneEvent(el, 'project-select')) as ProjectSelectEvent;
      const code = clean(row.querySelector('[role="rowheader"]')!.textContent);
      expect(event.detail.project.id).to.equal(code);
      expect(event.detail.row.id).to.equal(code);
      setTimeout(() => (rows(el)[1].querySelector('.title') as HTMLElement).click());
      const clicked = (await oneEvent(el, 'project-select')) as ProjectSelectEvent;
      expect(clicked.detail.project.id).to.equal(
        clean(rows(el)[1].querySelector('[role="rowheader"]')!.textContent),
      );
    });
  });

  describe('drill-down links', () => {
    it('makes each code a link from the project-href template, and never a script URL', async () => {
      const el = await render(documents, { href: '/monitor/project?id={id}' });
      const link = rows(el)[0].querySelector('a')!;
      const code = clean(link.textContent);
      expect(link.getAttribute('href')).to.equal(`/monitor/project?id=${encodeURIComponent(code)}`);
      el.projectHref = 'javascript:alert({id})';
      await el.updateComplete;
      expect($$(el, '[part~="row"] a')).to.have.length(0);
    });

    it('lets a project-select listener keep the link from being followed', async () => {
      const el = await render(documents, { href: '#project-{id}' });
      el.addEventListener('project-select', (e) => e.preventDefault(), { once: true });
      const before = location.hash;
      rows(el)[0].querySelector('a')!.click();
      expect(location.hash).to.equal(before);
    });
  });

  describe('CSV', () => {
    it('exports the rows as filtered and sorted, formula-safe, with words in the language', async () => {
      const nasty = {
        ...(generatePortfolio(1)[0] as Record<string, unknown>),
        id: 'X-1',
        title: '=HYPERLINK("http://evil")',
        fiscalYear: 2563,
      };
      const el = await render([...documents.slice(0, 50), nasty], { lang: 'th' });
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.value = 'X-1';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      // Cancelled while it is dispatched, as a page that handles the file itself does: no
      // browser download (cancelling once awaited is too late, and Firefox's download then takes
      // the keyboard focus from the test window).
      el.addEventListener('portfolio-csv-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => $<HTMLButtonElement>(el, '[part~="download"]')!.click());
      const event = (await oneEvent(el, 'portfolio-csv-download')) as PortfolioCsvDownloadEvent;
      assert.isTrue(event.defaultPrevented, 'the download was cancelled');
      const lines = event.detail.csv.trimEnd().split('\r\n');
      expect(lines).to.have.length(2);
      expect(lines[0]).to.match(/^รหัส,โครงการ,หน่วยงาน/);
      expect(lines[1]).to.contain(`X-1,"'=HYPERLINK(""http://evil"")"`);
      expect(lines[1]).to.contain(',2563,');
      expect(event.detail.filename).to.equal(`projects-${AS_OF}.csv`);
    });

    it('has one line per visible row, in the order shown', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      const lines = el.toCsv().trimEnd().split('\r\n');
      expect(lines).to.have.length(all.length + 1);
      expect(lines[0]).to.equal(
        'Code,Project,Organisation,Organisation code,Fiscal year,Status,Planned (%),Actual (%),Variance (points),Last report,Days since the last report,KPIs met,KPIs,Warnings',
      );
      const order: PortfolioRow[] = sortPortfolioRows(all);
      expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(order.map((r) => r.id));
    });
  });

  describe('input', () => {
    it('streams NDJSON from src, with a progress bar while it reads, and fires portfolio-load', async () => {
      const text = toNdjson(generatePortfolio(3000)) + 'not json\n';
      const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
      const el = await fixture<ProjectPortfolio>(
        html`<project-portfolio lang="en" as-of=${AS_OF} src=${url}></project-portfolio>`,
      );
      await waitUntil(() => $(el, '[part~="progress"]') || el.portfolio.summary.total > 0);
      const loaded = (await oneEvent(el, 'portfolio-load')) as PortfolioLoadEvent;
      expect(loaded.detail.summary.total).to.equal(3001);
      expect(loaded.detail.unreadable).to.have.length(1);
      expect(loaded.detail.unreadable[0].issues[0].message).to.match(
        /^Line 3001 is not valid JSON/,
      );
      await el.updateComplete;
      expect($(el, '[part~="progress"]')).to.equal(null);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(grid(el).getAttribute('aria-rowcount')).to.equal('3001');
      URL.revokeObjectURL(url);
    });

    it('says how far it read while a large list is read', async () => {
      const el = await fixture<ProjectPortfolio>(
        html`<project-portfolio
          lang="en"
          as-of=${AS_OF}
          .projects=${generatePortfolio(4000)}
        ></project-portfolio>`,
      );
      await el.updateComplete;
      const progress = $(el, '[part~="progress"]');
      expect(progress, 'a progress bar while reading').to.not.equal(null);
      expect(clean(progress!.textContent)).to.match(/^Read [\d,]+ of 4,000 projects$/);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await el.loaded();
      expect($(el, '[part~="progress"]')).to.equal(null);
    });

    it('aborts an older src for a newer one: only the last renders', async () => {
      const slow = '/api/demo/data/bma-50080000-2982.json?delay=400';
      const el = await fixture<ProjectPortfolio>(
        html`<project-portfolio lang="en" as-of=${AS_OF} src=${slow}></project-portfolio>`,
      );
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(generatePortfolio(5))], { type: 'application/json' }),
      );
      el.src = url;
      await el.loaded();
      await new Promise((r) => setTimeout(r, 500));
      await el.updateComplete;
      expect(el.portfolio.summary.total).to.equal(5);
    });

    it('reads inline JSON, and shows a failed src as an error', async () => {
      const el = await fixture<ProjectPortfolio>(
        html`<project-portfolio lang="en" as-of=${AS_OF}>
          <script type="application/json">
            ${JSON.stringify(generatePortfolio(3))}
          </script>
        </project-portfolio>`,
      );
      await el.loaded();
      expect(el.portfolio.summary.total).to.equal(3);
      const failing = await fixture<ProjectPortfolio>(
        html`<project-portfolio lang="en" src="/api/nothing-here.json"></project-portfolio>`,
      );
      await waitUntil(() => $(failing, '[part~="error"]'));
      expect(clean($(failing, '[part~="error"]')!.textContent)).to.contain(
        'The server answered 404',
      );
      await expect(failing).to.be.accessible();
    });

    it('says so when nothing is given, and when the list is empty', async () => {
      const none = await fixture<ProjectPortfolio>(
        html`<project-portfolio lang="en"></project-portfolio>`,
      );
      expect(clean($(none, '[part~="empty"]')!.textContent)).to.equal(
        'No projects have been given yet.',
      );
      await expect(none).to.be.accessible();
      const empty = await render([]);
      expect(clean($(empty, '[part~="empty"]')!.textContent)).to.equal(
        'The list holds no projects.',
      );
      await expect(empty).to.be.accessible();
    });

    it('counts a list of only unreadable documents', async () => {
      const el = await render([{ schemaVersion: 9 }, 'text', null]);
      expect(clean($(el, '[part~="summary-text"]')!.textContent)).to.equal('3 could not be read.');
      expect($$(el, '[part~="unreadable"] li')).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('Thai and narrow', () => {
    it('speaks Thai with Buddhist-era years', async () => {
      const el = await render(documents, { lang: 'th' });
      const text = clean($(el, '[part~="summary-text"]')!.textContent);
      expect(text).to.match(/^โครงการล่าช้ากว่าแผน \d+ จาก \d+ โครงการ/);
      expect(clean($(el, '[part~="count"]')!.textContent)).to.match(/^แสดง \d+ จาก \d+ โครงการ$/);
      const years = $$<HTMLSelectElement>(el, '[part~="filters"] select')[2].options;
      expect([...years].map((o) => clean(o.textContent))).to.deep.equal(['ทั้งหมด', '2563', '2564']);
      // No Gregorian year in the interface (the unreadable list quotes the data as it is).
      for (const part of ['summary', 'filters', 'toolbar', 'table']) {
        expect(clean($(el, `[part~="${part}"]`)!.textContent)).to.not.match(/\b20(19|20|21)\b/);
      }
      await expect(el).to.be.accessible();
    });

    it('fits 320 px: the table scrolls inside its region, nothing else overflows', async () => {
      // The element's own width, as on a 320-px screen less the page's 8-px margins: the
      // portfolio's layout follows its box, not the window (which WebKit's MiniBrowser cannot
      // make narrower than 447 px), so every engine checks it.
      const el = await render(documents, { width: 304 });
      expect(el.getBoundingClientRect().width).to.equal(304);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      const region = $(el, '[part~="table"]')!;
      expect(region.getBoundingClientRect().width).to.be.at.most(304 + 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    it('puts every filtered row on paper, with a line saying how many', async () => {
      const el = await render(documents);
      const { rows: all } = expected(documents);
      $(el, '[part~="legend"] button[data-status="behind"]')!.click();
      await el.updateComplete;
      const behind = all.filter((r) => r.status === 'behind').length;
      await el.preparePrint(true);
      expect(rows(el)).to.have.length(behind);
      expect(clean($(el, '[part~="print-count"]')!.textContent)).to.equal(
        `${behind} of ${all.length} projects printed.`,
      );
      await el.preparePrint(false);
      expect(rows(el).length).to.be.at.most(behind);
    });
  });
});
