import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/progress-log/define.js';
import type { Issue, Warning } from '../../src/domain/index.js';
import type { ProgressLog } from '../../src/components/progress-log/progress-log.js';
import { SEED_URL, seed, seedWith } from '../fixtures/projects.js';
import {
  decreaseProject,
  emptyLogProject,
  invalidLogProject,
  longAsOf,
  longProject,
  shuffledSeed,
  singleReportProject,
  staleProject,
} from '../fixtures/progress-log.js';
import { clean, $, $$, textOf } from '../harness.js';

const entries = (el: ProgressLog) => $$(el, '[part="list"] > li');
const datesOf = (el: ProgressLog) =>
  entries(el).map((li) => li.querySelector('time')!.getAttribute('datetime'));
const textOf2 = (root: Element, selector: string) =>
  clean(root.querySelector(selector)?.textContent);

async function render(
  project: unknown,
  { lang = 'en', asOf = '2020-09-30', attrs = '' } = {},
): Promise<ProgressLog> {
  const el = await fixture<ProgressLog>(
    html`<progress-log lang=${lang} as-of=${asOf} .project=${project}></progress-log>`,
  );
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name, value);
  }
  await el.updateComplete;
  return el;
}

describe('<progress-log>', () => {
  describe('the list', () => {
    it('lists the reports newest first whatever the input order, each date in <time datetime>', async () => {
      const el = await render(shuffledSeed());
      expect(datesOf(el)).to.deep.equal([
        '2020-09-21',
        '2020-08-28',
        '2020-07-29',
        '2020-06-29',
        '2020-05-29',
        '2020-04-30',
      ]);
      const list = $(el, 'ol[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Progress reports, newest first');
      const first = entries(el)[0];
      expect(clean(first.querySelector('time')!.textContent)).to.equal('21 September 2020');
      expect(clean(first.querySelector('[part="percent"]')!.textContent)).to.equal('100%');
      const note = first.querySelector('[part="note"]')!;
      expect(note.textContent).to.equal('ดำเนินการจัดทำแผนพัฒนาชุมชนแล้วเสร็จจำนวน 22 ชุมชน');
      expect(note.getAttribute('lang'), 'data text carries the data language').to.equal('th');
      await expect(el).to.be.accessible();
    });

    it('gives each report its change since the one before it in time', async () => {
      const el = await render(shuffledSeed());
      const changes = entries(el).map((li) =>
        clean(li.querySelector('[part="change"]')!.textContent),
      );
      // "(+25)": the change in points, as officers write it (issue 15).
      expect(changes).to.deep.equal(['(+25)', '(+5)', '(+5)', '(+5)', '(+10)', 'first report']);
    });

    it('flags a decrease in words and with a shape, and counts it in the summary', async () => {
      const el = await render(decreaseProject());
      const july = entries(el).find((li) => li.querySelector('time')!.dateTime === '2020-07-29')!;
      const change = july.querySelector('[part="change"]')!;
      expect(change.tagName).to.equal('STRONG');
      expect(change.getAttribute('data-trend')).to.equal('down');
      expect(clean(change.textContent)).to.equal('▼ down 5 points');
      expect(change.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▼');
      const august = entries(el).find((li) => li.querySelector('time')!.dateTime === '2020-08-28')!;
      expect(clean(august.querySelector('[part="change"]')!.textContent)).to.equal('(+15)');
      expect(textOf(el, '[part="summary"]')).to.contain('Progress went down once.');
      await expect(el).to.be.accessible();
    });

    it('says "no change" and "1 point" where they apply', async () => {
      const el = await render(
        seedWith({
          log: [
            { date: '2020-05-01', percent: 10, note: 'a' },
            { date: '2020-06-01', percent: 10, note: 'b' },
            { date: '2020-07-01', percent: 11, note: 'c' },
            { date: '2020-08-01', percent: 10, note: 'd' },
          ],
          progress: 10,
        }),
      );
      const changes = entries(el).map((li) =>
        clean(li.querySelector('[part="change"]')!.textContent),
      );
      expect(changes).to.deep.equal(['▼ down 1 point', '(+1)', 'no change', 'first report']);
    });

    it('decides up, down, no change and point or points on the figure it prints', async () => {
      const el = await render(
        seedWith({
          log: [
            { date: '2020-04-01', percent: 10, note: 'a' },
            { date: '2020-05-01', percent: 9.96, note: '−0.04' },
            { date: '2020-06-01', percent: 10, note: '+0.04' },
            { date: '2020-07-01', percent: 10.96, note: '+0.96' },
            { date: '2020-08-01', percent: 11.96, note: '+1' },
            { date: '2020-09-01', percent: 6.96, note: '−5' },
            { date: '2020-09-15', percent: 7.41, note: '+0.45' },
          ],
          progress: 7.41,
        }),
      );
      const change = (li: HTMLElement) => li.querySelector<HTMLElement>('[part="change"]')!;
      const shown = entries(el).map((li) => [
        li.querySelector('[part="note"]')!.textContent,
        clean(change(li).textContent),
        change(li).dataset.trend,
        change(li).tagName,
      ]);
      expect(shown).to.deep.equal([
        ['+0.45', '(+0.5)', 'up', 'SPAN'],
        ['−5', '▼ down 5 points', 'down', 'STRONG'],
        ['+1', '(+1)', 'up', 'SPAN'],
        ['+0.96', '(+1)', 'up', 'SPAN'],
        ['+0.04', 'no change', 'same', 'SPAN'],
        // Not a bold "▼ down 0 points": it prints as 0, so it is no change.
        ['−0.04', 'no change', 'same', 'SPAN'],
        ['a', 'first report', 'first', 'SPAN'],
      ]);
      // The summary counts the decreases the list shows: one, not two.
      expect(textOf(el, '[part="summary"]')).to.contain('Progress went down once.');

      const th = await render(
        seedWith({
          log: [
            { date: '2020-05-01', percent: 10, note: 'a' },
            { date: '2020-06-01', percent: 10.96, note: 'b' },
            { date: '2020-07-01', percent: 10.92, note: 'c' },
          ],
          progress: 10.92,
        }),
        { lang: 'th' },
      );
      expect(entries(th).map((li) => clean(change(li).textContent))).to.deep.equal([
        'ไม่เปลี่ยนแปลง',
        '(+1)',
        'รายงานครั้งแรก',
      ]);
    });
  });

  describe('problems and obstacles', () => {
    it('shows them as labelled callouts when they say something', async () => {
      const el = await render(seed());
      const withCallouts = entries(el).map((li) => [
        li.querySelector('time')!.dateTime,
        li.querySelectorAll('[part~="callout"]').length,
      ]);
      expect(withCallouts).to.deep.equal([
        ['2020-09-21', 0],
        ['2020-08-28', 0],
        ['2020-07-29', 0],
        ['2020-06-29', 1],
        ['2020-05-29', 1],
        ['2020-04-30', 1],
      ]);
      const callout = entries(el)[3].querySelector('[part~="callout"]')!;
      expect(callout.getAttribute('part')).to.equal('callout problems');
      expect(clean(callout.querySelector('.callout-label')!.textContent)).to.equal('⚠Problems');
      const text = callout.querySelector('.callout-text')!;
      expect(text.textContent).to.equal('ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด');
      expect(text.getAttribute('lang')).to.equal('th');
    });

    it('keeps "ไม่มี" (none) readable in a quiet line instead of a callout', async () => {
      const el = await render(seed());
      const newest = entries(el)[0];
      expect(clean(newest.querySelector('[part="quiet"]')!.textContent)).to.equal(
        'Problems: ไม่มี Obstacles: ไม่มี',
      );
      expect(newest.querySelector('[part="quiet"] [lang="th"]')).to.exist;
      const covid = entries(el)[3];
      expect(clean(covid.querySelector('[part="quiet"]')!.textContent)).to.equal('Obstacles: ไม่มี');
    });

    it('shows an obstacles callout too, and nothing at all for an empty or missing field', async () => {
      const decrease = await render(decreaseProject());
      const july = entries(decrease).find(
        (li) => li.querySelector('time')!.dateTime === '2020-07-29',
      )!;
      expect(
        [...july.querySelectorAll('[part~="callout"]')].map((c) => c.getAttribute('part')),
      ).to.deep.equal(['callout problems', 'callout obstacles']);
      expect(clean(july.querySelector('[part="callout obstacles"]')!.textContent)).to.equal(
        '⚠Obstacles ฝนตกหนักในช่วงเดือนกรกฎาคม',
      );

      const single = await render(singleReportProject());
      const only = entries(single)[0];
      expect(only.querySelector('[part~="callout"]')).to.be.null;
      expect(only.querySelector('[part="quiet"]')).to.be.null;
    });

    it('renders text from the data as text, never as HTML', async () => {
      const el = await render(
        seedWith({
          log: [
            {
              date: '2020-09-21',
              percent: 100,
              note: '<img src=x onerror=alert(1)>',
              problems: '<b>x</b>',
            },
          ],
        }),
      );
      expect($(el, 'img')).to.be.null;
      expect($(el, 'b')).to.be.null;
      expect(textOf(el, '[part="note"]')).to.equal('<img src=x onerror=alert(1)>');
      expect(textOf(el, '.callout-text')).to.equal('<b>x</b>');
    });
  });

  describe('the filter', () => {
    it('lists only the reports with problems or obstacles when a person switches it on', async () => {
      const el = await render(seed());
      const box = $(el, 'input[type="checkbox"][part="filter"]') as HTMLInputElement;
      expect(clean(box.closest('label')!.textContent)).to.equal(
        'Only reports with problems or obstacles',
      );
      expect(box.checked).to.be.false;
      expect(textOf(el, '[part="count"]')).to.equal('6 reports.');
      expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');

      const changed = oneEvent(el, 'log-filter-change');
      box.click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ problemsOnly: true });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(el.problemsOnly).to.be.true;
      expect(el.hasAttribute('problems-only')).to.be.true;
      expect(datesOf(el)).to.deep.equal(['2020-06-29', '2020-05-29', '2020-04-30']);
      expect(textOf(el, '[part="count"]')).to.equal(
        '3 of 6 reports mention problems or obstacles.',
      );
      // Changes stay measured against the report before in time, not the one before in the view.
      expect(clean(entries(el)[0].querySelector('[part="change"]')!.textContent)).to.equal('(+5)');
      // The numbers stay the BMA page's: the filter renumbers nothing.
      expect(entries(el).map((li) => textOf2(li, '[part="number"]'))).to.deep.equal([
        '(4)',
        '(5)',
        '(6)',
      ]);
      await expect(el).to.be.accessible();

      box.click();
      await el.updateComplete;
      expect(entries(el)).to.have.length(6);
    });

    it('fires nothing when problemsOnly is set from code, and follows the attribute', async () => {
      const el = await render(seed());
      let fired = 0;
      el.addEventListener('log-filter-change', () => fired++);
      el.problemsOnly = true;
      await el.updateComplete;
      expect(entries(el)).to.have.length(3);
      expect(($(el, '[part="filter"]') as HTMLInputElement).checked).to.be.true;
      el.removeAttribute('problems-only');
      await el.updateComplete;
      expect(entries(el)).to.have.length(6);
      el.setAttribute('problems-only', '');
      await el.updateComplete;
      expect(entries(el)).to.have.length(3);
      expect(fired).to.equal(0);
    });

    it('says so when no report has a problem or an obstacle', async () => {
      const log = (seed().log as Record<string, unknown>[]).map((e) => ({ ...e, problems: 'ไม่มี' }));
      const el = await render(seedWith({ log }), { attrs: 'problems-only' });
      expect($(el, 'ol')).to.be.null;
      expect(textOf(el, '[part="empty"]')).to.equal('No report mentions a problem or an obstacle.');
      expect(textOf(el, '[part="count"]')).to.equal(
        '0 of 6 reports mention problems or obstacles.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('the chart', () => {
    it('is hidden from assistive technology and summarised in words beside it', async () => {
      const el = await render(seed());
      const figure = $(el, 'figure[part="chart"]')!;
      expect(figure.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(clean(figure.querySelector('figcaption[part="summary"]')!.textContent)).to.equal(
        'From 50% on 30 April to 100% on 21 September 2020, in 6 reports. ' +
          'Planned by 30 September 2020: 100%.',
      );
      // A step line with one dot per report, the planned curve, the as-of mark.
      expect(figure.querySelectorAll('circle.point')).to.have.length(6);
      expect(figure.querySelector('path.actual')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
      expect(figure.querySelector('path.planned')).to.exist;
      expect(figure.querySelector('line.as-of')).to.exist;
      expect(clean(figure.querySelector('.legend')!.textContent)).to.equal(
        'Reported Planned As of 30 Sept 2020',
      );
    });

    it('says the planned figure at as-of and draws no planned curve without a plan', async () => {
      const midway = await render(seed(), { asOf: '2020-06-30' });
      // The plan as the domain reads the seed's one-date steps (step 2 runs March to September).
      expect(textOf(midway, '[part="summary"]')).to.contain('Planned by 30 June 2020: 53.4%.');

      const unplanned = await render(seedWith({ plan: [] }));
      expect($(unplanned, 'path.planned')).to.be.null;
      expect(textOf(unplanned, '[part="summary"]')).not.to.contain('Planned');
      expect(textOf(unplanned, '.legend')).not.to.contain('Planned');
    });

    it('sums up a single report, and years that differ', async () => {
      const single = await render(singleReportProject());
      expect(textOf(single, '[part="summary"]')).to.equal(
        'One report: 100% on 21 September 2020. Planned by 30 September 2020: 100%.',
      );
      expect(textOf(single, '[part="count"]')).to.equal('1 report.');

      const twoYears = await render(
        seedWith({
          log: [
            { date: '2019-12-20', percent: 5, note: 'a' },
            { date: '2020-01-20', percent: 15, note: 'b' },
          ],
          progress: 15,
          plan: [],
        }),
        { asOf: '2020-01-31' },
      );
      expect(textOf(twoYears, '[part="summary"]')).to.equal(
        'From 5% on 20 December 2019 to 15% on 20 January 2020, in 2 reports.',
      );
    });

    it('is laid out at the width it is given, down to 320 px, without overflowing', async () => {
      // Built by hand rather than with fixture(), which waits for a frame that a page running
      // in the background never paints.
      const wrapper = document.createElement('div');
      wrapper.style.width = '320px';
      const el = document.createElement('progress-log');
      el.setAttribute('lang', 'en');
      el.setAttribute('as-of', '2020-09-30');
      el.project = seed();
      wrapper.append(el);
      document.body.append(wrapper);
      await waitUntil(() => $(el, 'svg')?.getAttribute('width') === '320', 'measured at 320 px');
      expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('0 0 320 132');
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '[part="base"]')!.scrollWidth).to.be.at.most(320);
      // Wider: the chart and its summary sit side by side, the chart at its own measured width.
      wrapper.style.width = '900px';
      el.project = seedWith({ id: 'wide' });
      el.remove();
      wrapper.append(el);
      await waitUntil(() => {
        const width = Number($(el, 'svg')!.getAttribute('width'));
        return width > 320 && width === Math.round($(el, '.chart-box')!.clientWidth);
      }, 'measured again at the wider size');
      const figure = $(el, 'figure')!;
      expect(figure.querySelector('figcaption')!.getBoundingClientRect().top).to.be.below(
        figure.querySelector('svg')!.getBoundingClientRect().bottom,
      );
      wrapper.remove();
    });
  });

  describe('a stale history', () => {
    it('warns when the newest report is older than stale-after-days at as-of, once', async () => {
      const el = document.createElement('progress-log');
      el.setAttribute('lang', 'en');
      el.setAttribute('as-of', '2020-09-30');
      el.project = staleProject();
      const loaded = oneEvent(el, 'project-load');
      document.body.append(el);
      const event = await loaded;
      await el.updateComplete;
      expect(event.detail.warnings.map((w: Warning) => w.code)).to.include('stale-update');
      expect(textOf(el, '[part~="stale"]')).to.equal(
        '⚠ The newest report, of 29 July 2020, was made 2 months ago as of 30 September 2020; ' +
          'reports are due at least every 45 days.',
      );
      // The same finding is not listed again among the data-quality warnings.
      expect(textOf(el, '[part="warnings"]')).not.to.contain('29 July 2020');
      const all = clean(el.shadowRoot!.textContent);
      expect(all.split('2 months ago')).to.have.length(2);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('is one of the warnings to the page: ::part(warnings) reaches it', async () => {
      const style = document.createElement('style');
      style.textContent = 'progress-log::part(warnings) { display: none; }';
      document.head.append(style);
      try {
        const el = await render(staleProject());
        const notice = $(el, '[part~="stale"]')!;
        expect(notice.getAttribute('part')!.split(' ')).to.include.members(['warnings', 'stale']);
        // A page that hides the data-quality warnings hides this one too: none is left showing.
        expect(notice.getClientRects()).to.have.length(0);
        const shown = $$(el, '[part~="warnings"]').filter((w) => w.getClientRects().length > 0);
        expect(shown).to.deep.equal([]);
        style.textContent = 'progress-log::part(warnings) { outline: 3px solid rgb(255, 0, 0); }';
        expect(getComputedStyle(notice).outlineColor).to.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });

    it('follows stale-after-days, and leaves the warning to a dashboard', async () => {
      const el = await render(staleProject(), { attrs: 'stale-after-days=90' });
      expect($(el, '[part~="stale"]')).to.be.null;
      el.staleAfterDays = 30;
      await el.updateComplete;
      expect(textOf(el, '[part~="stale"]')).to.contain('reports are due at least every 30 days');
      el.nested = true;
      await el.updateComplete;
      expect($(el, '[part~="stale"]')).to.be.null;
      expect($(el, '[part="warnings"]')).to.be.null;
    });

    it('says nothing of staleness for a fresh or complete history', async () => {
      expect($(await render(seed()), '[part~="stale"]')).to.be.null;
      // The seed is complete: a report 100 days old is not stale.
      expect($(await render(seed(), { asOf: '2020-12-30' }), '[part~="stale"]')).to.be.null;
    });
  });

  describe('a long history', () => {
    it('lists the newest 10 and a "Show all N" button that shows the rest and moves focus', async () => {
      const el = await render(longProject(300), { asOf: longAsOf(300) });
      expect(entries(el)).to.have.length(10);
      expect(datesOf(el)[0]).to.equal('2020-07-26');
      expect(textOf(el, '[part="count"]')).to.equal('Showing the newest 10 of 300 reports.');
      const button = $(el, 'button[part="show-all"]')!;
      expect(clean(button.textContent)).to.equal('Show all 300 reports');
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement !== null, 'focus moved');
      expect($(el, '[part="show-all"]')).to.be.null;
      // Compared by identity (chai printing two elements whole hangs Firefox and WebKit).
      assert.isTrue(
        el.shadowRoot!.activeElement === entries(el)[10],
        'the focus is on the first report that was hidden',
      );
      // The count says what is coming while the rest is added a chunk per task.
      expect(textOf(el, '[part="count"]')).to.equal('300 reports.');
      await waitUntil(() => entries(el).length === 300, 'every report listed');
      expect(datesOf(el).at(-1)).to.equal('2019-10-01');
      // Keys keep each entry's element: the newest is still the same node after a filter round trip.
      const newest = entries(el)[0];
      el.problemsOnly = true;
      await el.updateComplete;
      el.problemsOnly = false;
      await el.updateComplete;
      expect(entries(el)[0]).to.equal(newest);
    });

    it('applies the 10 to the filtered list, and takes initial-count', async () => {
      const el = await render(longProject(300), { asOf: longAsOf(300), attrs: 'problems-only' });
      // Every 25th report has a problem and every 40th an obstacle: 12 + 7 − 1 (the 200th) = 18.
      expect(entries(el)).to.have.length(10);
      expect(clean($(el, '[part="show-all"]')!.textContent)).to.equal('Show all 18 reports');
      expect(textOf(el, '[part="count"]')).to.equal(
        '18 of 300 reports mention problems or obstacles.',
      );
      el.initialCount = 3;
      el.problemsOnly = false;
      await el.updateComplete;
      expect(entries(el)).to.have.length(3);
    });

    it('draws 1,000 reports as one line without a dot each, and lists them all on demand', async () => {
      const el = await render(longProject(1000), { asOf: longAsOf(1000) });
      expect($$(el, 'circle.point')).to.have.length(0);
      expect($(el, 'path.actual')).to.exist;
      $(el, '[part="show-all"]')!.click();
      await el.updateComplete;
      // A chunk at a time, so the page keeps answering: never all 1,000 in the first task.
      expect(entries(el).length).to.be.within(11, 999);
      // All of them in the end; how soon is the benchmarks' business (Firefox and WebKit take
      // longer than waitUntil's default second).
      await waitUntil(() => entries(el).length === 1000, 'every report listed', {
        timeout: 20_000,
      });
      expect(clean(entries(el)[999].querySelector('[part="change"]')!.textContent)).to.equal(
        'first report',
      );
    });

    it('keeps focus on the report a person is on when a newer one arrives or the filter changes', async () => {
      // 30 reports, one a day from 2019-10-01; the 25th (2019-10-25) names a problem.
      const el = await render(longProject(30), { asOf: longAsOf(31) });
      $(el, '[part="show-all"]')!.click();
      await waitUntil(() => entries(el).length === 30, 'every report listed');
      const focusedDate = () =>
        el.shadowRoot!.activeElement?.querySelector('time')?.getAttribute('datetime');
      entries(el)
        .find((li) => li.querySelector('time')!.getAttribute('datetime') === '2019-10-25')!
        .focus();
      expect(focusedDate()).to.equal('2019-10-25');

      // The same project with a newer report on top (a page polling its src): every row moves
      // down one place, and focus stays with its report rather than with its place.
      el.project = longProject(31);
      await waitUntil(() => entries(el).length === 31, 'the new report listed');
      expect(datesOf(el)[0]).to.equal('2019-10-31');
      expect(focusedDate()).to.equal('2019-10-25');

      // The filter keeps that report, so focus stays on it.
      el.problemsOnly = true;
      await el.updateComplete;
      expect(focusedDate()).to.equal('2019-10-25');
    });

    it('folds again when another project is given', async () => {
      const el = await render(longProject(300), { asOf: longAsOf(300) });
      $(el, '[part="show-all"]')!.click();
      await el.updateComplete;
      el.project = { ...longProject(40), id: 'other' };
      await el.updateComplete;
      expect(entries(el)).to.have.length(10);
    });
  });

  describe('other states', () => {
    it('says so when the log is empty, with no chart and no filter', async () => {
      const el = await render(emptyLogProject());
      expect(textOf(el, '[part="empty"]')).to.equal('No report yet.');
      expect($(el, 'ol')).to.be.null;
      expect($(el, 'svg')).to.be.null;
      expect($(el, '[part="filter"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('lists every problem of bad input and draws no log', async () => {
      const el = document.createElement('progress-log');
      el.setAttribute('lang', 'en');
      el.setAttribute('as-of', '2020-09-30');
      el.project = invalidLogProject();
      const failed = oneEvent(el, 'project-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.issues.map((issue: Issue) => issue.path)).to.include.members([
        'log[1].date',
        'log[1].percent',
      ]);
      await el.updateComplete;
      const alert = $(el, '[part="error"][role="alert"]')!;
      const items = [...alert.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(items.some((t) => t.startsWith('log[1].percent: '))).to.be.true;
      expect(items.some((t) => t.startsWith('log[1].date: '))).to.be.true;
      expect($(el, 'ol')).to.be.null;
      expect($(el, 'svg')).to.be.null;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says it is loading while src loads, then renders the log', async () => {
      const el = document.createElement('progress-log');
      el.setAttribute('as-of', '2020-09-30');
      el.src = SEED_URL;
      const loaded = oneEvent(el, 'project-load');
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(entries(el)).to.have.length(6);
      el.remove();
    });

    it('does not change the project it is given', async () => {
      const project = shuffledSeed();
      const before = JSON.stringify(project);
      await render(project);
      expect(JSON.stringify(project)).to.equal(before);
    });
  });

  describe('the seed at the dates of issue 15: nothing after as-of, numbers as the BMA page', () => {
    const numbers = (el: ProgressLog) => entries(el).map((li) => textOf2(li, '[part="number"]'));
    const notJudging = (el: ProgressLog) =>
      expect(clean(el.shadowRoot!.textContent)).not.to.match(/behind|at risk|ล่าช้า|เสี่ยง/i);

    it('15 March 2020: "No report yet", never 0 %, and says six later reports are not shown', async () => {
      const el = await render(seed(), { asOf: '2020-03-15' });
      expect(textOf(el, '[part="empty"]')).to.equal('No report yet.');
      expect(textOf(el, '[part="later"]')).to.equal(
        '6 reports dated after 15 March 2020 are not shown.',
      );
      expect($(el, 'svg')).to.be.null;
      expect(clean(el.shadowRoot!.textContent)).not.to.match(/\b0 ?%/);
      notJudging(el);
      await expect(el).to.be.accessible();

      const th = await render(seed(), { asOf: '2020-03-15', lang: 'th' });
      expect(textOf(th, '[part="empty"]')).to.equal('ยังไม่มีการรายงานผล');
      expect(textOf(th, '[part="later"]')).to.equal(
        'มีรายงานผล 6 รายการที่ลงวันที่หลังวันที่ 15 มีนาคม 2563 ซึ่งไม่ได้แสดงไว้',
      );
      expect(clean(th.shadowRoot!.textContent)).not.to.match(/ร้อยละ 0\b/);
      await expect(th).to.be.accessible();
    });

    it('30 April 2020: the first report, (6), and the plan as the domain reads it', async () => {
      const el = await render(seed(), { asOf: '2020-04-30' });
      expect(datesOf(el)).to.deep.equal(['2020-04-30']);
      expect(numbers(el)).to.deep.equal(['(6)']);
      expect(textOf(el, '[part="summary"]')).to.equal(
        'One report: 50% on 30 April 2020. Planned by 30 April 2020: 39.1%.',
      );
      expect(textOf(el, '[part="count"]')).to.equal('1 report.');
      expect(textOf(el, '[part="later"]')).to.equal(
        '5 reports dated after 30 April 2020 are not shown.',
      );
      notJudging(el);
      await expect(el).to.be.accessible();
    });

    it('30 June 2020: three reports (4)–(6), the chart ending at as-of, in English and Thai', async () => {
      const el = await render(seed(), { asOf: '2020-06-30' });
      expect(numbers(el)).to.deep.equal(['(4)', '(5)', '(6)']);
      expect(textOf(el, '[part="summary"]')).to.equal(
        'From 50% on 30 April to 65% on 29 June 2020, in 3 reports. ' +
          'Planned by 30 June 2020: 53.4%.',
      );
      expect(textOf(el, '[part="later"]')).to.equal(
        '3 reports dated after 30 June 2020 are not shown.',
      );
      expect($$(el, 'circle.point')).to.have.length(3);
      const timeTicks = $$(el, 'text.tick').filter((t) => !/^\d+%$/.test(t.textContent!));
      expect(timeTicks.map((t) => clean(t.textContent))).to.deep.equal([
        '30 Apr 2020',
        '30 Jun 2020',
      ]);
      notJudging(el);
      await expect(el).to.be.accessible();

      const th = await render(seed(), { asOf: '2020-06-30', lang: 'th' });
      expect(numbers(th)).to.deep.equal(['(4)', '(5)', '(6)']);
      expect(entries(th).map((li) => textOf2(li, '[part="change"]'))).to.deep.equal([
        '(+5)',
        '(+10)',
        'รายงานครั้งแรก',
      ]);
      expect(textOf(th, '[part="summary"]')).to.equal(
        'จาก ร้อยละ 50 เมื่อวันที่ 30 เมษายน เป็น ร้อยละ 65 เมื่อวันที่ 29 มิถุนายน 2563 ' +
          'จากการรายงาน 3 ครั้ง แผน ณ วันที่ 30 มิถุนายน 2563 ร้อยละ 53.4',
      );
      notJudging(th);
      await expect(th).to.be.accessible();
    });

    it('today (7 December 2026): all six reports (1)–(6), on an axis that ends with the fiscal year', async () => {
      const el = await render(seed(), { asOf: '2026-12-07' });
      expect(numbers(el)).to.deep.equal(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
      expect($(el, '[part="later"]')).to.be.null;
      const svgEl = $(el, 'svg')!;
      const timeTicks = $$(el, 'text.tick').filter((t) => !/^\d+%$/.test(t.textContent!));
      // Not April 2020 to December 2026: the reports keep the width.
      expect(timeTicks.map((t) => clean(t.textContent))).to.deep.equal([
        '30 Apr 2020',
        '30 Sept 2020',
      ]);
      const xs = $$(el, 'circle.point').map((c) => Number(c.getAttribute('cx')));
      const plotWidth = Number(svgEl.getAttribute('width')) - 50;
      expect(xs.at(-1)! - xs[0]).to.be.greaterThan(plotWidth * 0.8);
      // As-of is past the axis: no line for it, and no key.
      expect($(el, 'line.as-of')).to.be.null;
      expect(textOf(el, '.legend')).to.equal('Reported Planned');
      await expect(el).to.be.accessible();
    });

    it('labels the y-axis without clipping: "100%" in English, bare numbers under "ร้อยละ" in Thai', async () => {
      for (const lang of ['en', 'th']) {
        const el = await render(seed(), { lang });
        const svgEl = $(el, 'svg')!;
        const box = svgEl.getBoundingClientRect();
        const ticks = $$(el, 'text.tick');
        for (const tick of ticks) {
          const r = tick.getBoundingClientRect();
          expect(r.left, `${lang} "${tick.textContent}" inside the chart`).to.be.at.least(
            box.left - 0.5,
          );
          expect(r.top).to.be.at.least(box.top - 0.5);
        }
        const values = ticks.slice(0, 3).map((t) => clean(t.textContent));
        if (lang === 'en') {
          expect(values).to.deep.equal(['0%', '50%', '100%']);
        } else {
          expect(values).to.deep.equal(['0', '50', '100']);
          expect(clean($(el, '.axis-title')!.textContent)).to.equal('ร้อยละ');
          expect(ticks.map((t) => t.textContent).join(' ')).not.to.contain('%');
        }
      }
    });
  });

  describe('in Thai', () => {
    it('writes dates in the Buddhist era and words in Thai, with no Gregorian year on screen', async () => {
      const el = await render(decreaseProject(), { lang: 'th' });
      const first = entries(el)[0];
      expect(clean(first.querySelector('time')!.textContent)).to.equal('21 กันยายน 2563');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2020-09-21');
      expect(clean(first.querySelector('[part="change"]')!.textContent)).to.equal('(+25)');
      const july = entries(el).find((li) => li.querySelector('time')!.dateTime === '2020-07-29')!;
      expect(clean(july.querySelector('[part="change"]')!.textContent)).to.equal('▼ ลดลง 5 จุด');
      expect(
        clean(july.querySelector('[part="callout problems"] .callout-label')!.textContent),
      ).to.equal('⚠ปัญหาของโครงการ');
      expect(textOf(el, '[part="summary"]')).to.equal(
        'จาก ร้อยละ 50 เมื่อวันที่ 30 เมษายน เป็น ร้อยละ 100 เมื่อวันที่ 21 กันยายน 2563 ' +
          'จากการรายงาน 6 ครั้ง ความคืบหน้าลดลง 1 ครั้ง แผน ณ วันที่ 30 กันยายน 2563 ร้อยละ 100',
      );
      expect(clean($(el, '[part="filter"]')!.closest('label')!.textContent)).to.equal(
        'เฉพาะรายงานที่มีปัญหาหรืออุปสรรค',
      );
      expect(textOf(el, '[part="count"]')).to.equal('รายงาน 6 รายการ');
      // The seed page's own word for the reports, the same in every element.
      expect($(el, 'ol[part="list"]')!.getAttribute('aria-label')).to.equal(
        'ผลการดำเนินงาน เรียงจากล่าสุด',
      );
      // Every text a person can reach, the chart's labels included.
      const shown = clean(el.shadowRoot!.textContent);
      expect(shown).not.to.match(/\b20[12]\d\b/);
      expect(shown).to.contain('2563');
      expect(
        $$(el, '.tick')
          .map((t) => t.textContent)
          .join(' '),
      ).to.match(/2563.*2563/);
      await expect(el).to.be.accessible();
    });

    it('words the stale notice, the button and the filter count in Thai, in Thai digits if asked', async () => {
      const el = await render(staleProject(), { lang: 'th', attrs: 'numerals=thai' });
      expect(textOf(el, '[part~="stale"]')).to.equal(
        '⚠ รายงานผลครั้งล่าสุดลงวันที่ ๒๙ กรกฎาคม ๒๕๖๓ (๒ เดือนที่ผ่านมา นับถึงวันที่ ๓๐ กันยายน ๒๕๖๓) ' +
          'ควรรายงานผลอย่างน้อยทุก ๔๕ วัน',
      );
      expect(clean(entries(el)[0].querySelector('[part="percent"]')!.textContent)).to.equal(
        'ร้อยละ ๗๐',
      );

      const long = await render(longProject(300), { lang: 'th', asOf: longAsOf(300) });
      expect(textOf(long, '[part="show-all"]')).to.equal('แสดงรายงานทั้งหมด 300 รายการ');
      expect(textOf(long, '[part="count"]')).to.equal(
        'แสดงรายงานล่าสุด 10 รายการ จากทั้งหมด 300 รายการ',
      );
      long.problemsOnly = true;
      await long.updateComplete;
      expect(textOf(long, '[part="count"]')).to.equal('มีรายงานที่ระบุปัญหาหรืออุปสรรค 18 จาก 300 รายการ');
      await expect(long).to.be.accessible();
    });

    it('says the empty log in Thai and switches language live', async () => {
      const el = await render(emptyLogProject(), { lang: 'th' });
      expect(textOf(el, '[part="empty"]')).to.equal('ยังไม่มีการรายงานผล');
      await expect(el).to.be.accessible();
      el.project = seed();
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(clean(entries(el)[0].querySelector('time')!.textContent)).to.equal(
        '21 September 2020',
      );
    });
  });
});
