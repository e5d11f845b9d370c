// Issue 19 items 2 and 6 for <milestone-timeline>: a cue that says how to use the marks (shown,
// and the group's description), a step's details pinned by Enter, Space or a click and said to
// assistive technology, the summary read once, and table wrappers that are Tab stops only while
// they scroll. In English and in Thai.
import { aTimeout, assert, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { press } from '../engine.js';
import '../../src/components/milestone-timeline/define.js';
import '../../src/components/project-dashboard/define.js';
import { seedTimeline, twoYearTimeline } from '../fixtures/milestone-timeline.js';
import { clean, $, $$ } from '../harness.js';
import { AS_OF, box, render } from './milestone-timeline.harness.js';

const SEED_NAMES = ['จัดทำโครงการตามการอนุมัติเงินงวด', 'ดำเนินโครงการ', 'รายงานผลการดำเนินงาน'];

const WORDS = {
  en: {
    wideCue:
      'Arrow keys move between the steps and reports, Home and End to the first and last. ' +
      'Enter, Space or a click on a step pins its details; Escape unpins them.',
    listCue:
      'Up and down arrow keys move between the steps and reports, Home and End to the first ' +
      'and last. Enter, Space or a tap on a step pins it; Escape unpins it.',
    pinned: 'Pinned',
    pinnedSaid: (n: number) => `Step ${n} pinned: ${SEED_NAMES[n - 1]}.`,
    unpinnedSaid: (n: number) => `Step ${n} unpinned.`,
    hint: 'Click or tap a step or a report to see its details.',
  },
  th: {
    wideCue:
      'ใช้ปุ่มลูกศรเพื่อเลื่อนระหว่างขั้นตอนและรายงาน ' +
      'และปุ่ม Home หรือ End เพื่อไปยังรายการแรกหรือรายการสุดท้าย ' +
      'กด Enter หรือ Space หรือคลิกที่ขั้นตอนเพื่อปักหมุดรายละเอียด และกด Esc เพื่อเลิกปักหมุด',
    listCue:
      'ใช้ปุ่มลูกศรขึ้นและลงเพื่อเลื่อนระหว่างขั้นตอนและรายงาน ' +
      'และปุ่ม Home หรือ End เพื่อไปยังรายการแรกหรือรายการสุดท้าย ' +
      'กด Enter หรือ Space หรือแตะที่ขั้นตอนเพื่อปักหมุด และกด Esc เพื่อเลิกปักหมุด',
    pinned: 'ปักหมุดไว้',
    pinnedSaid: (n: number) => `ปักหมุดขั้นตอนที่ ${n} แล้ว: ${SEED_NAMES[n - 1]}`,
    unpinnedSaid: (n: number) => `เลิกปักหมุดขั้นตอนที่ ${n} แล้ว`,
    hint: 'คลิกหรือแตะที่ขั้นตอนหรือรายงานผลเพื่อดูรายละเอียด',
  },
} as const;

const stepMarks = (el: Element) => $$(el, '[part~="step"]');
const said = (el: Element) => clean($(el, '[part="announcer"]')?.textContent);
const details = (el: Element) => $(el, '[part="details"]')!;
const detailsTitle = (el: Element) => clean(details(el).querySelector('.title')?.textContent);
const pinTag = (el: Element) => clean(details(el).querySelector('.pin-tag')?.textContent);
const pressed = (el: Element) => stepMarks(el).map((m) => m.getAttribute('aria-pressed'));

/** Containers made by render(), removed after each test. */

/** A button after the timeline, for the focus to leave to. */
function buttonAfter(el: Element): HTMLButtonElement {
  const after = document.createElement('button');
  after.textContent = 'after';
  el.after(after);
  return after;
}

describe('<milestone-timeline> cues and pinned details (issue 19)', () => {
  for (const lang of ['en', 'th'] as const) {
    const words = WORDS[lang];

    describe(`in ${lang === 'en' ? 'English' : 'Thai'}`, () => {
      it('says under the chart how to use it, as the group’s description; the summary is read once', async () => {
        const el = await render(seedTimeline(), { lang });
        const chart = $(el, '[part="chart"]')!;
        const cue = $(el, '[part="cue"]')!;
        expect(clean(cue.textContent)).to.equal(words.wideCue);
        // Shown under the chart, before the details.
        expect(chart.compareDocumentPosition(cue) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(
          0,
        );
        expect(cue.checkVisibility()).to.be.true;
        expect(chart.getAttribute('aria-describedby')).to.equal('cue');
        assert.isTrue(el.shadowRoot!.getElementById('cue') === cue, 'the description is the cue');
        // The group is named by the summary; the paragraph itself is not read a second time.
        expect(chart.getAttribute('aria-labelledby')).to.equal('summary');
        expect($(el, '[part="summary"]')!.getAttribute('aria-hidden')).to.equal('true');
        expect(stepMarks(el).map((m) => m.getAttribute('role'))).to.deep.equal(
          Array(3).fill('button'),
        );
        expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
        await expect(el).to.be.accessible();
      });

      it('pins a step’s details on Enter, says so, keeps them while others are previewed, and Escape lets them go', async () => {
        const el = await render(seedTimeline(), { lang });
        const after = buttonAfter(el);
        expect(clean(details(el).textContent)).to.equal(words.hint);
        stepMarks(el)[0].focus();
        await press('ArrowRight');
        await press('Enter');
        await el.updateComplete;
        expect(pressed(el)).to.deep.equal(['false', 'true', 'false']);
        expect(pinTag(el)).to.equal(words.pinned);
        expect(detailsTitle(el)).to.equal(SEED_NAMES[1]);
        await waitUntil(() => said(el) !== '', 'the pin is said');
        expect(said(el)).to.equal(words.pinnedSaid(2));
        await expect(el).to.be.accessible();

        // The focus on a report shows the report; leaving the chart brings the pin back.
        await press('End');
        await el.updateComplete;
        expect(pinTag(el)).to.equal('');
        expect(detailsTitle(el)).to.match(/^\(1\) /);
        after.focus();
        await el.updateComplete;
        expect(pinTag(el)).to.equal(words.pinned);
        expect(detailsTitle(el)).to.equal(SEED_NAMES[1]);

        // The pointer previews another step; when it leaves, the pin is back.
        stepMarks(el)[2].dispatchEvent(
          new PointerEvent('pointerover', { bubbles: true, composed: true }),
        );
        await el.updateComplete;
        expect(detailsTitle(el)).to.equal(SEED_NAMES[2]);
        expect(pinTag(el)).to.equal('');
        $(el, '[part="chart"]')!.dispatchEvent(new PointerEvent('pointerleave'));
        await el.updateComplete;
        expect(detailsTitle(el)).to.equal(SEED_NAMES[1]);

        // Escape in the chart unpins, and says so.
        stepMarks(el)[0].focus();
        await press('Escape');
        await el.updateComplete;
        expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
        await waitUntil(() => said(el) === words.unpinnedSaid(2), 'the release is said');
        after.focus();
        await el.updateComplete;
        expect(clean(details(el).textContent)).to.equal(words.hint);
        after.remove();
      });

      it('fits the cue to the narrow list (up and down, a tap) and pins a row there too', async () => {
        const el = await render(seedTimeline(), { lang, width: 320 });
        await waitUntil(() => $(el, '[part="list"]'), 'narrow list');
        const list = $(el, '[part="list"]')!;
        const cue = $(el, '[part="cue"]')!;
        expect(clean(cue.textContent)).to.equal(words.listCue);
        expect(list.getAttribute('aria-describedby')).to.equal('cue');
        expect($(el, '[part="summary"]')!.getAttribute('aria-hidden')).to.equal('true');
        stepMarks(el)[0].focus();
        await press('Space');
        await el.updateComplete;
        expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
        const row = stepMarks(el)[0].closest('li')!;
        expect(clean(row.querySelector('.pin-tag')?.textContent)).to.equal(words.pinned);
        await waitUntil(() => said(el) === words.pinnedSaid(1), 'the pin is said');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('pins on a click and unpins on a second one, firing milestone-select each time', async () => {
    const el = await render(seedTimeline());
    let fired = 0;
    el.addEventListener('milestone-select', () => fired++);
    stepMarks(el)[2].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
    expect(said(el)).to.equal(WORDS.en.pinnedSaid(3));
    // Another step takes the pin over.
    setTimeout(() => stepMarks(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const event = await oneEvent(el, 'milestone-select');
    expect(event.detail.step.step).to.equal(1);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
    stepMarks(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
    expect(said(el)).to.equal(WORDS.en.unpinnedSaid(1));
    // A report is not a step: a click on it pins nothing.
    $$(el, '[part~="log-point"]')[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
    expect(fired).to.equal(3);
  });

  it('leaves an Escape that unpins nothing to the page', async () => {
    const el = await render(seedTimeline());
    let escapes = 0;
    document.addEventListener('keydown', (e) => e.key === 'Escape' && escapes++, { once: true });
    stepMarks(el)[0].focus();
    await press('Escape');
    await aTimeout(20);
    expect(escapes).to.equal(1);
    expect(said(el)).to.equal('');
  });

  it('keeps the pin through a new copy of the same project, and drops it when the step is gone', async () => {
    const el = await render(seedTimeline());
    stepMarks(el)[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    el.project = seedTimeline();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false']);
    el.project = twoYearTimeline();
    await el.updateComplete;
    expect(pressed(el).every((p) => p === 'false')).to.be.true;
    expect($(el, '.pin-tag')).to.be.null;
  });

  it('says the pin inside a dashboard too, whose region says only what changed on the page', async () => {
    const dashboard = document.createElement('project-dashboard');
    dashboard.setAttribute('as-of', AS_OF);
    dashboard.project = seedTimeline();
    box(900).append(dashboard);
    await dashboard.updateComplete;
    const el = dashboard.shadowRoot!.querySelector('milestone-timeline')!;
    await el.updateComplete;
    expect($$(el, '[part="announcer"]')).to.have.length(1);
    stepMarks(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(said(el)).to.equal(WORDS.en.pinnedSaid(1));
    await expect(dashboard).to.be.accessible();
  });

  describe('the table view', () => {
    const wraps = (el: Element) => $$(el, '.table-wrap');

    it('reads the summary as a paragraph, there being no group to name', async () => {
      const el = await render(seedTimeline(), { attrs: { 'show-table': '' } });
      expect($(el, '[part="summary"]')!.hasAttribute('aria-hidden')).to.be.false;
      expect($(el, '[part="cue"]')).to.be.null;
    });

    it('makes a table wrapper a Tab stop only while its table scrolls', async () => {
      const el = await render(seedTimeline(), { width: 1200, attrs: { 'show-table': '' } });
      expect(wraps(el)).to.have.length(2);
      for (const wrap of wraps(el)) {
        expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
        expect(wrap.hasAttribute('tabindex'), 'no Tab stop that scrolls nothing').to.be.false;
        // Still a named group: only the Tab stop goes.
        expect(wrap.getAttribute('role')).to.equal('group');
      }
      await expect(el).to.be.accessible();
      el.parentElement!.style.width = '240px';
      await waitUntil(
        () => wraps(el).some((w) => w.getAttribute('tabindex') === '0'),
        'a scrolling table is a Tab stop',
      );
      for (const wrap of wraps(el)) {
        const scrolls = wrap.scrollWidth > wrap.clientWidth;
        expect(wrap.getAttribute('tabindex')).to.equal(scrolls ? '0' : null);
      }
      await expect(el).to.be.accessible();
    });
  });
});
