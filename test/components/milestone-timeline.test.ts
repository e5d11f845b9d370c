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
import { clean, $, $$ } from '../harness.js';
import { AS_OF, render } from './milestone-timeline.harness.js';

const summary = (el: MilestoneTimeline) => clean($(el, '[part="summary"]')?.textContent);
const marks = (el: MilestoneTimeline) => $$(el, '[data-nav]');
const stepMarks = (el: MilestoneTimeline) => $$(el, '[part~="step"]');
const pairs = (details: Element) =>
  [...details.querySelectorAll('dl > div')].map((div) => [
    clean(div.querySelector('dt')!.textContent),
    clean(div.querySelector('dd')!.textContent),
  ]);
const active = (el: MilestoneTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
/**
 * That the focus is on `mark`, compared by identity: a failing chai `equal` between two elements
 * prints them whole, which hangs Firefox and WebKit and crashes Chromium's tab.
 */
const assertFocusOn = (el: MilestoneTimeline, mark: Element | undefined, message: string) =>
  assert.isTrue(active(el) === mark, message);
/** The pieces of a mark's accessible name (aria-labelledby), each with its own `lang`. */
const nameParts = (el: MilestoneTimeline, mark: Element) =>
  mark
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id)!)
    .map((part) => ({ text: clean(part.textContent), lang: part.getAttribute('lang') }));
/** A mark's accessible name, as aria-labelledby joins its pieces. */
const nameOf = (el: MilestoneTimeline, mark: Element) =>
  nameParts(el, mark)
    .map((p) => p.text)
    .join(' ');

const SEED_NAMES = ['จัดทำโครงการตามการอนุมัติเงินงวด', 'ดำเนินโครงการ', 'รายงานผลการดำเนินงาน'];

/** Containers made by render(), removed after each test. */

/**
 * Every text a person can reach: text nodes and names (the pieces that aria-labelledby joins are
 * text nodes too), but not `datetime` attributes.
 */
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
      expect($(el, '.axis-title')).to.be.null;
      expect(clean($(el, '.as-of-label')!.textContent)).to.equal('As of 30 Sept');
    });

    it('draws each step with a roving tabindex and a name whose parts keep their language', async () => {
      const el = await render(seedTimeline());
      const steps = stepMarks(el);
      expect(steps).to.have.length(3);
      steps.forEach((step, i) => {
        expect(step.getAttribute('role')).to.equal('button');
        expect(step.hasAttribute('aria-label')).to.be.false;
        // "Step 2:" in the page's language, the name in Thai, the rest in the page's again.
        const parts = nameParts(el, step);
        expect(parts[0]).to.deep.equal({ text: `Step ${i + 1}:`, lang: null });
        expect(parts[1]).to.deep.equal({ text: SEED_NAMES[i], lang: 'th' });
        expect(parts[2].lang).to.be.null;
      });
      // Step 1 runs until step 2 starts (as the figures read it); its weight and what it comes
      // to in the plan are said apart; it ended before the first report: no report, not 0 %.
      expect(nameOf(el, steps[0])).to.equal(
        'Step 1: จัดทำโครงการตามการอนุมัติเงินงวด weight 20 of 80, ' +
          '10 February – 1 March 2020 (entered as 10 February 2020; runs until step 2 starts). ' +
          'Planned by its end: 25% of the plan. No report by its end.',
      );
      expect(nameOf(el, steps[2])).to.equal(
        'Step 3: รายงานผลการดำเนินงาน weight 20 of 80, 30 September 2020. ' +
          'Planned by its end: 100% of the plan. Actual at its end: 100%.',
      );
      expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal([
        '0',
        ...new Array(8).fill('-1'),
      ]);
      // Labels lie beside the marks, hidden from assistive technology (the marks' names say it
      // all); text from the data carries the project's language.
      const labels = $$(el, '[part="label"]');
      // The weight, not "20%": the weights add up to 80, so step 1 is 25 % of the plan.
      expect(labels.map((l) => clean(l.textContent))).to.deep.equal([
        'จัดทำโครงการตามการอนุมัติเงินงวด · weight 20',
        'ดำเนินโครงการ · weight 40',
        'รายงานผลการดำเนินงาน · weight 20',
      ]);
      expect(labels[1].closest('[aria-hidden="true"]')).to.not.be.null;
      expect(labels[1].querySelector('tspan')!.getAttribute('lang')).to.equal('th');
    });

    it('marks the reports, those naming a problem with a triangle, annotated with the problem', async () => {
      const el = await render(seedTimeline());
      const points = $$(el, '[part~="log-point"]');
      expect(points).to.have.length(6);
      expect(points.filter((p) => p.classList.contains('problem'))).to.have.length(3);
      expect(nameParts(el, points[1])).to.deep.equal([
        { text: 'Report (5) of 29 May 2020: 60%.', lang: null },
        { text: 'อยู่ระหว่างขั้นตอนเบิกจ่ายวัสดุในการดำเนินงาน', lang: 'th' },
        { text: 'Problems:', lang: null },
        { text: 'ชะลอการเปิดเวทีชุมชนเนื่องจากสถานการณ์โควิด-19', lang: 'th' },
      ]);
      expect(nameOf(el, points[3])).to.not.contain('Problems');
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
        const [number, name] = nameParts(el, step);
        expect(number.text).to.match(/^Step \d+:$/);
        expect(name.text).to.match(/^[^…]+ ชุมชนที่ \d+$/);
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
      await press('Tab'); // the "Play as sound" switch
      await press('Tab');
      assertFocusOn(el, stepMarks(el)[0], 'Tab lands on the first step');
      await press('ArrowRight');
      await el.updateComplete;
      assertFocusOn(el, stepMarks(el)[1], 'ArrowRight moves to the second step');
      expect(stepMarks(el)[1].getAttribute('tabindex')).to.equal('0');
      expect(stepMarks(el)[0].getAttribute('tabindex')).to.equal('-1');
      await press('End');
      await el.updateComplete;
      const points = $$(el, '[part~="log-point"]');
      assertFocusOn(el, points[5], 'End moves to the last report');
      await press('ArrowRight');
      assertFocusOn(el, points[5], 'stays on the last');
      await press('ArrowLeft');
      await el.updateComplete;
      assertFocusOn(el, points[4], 'ArrowLeft moves back one');
      await press('Home');
      await el.updateComplete;
      assertFocusOn(el, stepMarks(el)[0], 'Home moves to the first step');
      // Leaving and coming back lands on the mark last visited.
      await press('ArrowDown');
      await el.updateComplete;
      await press('Tab');
      assert.isTrue(document.activeElement === after, 'Tab leaves the timeline');
      await shiftTab();
      assertFocusOn(el, stepMarks(el)[1], 'Shift+Tab comes back to the mark last visited');
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
      expect(clean($(el, '[part="details"]')!.textContent)).to.equal(
        'Click or tap a step or a report to see its details.',
      );
      stepMarks(el)[0].focus();
      await el.updateComplete;
      const details = $(el, '[part="details"]')!;
      expect(clean(details.querySelector('.title')!.textContent)).to.equal(SEED_NAMES[0]);
      expect(details.querySelector('.title')!.getAttribute('lang')).to.equal('th');
      expect(pairs(details)).to.deep.equal([
        ['Step', '1'],
        ['Weight', '20 of 80 → 25% of the plan'],
        [
          'Duration',
          '10 February – 1 March 2020 (entered as 10 February 2020; runs until step 2 starts)',
        ],
        ['Planned by its end', '25%'],
        ['Actual by its end', 'No report yet'],
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
        '(4) 29 June 2020 ▲ Problem reported',
      );
      expect(pairs(details)).to.deep.equal([
        ['Progress', '65% (+5)'],
        ['Note', 'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด'],
        ['Problems', 'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด'],
        ['Obstacles', 'ไม่มี'],
      ]);
      $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(clean($(el, '[part="details"]')!.textContent)).to.contain('Click or tap');
    });
  });

  describe('the seed at the dates of issue 15', () => {
    const text = (el: MilestoneTimeline) => clean(reachableText(el));
    const notJudging = (el: MilestoneTimeline) =>
      expect(text(el)).not.to.match(/behind|at risk|ล่าช้า|เสี่ยง/i);

    it('15 March 2020: no report is not 0 %; nothing after as-of is drawn', async () => {
      const el = await render(seedTimeline(), { asOf: '2020-03-15' });
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 10 February to 30 September 2020. ' +
          'Planned 28.3% by 15 March 2020; no report yet.',
      );
      expect(clean($(el, '.later')!.textContent)).to.equal(
        '6 reports dated after 15 March 2020 are not shown.',
      );
      expect($$(el, '[part~="log-point"]')).to.have.length(0);
      expect($(el, 'path.actual')!.getAttribute('d')).to.equal('');
      expect(text(el)).not.to.match(/actual 0|Actual 0|\b0% at its end/i);
      expect(nameOf(el, stepMarks(el)[0])).to.match(/No report by its end\.$/);
      notJudging(el);
      await expect(el).to.be.accessible();

      const th = await render(seedTimeline(), { asOf: '2020-03-15', lang: 'th' });
      expect(summary(th)).to.equal(
        'แผนการดำเนินงาน 3 ขั้นตอน ตั้งแต่ 10 กุมภาพันธ์ ถึง 30 กันยายน 2563 ' +
          'ณ วันที่ 15 มีนาคม 2563 แผน ร้อยละ 28.3 ยังไม่มีการรายงานผล',
      );
      expect(clean($(th, '.later')!.textContent)).to.equal(
        'มีรายงานผล 6 รายการที่ลงวันที่หลังวันที่ 15 มีนาคม 2563 ซึ่งไม่ได้แสดงไว้',
      );
      expect(text(th)).not.to.match(/ร้อยละ 0(?![.\d])/);
      notJudging(th);
      await expect(th).to.be.accessible();
    });

    it('15 March 2020 in the narrow list and the tables: "No report yet", no empty 0 % bar', async () => {
      const el = await render(seedTimeline(), { asOf: '2020-03-15', width: 320 });
      await waitUntil(() => $(el, '[part="list"]'), 'narrow list');
      expect(clean($(el, '.overall')!.textContent)).to.equal(
        'Planned 28.3% No report yet As of 15 March 2020',
      );
      expect(clean($(el, '.reports')?.textContent)).to.equal('');
      expect(text(el)).not.to.match(/Actual 0/);
      await expect(el).to.be.accessible();
      const th = await render(seedTimeline(), {
        asOf: '2020-03-15',
        lang: 'th',
        attrs: { 'show-table': '' },
      });
      const cells = [...$(th, 'table')!.querySelectorAll('tbody tr')].map((tr) =>
        clean(tr.lastElementChild!.textContent),
      );
      // Step 1 ended on 1 March with nothing reported; the others are not due yet.
      expect(cells).to.deep.equal(['ยังไม่มีการรายงานผล', 'ยังไม่ถึงกำหนด', 'ยังไม่ถึงกำหนด']);
      expect(clean($(th, '[part="note"]:not(.later)')!.textContent)).to.equal('ยังไม่มีการรายงานผล');
      await expect(th).to.be.accessible();
    });

    it('30 April 2020: the first report, (6), on track', async () => {
      const el = await render(seedTimeline(), { asOf: '2020-04-30' });
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 10 February to 30 September 2020. ' +
          'Planned 39.1%, actual 50% on 30 April 2020.',
      );
      const points = $$(el, '[part~="log-point"]');
      expect(points.map((p) => nameParts(el, p)[0].text)).to.deep.equal([
        'Report (6) of 30 April 2020: 50%.',
      ]);
      expect(clean($(el, '.later')!.textContent)).to.equal(
        '5 reports dated after 30 April 2020 are not shown.',
      );
      notJudging(el);
      await expect(el).to.be.accessible();
    });

    it('30 June 2020: three reports, (6) to (4), in English and Thai', async () => {
      const el = await render(seedTimeline(), { asOf: '2020-06-30' });
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 10 February to 30 September 2020. ' +
          'Planned 53.4%, actual 65% on 30 June 2020.',
      );
      expect($$(el, '[part~="log-point"]').map((p) => nameParts(el, p)[0].text)).to.deep.equal([
        'Report (6) of 30 April 2020: 50%.',
        'Report (5) of 29 May 2020: 60%.',
        'Report (4) of 29 June 2020: 65%.',
      ]);
      notJudging(el);
      await expect(el).to.be.accessible();
      const th = await render(seedTimeline(), { asOf: '2020-06-30', lang: 'th' });
      expect(summary(th)).to.equal(
        'แผนการดำเนินงาน 3 ขั้นตอน ตั้งแต่ 10 กุมภาพันธ์ ถึง 30 กันยายน 2563 ' +
          'ณ วันที่ 30 มิถุนายน 2563 แผน ร้อยละ 53.4 ผลการดำเนินงาน ร้อยละ 65',
      );
      expect(nameParts(th, $$(th, '[part~="log-point"]')[2])[0].text).to.equal(
        'รายงานผลลำดับที่ (4) วันที่ 29 มิถุนายน 2563 ความคืบหน้า ร้อยละ 65',
      );
      notJudging(th);
      await expect(th).to.be.accessible();
    });

    it('today (7 December 2026): all six reports, complete, no as-of line past the year', async () => {
      const el = await render(seedTimeline(), { asOf: '2026-12-07' });
      expect(summary(el)).to.equal(
        'Plan of 3 steps from 10 February to 30 September 2020. ' +
          'Planned 100%, actual 100% on 7 December 2026.',
      );
      expect($$(el, '[part~="log-point"]')).to.have.length(6);
      expect($(el, '.later')).to.be.null;
      expect($(el, 'line.as-of')).to.be.null;
      await expect(el).to.be.accessible();
      const th = await render(seedTimeline(), { asOf: '2026-12-07', lang: 'th' });
      expect(summary(th)).to.contain('ณ วันที่ 7 ธันวาคม 2569 แผน ร้อยละ 100 ผลการดำเนินงาน ร้อยละ 100');
      await expect(th).to.be.accessible();
    });

    it('voices Thai data in Thai on an English page when the project has no language', async () => {
      const project = structuredClone(seedTimeline()) as Record<string, unknown>;
      delete project.language;
      const el = await render(project);
      const step = nameParts(el, stepMarks(el)[1]);
      expect(step[1]).to.deep.equal({ text: 'ดำเนินโครงการ', lang: 'th' });
      expect($$(el, '[part="label"] tspan')[0].getAttribute('lang')).to.equal('th');
      expect($$(el, 'text.annotation').every((n) => n.getAttribute('lang') === 'th')).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('Thai', () => {
    it('says the summary in Thai with Buddhist-era years, and no Gregorian year anywhere', async () => {
      const el = await render(seedTimeline(), { lang: 'th' });
      expect(summary(el)).to.equal(
        'แผนการดำเนินงาน 3 ขั้นตอน ตั้งแต่ 10 กุมภาพันธ์ ถึง 30 กันยายน 2563 ' +
          'ณ วันที่ 30 กันยายน 2563 แผน ร้อยละ 100 ผลการดำเนินงาน ร้อยละ 100',
      );
      const axis = [...$(el, '[part="axis"]')!.querySelectorAll('text')].map((t) =>
        clean(t.textContent),
      );
      expect(axis).to.include.members(['ปีงบประมาณ 2563', 'ไตรมาสที่ 1', 'ต.ค.', '2562', '2563']);
      // The scale: bare numbers under "ร้อยละ", never "100%" in Thai text.
      expect(axis).to.include.members(['ร้อยละ', '0', '25', '100']);
      expect(axis.join(' ')).to.not.contain('%');
      expect(nameOf(el, stepMarks(el)[1])).to.equal(
        'ขั้นตอนที่ 2 ดำเนินโครงการ น้ำหนัก 40 จาก 80 ระยะเวลาดำเนินการ ' +
          '1 มีนาคม – 30 กันยายน 2563 (บันทึกไว้เป็นวันเดียวคือ 1 มีนาคม 2563 ' +
          'จึงถือว่าดำเนินการจนถึงวันเริ่มขั้นตอนที่ 3) ' +
          'เมื่อสิ้นสุดขั้นตอนคิดเป็นร้อยละ 100 ของแผน ผลการดำเนินงาน ณ วันสิ้นสุดขั้นตอน ร้อยละ 100',
      );
      expect(clean($(el, '[part="details"]')!.textContent)).to.equal(
        'คลิกหรือแตะที่ขั้นตอนหรือรายงานผลเพื่อดูรายละเอียด',
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
        '20 จาก 80 → ร้อยละ 25 ของแผน',
        '10 ก.พ. 2563',
        '1 มี.ค. 2563 (บันทึกไว้เป็นวันเดียวคือ 10 กุมภาพันธ์ 2563 จึงถือว่าดำเนินการจนถึงวันเริ่มขั้นตอนที่ 2)',
        'ร้อยละ 25',
        'ยังไม่มีการรายงานผล',
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
        'Due by',
        'Planned by its end',
        'Actual by its end',
      ]);
      const rows = [...tables[0].querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => clean(c.textContent)),
      );
      expect(rows[0]).to.deep.equal([
        '1',
        'จัดทำโครงการตามการอนุมัติเงินงวด',
        '20 of 80 → 25% of the plan',
        '10 Feb 2020',
        '1 Mar 2020 (entered as 10 February 2020; runs until step 2 starts)',
        '25%',
        'No report yet',
      ]);
      const rowHeader = tables[0].querySelector('tbody th')!;
      expect(rowHeader.getAttribute('scope')).to.equal('row');
      expect(rowHeader.getAttribute('lang')).to.equal('th');
      const logRows = [...tables[1].querySelectorAll('tbody tr')];
      expect(logRows.map((tr) => tr.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
        ['2020-09-21', '2020-08-28', '2020-07-29', '2020-06-29', '2020-05-29', '2020-04-30'],
      );
      // The BMA page's numbers, (1) the newest; the change as officers write it.
      expect(logRows.map((tr) => clean(tr.children[0].textContent))).to.deep.equal([
        '(1)',
        '(2)',
        '(3)',
        '(4)',
        '(5)',
        '(6)',
      ]);
      expect(clean(logRows[0].children[2].textContent)).to.equal('100% (+25)');
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
      steps.forEach((step, i) => expect(nameParts(el, step)[1].text).to.equal(SEED_NAMES[i]));
      const rows = $$(el, '.step-row').map((li) => clean(li.textContent));
      expect(rows[0]).to.equal(
        '▬ จัดทำโครงการตามการอนุมัติเงินงวด Step 1 · weight 20 of 80 → 25% of the plan · ' +
          '10 February – 1 March 2020 Planned 25% by its end No report by its end',
      );
      expect(rows[1]).to.equal(
        '▬ ดำเนินโครงการ Step 2 · weight 40 of 80 → 100% of the plan · ' +
          '1 March – 30 September 2020 Planned 100% by its end Actual: not due yet',
      );
      expect(rows[2]).to.contain('Actual: not due yet');
      const overall = clean($(el, '.overall')!.textContent);
      expect(overall).to.contain('Planned 53.4%');
      expect(overall).to.contain('Actual 65%');
      // Reports newest first, as every log in the package; none after as-of.
      const reports = $$(el, '.reports [part~="log-point"]');
      expect(reports.map((r) => r.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
        '2020-06-29',
        '2020-05-29',
        '2020-04-30',
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps the roving tabindex in the list', async () => {
      const el = await render(seedTimeline(), { width: 320 });
      await waitUntil(() => $(el, '[part="list"]'), 'narrow list');
      stepMarks(el)[0].focus();
      await press('ArrowDown');
      await el.updateComplete;
      assertFocusOn(el, stepMarks(el)[1], 'ArrowDown moves to the next step');
      await press('End');
      await el.updateComplete;
      expect(nameOf(el, active(el)!)).to.match(/^Report \(6\) of 30 April 2020/);
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
        'No plan steps have been given. No report by 30 September 2020.',
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
      expect(summary(planOnly)).to.contain('Planned 100% by 30 September 2020; no report yet.');
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
