import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { itIn, prefersReducedMotion, setViewport } from '../engine.js';
import '../../src/components/project-progress/define.js';
import type { ProjectProgress } from '../../src/components/project-progress/project-progress.js';
import { phoneText, telHref } from '../../src/components/project-progress/phone.js';
import { gaugeGeometry } from '../../src/viz/gauge.js';
import {
  anonymousProject,
  gaugeCases,
  holdFetchFor,
  labelledPhoneProject,
  NEVER_ANSWERS_URL,
  sparseProject,
  type GaugeCase,
} from '../fixtures/project-progress.js';
import { seedWith } from '../fixtures/projects.js';
import { parseProject } from '../../src/domain/index.js';
import { $ } from '../harness.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const meter = (el: ProjectProgress) => $(el, '[role="meter"]')!;

async function gauge(
  c: GaugeCase,
  attrs: { lang?: string; numerals?: string; variant?: string; calendar?: string } = {},
) {
  const el = await fixture<ProjectProgress>(
    html`<project-progress
      .project=${c.project}
      as-of=${c.asOf}
      lang=${attrs.lang ?? 'en'}
      numerals=${attrs.numerals ?? 'latn'}
      calendar=${attrs.calendar ?? (attrs.lang === 'th' ? 'buddhist' : 'gregory')}
      variant=${attrs.variant ?? 'full'}
    ></project-progress>`,
  );
  await el.updateComplete;
  return el;
}

/** Runs requestAnimationFrame callbacks by hand, with the page counted as visible. */
function manualFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 0;
  const realRequest = window.requestAnimationFrame;
  const realCancel = window.cancelAnimationFrame;
  window.requestAnimationFrame = (callback) => {
    callbacks.set(++next, callback);
    return next;
  };
  window.cancelAnimationFrame = (handle) => {
    callbacks.delete(handle);
  };
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  return {
    run(time: number) {
      const due = [...callbacks.values()];
      callbacks.clear();
      due.forEach((callback) => callback(time));
    },
    pending: () => callbacks.size,
    restore() {
      window.requestAnimationFrame = realRequest;
      window.cancelAnimationFrame = realCancel;
      delete (document as { visibilityState?: unknown }).visibilityState;
    },
  };
}

/** Every piece of text a person can reach: text nodes and the attributes read out or shown. */
function reachableText(el: ProjectProgress): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'aria-valuetext', 'title', 'alt'].map((name) => node.getAttribute(name) ?? ''),
  );
  return `${text(root)} ${attributes.join(' ')}`;
}

describe('<project-progress>', () => {
  describe('the seed project, complete at 30 September 2020', () => {
    it('shows title, code, organization, fiscal year, figure, plan and status in words', async () => {
      const el = await gauge(gaugeCases.complete);
      const shown = text(el.shadowRoot);
      expect(text($(el, '[part="title"]'))).to.equal(
        'สนับสนุนการจัดทำและทบทวนแผนพัฒนาชุมชนของชุมชนในแต่ละสำนักงานเขต',
      );
      expect($(el, '[part="title"]')!.getAttribute('role')).to.equal('heading');
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(shown).to.contain('Project code 50080000-2982');
      expect(shown).to.contain('สำนักงานเขตพญาไท');
      expect(shown).to.contain('Fiscal year 2020');
      expect(text($(el, '[part="label"]'))).to.equal('100%');
      expect(shown).to.contain('Planned 100%');
      expect(shown).to.contain('As of 30 September 2020');
      const status = $(el, '[part="status"]')!;
      expect(text(status)).to.equal('✓ Complete');
      expect(status.querySelector('.glyph')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is a meter with its values, a localized valuetext and a hidden SVG', async () => {
      const el = await gauge(gaugeCases.complete);
      const m = meter(el);
      expect(m.getAttribute('aria-valuenow')).to.equal('100');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuetext')).to.equal(
        '100 percent, planned 100 percent, complete',
      );
      expect(m.getAttribute('aria-label')).to.equal('Project progress');
      expect(m.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('lists the officer (her extension as text), the evaluation and who made it, the last report and the page’s links', async () => {
      const el = await gauge(gaugeCases.complete);
      const details = $(el, '[part="details"]')!;
      const terms = [...details.querySelectorAll('dt')].map(text);
      expect(terms).to.deep.equal([
        'Responsible officer',
        'Latest evaluation',
        'Last report',
        'More about this project',
      ]);
      const rows = [...details.querySelectorAll('dd')].map(text);
      expect(rows[0]).to.equal('นางน้ำทิพย์ ทองเดชศรี Tel. 6484');
      // 6484 is an internal extension: no phone outside City Hall can dial it.
      expect(details.querySelector('.phone a') === null, 'no tel: link').to.equal(true);
      expect(rows[1]).to.equal('Quarter 1, score 100 evaluated by สยป.');
      expect(rows[2]).to.equal('21 September 2020 (9 days ago)');
      expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2020-09-21');
      const links = [...details.querySelectorAll('[part="links"] a')];
      expect(links.map(text)).to.deep.equal([
        'ดูโครงการแผนปีฯ',
        '(ทดสอบ) แสดงขั้นตอนการดำเนินงานโครงการ : 50080000-2982',
        '(คลิก) ขั้นตอนการปฏิบัติงานของโครงการ : 50080000-2982',
      ]);
      expect(links[0].getAttribute('href')).to.equal('plan-year?id=50080000-2982');
      expect(links.every((a) => a.getAttribute('lang') === 'th')).to.equal(true);
    });

    it('shows the organisation code beside its name', async () => {
      const el = await gauge(gaugeCases.complete);
      expect(text($(el, '.org-code'))).to.equal('Organization code 50081000');
      const th = await gauge(gaugeCases.complete, { lang: 'th' });
      expect(text($(th, '.org-code'))).to.equal('รหัสหน่วยงาน 50081000');
    });

    it('shows the evaluation only once its quarter has begun', async () => {
      // The seed's evaluation is of quarter 1 of FY 2563, which begins on 1 October 2019.
      const before = await gauge({ ...gaugeCases.complete, asOf: '2019-09-30' });
      const terms = [...$(before, '[part="details"]')!.querySelectorAll('dt')].map(text);
      expect(terms).not.to.include('Latest evaluation');
      const after = await gauge({ ...gaugeCases.complete, asOf: '2019-10-01' });
      expect(text($(after, '[part="details"]'))).to.contain('Quarter 1, score 100');
    });

    it('never makes a link of an unsafe address, even in a project given as already parsed', async () => {
      const result = parseProject(seedWith({}), { asOf: '2020-09-30' });
      if (!result.ok) throw new Error('seed parses');
      const project = {
        ...result.project,
        links: [{ label: 'ดูโครงการ', href: 'javascript:alert(1)' }],
      };
      const el = await fixture<ProjectProgress>(
        html`<project-progress as-of="2020-09-30" .project=${project}></project-progress>`,
      );
      // Validated again by the element: the bad address is an error, never drawn as a link.
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]') === null).to.equal(true);
      expect(text($(el, '[part="error"]'))).to.contain('links[0].href');
    });

    it('marks text from the data with the project’s language', async () => {
      const el = await gauge(gaugeCases.complete);
      expect($(el, '[part="title"] span')!.getAttribute('lang')).to.equal('th');
      expect($(el, '.org')!.getAttribute('lang')).to.equal('th');
      expect($(el, 'dd span')!.getAttribute('lang')).to.equal('th');
      // The interface around it stays English.
      expect($(el, '.fy')!.hasAttribute('lang')).to.be.false;
    });

    it('draws the arcs the geometry computes for its figures', async () => {
      const el = await gauge(gaugeCases.behind);
      const expected = gaugeGeometry(15, 75, { thickness: 11 });
      expect($(el, '[part="track"]')!.getAttribute('d')).to.equal(expected.track.d);
      expect($(el, '[part="indicator"]')!.getAttribute('d')).to.equal(expected.indicator.d);
      expect($(el, '[part="planned"]')!.getAttribute('d')).to.equal(expected.planned!.d);
    });

    it('takes the ring width from --project-progress-thickness', async () => {
      const c = gaugeCases.behind;
      const el = await fixture<ProjectProgress>(
        html`<project-progress
          style="--project-progress-thickness: 20"
          .project=${c.project}
          as-of=${c.asOf}
          lang="en"
        ></project-progress>`,
      );
      expect($(el, '[part="track"]')!.getAttribute('d')).to.equal(
        gaugeGeometry(15, 75, { thickness: 20 }).track.d,
      );
    });

    it('ignores the unprefixed --size, --thickness and colours a page sets for something else', async () => {
      const c = gaugeCases.behind;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div
          style="--size: 300px; --thickness: 30; --track-color: rgb(255, 0, 0);
            --indicator-color: rgb(0, 255, 0); --planned-color: rgb(0, 0, 255)"
        >
          <project-progress .project=${c.project} as-of=${c.asOf} lang="en"></project-progress>
        </div>`,
      );
      const el = wrapper.querySelector('project-progress')!;
      await el.updateComplete;
      expect($(el, '[part="track"]')!.getAttribute('d')).to.equal(
        gaugeGeometry(15, 75, { thickness: 11 }).track.d,
      );
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect($(el, '[part="dial"]')!.getBoundingClientRect().width).to.equal(10 * rootPx);
      const paint = (part: string) => getComputedStyle($(el, `[part="${part}"]`)!).fill;
      expect([paint('track'), paint('indicator'), paint('planned')]).not.to.include.members([
        'rgb(255, 0, 0)',
        'rgb(0, 255, 0)',
        'rgb(0, 0, 255)',
      ]);

      wrapper.style.cssText =
        '--project-progress-size: 120px; --project-progress-track-color: rgb(255, 0, 0); ' +
        '--project-progress-indicator-color: rgb(0, 255, 0); ' +
        '--project-progress-planned-color: rgb(0, 0, 255)';
      expect($(el, '[part="dial"]')!.getBoundingClientRect().width).to.equal(120);
      expect([paint('track'), paint('indicator'), paint('planned')]).to.deep.equal([
        'rgb(255, 0, 0)',
        'rgb(0, 255, 0)',
        'rgb(0, 0, 255)',
      ]);
    });

    it('reads the thickness once per connection, not at every render, and on request', async () => {
      const c = gaugeCases.behind;
      const el = await fixture<ProjectProgress>(
        html`<project-progress
          style="--project-progress-thickness: 20"
          .project=${c.project}
          as-of=${c.asOf}
          lang="en"
        ></project-progress>`,
      );
      const track = () => $(el, '[part="track"]')!.getAttribute('d');
      const realGetComputedStyle = window.getComputedStyle;
      let reads = 0;
      window.getComputedStyle = (node: Element, pseudo?: string | null) => {
        if (node === el) reads++;
        return realGetComputedStyle.call(window, node, pseudo);
      };
      try {
        el.numerals = 'thai';
        el.setAttribute('lang', 'th');
        el.asOf = '2020-07-01';
        await el.updateComplete;
        el.headingLevel = 3;
        await el.updateComplete;
        expect(reads, 'renders read no style').to.equal(0);

        // A later change of the page's CSS shows when the element is told to read again.
        el.style.setProperty('--project-progress-thickness', '30');
        await el.updateComplete;
        expect(track()).to.equal(gaugeGeometry(15, 75, { thickness: 20 }).track.d);
        el.readCustomProperties();
        await el.updateComplete;
        expect(track()).to.equal(gaugeGeometry(15, 75, { thickness: 30 }).track.d);
        expect(reads).to.equal(1);

        // Moved elsewhere: read again once.
        el.style.removeProperty('--project-progress-thickness');
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(reads).to.equal(2);
        expect(track()).to.equal(gaugeGeometry(15, 75, { thickness: 11 }).track.d);
      } finally {
        window.getComputedStyle = realGetComputedStyle;
      }
    });

    it('follows heading-level', async () => {
      const c = gaugeCases.complete;
      const el = await fixture<ProjectProgress>(
        html`<project-progress
          heading-level="3"
          .project=${c.project}
          as-of=${c.asOf}
          lang="en"
        ></project-progress>`,
      );
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('in Thai', () => {
    it('words everything in Thai with Buddhist-era years, and no Gregorian year anywhere', async () => {
      const el = await gauge(gaugeCases.complete, { lang: 'th' });
      const shown = text(el.shadowRoot);
      expect(shown).to.contain('รหัสโครงการ 50080000-2982');
      expect(shown).to.contain('ปีงบประมาณ 2563');
      // ร้อยละ, never %, in Thai text; "แผน" beside a status word, not "ตามแผน".
      expect(shown).to.contain('แผน ร้อยละ 100');
      expect(shown).not.to.contain('%');
      expect(shown).to.contain('ณ วันที่ 30 กันยายน 2563');
      expect(text($(el, '[part="status"]'))).to.equal('✓ แล้วเสร็จ');
      const rows = [...$(el, '[part="details"]')!.querySelectorAll('dd')].map(text);
      expect(rows[0]).to.equal('นางน้ำทิพย์ ทองเดชศรี โทร. 6484');
      expect(rows[1]).to.equal('ไตรมาสที่ 1 คะแนน 100 ประเมินโดย สยป.');
      expect(rows[2]).to.match(/^21 กันยายน 2563 \(9 วัน/);
      expect(meter(el).getAttribute('aria-label')).to.equal('ความคืบหน้าโครงการ');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        'ความคืบหน้าร้อยละ 100 ตามแผนร้อยละ 100 แล้วเสร็จ',
      );
      expect(reachableText(el)).not.to.match(/20(19|20)/);
      // ISO dates stay in datetime attributes only.
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2020-09-21');
      await expect(el).to.be.accessible();
    });

    it('writes Thai numerals when asked, the meter value staying a number', async () => {
      const el = await gauge(gaugeCases.behind, { lang: 'th', numerals: 'thai' });
      expect(text($(el, '[part="label"]'))).to.equal('ร้อยละ ๑๕');
      // The figure and its ร้อยละ are joined by a no-break space: one line, always.
      expect($(el, '[part="label"]')!.textContent).to.contain('ร้อยละ\u00a0๑๕');
      const shown = text($(el, '[part="base"]'));
      expect(shown).to.contain('ปีงบประมาณ ๒๕๖๓');
      expect(shown).to.contain('แผน ร้อยละ ๗๕');
      expect(shown).not.to.match(/%|2563/);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('15');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        'ความคืบหน้าร้อยละ ๑๕ ตามแผนร้อยละ ๗๕ ล่าช้ากว่าแผน',
      );
      await expect(el).to.be.accessible();
    });

    it('shows Gregorian years in Thai when calendar="gregory"', async () => {
      const el = await gauge(gaugeCases.complete, { lang: 'th', calendar: 'gregory' });
      expect(text(el.shadowRoot)).to.contain('ปีงบประมาณ 2020');
    });

    it('switches language when lang changes, without any event', async () => {
      const el = await gauge(gaugeCases.complete);
      const events: string[] = [];
      el.addEventListener('project-load', () => events.push('project-load'));
      el.addEventListener('project-error', () => events.push('project-error'));
      el.setAttribute('lang', 'th');
      await el.updateComplete;
      expect(text($(el, '[part="status"]'))).to.equal('✓ แล้วเสร็จ');
      expect(events).to.deep.equal([]);
    });
  });

  describe('each schedule status', () => {
    const table: [keyof typeof gaugeCases, string, string, string, string][] = [
      ['complete', 'Complete', '✓', '100 percent, planned 100 percent, complete', 'แล้วเสร็จ'],
      ['onTrack', 'On track', '●', '74 percent, planned 75 percent, on track', 'เป็นไปตามแผน'],
      ['atRisk', 'At risk', '▲', '68 percent, planned 75 percent, at risk', 'มีความเสี่ยง'],
      [
        'behind',
        'Behind schedule',
        '✕',
        '15 percent, planned 75 percent, behind schedule',
        'ล่าช้ากว่าแผน',
      ],
      [
        'notStarted',
        'Not started',
        '○',
        '0 percent, planned 0 percent, not started',
        'ยังไม่เริ่มดำเนินการ',
      ],
      ['unplanned', 'No plan', '–', '40 percent, no plan', 'ไม่มีแผนการดำเนินงาน'],
    ];

    for (const [name, word, glyph, valueText, thaiWord] of table) {
      it(`${name}: says "${word}" with its glyph, in the valuetext too, in English and Thai`, async () => {
        const c: GaugeCase = gaugeCases[name];
        const el = await gauge(c);
        expect(text($(el, '[part="status"]'))).to.equal(`${glyph} ${word}`);
        expect(meter(el).getAttribute('aria-valuenow')).to.equal(String(c.actual));
        expect(meter(el).getAttribute('aria-valuetext')).to.equal(valueText);
        const plannedText = text($(el, '.planned-text'));
        if (c.planned === null) {
          expect($(el, '[part="planned"]')).to.be.null;
          expect(plannedText).to.equal('');
        } else {
          expect($(el, '[part="planned"]')).not.to.be.null;
          expect(plannedText).to.equal(`Planned ${c.planned}%`);
        }
        // 0% draws no indicator at all, not a sliver.
        expect($(el, '[part="indicator"]') === null).to.equal(c.actual === 0);
        await expect(el).to.be.accessible();

        const th = await gauge(c, { lang: 'th' });
        expect(text($(th, '[part="status"]'))).to.equal(`${glyph} ${thaiWord}`);
        expect(meter(th).getAttribute('aria-valuetext')).to.contain(thaiWord);
        expect(meter(th).getAttribute('aria-valuetext')).to.contain(`ร้อยละ ${c.actual}`);
        await expect(th).to.be.accessible();
      });
    }

    it('shows the behind-schedule warning in words, once', async () => {
      const el = await gauge(gaugeCases.behind);
      const warnings = el.shadowRoot!.querySelectorAll('[part="warnings"]');
      expect(warnings.length).to.equal(1);
      expect(text(warnings[0])).to.match(/behind/i);
    });
  });

  describe('the seed at the dates an officer would look (no report is not 0 %)', () => {
    const at = (asOf: string, lang: 'en' | 'th' = 'en') =>
      gauge({ ...gaugeCases.complete, asOf }, { lang });

    it('15 March 2020: no report yet — no figure, no arc, no "behind", the planned figure in words', async () => {
      const el = await at('2020-03-15');
      expect(text($(el, '[part="status"]'))).to.equal('? No report yet');
      expect(text($(el, '[part="label"]'))).to.equal('–');
      expect($(el, '[part="indicator"]') === null, 'no arc').to.equal(true);
      expect(text(el.shadowRoot)).to.contain('Planned 28.3%');
      expect(text(el.shadowRoot)).not.to.match(/behind|at risk|0%/i);
      const dial = $(el, '[part="dial"]')!;
      expect(dial.getAttribute('role')).to.equal('img');
      expect(dial.hasAttribute('aria-valuenow')).to.equal(false);
      expect(dial.getAttribute('aria-label')).to.equal(
        'Project progress: No report yet, planned 28.3 percent',
      );
      expect(text($(el, '[part="warnings"]'))).to.contain(
        'No report yet: the plan expected 28.3% by 15 March 2020, and nothing has been reported.',
      );
      await expect(el).to.be.accessible();

      const th = await at('2020-03-15', 'th');
      expect(text($(th, '[part="status"]'))).to.equal('? ยังไม่มีการรายงานผล');
      expect($(th, '[part="dial"]')!.getAttribute('aria-label')).to.equal(
        'ความคืบหน้าโครงการ: ยังไม่มีการรายงานผล ตามแผนควรดำเนินการได้ร้อยละ 28.3',
      );
      expect(text($(th, '[part="details"]'))).to.contain('รายงานผลครั้งล่าสุด ยังไม่มีการรายงานผล');
      await expect(th).to.be.accessible();
    });

    it('30 April and 30 June 2020: on track, with the planned figure of the one-date steps read as spans', async () => {
      const april = await at('2020-04-30');
      expect(meter(april).getAttribute('aria-valuetext')).to.equal(
        '50 percent, planned 39.1 percent, on track',
      );
      const june = await at('2020-06-30', 'th');
      expect(text($(june, '[part="status"]'))).to.equal('● เป็นไปตามแผน');
      expect(meter(june).getAttribute('aria-valuetext')).to.equal(
        'ความคืบหน้าร้อยละ 65 ตามแผนร้อยละ 53.4 เป็นไปตามแผน',
      );
      expect(text($(june, '[part="details"]'))).to.contain('29 มิถุนายน 2563 (เมื่อวาน)');
      await expect(june).to.be.accessible();
    });

    it('today (7 December 2026): complete, the last report "6 years ago", never "75 months ago"', async () => {
      const el = await at('2026-12-07');
      expect(text($(el, '[part="status"]'))).to.equal('✓ Complete');
      expect(text($(el, '[part="details"]'))).to.contain('21 September 2020 (6 years ago)');
      const th = await at('2026-12-07', 'th');
      expect(text($(th, '[part="details"]'))).to.contain('(6 ปีที่แล้ว)');
    });

    it('an English page voices the Thai data in Thai when the project gives no language', async () => {
      const noLanguage: Record<string, unknown> = { ...gaugeCases.complete.project };
      delete noLanguage.language;
      const el = await gauge({ ...gaugeCases.complete, project: noLanguage });
      expect($(el, '[part="title"] span')!.getAttribute('lang')).to.equal('th');
      expect($(el, '.org')!.getAttribute('lang')).to.equal('th');
      expect($(el, '.fy')!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('the details around the gauge', () => {
    it('shows a phone with no digits as text, an unscored evaluation and an empty log', async () => {
      const el = await gauge({ ...gaugeCases.complete, project: sparseProject });
      const details = $(el, '[part="details"]')!;
      expect(details.querySelector('.phone a') === null, 'no tel: link').to.equal(true);
      const rows = [...details.querySelectorAll('dd')].map(text);
      // The gauge says 30% (the reported progress): the log is empty, not the progress.
      expect(text($(el, '[part="label"]'))).to.equal('30%');
      expect(rows.slice(0, 3)).to.deep.equal([
        'นายสมชาย ใจดี Tel. ภายในสำนักงาน',
        'Quarter 2, not scored yet',
        'No report yet',
      ]);
      await expect(el).to.be.accessible();

      const th = await gauge({ ...gaugeCases.complete, project: sparseProject }, { lang: 'th' });
      const thRows = [...$(th, '[part="details"]')!.querySelectorAll('dd')].map(text);
      expect(thRows[2]).to.equal('ยังไม่มีการรายงานผล');
      expect(text($(th, '[part="details"]'))).to.contain('รายงานผลครั้งล่าสุด');
      await expect(th).to.be.accessible();
    });

    it('says "Tel." once for a phone written with its own label; a line from outside is a link dialling digits', async () => {
      const el = await gauge({ ...gaugeCases.complete, project: labelledPhoneProject });
      const phone = $(el, '.phone')!;
      expect(text(phone)).to.equal('Tel. 6822-3');
      // 6822–6823 are internal lines: text.
      expect(phone.querySelector('a') === null, 'no tel: link').to.equal(true);
      const outside = await gauge({
        ...gaugeCases.complete,
        project: seedWith({ owner: { name: 'นายสมชาย ใจดี', phone: 'โทร. 0-2224-1234' } }),
      });
      expect(text($(outside, '.phone'))).to.equal('Tel. 0-2224-1234');
      expect($(outside, '.phone a')!.getAttribute('href')).to.equal('tel:022241234');
      await expect(outside).to.be.accessible();
      await expect(el).to.be.accessible();
      const th = await gauge(
        { ...gaugeCases.complete, project: labelledPhoneProject },
        { lang: 'th' },
      );
      expect(text($(th, '.phone'))).to.equal('โทร. 6822-3');
    });

    it('takes a phone’s own label off, whatever its case, dot and spaces', () => {
      const cases: [string, string][] = [
        ['โทร. 6822-3', '6822-3'],
        ['โทร 6484', '6484'],
        ['โทร.6484', '6484'],
        ['  โทร .  6484', '6484'],
        ['Tel. 6484', '6484'],
        ['TEL 02 224 1234', '02 224 1234'],
        ['tel6484', '6484'],
        ['Tel.: 6484', '6484'],
        ['โทรศัพท์ 0-2221-2141-69', '0-2221-2141-69'],
        // Not a label: a word that only starts like one, and numbers without a label.
        ['โทรสาร 6484', 'โทรสาร 6484'],
        ['Telford 6484', 'Telford 6484'],
        ['(3027)', '(3027)'],
        ['6484', '6484'],
        ['โทร.', ''],
      ];
      expect(cases.map(([phone]) => phoneText(phone))).to.deep.equal(cases.map(([, t]) => t));
    });

    it('shows no "Tel." at all when the phone is only a label', async () => {
      const project = seedWith({ owner: { name: 'นายสมชาย ใจดี', phone: 'โทร.' } });
      const el = await gauge({ ...gaugeCases.complete, project });
      expect(text($(el, '[part="details"] dd'))).to.equal('นายสมชาย ใจดี');
      expect($(el, '.phone')).to.be.null;
    });

    it('leaves out the officer and evaluation when the data has none', async () => {
      const el = await gauge({ ...gaugeCases.complete, project: anonymousProject });
      const terms = [...$(el, '[part="details"]')!.querySelectorAll('dt')].map(text);
      expect(terms).to.deep.equal(['Last report', 'More about this project']);
    });

    it('links free-text phones by their first number, digits only, when it can be dialled from outside', () => {
      // Internal extensions of fewer than nine digits stay text.
      expect(telHref('6484')).to.equal(undefined);
      expect(telHref('(3027)')).to.equal(undefined);
      expect(telHref('โทร. 6822-3')).to.equal(undefined);
      expect(telHref('0 2224 1234-5')).to.equal('tel:022241234');
      expect(telHref('081 234 5678')).to.equal('tel:0812345678');
      expect(telHref('0-2221-2141-69')).to.equal('tel:022212141');
      expect(telHref('02-354-1234')).to.equal('tel:023541234');
      expect(telHref('๐ ๒๒๒๔ ๑๒๓๔')).to.equal('tel:022241234');
      expect(telHref('+66 2 224 1234')).to.equal('tel:022241234');
      expect(telHref('02 224 1234 ต่อ 12')).to.equal('tel:022241234');
      expect(telHref('6484, 6485')).to.equal(undefined);
      expect(telHref('022241234, 6485')).to.equal('tel:022241234');
      expect(telHref('ภายใน')).to.be.undefined;
      expect(telHref('')).to.be.undefined;
      expect(telHref(undefined)).to.be.undefined;
    });
  });

  describe('variant="compact"', () => {
    it('shows the dial, the figure, the status in words and the planned figure, at most 64px tall, without warnings', async () => {
      const el = await gauge(gaugeCases.behind, { variant: 'compact' });
      expect(el.getBoundingClientRect().height).to.be.at.most(64);
      expect($(el, '[part="title"]')).to.be.null;
      expect($(el, '[part="details"]')).to.be.null;
      expect($(el, '[part="warnings"]')).to.be.null;
      expect(text($(el, '[part="label"]'))).to.equal('15%');
      // Not meaning by a glyph or colour alone: the word is written too, within the 64px.
      const status = $(el, '[part="status"]')!;
      expect(text(status)).to.equal('✕ Behind schedule');
      expect(status.querySelector('.glyph')!.getAttribute('aria-hidden')).to.equal('true');
      const box = el.getBoundingClientRect();
      const word = status.getBoundingClientRect();
      expect(word.height).to.be.greaterThan(0);
      expect(word.top).to.be.at.least(box.top);
      expect(word.bottom).to.be.at.most(box.bottom + 0.5);
      // elements.md: a planned figure is shown as text beside the actual one, not only as a mark.
      expect(text($(el, '.planned-text'))).to.equal('Planned 75%');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        '15 percent, planned 75 percent, behind schedule',
      );
      expect($(el, '[part="planned"]')).not.to.be.null;
      await expect(el).to.be.accessible();
    });

    it('stays within 64px even when --project-progress-size asks for more', async () => {
      const c = gaugeCases.complete;
      const el = await fixture<ProjectProgress>(
        html`<project-progress
          style="--project-progress-size: 200px"
          variant="compact"
          .project=${c.project}
          as-of=${c.asOf}
          lang="th"
        ></project-progress>`,
      );
      expect(el.getBoundingClientRect().height).to.be.at.most(64);
      expect($(el, 'svg')!.getBoundingClientRect().height).to.be.at.most(64);
    });

    it('writes every status in words in English and Thai, within 64px', async () => {
      const words: Record<keyof typeof gaugeCases, [string, string]> = {
        complete: ['✓ Complete', '✓ แล้วเสร็จ'],
        onTrack: ['● On track', '● เป็นไปตามแผน'],
        atRisk: ['▲ At risk', '▲ มีความเสี่ยง'],
        behind: ['✕ Behind schedule', '✕ ล่าช้ากว่าแผน'],
        notStarted: ['○ Not started', '○ ยังไม่เริ่มดำเนินการ'],
        unplanned: ['– No plan', '– ไม่มีแผนการดำเนินงาน'],
      };
      for (const [name, [en, th]] of Object.entries(words)) {
        const c: GaugeCase = gaugeCases[name as keyof typeof gaugeCases];
        for (const [lang, word] of [
          ['en', en],
          ['th', th],
        ]) {
          const el = await gauge(c, { variant: 'compact', lang });
          expect(text($(el, '[part="status"]')), `${name} ${lang}`).to.equal(word);
          const { height } = el.getBoundingClientRect();
          expect(height, `${name} ${lang} height`).to.be.at.most(64);
          const inner = $(el, '.compact-text')!.getBoundingClientRect();
          expect(inner.height, `${name} ${lang}: the three lines fit the dial`).to.be.at.most(
            height + 0.5,
          );
        }
      }
      const el = await gauge(gaugeCases.onTrack, { variant: 'compact', lang: 'th' });
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires project-load once per valid render, and nothing when properties change', async () => {
      const c = gaugeCases.behind;
      const el = document.createElement('project-progress');
      el.setAttribute('as-of', c.asOf);
      el.setAttribute('lang', 'en');
      const seen: string[] = [];
      for (const type of ['project-load', 'project-error', 'click', 'change', 'input']) {
        el.addEventListener(type, () => seen.push(type));
      }
      const loaded = oneEvent(el, 'project-load');
      el.project = c.project;
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.project.id).to.equal('50080000-0001');
      await el.updateComplete;
      el.variant = 'compact';
      el.headingLevel = 4;
      el.numerals = 'thai';
      el.calendar = 'buddhist';
      await el.updateComplete;
      await aTimeout(20);
      expect(seen).to.deep.equal(['project-load']);

      el.project = gaugeCases.onTrack.project;
      await oneEvent(el, 'project-load');
      await aTimeout(20);
      expect(seen).to.deep.equal(['project-load', 'project-load']);
      el.remove();
    });
  });

  describe('moving to new data', () => {
    // Frames are run by hand, so the test sees each step whatever the page's visibility (the
    // runner may keep this page in a background tab, where the browser runs no frames).
    let frames: ReturnType<typeof manualFrames>;
    beforeEach(() => {
      frames = manualFrames();
    });
    afterEach(async () => {
      frames.restore();
      await prefersReducedMotion('no-preference');
    });

    it('animates the arc to the new value while the ARIA values are final at once', async () => {
      await prefersReducedMotion('no-preference');
      const el = await gauge(gaugeCases.behind);
      const arcAt = (value: number) => gaugeGeometry(value, 75, { thickness: 11 }).indicator.d;
      const drawn = () => $(el, '[part="indicator"]')!.getAttribute('d');
      expect(drawn()).to.equal(arcAt(15));

      el.project = gaugeCases.onTrack.project;
      await el.updateComplete;
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('74');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        '74 percent, planned 75 percent, on track',
      );
      expect(text($(el, '[part="label"]'))).to.equal('74%');
      expect(drawn(), 'the arc starts from the old value').to.equal(arcAt(15));

      frames.run(1000);
      await el.updateComplete;
      frames.run(1350);
      await el.updateComplete;
      expect(drawn(), 'halfway').to.equal(arcAt((15 + 74) / 2));
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('74');

      // A re-render for another reason lets the animation carry on where it is.
      el.setAttribute('lang', 'th');
      await el.updateComplete;
      expect(drawn(), 'still halfway after a change of language').to.equal(arcAt((15 + 74) / 2));
      expect(frames.pending()).to.equal(1);

      frames.run(1700);
      await el.updateComplete;
      expect(drawn(), 'the end').to.equal(arcAt(74));
      expect(frames.pending(), 'no frame asked for after the end').to.equal(0);
    });

    itIn(
      'emulateMedia',
      'jumps straight to the new value under prefers-reduced-motion',
      async () => {
        await prefersReducedMotion('reduce');
        const el = await gauge(gaugeCases.behind);
        el.project = gaugeCases.onTrack.project;
        await el.updateComplete;
        expect($(el, '[part="indicator"]')!.getAttribute('d')).to.equal(
          gaugeGeometry(74, 75, { thickness: 11 }).indicator.d,
        );
        expect(frames.pending()).to.equal(0);
      },
    );

    it('finishes the arc at once when taken out of the page mid-way', async () => {
      await prefersReducedMotion('no-preference');
      const el = await gauge(gaugeCases.behind);
      el.project = gaugeCases.onTrack.project;
      await el.updateComplete;
      frames.run(0);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect($(el, '[part="indicator"]')!.getAttribute('d')).to.equal(
        gaugeGeometry(74, 75, { thickness: 11 }).indicator.d,
      );
      expect(frames.pending()).to.equal(0);
    });
  });

  describe('other states', () => {
    it('shows every problem of bad input in an alert and no gauge, in English and Thai', async () => {
      const bad = seedWith({ progress: 'abc', fiscalYear: 1500 });
      const failed = oneEvent(document, 'project-error');
      const el = await fixture<ProjectProgress>(
        html`<project-progress .project=${bad} lang="en"></project-progress>`,
      );
      const event = await failed;
      expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include.members([
        'progress',
        'fiscalYear',
      ]);
      const alert = $(el, '[part="error"][role="alert"]')!;
      expect(text(alert)).to.contain('progress: ');
      expect(text(alert)).to.contain('"abc"');
      expect($(el, '[part="base"]')).to.be.null;
      expect($(el, '[role="meter"]')).to.be.null;
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'th');
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.contain('ไม่สามารถแสดงโครงการนี้ได้');
      await expect(el).to.be.accessible();
    });

    it('says it is loading while src has not answered, busy and without a gauge', async () => {
      holdFetchFor();
      const el = await fixture<ProjectProgress>(
        html`<project-progress src=${NEVER_ANSWERS_URL} lang="en"></project-progress>`,
      );
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part="loading"]'))).to.contain('Loading');
      expect($(el, '[role="meter"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('says so when it has no project', async () => {
      const el = await fixture<ProjectProgress>(
        html`<project-progress lang="en"></project-progress>`,
      );
      expect(text($(el, '[part="empty"]'))).to.contain('No project');
      await expect(el).to.be.accessible();
    });
  });

  describe('at 320px wide', () => {
    before(async () => {
      await setViewport({ width: 320, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    itIn('narrowWindow', 'fits without scrolling sideways, the dial above the words', async () => {
      const el = await gauge(gaugeCases.behind, { lang: 'th' });
      const base = $(el, '[part="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const dial = $(el, '[part="dial"]')!.getBoundingClientRect();
      const status = $(el, '.summary [part="status"]')!.getBoundingClientRect();
      expect(status.top).to.be.at.least(dial.bottom - 1);
      await expect(el).to.be.accessible();
    });
  });
});
