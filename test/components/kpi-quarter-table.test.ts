/// <reference types="mocha" />
import { aTimeout, assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { itIn, setViewport } from '../engine.js';
import '../../src/components/kpi-quarter-table/define.js';
import type {
  KpiCsvDownloadEvent,
  KpiQuarterTable,
} from '../../src/components/kpi-quarter-table/kpi-quarter-table.js';
import type { ProjectErrorEvent, ProjectLoadEvent } from '../../src/internal/events.js';
import {
  countUnitProject,
  edgeCasesProject,
  invalidKpiProject,
  lessIsBetterProject,
  manyKpisProject,
  noKpisProject,
  noQuartersProject,
  seedKpiNoLanguageProject,
  nonMonotonicProject,
  manyCriteriaProject,
  seedKpiProject,
  targetZeroProject,
  trickyTextProject,
  unmetProject,
  withKpis,
} from '../fixtures/kpi-quarter-table.js';
import { clean, $, $$ } from '../harness.js';

const AS_OF = '2020-09-30';

async function render(
  project: unknown,
  attrs: { lang?: string; asOf?: string; kpi?: string; numerals?: string } = {},
): Promise<KpiQuarterTable> {
  return fixture<KpiQuarterTable>(
    html`<kpi-quarter-table
      lang=${attrs.lang ?? 'en'}
      as-of=${attrs.asOf ?? AS_OF}
      kpi=${attrs.kpi ?? ''}
      numerals=${attrs.numerals ?? 'latn'}
      .project=${project}
    ></kpi-quarter-table>`,
  );
}

const tables = (el: KpiQuarterTable) => $$(el, 'table') as HTMLTableElement[];
/** The text of each row of a table's body, one array of cell texts per row. */
const bodyCells = (table: HTMLTableElement) =>
  [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => clean(cell.textContent)));
/** The summary that describes a table (aria-describedby), shown above it. */
function summaryOf(table: HTMLTableElement): HTMLElement {
  const root = table.getRootNode() as ShadowRoot;
  return root.getElementById(table.getAttribute('aria-describedby')!)!;
}
/** The summary above a table as {term: definition}. */
function summary(table: HTMLTableElement): Record<string, string> {
  const entries = [...summaryOf(table).querySelectorAll(':scope > div')].map((div) => [
    clean(div.querySelector('dt')!.textContent),
    clean(div.querySelector('dd')!.textContent),
  ]);
  return Object.fromEntries(entries);
}

describe('<kpi-quarter-table>', () => {
  describe('the seed indicator', () => {
    it('is one real table named by its caption, in a labelled scrolling region', async () => {
      const el = await render(seedKpiProject);
      const [table] = tables(el);
      expect(tables(el)).to.have.length(1);
      const caption = table.caption!;
      expect(clean(caption.textContent)).to.contain('Indicator 5008-0791');
      expect(clean(caption.textContent)).to.contain(
        'ร้อยละของโครงการที่เป็นงานประจำของหน่วยงานดำเนินการสำเร็จตามเป้าหมาย',
      );
      expect(caption.querySelector('.name')!.getAttribute('lang')).to.equal('th');

      const region = table.closest('[role="region"]')!;
      const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(caption.contains(label)).to.be.true;
      expect(clean(label.textContent)).to.equal(
        'Indicator 5008-0791 ร้อยละของโครงการที่เป็นงานประจำของหน่วยงานดำเนินการสำเร็จตามเป้าหมาย',
      );
      await expect(el).to.be.accessible();
    });

    it('keeps the caption to code and name, the summary describing the table from above it', async () => {
      const el = await render(seedKpiProject);
      const [table] = tables(el);
      const name = 'ร้อยละของโครงการที่เป็นงานประจำของหน่วยงานดำเนินการสำเร็จตามเป้าหมาย';
      // The caption is the table's accessible name: short, and nothing else in it.
      expect(clean(table.caption!.textContent)).to.equal(`Indicator 5008-0791 ${name}`);
      expect(table.caption!.querySelector('dl')).to.equal(null);
      expect(table.querySelector('dl')).to.equal(null);
      // The summary sits just before the table, in the same region, and describes it.
      const dl = summaryOf(table);
      expect(dl.localName).to.equal('dl');
      expect(dl.closest('[role="region"]')).to.equal(table.closest('[role="region"]'));
      expect(dl.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(clean(dl.textContent)).to.match(/^Target 100% Achieved 100% Achievement ✓Met/);
      // A person sees the title, then the summary, then the table; the visible title is a copy of
      // the caption, read once (through the caption) by assistive technology.
      const title = el.shadowRoot!.querySelector('[part="caption"] .title')!;
      expect(clean(title.textContent)).to.equal(`Indicator 5008-0791 ${name}`);
      expect(title.getAttribute('aria-hidden')).to.equal('true');
      const top = (node: Element) => node.getBoundingClientRect().top;
      expect(top(title)).to.be.below(top(dl));
      expect(top(dl)).to.be.below(top(table.tHead!));
      expect(table.caption!.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('states target, achieved, achievement in words and shape, ratio, type and level', async () => {
      const el = await render(seedKpiProject);
      const [table] = tables(el);
      expect(summary(table)).to.deep.equal({
        Target: '100%',
        Achieved: '100%',
        Achievement: '✓Met 100% of target',
        Type: 'ตัวชี้วัดงานประจำ',
        Level: 'Outcome',
      });
      const status = summaryOf(table).querySelector('[part="status"]')!;
      expect(status.getAttribute('data-status')).to.equal('met');
      expect(status.querySelector('.glyph')!.getAttribute('aria-hidden')).to.equal('true');
      expect(
        [...summaryOf(table).querySelectorAll('dd')].find((dd) =>
          dd.textContent!.includes('ตัวชี้วัด'),
        )!.lang,
      ).to.equal('th');
    });

    it('heads its columns in <thead> with scopes, criteria grouped under one header', async () => {
      const el = await render(seedKpiProject);
      const [table] = tables(el);
      const head = [...table.tHead!.querySelectorAll('th')].map((th) => [
        clean(th.textContent),
        th.getAttribute('scope'),
      ]);
      expect(head).to.deep.equal([
        ['Quarter', 'col'],
        ['Result', 'col'],
        ['Assessment by criterion', 'colgroup'],
        ['2.1', 'col'],
        ['2.2', 'col'],
      ]);
      expect(table.querySelectorAll('colgroup')).to.have.length(2);
      expect(table.tBodies).to.have.length(1);
      const rowHeaders = $$(el, 'tbody th', table).map((th) => th.getAttribute('scope'));
      expect(rowHeaders).to.deep.equal(['row', 'row', 'row', 'row']);
    });

    it('has a row per quarter with its months, result and each criterion, as the seed page', async () => {
      // The seed page gives each quarter a result and its two assessments (2.1 / 2.2), no score.
      const el = await render(seedKpiProject);
      expect(bodyCells(tables(el)[0])).to.deep.equal([
        ['Q1: Oct – Dec 2019', '100%', '100', '100'],
        ['Q2: Jan – Mar 2020', '100%', '100', '100'],
        ['Q3: Apr – Jun 2020', '100%', '100', '100'],
        ['Q4: Jul – Sept 2020 Current quarter', '100%', '100', '100'],
      ]);
      expect(clean(tables(el)[0].tHead!.textContent)).not.to.contain('Score');
    });

    it('marks the quarter that contains as-of as current, in words', async () => {
      const el = await render(seedKpiProject, { asOf: '2020-02-10' });
      const rows = [...tables(el)[0].tBodies[0].rows];
      const marked = rows.filter((row) => row.textContent!.includes('Current quarter'));
      expect(marked).to.have.length(1);
      expect(clean(marked[0].cells[0].textContent)).to.equal('Q2: Jan – Mar 2020 Current quarter');
      expect(marked[0].getAttribute('part')).to.equal('row current');
    });

    it('marks no quarter when as-of lies outside the fiscal year', async () => {
      const el = await render(seedKpiProject, { asOf: '2021-01-15' });
      expect(clean(el.shadowRoot!.textContent)).not.to.contain('Current quarter');
      expect(tables(el)[0].tBodies[0].rows).to.have.length(4);
    });

    it('draws a bar per result against the target, hidden from assistive technology', async () => {
      const el = await render(seedKpiProject);
      const bars = $$(el, 'svg[part="bar"]') as SVGSVGElement[];
      expect(bars).to.have.length(4);
      for (const bar of bars) {
        expect(bar.getAttribute('aria-hidden')).to.equal('true');
        expect(bar.querySelector('.fill')!.getAttribute('width')).to.equal('98');
        expect(bar.querySelector('.target')!.getAttribute('x1')).to.equal('99');
      }
    });

    it('speaks Thai with Buddhist-era years and no Gregorian year anywhere', async () => {
      const el = await render(seedKpiProject, { lang: 'th' });
      const [table] = tables(el);
      expect(clean(table.caption!.textContent)).to.contain('ตัวชี้วัด 5008-0791');
      expect(summary(table)).to.deep.equal({
        ค่าเป้าหมาย: 'ร้อยละ 100',
        ผลงานที่ทำได้: 'ร้อยละ 100',
        ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย คิดเป็นร้อยละ 100 ของค่าเป้าหมาย',
        ประเภทตัวชี้วัด: 'ตัวชี้วัดงานประจำ',
        ระดับตัวชี้วัด: 'ผลลัพธ์ (outcome)',
      });
      const head = [...table.tHead!.querySelectorAll('th')].map((th) => clean(th.textContent));
      expect(head).to.deep.equal(['ไตรมาส', 'ผลงาน', 'ผลประเมินตัวชี้วัด', '2.1', '2.2']);
      expect(bodyCells(table).map((row) => row[0])).to.deep.equal([
        'ไตรมาสที่ 1: ต.ค.–ธ.ค. 2562',
        'ไตรมาสที่ 2: ม.ค.–มี.ค. 2563',
        'ไตรมาสที่ 3: เม.ย.–มิ.ย. 2563',
        'ไตรมาสที่ 4: ก.ค.–ก.ย. 2563 ไตรมาสปัจจุบัน',
      ]);
      const text = clean(el.shadowRoot!.textContent);
      expect(text).not.to.match(/\b20(19|20)\b/);
      // Percent in Thai is "ร้อยละ 100", never "100%".
      expect(text).not.to.contain('%');
      expect(clean($(el, '[part="download"]')!.textContent)).to.equal('ดาวน์โหลดไฟล์ CSV');
      await expect(el).to.be.accessible();
    });

    it('writes Thai digits when numerals="thai"', async () => {
      const el = await render(seedKpiProject, { lang: 'th', numerals: 'thai' });
      expect(bodyCells(tables(el)[0])[0]).to.deep.equal([
        'ไตรมาสที่ ๑: ต.ค.–ธ.ค. ๒๕๖๒',
        'ร้อยละ ๑๐๐',
        '๑๐๐',
        '๑๐๐',
      ]);
    });

    it('follows a change of lang without firing any user event', async () => {
      const el = await render(seedKpiProject);
      let downloads = 0;
      el.addEventListener('kpi-csv-download', () => downloads++);
      el.setAttribute('lang', 'th');
      await waitUntil(() => clean(el.shadowRoot!.textContent).includes('ไตรมาสปัจจุบัน'));
      el.kpi = '5008-0791';
      el.project = edgeCasesProject;
      await el.updateComplete;
      expect(downloads).to.equal(0);
    });
  });

  describe('the edge cases of real KPI pages', () => {
    it('a target of 0 (more is better) has no target: no status word of met, no ratio, no mark', async () => {
      const el = await render(targetZeroProject);
      const [table] = tables(el);
      expect(summary(table)).to.include({
        Target: '0 ชุมชน',
        Achieved: '3 ชุมชน',
        Achievement: '–No target',
        Level: 'Output',
      });
      expect(clean(table.textContent)).not.to.match(/NaN|Infinity|of target/);
      expect($$(el, 'svg .target')).to.have.length(0);
      expect(bodyCells(table).map((row) => row[1])).to.deep.equal([
        '0 ชุมชน',
        '1 ชุมชน',
        '2 ชุมชน',
        '3 ชุมชน',
      ]);
      await expect(el).to.be.accessible();
    });

    it('writes a count unit after its figure, in the language of the data', async () => {
      const el = await render(countUnitProject);
      const [table] = tables(el);
      expect(summary(table)).to.include({
        Target: '1 ฐานข้อมูล',
        Achieved: '1 ฐานข้อมูล',
        Achievement: '✓Met 100% of target',
      });
      const cell = table.tBodies[0].rows[2].cells[1];
      expect(clean(cell.textContent)).to.equal('1 ฐานข้อมูล');
      expect(cell.querySelector('[lang="th"]')!.textContent).to.equal('ฐานข้อมูล');
      const th = await render(countUnitProject, { lang: 'th' });
      expect(summary(tables(th)[0])).to.include({ ค่าเป้าหมาย: '1 ฐานข้อมูล' });
      await expect(el).to.be.accessible();
    });

    it('an unmet target says so, with its ratio, and shows the current quarter not yet reported', async () => {
      const el = await render(unmetProject);
      const [table] = tables(el);
      expect(summary(table)).to.include({
        Target: '100%',
        Achieved: '86.4%',
        Achievement: '✕Not met 86.4% of target',
      });
      expect(
        summaryOf(table).querySelector('[part="status"]')!.getAttribute('data-status'),
      ).to.equal('not-met');
      expect(bodyCells(table)).to.deep.equal([
        ['Q1: Oct – Dec 2019', '0%', '0', '0', '0'],
        ['Q2: Jan – Mar 2020', '31.8%', '40', '40', '40'],
        ['Q3: Apr – Jun 2020', '54.6%', '60', '60', '60'],
        ['Q4: Jul – Sept 2020 Current quarter', 'No result reported yet.'],
      ]);
      expect(table.tBodies[0].rows[3].cells[1].colSpan).to.equal(4);
      const th = await render(unmetProject, { lang: 'th' });
      expect(summary(tables(th)[0])).to.include({
        ผลสัมฤทธิ์: '✕ไม่บรรลุค่าเป้าหมาย คิดเป็นร้อยละ 86.4 ของค่าเป้าหมาย',
      });
      expect(bodyCells(tables(th)[0])[3]).to.deep.equal([
        'ไตรมาสที่ 4: ก.ค.–ก.ย. 2563 ไตรมาสปัจจุบัน',
        'ยังไม่มีการรายงานผล',
      ]);
      await expect(el).to.be.accessible();
      await expect(th).to.be.accessible();
    });

    it('orders quarters that go up and down, and unites criteria in order of appearance', async () => {
      const el = await render(nonMonotonicProject, { asOf: '2020-05-15' });
      const [table] = tables(el);
      const criteria = [...table.tHead!.rows[1].cells].map((th) => clean(th.textContent));
      expect(criteria).to.deep.equal(['2.1', '2.2', '2.3']);
      expect(bodyCells(table)).to.deep.equal([
        ['Q1: Oct – Dec 2019', '82.1%', '100', '100', '100', '–Not given'],
        ['Q2: Jan – Mar 2020', '76.4%', '80', '80', '80', '–Not given'],
        ['Q3: Apr – Jun 2020 Current quarter', '88%', '100', '100', '100', '90'],
        ['Q4: Jul – Sept 2020', 'Not yet due'],
      ]);
      // In May, the year's figure (84.5) is not known yet: the KPI is judged on Q3's 88.
      expect(summary(table)).to.include({
        Level: 'Impact',
        'Q3 result': '88%',
        Achievement: '✓Met (judged on the Q3 result) 110% of target',
      });
      expect(summary(table)).not.to.have.property('Achieved');
      await expect(el).to.be.accessible();
    });

    it('says in words that less is better, and judges the ratio the other way round', async () => {
      const el = await render(lessIsBetterProject);
      const [table] = tables(el);
      expect(summary(table)).to.include({
        Target: '12 เรื่อง',
        Direction: '▼ Less is better',
        Achieved: '9 เรื่อง',
        Achievement: '✓Met Ratio 133.3% (target ÷ achieved)',
      });
      // No criteria: a single header row, and no group header.
      expect(table.tHead!.rows).to.have.length(1);
      expect(table.querySelector('[scope="colgroup"]')).to.equal(null);
      const th = await render(lessIsBetterProject, { lang: 'th' });
      expect(summary(tables(th)[0])).to.include({
        ทิศทาง: '▼ ยิ่งน้อยยิ่งดี',
        ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย คิดเป็นร้อยละ 133.3 (ค่าเป้าหมาย ÷ ผลงานที่ทำได้)',
      });
      await expect(el).to.be.accessible();
    });

    it('a KPI without quarters still gets its table, with one row saying so', async () => {
      const el = await render(noQuartersProject);
      const [table] = tables(el);
      expect(bodyCells(table)).to.deep.equal([['No quarterly results yet.']]);
      expect(table.tBodies[0].rows[0].cells[0].colSpan).to.equal(2);
      expect(summary(table)).to.include({ Achievement: '✕Not met 0% of target' });
      const th = await render(noQuartersProject, { lang: 'th' });
      expect(bodyCells(tables(th)[0])).to.deep.equal([['ยังไม่มีการรายงานผลรายไตรมาส']]);
      await expect(el).to.be.accessible();
      await expect(th).to.be.accessible();
    });

    it('a KPI without a unit shows plain figures, and no Score column without scores', async () => {
      const el = await render(
        withKpis([
          {
            code: 'X-1',
            name: 'ดัชนี',
            unit: '',
            target: 2.5,
            achieved: 2.345,
            quarters: [{ quarter: 1, result: 1.5 }],
          },
        ]),
      );
      const [table] = tables(el);
      expect(summary(table)).to.include({
        Target: '2.5',
        Achieved: '2.35',
        Achievement: '✕Not met 93.8% of target',
      });
      expect([...table.tHead!.rows[0].cells].map((th) => clean(th.textContent))).to.deep.equal([
        'Quarter',
        'Result',
      ]);
      expect(bodyCells(table)[0]).to.deep.equal(['Q1: Oct – Dec 2019', '1.5']);
      const lines = el.toCsv().split('\r\n');
      expect(lines[0]).to.match(/,Quarter,Current quarter,Result,Remarks$/);
      expect(lines[1]).to.equal(
        'X-1,ดัชนี,,More is better,,,2.5,2.345,,Not met,93.8,Q1: Oct – Dec 2019,,1.5,',
      );
      await expect(el).to.be.accessible();
    });

    it('no KPIs: a sentence, no table and no download', async () => {
      const el = await render(noKpisProject);
      expect(tables(el)).to.have.length(0);
      expect($(el, '[part="download"]')).to.equal(null);
      expect(clean($(el, '[part="none"]')!.textContent)).to.equal(
        'This project has no indicators (KPIs).',
      );
      expect(el.toCsv()).to.equal('');
      const th = await render(noKpisProject, { lang: 'th' });
      expect(clean($(th, '[part="none"]')!.textContent)).to.equal('โครงการนี้ไม่มีตัวชี้วัด');
      await expect(el).to.be.accessible();
    });

    it('names quarters by the project’s own fiscal-year start month', async () => {
      const el = await render(
        withKpis(seedKpiProject.kpis as Record<string, unknown>[], { fiscalYearStartMonth: 1 }),
      );
      expect(bodyCells(tables(el)[0]).map((row) => row[0])).to.deep.equal([
        'Q1: Jan – Mar 2020',
        'Q2: Apr – Jun 2020',
        'Q3: Jul – Sept 2020 Current quarter',
        'Q4: Oct – Dec 2020',
      ]);
    });

    it('shows text from the data as text, never as HTML', async () => {
      const el = await render(trickyTextProject);
      expect($(el, 'img')).to.equal(null);
      expect(clean(tables(el)[0].caption!.textContent)).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('a row per quarter, reported or not', () => {
    /** The seed's KPI reported for the given quarters only. */
    const reportedFor = (...quarters: number[]) =>
      withKpis([
        {
          code: '5008-0840',
          name: 'ร้อยละของชุมชนที่ได้รับการเยี่ยมเยียน',
          unit: 'ร้อยละ',
          target: 100,
          achieved: 60,
          quarters: quarters.map((quarter) => ({ quarter, result: quarter * 20 })),
        },
      ]);

    it('says so for a quarter missing between reported ones and for the current one', async () => {
      const el = await render(reportedFor(1, 3));
      expect(bodyCells(tables(el)[0])).to.deep.equal([
        ['Q1: Oct – Dec 2019', '20%'],
        ['Q2: Jan – Mar 2020', 'No result reported yet.'],
        ['Q3: Apr – Jun 2020', '60%'],
        ['Q4: Jul – Sept 2020 Current quarter', 'No result reported yet.'],
      ]);
      const th = await render(reportedFor(1, 3), { lang: 'th' });
      expect(bodyCells(tables(th)[0])[1]).to.deep.equal([
        'ไตรมาสที่ 2: ม.ค.–มี.ค. 2563',
        'ยังไม่มีการรายงานผล',
      ]);
      const csv = el.toCsv().trimEnd().split('\r\n');
      expect(csv).to.have.length(5);
      expect(csv[2]).to.match(/,Q2: Jan – Mar 2020,,,No result reported yet\.$/);
      await expect(el).to.be.accessible();
      await expect(th).to.be.accessible();
    });

    it('shows the quarters after the current one as not yet due', async () => {
      const el = await render(reportedFor(1), { asOf: '2020-02-10' });
      expect(bodyCells(tables(el)[0])).to.deep.equal([
        ['Q1: Oct – Dec 2019', '20%'],
        ['Q2: Jan – Mar 2020 Current quarter', 'No result reported yet.'],
        ['Q3: Apr – Jun 2020', 'Not yet due'],
        ['Q4: Jul – Sept 2020', 'Not yet due'],
      ]);
    });

    it('shows all four quarters once the fiscal year is over, none of them current', async () => {
      const el = await render(reportedFor(1), { asOf: '2021-01-15' });
      expect(bodyCells(tables(el)[0])).to.deep.equal([
        ['Q1: Oct – Dec 2019', '20%'],
        ['Q2: Jan – Mar 2020', 'No result reported yet.'],
        ['Q3: Apr – Jun 2020', 'No result reported yet.'],
        ['Q4: Jul – Sept 2020', 'No result reported yet.'],
      ]);
    });

    it('shows no result of a quarter that has not begun, even when the data has one', async () => {
      const el = await render(reportedFor(3), { asOf: '2019-11-15' });
      expect(bodyCells(tables(el)[0])).to.deep.equal([
        ['Q1: Oct – Dec 2019 Current quarter', 'No result reported yet.'],
        ['Q2: Jan – Mar 2020', 'Not yet due'],
        ['Q3: Apr – Jun 2020', 'Not yet due'],
        ['Q4: Jul – Sept 2020', 'Not yet due'],
      ]);
      expect(clean(el.shadowRoot!.textContent)).not.to.contain('60%');
      // Before the fiscal year, every quarter is still to come.
      const early = await render(reportedFor(2), { asOf: '2019-06-01' });
      expect(bodyCells(tables(early)[0]).map((row) => row[1])).to.deep.equal([
        'Not yet due',
        'Not yet due',
        'Not yet due',
        'Not yet due',
      ]);
      expect(summary(tables(early)[0])).to.deep.equal({
        Target: '100%',
        Achievement: '◌Not yet due',
      });
    });

    it('keeps a single sentence for a KPI without any quarterly result', async () => {
      const el = await render(noQuartersProject, { asOf: '2021-01-15' });
      expect(bodyCells(tables(el)[0])).to.deep.equal([['No quarterly results yet.']]);
    });
  });

  describe('nothing from after the as-of date', () => {
    const partOf = (el: KpiQuarterTable, quarter: number) =>
      tables(el)[0].tBodies[0].rows[quarter - 1].getAttribute('part');

    it('on 15 March 2020 shows Q1 and Q2, Q3 and Q4 not yet due, judged on the Q2 result', async () => {
      const el = await render(seedKpiProject, { asOf: '2020-03-15' });
      const [table] = tables(el);
      expect(bodyCells(table)).to.deep.equal([
        ['Q1: Oct – Dec 2019', '100%', '100', '100'],
        ['Q2: Jan – Mar 2020 Current quarter', '100%', '100', '100'],
        ['Q3: Apr – Jun 2020', 'Not yet due'],
        ['Q4: Jul – Sept 2020', 'Not yet due'],
      ]);
      // The words span the whole row: no result, no bar, no assessment of a quarter to come.
      expect(table.tBodies[0].rows[2].cells[1].colSpan).to.equal(3);
      expect(partOf(el, 3)).to.equal('row not-yet-due');
      expect(partOf(el, 4)).to.equal('row not-yet-due');
      expect(partOf(el, 2)).to.equal('row current');
      expect($$(el, 'svg[part="bar"]')).to.have.length(2);
      // The year's "achieved" is not known on 15 March: the figure judged is Q2's, and says so.
      expect(summary(table)).to.deep.equal({
        Target: '100%',
        'Q2 result': '100%',
        Achievement: '✓Met (judged on the Q2 result) 100% of target',
        Type: 'ตัวชี้วัดงานประจำ',
        Level: 'Outcome',
      });
      // The stylesheet adds the colon after each term: no space may come before it ("Q2 result :").
      for (const dt of summaryOf(table).querySelectorAll('dt')) {
        expect(dt.textContent).to.equal(dt.textContent!.trim());
      }
      await expect(el).to.be.accessible();

      const th = await render(seedKpiProject, { asOf: '2020-03-15', lang: 'th' });
      expect(bodyCells(tables(th)[0])).to.deep.equal([
        ['ไตรมาสที่ 1: ต.ค.–ธ.ค. 2562', 'ร้อยละ 100', '100', '100'],
        ['ไตรมาสที่ 2: ม.ค.–มี.ค. 2563 ไตรมาสปัจจุบัน', 'ร้อยละ 100', '100', '100'],
        ['ไตรมาสที่ 3: เม.ย.–มิ.ย. 2563', 'ยังไม่ถึงกำหนด'],
        ['ไตรมาสที่ 4: ก.ค.–ก.ย. 2563', 'ยังไม่ถึงกำหนด'],
      ]);
      expect(summary(tables(th)[0])).to.deep.equal({
        ค่าเป้าหมาย: 'ร้อยละ 100',
        'ผลงานไตรมาสที่ 2': 'ร้อยละ 100',
        ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย (พิจารณาจากผลงานไตรมาสที่ 2) คิดเป็นร้อยละ 100 ของค่าเป้าหมาย',
        ประเภทตัวชี้วัด: 'ตัวชี้วัดงานประจำ',
        ระดับตัวชี้วัด: 'ผลลัพธ์ (outcome)',
      });
      expect(clean(th.shadowRoot!.textContent)).not.to.contain('%');
      await expect(th).to.be.accessible();
    });

    it('never shows a later quarter’s figure: an unmet KPI judged on what was known then', async () => {
      const march = await render(unmetProject, { asOf: '2020-03-15' });
      expect(summary(tables(march)[0])).to.include({
        'Q2 result': '31.8%',
        Achievement: '✕Not met (judged on the Q2 result) 31.8% of target',
      });
      const text = clean(march.shadowRoot!.textContent);
      // Q3's 54.55 and the year's 86.36 were reported later.
      expect(text).not.to.contain('54.6');
      expect(text).not.to.contain('86.4');
      expect(bodyCells(tables(march)[0]).slice(2)).to.deep.equal([
        ['Q3: Apr – Jun 2020', 'Not yet due'],
        ['Q4: Jul – Sept 2020', 'Not yet due'],
      ]);

      // A KPI reported for all four quarters, on 30 April: judged on Q3's 88, not the year's 84.5.
      const april = await render(nonMonotonicProject, { asOf: '2020-04-30', lang: 'th' });
      expect(summary(tables(april)[0])).to.include({
        'ผลงานไตรมาสที่ 3': 'ร้อยละ 88',
        ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย (พิจารณาจากผลงานไตรมาสที่ 3) คิดเป็นร้อยละ 110 ของค่าเป้าหมาย',
      });
      expect(bodyCells(tables(april)[0])[3]).to.deep.equal([
        'ไตรมาสที่ 4: ก.ค.–ก.ย. 2563',
        'ยังไม่ถึงกำหนด',
      ]);
      expect(clean(april.shadowRoot!.textContent)).not.to.contain('84.5');

      const today = await render(unmetProject, { asOf: '2026-12-07' });
      expect(summary(tables(today)[0])).to.include({
        Achieved: '86.4%',
        Achievement: '✕Not met 86.4% of target',
      });
      await expect(march).to.be.accessible();
      await expect(april).to.be.accessible();
    });

    for (const asOf of ['2020-04-30', '2020-06-30']) {
      it(`on ${asOf} shows Q3 as the current quarter and judged, Q4 not yet due`, async () => {
        const el = await render(seedKpiProject, { asOf });
        const [table] = tables(el);
        expect(bodyCells(table)).to.deep.equal([
          ['Q1: Oct – Dec 2019', '100%', '100', '100'],
          ['Q2: Jan – Mar 2020', '100%', '100', '100'],
          ['Q3: Apr – Jun 2020 Current quarter', '100%', '100', '100'],
          ['Q4: Jul – Sept 2020', 'Not yet due'],
        ]);
        expect(summary(table)).to.include({
          'Q3 result': '100%',
          Achievement: '✓Met (judged on the Q3 result) 100% of target',
        });
        expect(summary(table)).not.to.have.property('Achieved');
        expect($$(el, 'svg[part="bar"]')).to.have.length(3);
        await expect(el).to.be.accessible();

        const th = await render(seedKpiProject, { asOf, lang: 'th' });
        expect(bodyCells(tables(th)[0])[3]).to.deep.equal([
          'ไตรมาสที่ 4: ก.ค.–ก.ย. 2563',
          'ยังไม่ถึงกำหนด',
        ]);
        expect(summary(tables(th)[0])).to.include({
          'ผลงานไตรมาสที่ 3': 'ร้อยละ 100',
          ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย (พิจารณาจากผลงานไตรมาสที่ 3) คิดเป็นร้อยละ 100 ของค่าเป้าหมาย',
        });
        await expect(th).to.be.accessible();
      });
    }

    it('today (7 December 2026) shows the whole year, none current, judged on the achieved figure', async () => {
      const el = await render(seedKpiProject, { asOf: '2026-12-07' });
      const [table] = tables(el);
      expect(bodyCells(table)).to.deep.equal([
        ['Q1: Oct – Dec 2019', '100%', '100', '100'],
        ['Q2: Jan – Mar 2020', '100%', '100', '100'],
        ['Q3: Apr – Jun 2020', '100%', '100', '100'],
        ['Q4: Jul – Sept 2020', '100%', '100', '100'],
      ]);
      expect(summary(table)).to.include({
        Target: '100%',
        Achieved: '100%',
        Achievement: '✓Met 100% of target',
      });
      expect(clean(el.shadowRoot!.textContent)).not.to.match(/Not yet due|Current quarter|judged/);
      const th = await render(seedKpiProject, { asOf: '2026-12-07', lang: 'th' });
      expect(summary(tables(th)[0])).to.include({
        ผลงานที่ทำได้: 'ร้อยละ 100',
        ผลสัมฤทธิ์: '✓บรรลุค่าเป้าหมาย คิดเป็นร้อยละ 100 ของค่าเป้าหมาย',
      });
      expect(bodyCells(tables(th)[0]).map((row) => row[0])).to.deep.equal([
        'ไตรมาสที่ 1: ต.ค.–ธ.ค. 2562',
        'ไตรมาสที่ 2: ม.ค.–มี.ค. 2563',
        'ไตรมาสที่ 3: เม.ย.–มิ.ย. 2563',
        'ไตรมาสที่ 4: ก.ค.–ก.ย. 2563',
      ]);
      await expect(th).to.be.accessible();
    });

    it('before the fiscal year, a KPI with nothing begun is "Not yet due", in words and shape', async () => {
      const el = await render(seedKpiProject, { asOf: '2019-09-15' });
      const [table] = tables(el);
      expect(summary(table)).to.deep.equal({
        Target: '100%',
        Achievement: '◌Not yet due',
        Type: 'ตัวชี้วัดงานประจำ',
        Level: 'Outcome',
      });
      const status = summaryOf(table).querySelector('[part="status"]')!;
      expect(status.getAttribute('data-status')).to.equal('not-yet-due');
      expect(bodyCells(table).map((row) => row[1])).to.deep.equal([
        'Not yet due',
        'Not yet due',
        'Not yet due',
        'Not yet due',
      ]);
      // Nothing from the data of the quarters: no bar, no criteria header.
      expect($$(el, 'svg[part="bar"]')).to.have.length(0);
      expect(
        [...table.tHead!.querySelectorAll('th')].map((th) => clean(th.textContent)),
      ).to.deep.equal(['Quarter', 'Result']);
      await expect(el).to.be.accessible();
      const th = await render(seedKpiProject, { asOf: '2019-09-15', lang: 'th' });
      expect(summary(tables(th)[0])).to.include({ ผลสัมฤทธิ์: '◌ยังไม่ถึงกำหนด' });
      expect(summary(tables(th)[0])).not.to.have.property('ผลงานที่ทำได้');
      await expect(th).to.be.accessible();
    });

    it('shows a Score column only where the data has a per-quarter score', async () => {
      const head = (el: KpiQuarterTable) =>
        [...tables(el)[0].tHead!.rows[0].cells].map((th) => clean(th.textContent));
      // The seed's quarters have a result and two assessments, no score.
      expect(head(await render(seedKpiProject))).to.deep.equal([
        'Quarter',
        'Result',
        'Assessment by criterion',
      ]);
      const scored = await render(unmetProject, { asOf: '2020-03-15' });
      expect(head(scored)).to.deep.equal(['Quarter', 'Result', 'Score', 'Assessment by criterion']);
      expect(bodyCells(tables(scored)[0])[1]).to.deep.equal([
        'Q2: Jan – Mar 2020 Current quarter',
        '31.8%',
        '40',
        '40',
        '40',
      ]);
      expect(scored.toCsv().split('\r\n')[0]).to.contain(',Result,Score,Assessment 2.1,');
    });

    it('writes the CSV as shown: quarters to come without figures, the judged figure named', async () => {
      const el = await render(unmetProject, { asOf: '2020-03-15' });
      const lines = el.toCsv().trimEnd().split('\r\n');
      const about =
        '5008-0795,ร้อยละของชุมชนที่จัดทำแผนพัฒนาชุมชนแล้วเสร็จ,ร้อยละ,More is better,' +
        'ตัวชี้วัดเชิงยุทธศาสตร์,Outcome,100,31.82,Q2 result,Not met,31.82';
      expect(lines.slice(1)).to.deep.equal([
        `${about},Q1: Oct – Dec 2019,,0,0,0,0,`,
        `${about},Q2: Jan – Mar 2020,Yes,31.82,40,40,40,`,
        `${about},Q3: Apr – Jun 2020,,,,,,Not yet due`,
        `${about},Q4: Jul – Sept 2020,,,,,,Not yet due`,
      ]);
      el.setAttribute('lang', 'th');
      await el.updateComplete;
      const th = el.toCsv().trimEnd().split('\r\n');
      // Figures stay plain numbers, the words are Thai.
      expect(th[3]).to.contain(',100,31.82,ผลงานไตรมาสที่ 2,ไม่บรรลุค่าเป้าหมาย,31.82,');
      expect(th[3]).to.match(/,ไตรมาสที่ 3: เม\.ย\.–มิ\.ย\. 2563,,,,,,ยังไม่ถึงกำหนด$/);
    });

    it('keeps "ร้อยละ 100" on one line, even at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await render(seedKpiProject, { asOf: '2020-03-15', lang: 'th' });
        const kept = $$(el, '.summary .nowrap') as HTMLElement[];
        expect(kept.map((span) => span.textContent)).to.deep.equal([
          'ร้อยละ\u00a0100',
          'ร้อยละ\u00a0100',
          'ร้อยละ\u00a0100',
        ]);
        for (const span of kept) expect(span.getClientRects()).to.have.length(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('the language of the data', () => {
    it('marks each Thai data string as Thai on an English page, even without `language`', async () => {
      const el = await render(seedKpiNoLanguageProject);
      const [table] = tables(el);
      expect(table.caption!.querySelector('.name')!.getAttribute('lang')).to.equal('th');
      expect(clean(table.caption!.querySelector('.name')!.textContent)).to.equal(
        'ร้อยละของโครงการที่เป็นงานประจำของหน่วยงานดำเนินการสำเร็จตามเป้าหมาย',
      );
      const type = [...summaryOf(table).querySelectorAll('dd')].find((dd) =>
        dd.textContent!.includes('ตัวชี้วัดงานประจำ'),
      )!;
      expect(type.getAttribute('lang')).to.equal('th');
      // "2.1" is no Thai text: it gets no language of its own.
      const criteria = [...table.tHead!.rows[1].cells];
      expect(criteria.map((th) => th.getAttribute('lang'))).to.deep.equal([null, null]);
      // The interface words around them stay English.
      expect(summaryOf(table).querySelector('dt')!.closest('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('gives every data string the project’s `language` when it names one', async () => {
      const el = await render(seedKpiProject);
      const [table] = tables(el);
      const criteria = [...table.tHead!.rows[1].cells];
      expect(criteria.map((th) => th.getAttribute('lang'))).to.deep.equal(['th', 'th']);
      const unit = await render(countUnitProject);
      const cell = tables(unit)[0].tBodies[0].rows[2].cells[1];
      expect(cell.querySelector('[lang="th"]')!.textContent).to.equal('ฐานข้อมูล');
    });
  });

  describe('the scrolling region', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    const regions = (el: KpiQuarterTable) => $$(el, '[part="region"]') as HTMLElement[];

    itIn(
      'narrowWindow',
      'is a Tab stop at 320 px, where a table of eight criteria scrolls inside it',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await render(manyCriteriaProject);
        const [region] = regions(el);
        expect(region.scrollWidth).to.be.above(region.clientWidth);
        expect(region.getAttribute('tabindex')).to.equal('0');
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.equal('kpi-0-title');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        region.focus();
        assert.isTrue(el.shadowRoot!.activeElement === region, 'the region takes the focus');
        await expect(el).to.be.accessible();
      },
    );

    it('is no Tab stop on a wide screen, where nothing scrolls: thirty KPIs, no stop', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await render(manyKpisProject);
      expect(regions(el)).to.have.length(30);
      for (const region of regions(el)) {
        expect(region.scrollWidth).to.be.at.most(region.clientWidth);
        expect(region.hasAttribute('tabindex')).to.be.false;
        // Still a named region: only the Tab stop goes.
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.match(/^kpi-\d+-title$/);
      }
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'th']) {
      it(`shows every column on a 375 px phone, nothing cut at the edge (${lang})`, async () => {
        // A phone's 375 px less the page's 8 px margins: the element's box, so that every engine
        // can run it (WebKit's window is never narrower than 447 px).
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: 359px">
            <kpi-quarter-table
              lang=${lang}
              as-of=${AS_OF}
              .project=${seedKpiProject}
            ></kpi-quarter-table>
          </div>`,
        );
        const el = box.querySelector('kpi-quarter-table')!;
        await el.updateComplete;
        const [region] = regions(el);
        await waitUntil(() => region.clientWidth > 0, 'laid out');
        expect(region.scrollWidth, 'the table scrolls sideways').to.be.at.most(region.clientWidth);
        expect(region.hasAttribute('tabindex'), 'no scrolling region to Tab to').to.be.false;
        const edge = region.getBoundingClientRect().right;
        const cells = [...region.querySelectorAll('th, td')].filter((c) => !c.closest('caption'));
        expect(cells.length).to.be.greaterThan(20);
        for (const cell of cells) {
          const rect = cell.getBoundingClientRect();
          const what = clean(cell.textContent);
          expect(rect.width, `${what}: shown`).to.be.greaterThan(0);
          expect(rect.right, `${what}: inside the screen`).to.be.at.most(edge + 0.5);
        }
        // Every header of the table is there, the criteria's included (the seed's quarters have
        // a result and two assessments, and no score).
        const heads = [...region.querySelectorAll('thead th')].map((th) => clean(th.textContent));
        expect(heads).to.include.members(
          lang === 'en'
            ? ['Quarter', 'Result', 'Assessment by criterion', '2.1', '2.2']
            : ['ไตรมาส', 'ผลงาน', 'ผลประเมินตัวชี้วัด', '2.1', '2.2'],
        );
      });
    }

    it('follows the width: a stop once narrowed, none once widened', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await render(seedKpiProject);
      const [region] = regions(el);
      expect(region.hasAttribute('tabindex')).to.be.false;
      // Narrower than any phone: even the compact table scrolls. (Its box, not the window:
      // WebKit's window is never narrower than 447 px.)
      el.style.width = '200px';
      await waitUntil(() => region.getAttribute('tabindex') === '0', 'a stop once narrowed');
      el.style.width = '';
      await waitUntil(() => !region.hasAttribute('tabindex'), 'no stop once widened');
    });

    it('stops watching when taken out of the page, and starts again when put back', async () => {
      const RealObserver = window.ResizeObserver;
      const observers: { watched: Set<Element>; disconnected: boolean }[] = [];
      window.ResizeObserver = class extends RealObserver {
        private readonly record = { watched: new Set<Element>(), disconnected: false };
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          observers.push(this.record);
        }
        override observe(target: Element, options?: ResizeObserverOptions) {
          this.record.watched.add(target);
          super.observe(target, options);
        }
        override unobserve(target: Element) {
          this.record.watched.delete(target);
          super.unobserve(target);
        }
        override disconnect() {
          this.record.disconnected = true;
          this.record.watched.clear();
          super.disconnect();
        }
      };
      try {
        const el = await render(edgeCasesProject);
        expect(observers).to.have.length(1);
        const [region] = regions(el);
        expect(observers[0].watched.has(region)).to.be.true;
        expect(observers[0].watched.has(region.querySelector('table')!)).to.be.true;
        // One KPI left: the six regions that went are no longer watched.
        el.kpi = '5008-0791';
        await el.updateComplete;
        expect(observers[0].watched.size).to.equal(2);

        const parent = el.parentElement!;
        el.remove();
        expect(observers[0].disconnected).to.be.true;
        el.style.width = '200px';
        parent.append(el);
        expect(observers).to.have.length(2);
        expect(observers[1].watched.has(regions(el)[0])).to.be.true;
        await waitUntil(() => regions(el)[0].getAttribute('tabindex') === '0', 'measured again');
      } finally {
        window.ResizeObserver = RealObserver;
      }
    });
  });

  describe('the kpi attribute', () => {
    it('shows only the KPI with that code, and all of them without it', async () => {
      const el = await render(edgeCasesProject, { kpi: '5008-0812' });
      expect(tables(el)).to.have.length(1);
      expect(clean(tables(el)[0].caption!.textContent)).to.contain('5008-0812');
      el.removeAttribute('kpi');
      await el.updateComplete;
      expect(tables(el)).to.have.length(7);
      const labels = $$(el, '[role="region"]').map((r) => r.getAttribute('aria-labelledby'));
      expect(new Set(labels).size).to.equal(7);
      await expect(el).to.be.accessible();
    });

    it('says so when no KPI has that code', async () => {
      const el = await render(edgeCasesProject, { kpi: '5008-9999' });
      expect(tables(el)).to.have.length(0);
      expect(clean($(el, '[part="none"]')!.textContent)).to.equal(
        'This project has no indicator with the code 5008-9999.',
      );
      el.setAttribute('lang', 'th');
      await el.updateComplete;
      expect(clean($(el, '[part="none"]')!.textContent)).to.equal('โครงการนี้ไม่มีตัวชี้วัดรหัส 5008-9999');
      await expect(el).to.be.accessible();
    });
  });

  it('renders thirty KPIs as thirty labelled tables', async () => {
    const el = await render(manyKpisProject);
    expect(tables(el)).to.have.length(30);
    const names = $$(el, '[role="region"]').map((region) =>
      clean(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent),
    );
    expect(new Set(names).size).to.equal(30);
    expect(names[0]).to.equal('Indicator 5008-0900 ตัวชี้วัดที่ 1 ของสำนักงานเขตพญาไท (ร้อยละ)');
    await expect(el).to.be.accessible();
  });

  it('says so while there is no project yet, and while src loads', async () => {
    const empty = await fixture<KpiQuarterTable>(
      html`<kpi-quarter-table lang="en"></kpi-quarter-table>`,
    );
    expect(clean($(empty, '[part="empty"]')!.textContent)).to.equal(
      'No project data has been given yet.',
    );
    await expect(empty).to.be.accessible();

    const originalFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const loading = await fixture<KpiQuarterTable>(
        html`<kpi-quarter-table lang="th" src="/never.json"></kpi-quarter-table>`,
      );
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(clean($(loading, '[part="loading"]')!.textContent)).to.contain('กำลังโหลด');
      await expect(loading).to.be.accessible();
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows bad input as the list of problems, with no table, and fires project-error', async () => {
    const el = document.createElement('kpi-quarter-table');
    el.setAttribute('as-of', AS_OF);
    el.setAttribute('lang', 'en');
    const failed = oneEvent<ProjectErrorEvent>(el, 'project-error');
    el.project = invalidKpiProject;
    document.body.append(el);
    const event = await failed;
    const paths = event.detail.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['kpis[0].target', 'kpis[0].direction']);
    await el.updateComplete;
    const alert = $(el, '[part="error"][role="alert"]')!;
    expect(clean(alert.textContent)).to.contain('kpis[0].target:');
    expect(tables(el)).to.have.length(0);
    expect($(el, '[part="download"]')).to.equal(null);
    expect(el.toCsv()).to.equal('');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('fires project-load once for a valid project and never mutates it', async () => {
    const before = JSON.stringify(edgeCasesProject);
    const el = document.createElement('kpi-quarter-table');
    el.setAttribute('as-of', AS_OF);
    const seen: string[] = [];
    for (const type of ['project-load', 'project-error', 'kpi-csv-download']) {
      el.addEventListener(type, () => seen.push(type));
    }
    const loaded = oneEvent<ProjectLoadEvent>(el, 'project-load');
    // The fixtures are deep-frozen: a write to them would throw, and must not be swallowed.
    el.project = edgeCasesProject;
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.project.kpis).to.have.length(7);
    // Re-renders that are not a new project announce nothing, and show nothing new to download.
    el.setAttribute('lang', 'th');
    el.kpi = '5008-0812';
    el.numerals = 'thai';
    await el.updateComplete;
    el.toCsv();
    await aTimeout(100);
    expect(seen).to.deep.equal(['project-load']);
    expect(JSON.stringify(edgeCasesProject)).to.equal(before);
    el.remove();
  });

  describe('CSV', () => {
    it('holds what is shown: one line per row, plain numbers, CRLF line ends', async () => {
      const el = await render(seedKpiProject);
      const csv = el.toCsv();
      const lines = csv.split('\r\n');
      expect(lines).to.have.length(6);
      expect(lines[5]).to.equal('');
      expect(lines[0]).to.equal(
        'Indicator code,Indicator,Unit,Direction,Type,Level,Target,Achieved,Judged on,' +
          'Achievement,Ratio (%),Quarter,Current quarter,Result,Assessment 2.1,Assessment 2.2,Remarks',
      );
      const name = 'ร้อยละของโครงการที่เป็นงานประจำของหน่วยงานดำเนินการสำเร็จตามเป้าหมาย';
      const about = `5008-0791,${name},ร้อยละ,More is better,ตัวชี้วัดงานประจำ,Outcome,100,100,,Met,100`;
      expect(lines[1]).to.equal(`${about},Q1: Oct – Dec 2019,,100,100,100,`);
      expect(lines[4]).to.equal(`${about},Q4: Jul – Sept 2020,Yes,100,100,100,`);
    });

    it('is worded in Thai for a Thai element, years in the Buddhist era', async () => {
      const el = await render(seedKpiProject, { lang: 'th' });
      const lines = el.toCsv().split('\r\n');
      expect(lines[0]).to.equal(
        'รหัสตัวชี้วัด,ตัวชี้วัด,หน่วยนับ,ทิศทาง,ประเภทตัวชี้วัด,ระดับตัวชี้วัด,ค่าเป้าหมาย,' +
          'ผลงานที่ทำได้,พิจารณาจาก,ผลสัมฤทธิ์,อัตราส่วน (ร้อยละ),ไตรมาส,ไตรมาสปัจจุบัน,ผลงาน,' +
          'ผลประเมินตัวชี้วัด 2.1,ผลประเมินตัวชี้วัด 2.2,หมายเหตุ',
      );
      expect(lines[4]).to.contain(',ยิ่งมากยิ่งดี,');
      // Figures stay plain numbers in a Thai file too (100, not "ร้อยละ 100"): a spreadsheet
      // computes with them; the unit is in its own column.
      expect(lines[4]).to.contain(
        ',100,100,,บรรลุค่าเป้าหมาย,100,ไตรมาสที่ 4: ก.ค.–ก.ย. 2563,ใช่,100,100,100,',
      );
      expect(el.toCsv()).not.to.match(/\b20(19|20)\b/);
    });

    it('covers the edge cases: missing figures empty, notes for unreported rows', async () => {
      const el = await render(edgeCasesProject);
      const lines = el.toCsv().trimEnd().split('\r\n');
      const header = lines[0].split(',');
      expect(header.slice(15)).to.deep.equal([
        'Assessment 2.1',
        'Assessment 2.2',
        'Assessment 2.3',
        'Remarks',
      ]);
      // 4 seed rows + 4 + 4 + 4 (unmet, with its unreported Q4) + 4 + 4 + 1.
      expect(lines).to.have.length(1 + 25);
      const zero = lines.find((l) => l.startsWith('5008-0800,') && l.includes('Q4'))!;
      expect(zero).to.contain(',0,3,,No target,,Q4: Jul – Sept 2020,Yes,3,100,100,100,,');
      const unreported = lines.find((l) => l.startsWith('5008-0795,') && l.includes('Q4'))!;
      expect(unreported).to.match(/,Q4: Jul – Sept 2020,Yes,,,,,,No result reported yet\.$/);
      const less = lines.find((l) => l.startsWith('5008-0820,'))!;
      expect(less).to.contain(',Less is better,');
      expect(less).to.contain(',Met,133.33,');
      const none = lines.filter((l) => l.startsWith('5008-0830,'));
      expect(none).to.have.length(1);
      expect(none[0]).to.match(/,Not met,0,,,,,,,,No quarterly results yet\.$/);
      el.kpi = '5008-0812';
      await el.updateComplete;
      expect(el.toCsv().trimEnd().split('\r\n')).to.have.length(5);
    });

    it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', async () => {
      const el = await render(trickyTextProject);
      const line = el.toCsv().split('\r\n').slice(1).join('\r\n');
      expect(line).to.match(/^"'=HYPERLINK\(""x""\)",/);
      expect(line).to.contain(
        ',"<img src=x onerror=alert(1)> ""quoted"", with comma\nand a new line",ชุด,',
      );
    });

    it('downloads a UTF-8 file with a byte-order mark when a person clicks the button', async () => {
      const el = await render(seedKpiProject, { lang: 'th' });
      const blobs: Blob[] = [];
      const names: string[] = [];
      const originalCreate = URL.createObjectURL;
      const originalClick = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return originalCreate.call(URL, blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        const button = $(el, 'button[part="download"]') as HTMLButtonElement;
        const asked = oneEvent<KpiCsvDownloadEvent>(el, 'kpi-csv-download');
        button.click();
        const event = await asked;
        expect(event.detail.filename).to.equal('50080000-2982-kpis.csv');
        expect(event.detail.csv).to.equal(el.toCsv());
        expect(names).to.deep.equal(['50080000-2982-kpis.csv']);
        expect(blobs).to.have.length(1);
        expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
        const bytes = new Uint8Array(await blobs[0].arrayBuffer());
        expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        expect(text).to.equal(`\uFEFF${el.toCsv()}`);
        expect(text).to.contain('ไตรมาสที่ 1: ต.ค.–ธ.ค. 2562');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);

        // A page that handles the file itself cancels the event: no browser download then.
        el.addEventListener('kpi-csv-download', (e) => e.preventDefault(), { once: true });
        el.kpi = '5008-0791';
        await el.updateComplete;
        button.click();
        expect(names).to.have.length(1);
        el.downloadCsv();
        expect(names).to.deep.equal(['50080000-2982-kpis.csv', '50080000-2982-kpi-5008-0791.csv']);
      } finally {
        URL.createObjectURL = originalCreate;
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });
});
