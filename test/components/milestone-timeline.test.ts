import { aTimeout, assert, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { press, shiftTab } from '../engine.js';
import '../../src/components/milestone-timeline/define.js';
import type {
  MilestoneSelectEvent,
  MilestoneTimeline,
} from '../../src/components/milestone-timeline/milestone-timeline.js';
import type { Issue } from '../../src/domain/index.js';
import { SEED_URL } from '../fixtures/projects.js';
import {
  behindTimeline,
  emptyTimeline,
  invalidTimeline,
  largestTimeline,
  logOnlyTimeline,
  longPlanTimeline,
  planOnlyTimeline,
  seedTimeline,
  twoYearTimeline,
} from '../fixtures/milestone-timeline.js';

const AS_OF = '2020-09-30';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: MilestoneTimeline, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MilestoneTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const summary = (el: MilestoneTimeline) => clean($(el, '[part="summary"]')?.textContent);
const marks = (el: MilestoneTimeline) => $$(el, '[data-nav]');
const stepMarks = (el: MilestoneTimeline) => $$(el, '[part~="step"]');
const pairs = (details: Element) =>
  [...details.querySelectorAll('dl > div')].map((div) => [
    clean(div.querySelector('dt')!.textContent),
    clean(div.querySelector('dd')!.textContent),
  ]);
const active = (el: MilestoneTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

const SEED_NAMES = ['จัดทำโครงการตามการอนุมัติเงินงวด', 'ดำเนินโครงการ', 'รายงานผลการดำเนินงาน'];

/** Containers made by render(), removed after each test. */
const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

async function render(
  project: unknown,
  { lang = 'en', asOf = AS_OF, width = 800, attrs = {} as Record<string, string> } = {},
): Promise<MilestoneTimeline> {
  // A plain container, not fixture(): fixture() waits for a frame to settle a plain element,
  // and a page that is not painting (a background tab in a parallel run) never gets one.
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  boxes.push(box);
  const el = document.createElement('milestone-timeline');
  el.setAttribute('lang', lang);
  el.setAttribute('as-of', asOf);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.project = project;
  box.append(el);
  await el.updateComplete;
  return el;
}

/** Every text a person can reach: text nodes and names, but not `datetime` attributes. */
function reachableText(el: MilestoneTimeline): string {
  const root = el.shadowRoot!;
  const names = [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
  return `${root.textContent} ${names.join(' ')}`;
}

describe('<milestone-timeline>', () => {
  describe('the chart (wide layout)', () => {
    it('names the chart by a summary of the plan and the figures at as-of', async () => {
      const el = await render(seedTimeline());
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 10 February to 30 September 2020. ' +
          'Planned 100%, actual 100% on 30 September 2020.',
      );
      const chart = $(el, '[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('group');
      expect(chart.getAttribute('aria-labelledby')).to.equal('summary');
      expect($(el, '#summary')).to.equal($(el, '[part="summary"]'));
      await expect(el).to.be.accessible();
    });

    it('hides the axes and grid from assistive technology and shows quarters and months', async () => {
      const el = await render(seedTimeline());
      const axis = $(el, '[part="axis"]')!;
      expect(axis.getAttribute('aria-hidden')).to.equal('true');
      const texts = [...axis.querySelectorAll('text')].map((t) => clean(t.textContent));
      expect(texts).to.include.members(['Fiscal year 2020', 'Q1', 'Q2', 'Q3', 'Q4', 'Oct', 'Sept']);
      expect(texts).to.include.members(['2019', '2020', '0%', '100%']);
      expect(clean($(el, '.as-of-label')!.textContent)).to.equal('As of 30 Sept');
    });

    it('draws each step with a roving tabindex and a name that begins with its full name', async () => {
      const el = await render(seedTimeline());
      const steps = stepMarks(el);
      expect(steps).to.have.length(3);
      steps.forEach((step, i) => {
        expect(step.getAttribute('role')).to.equal('button');
        expect(step.getAttribute('aria-label')!.startsWith(SEED_NAMES[i])).to.be.true;
      });
      expect(steps[0].getAttribute('aria-label')).to.equal(
        'จัดทำโครงการตามการอนุมัติเงินงวด. Step 1, weight 20%, 10 February 2020. ' +
          'Planned 25% by its end, actual 0%.',
      );
      expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal([
        '0',
        ...new Array(8).fill('-1'),
      ]);
      // Labels lie beside the marks, hidden from assistive technology (the marks' names say it
      // all); text from the data carries the project's language.
      const labels = $$(el, '[part="label"]');
      expect(labels.map((l) => clean(l.textContent))).to.deep.equal([
        'จัดทำโครงการตามการอนุมัติเงินงวด · 20%',
        'ดำเนินโครงการ · 40%',
        'รายงานผลการดำเนินงาน · 20%',
      ]);
      expect(labels[1].closest('[aria-hidden="true"]')).to.not.be.null;
      expect(labels[1].querySelector('tspan')!.getAttribute('lang')).to.equal('th');
    });

    it('marks the reports, those naming a problem with a triangle, annotated with the problem', async () => {
      const el = await render(seedTimeline());
      const points = $$(el, '[part~="log-point"]');
      expect(points).to.have.length(6);
      expect(points.filter((p) => p.classList.contains('problem'))).to.have.length(3);
      expect(points[1].getAttribute('aria-label')).to.equal(
        'Report of 29 May 2020: 60%. อยู่ระหว่างขั้นตอนเบิกจ่ายวัสดุในการดำเนินงาน ' +
          'Problems: ชะลอการเปิดเวทีชุมชนเนื่องจากสถานการณ์โควิด-19',
      );
      expect(points[3].getAttribute('aria-label')).to.not.contain('Problems');
      const notes = $$(el, 'text.annotation');
      expect(notes).to.have.length(3);
      expect(notes.every((n) => n.getAttribute('lang') === 'th')).to.be.true;
      expect($$(el, '.legend li').map((li) => clean(li.textContent))).to.include(
        'Report naming a problem',
      );
    });

    it('widens the axis for a plan spanning two fiscal years and names both', async () => {
      const el = await render(twoYearTimeline(), { asOf: '2021-01-15' });
      const years = $$(el, 'text.fy').map((t) => clean(t.textContent));
      expect(years).to.deep.equal(['Fiscal year 2020', 'Fiscal year 2021']);
      expect(summary(el)).to.match(/^Plan of 3 steps from 1 June 2020 to 31 March 2021\./);
      await expect(el).to.be.accessible();
    });

    it('handles a 40-step plan: every step focusable and named in full, even when cut', async () => {
      const el = await render(longPlanTimeline(40), { width: 560 });
      const steps = stepMarks(el);
      expect(steps).to.have.length(40);
      const cut = $$(el, '[part="label"]').filter((l) => l.textContent!.includes('…'));
      expect(cut.length, 'some labels are cut at 560 px').to.be.greaterThan(0);
      for (const label of cut) {
        const step = steps[Number(label.dataset.navLabel)];
        expect(step.getAttribute('aria-label')).to.match(/^[^…]+ ชุมชนที่ \d+\. Step \d+, weight/);
      }
      await expect(el).to.be.accessible();
    });

    it('handles 200 steps and 500 reports', async () => {
      const el = await render(largestTimeline(), { width: 1200 });
      expect(stepMarks(el)).to.have.length(200);
      expect($$(el, '[part~="log-point"]')).to.have.length(500);
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    });
  });

  describe('keyboard and milestone-select', () => {
    it('is one tab stop; arrows, Home and End move among steps and reports', async () => {
      const el = await render(seedTimeline());
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      // A page goes on after the timeline. (With nothing focusable after it, Tab leaves the
      // document, and Firefox's Shift+Tab back from outside skips to the first stop: any last
      // element, an HTML button as well as an SVG mark.)
      const after = document.createElement('button');
      after.textContent = 'after';
      el.after(after);
      before.focus();
      await press('Tab'); // the "Show as table" switch
      await press('Tab');
      expect(active(el)).to.equal(stepMarks(el)[0]);
      await press('ArrowRight');
      await el.updateComplete;
      expect(active(el)).to.equal(stepMarks(el)[1]);
      expect(stepMarks(el)[1].getAttribute('tabindex')).to.equal('0');
      expect(stepMarks(el)[0].getAttribute('tabindex')).to.equal('-1');
      await press('End');
      await el.updateComplete;
      const points = $$(el, '[part~="log-point"]');
      expect(active(el)).to.equal(points[5]);
      await press('ArrowRight');
      expect(active(el), 'stays on the last').to.equal(points[5]);
      await press('ArrowLeft');
      await el.updateComplete;
      expect(active(el)).to.equal(points[4]);
      await press('Home');
      await el.updateComplete;
      expect(active(el)).to.equal(stepMarks(el)[0]);
      // Leaving and coming back lands on the mark last visited.
      await press('ArrowDown');
      await el.updateComplete;
      await press('Tab');
      assert.isTrue(document.activeElement === after, 'Tab leaves the timeline');
      await shiftTab();
      expect(active(el)).to.equal(stepMarks(el)[1]);
      before.remove();
      after.remove();
    });

    it('fires milestone-select with the step on Enter and on Space, bubbling out of the shadow', async () => {
      const el = await render(seedTimeline());
      stepMarks(el)[0].focus();
      await press('ArrowRight');
      await el.updateComplete;
      setTimeout(() => press('Enter'));
      const event = (await oneEvent(document, 'milestone-select')) as MilestoneSelectEvent;
      expect(event.detail.step.name).to.equal('ดำเนินโครงการ');
      expect(event.detail.step.step).to.equal(2);
      expect(event.bubbles && event.composed).to.be.true;
      setTimeout(() => press('Space'));
      const again = await oneEvent(el, 'milestone-select');
      expect(again.detail.step.step).to.equal(2);
    });

    it('fires milestone-select on a click, and nothing for a report', async () => {
      const el = await render(seedTimeline());
      let fired = 0;
      el.addEventListener('milestone-select', () => fired++);
      setTimeout(() => stepMarks(el)[2].dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const event = await oneEvent(el, 'milestone-select');
      expect(event.detail.step.name).to.equal('รายงานผลการดำเนินงาน');
      const point = $$(el, '[part~="log-point"]')[0];
      point.focus();
      await press('Enter');
      point.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await aTimeout(20);
      expect(fired).to.equal(1);
    });

    it('fires no milestone-select when properties or attributes are set', async () => {
      const el = await render(seedTimeline());
      let fired = 0;
      el.addEventListener('milestone-select', () => fired++);
      el.project = twoYearTimeline();
      await el.updateComplete;
      el.setAttribute('as-of', '2020-06-30');
      el.setAttribute('lang', 'th');
      el.showTable = true;
      await el.updateComplete;
      el.removeAttribute('show-table');
      el.project = seedTimeline();
      await el.updateComplete;
      await aTimeout(20);
      expect(fired).to.equal(0);
    });
  });

  describe('details of the focused or hovered item', () => {
    it('tells the focused step in full: name, weight, dates, planned at its end', async () => {
      const el = await render(seedTimeline());
      expect(clean($(el, '[part="details"]')!.textContent)).to.contain('Point at or focus');
      stepMarks(el)[0].focus();
      await el.updateComplete;
      const details = $(el, '[part="details"]')!;
      expect(clean(details.querySelector('.title')!.textContent)).to.equal(SEED_NAMES[0]);
      expect(details.querySelector('.title')!.getAttribute('lang')).to.equal('th');
      expect(pairs(details)).to.deep.equal([
        ['Step', '1'],
        ['Weight', '20%'],
        ['Dates', '10 February 2020'],
        ['Planned by its end', '25%'],
        ['Actual by its end', '0%'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('tells the hovered report: date, progress and its change, note, problems', async () => {
      const el = await render(seedTimeline());
      const point = $$(el, '[part~="log-point"]')[2];
      point.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const details = $(el, '[part="details"]')!;
      expect(clean(details.querySelector('.title')!.textContent)).to.equal(
        '29 June 2020 ▲ Problem reported',
      );
      expect(pairs(details)).to.deep.equal([
        ['Progress', '65% (+5 points)'],
        ['Note', 'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด'],
        ['Problems', 'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด'],
        ['Obstacles', 'ไม่มี'],
      ]);
      $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(clean($(el, '[part="details"]')!.textContent)).to.contain('Point at or focus');
    });
  });

  describe('Thai', () => {
    it('says the summary in Thai with Buddhist-era years, and no Gregorian year anywhere', async () => {
      const el = await render(seedTimeline(), { lang: 'th' });
      expect(summary(el)).to.equal(
        'แผนการดำเนินงาน 3 ขั้นตอน ตั้งแต่ 10 กุมภาพันธ์ ถึง 30 กันยายน 2563 ' +
          'ณ วันที่ 30 กันยายน 2563 ตามแผน 100% ผลการดำเนินงาน 100%',
      );
      const axis = [...$(el, '[part="axis"]')!.querySelectorAll('text')].map((t) =>
        clean(t.textContent),
      );
      expect(axis).to.include.members(['ปีงบประมาณ 2563', 'ไตรมาส 1', 'ต.ค.', '2562', '2563']);
      expect(stepMarks(el)[0].getAttribute('aria-label')).to.equal(
        'จัดทำโครงการตามการอนุมัติเงินงวด ขั้นตอนที่ 1 น้ำหนัก 20% 10 กุมภาพันธ์ 2563 ' +
          'ตามแผนเมื่อสิ้นสุดขั้นตอน 25% ผลการดำเนินงาน 0%',
      );
      expect(clean($(el, '[part="table-toggle"]')!.textContent)).to.equal('แสดงเป็นตาราง');
      expect(reachableText(el)).to.not.match(/\b20(19|20|21)\b/);
      await expect(el).to.be.accessible();
    });

    it('writes Thai digits when asked, and Gregorian years in Thai only when asked', async () => {
      const el = await render(seedTimeline(), { lang: 'th', attrs: { numerals: 'thai' } });
      expect(summary(el)).to.contain('๓ ขั้นตอน');
      expect(summary(el)).to.contain('๓๐ กันยายน ๒๕๖๓');
      el.setAttribute('calendar', 'gregory');
      el.removeAttribute('numerals');
      await el.updateComplete;
      expect(summary(el)).to.contain('30 กันยายน 2020');
    });

    it('keeps the Buddhist era in the table view and the narrow list', async () => {
      const el = await render(seedTimeline(), { lang: 'th', attrs: { 'show-table': '' } });
      expect(clean($(el, 'caption')!.textContent)).to.equal('ขั้นตอนการดำเนินงาน');
      expect(reachableText(el)).to.not.match(/\b20(19|20|21)\b/);
      const firstStep = [...$(el, 'table')!.querySelectorAll('tbody tr')[0].children];
      expect(firstStep.map((cell) => clean(cell.textContent))).to.deep.equal([
        '1',
        'จัดทำโครงการตามการอนุมัติเงินงวด',
        '20%',
        '10 ก.พ. 2563',
        '10 ก.พ. 2563',
        '25%',
        '0%',
      ]);
      const narrow = await render(seedTimeline(), { lang: 'th', width: 320 });
      await waitUntil(() => $(narrow, '[part="list"]'), 'narrow list');
      expect(reachableText(narrow)).to.not.match(/\b20(19|20|21)\b/);
      await expect(narrow).to.be.accessible();
    });
  });

  describe('table view', () => {
    it('is a switch (aria-pressed) that shows the steps and the log as real tables', async () => {
      const el = await render(seedTimeline());
      const toggle = $(el, '[part="table-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.hasAttribute('show-table')).to.be.true;
      expect($(el, '[part="chart"]')).to.be.null;
      const tables = $$(el, 'table');
      expect(tables.map((t) => clean(t.querySelector('caption')!.textContent))).to.deep.equal([
        'Plan steps',
        'Progress reports',
      ]);
      const heads = [...tables[0].querySelectorAll('thead th')];
      expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      expect(heads.map((th) => clean(th.textContent))).to.deep.equal([
        'Step',
        'Step name',
        'Weight',
        'Start',
        'End',
        'Planned by its end',
        'Actual by its end',
      ]);
      const rows = [...tables[0].querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => clean(c.textContent)),
      );
      expect(rows[0]).to.deep.equal([
        '1',
        'จัดทำโครงการตามการอนุมัติเงินงวด',
        '20%',
        '10 Feb 2020',
        '10 Feb 2020',
        '25%',
        '0%',
      ]);
      const rowHeader = tables[0].querySelector('tbody th')!;
      expect(rowHeader.getAttribute('scope')).to.equal('row');
      expect(rowHeader.getAttribute('lang')).to.equal('th');
      const logRows = [...tables[1].querySelectorAll('tbody tr')];
      expect(logRows.map((tr) => tr.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
        ['2020-09-21', '2020-08-28', '2020-07-29', '2020-06-29', '2020-05-29', '2020-04-30'],
      );
      expect(clean(logRows[0].children[1].textContent)).to.equal('100% (+25 points)');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect($(el, '[part="chart"]')).to.not.be.null;
    });
  });

  describe('narrow container (below 480 px)', () => {
    it('becomes a list of steps with small bars of planned and actual', async () => {
      const el = await render(seedTimeline(), { width: 320, asOf: '2020-06-30' });
      await waitUntil(() => $(el, '[part="list"]'), 'narrow list');
      expect($(el, '[part="chart"]')).to.be.null;
      const steps = stepMarks(el);
      expect(steps).to.have.length(3);
      steps.forEach(
        (step, i) => expect(step.getAttribute('aria-label')!.startsWith(SEED_NAMES[i])).to.be.true,
      );
      const rows = $$(el, '.step-row').map((li) => clean(li.textContent));
      expect(rows[1]).to.equal(
        '◆ ดำเนินโครงการ Step 2 · weight 40% · 1 March 2020 Planned 75% by its end Actual 0% at its end',
      );
      expect(rows[2]).to.contain('Actual: not due yet');
      const overall = clean($(el, '.overall')!.textContent);
      expect(overall).to.contain('Planned 75%');
      expect(overall).to.contain('Actual 65%');
      // Reports newest first, as every log in the package.
      const reports = $$(el, '.reports [part~="log-point"]');
      expect(reports.map((r) => r.querySelector('time')!.getAttribute('datetime'))[0]).to.equal(
        '2020-09-21',
      );
      await expect(el).to.be.accessible();
    });

    it('keeps the roving tabindex in the list', async () => {
      const el = await render(seedTimeline(), { width: 320 });
      await waitUntil(() => $(el, '[part="list"]'), 'narrow list');
      stepMarks(el)[0].focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(active(el)).to.equal(stepMarks(el)[1]);
      await press('End');
      await el.updateComplete;
      expect(active(el)!.getAttribute('aria-label')).to.match(/^Report of 30 April 2020/);
    });

    it('follows its container when it is resized, and stops watching once removed', async () => {
      const el = await render(seedTimeline(), { width: 800 });
      const box = el.parentElement!;
      expect($(el, '[part="chart"]')).to.not.be.null;
      box.style.width = '360px';
      await waitUntil(() => $(el, '[part="list"]'), 'switched to the list');
      box.style.width = '700px';
      await waitUntil(() => $(el, '[part="chart"]'), 'back to the chart');
      const svg = $(el, '[part="chart"] svg')!;
      expect(svg.getAttribute('width')).to.equal('700');
      el.remove();
      box.style.width = '300px';
      await aTimeout(50);
      expect($(el, '[part="chart"] svg')!.getAttribute('width')).to.equal('700');
      box.append(el);
      await waitUntil(() => $(el, '[part="list"]'), 'measured again on reconnect');
    });
  });

  describe('empty parts and other states', () => {
    it('says in words that there is no plan and no log, with nothing else drawn', async () => {
      const el = await render(emptyTimeline());
      expect(summary(el)).to.equal(
        'No plan steps have been given. No progress reported by 30 September 2020.',
      );
      expect($(el, '[part="chart"]')).to.be.null;
      expect($(el, '[part="table-toggle"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('says there is no log beside a plan, and no plan beside a log', async () => {
      const planOnly = await render(planOnlyTimeline());
      expect(clean($(planOnly, '[part="note"]')!.textContent)).to.equal(
        'No progress has been reported yet.',
      );
      expect(summary(planOnly)).to.contain('Planned 100% on 30 September 2020; no progress');
      expect(stepMarks(planOnly)).to.have.length(3);
      await expect(planOnly).to.be.accessible();
      const logOnly = await render(logOnlyTimeline(), { attrs: { 'show-table': '' } });
      expect(clean($(logOnly, '[part="note"]')!.textContent)).to.equal(
        'No plan steps have been given.',
      );
      expect($$(logOnly, 'table')).to.have.length(1);
      await expect(logOnly).to.be.accessible();
    });

    it('shows how far behind a late project is', async () => {
      const el = await render(behindTimeline(), { asOf: '2020-06-30' });
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 1 November 2019 to 30 September 2020. ' +
          'Planned 71%, actual 20% on 30 June 2020.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows every problem of bad input and draws nothing else', async () => {
      const el = document.createElement('milestone-timeline');
      const failed = oneEvent(el, 'project-error');
      el.project = invalidTimeline();
      document.body.append(el);
      const event = await failed;
      const paths = event.detail.issues.map((issue: Issue) => issue.path);
      expect(paths).to.include.members(['schemaVersion', 'plan[0].weight']);
      await el.updateComplete;
      expect($(el, '[part="error"][role="alert"]')).to.not.be.null;
      expect($(el, '[part="base"]')).to.be.null;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says it is loading while src is fetched, then draws the project', async () => {
      const el = document.createElement('milestone-timeline');
      el.setAttribute('as-of', AS_OF);
      const loaded = oneEvent(el, 'project-load');
      el.src = SEED_URL;
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(stepMarks(el)).to.have.length(3);
      el.remove();
    });
  });
});
