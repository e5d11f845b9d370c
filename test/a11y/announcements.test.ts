// Issue 19: what changed is said to assistive technology, once, politely, from one live region
// per element (one per dashboard), in the element's language; the first reading is not news.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/project-progress/define.js';
import '../../src/components/progress-log/define.js';
import '../../src/components/kpi-quarter-table/define.js';
import '../../src/components/project-dashboard/define.js';
import type { ProjectElement } from '../../src/internal/project-element.js';
import { ANNOUNCE_DELAY_MS } from '../../src/internal/controllers/announcer.js';
import { seed } from '../fixtures/projects.js';
import { $, $$, clean } from '../harness.js';

const said = (el: Element) => clean($(el, '[part="announcer"]')?.textContent);

async function render(tag: string, asOf = '2020-04-30', lang = 'en', project: unknown = seed()) {
  const el = await fixture<ProjectElement>(
    html`<div lang=${lang}>
      ${
        tag === 'project-progress'
          ? html`<project-progress as-of=${asOf} .project=${project}></project-progress>`
          : tag === 'progress-log'
            ? html`<progress-log as-of=${asOf} .project=${project}></progress-log>`
            : tag === 'kpi-quarter-table'
              ? html`<kpi-quarter-table as-of=${asOf} .project=${project}></kpi-quarter-table>`
              : html`<project-dashboard as-of=${asOf} .project=${project}></project-dashboard>`
      }
    </div>`,
  );
  const element = el.firstElementChild as ProjectElement;
  await element.updateComplete;
  return element;
}

/** Waits until the live region holds text (or the announce delay has long passed). */
async function announced(el: Element): Promise<string> {
  await waitUntil(() => said(el) !== '', 'something is said', { timeout: ANNOUNCE_DELAY_MS * 4 });
  return said(el);
}

describe('announcements', () => {
  it('has one polite status region that says nothing when the page is first read', async () => {
    const el = await render('project-progress');
    const regions = $$(el, '[part="announcer"]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('role')).to.equal('status');
    await aTimeout(ANNOUNCE_DELAY_MS * 2);
    expect(said(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says the new figures when as-of changes: planned 53.4 percent by 30 June 2020', async () => {
    const el = await render('project-progress', '2020-04-30');
    el.asOf = '2020-06-30';
    expect(await announced(el)).to.equal(
      'Progress updated: 65 percent, planned 53.4 percent, on track',
    );
  });

  it('says a burst of changes once, the last one only', async () => {
    const el = await render('project-progress', '2020-04-30');
    el.asOf = '2020-05-31';
    await el.updateComplete;
    el.asOf = '2020-06-30';
    await el.updateComplete;
    await aTimeout(ANNOUNCE_DELAY_MS / 2);
    expect(said(el), 'nothing before the burst has settled').to.equal('');
    expect(await announced(el)).to.contain('planned 53.4 percent');
  });

  it('says nothing when a change comes back to what was shown', async () => {
    const el = await render('project-progress', '2020-04-30');
    el.asOf = '2020-06-30';
    await el.updateComplete;
    el.asOf = '2020-04-30';
    await el.updateComplete;
    await aTimeout(ANNOUNCE_DELAY_MS * 2);
    expect(said(el)).to.equal('');
  });

  it('speaks Thai as officials write it when the language changes to Thai', async () => {
    const el = await render('project-progress', '2020-06-30');
    el.setAttribute('lang', 'th');
    const text = await announced(el);
    expect(text).to.match(/^ความคืบหน้ามีการปรับปรุง: /);
    expect(text).to.contain('53.4');
    expect(text).not.to.match(/[a-z]/i);
  });

  it('says a date before the first report as no report yet, never 0 percent', async () => {
    const el = await render('project-progress', '2020-04-30');
    el.asOf = '2020-03-15';
    expect(await announced(el)).to.equal('Progress updated: No report yet, planned 28.3 percent');
  });

  it('the log says its reports anew at another as-of date', async () => {
    const el = await render('progress-log', '2020-04-30');
    el.asOf = '2020-09-30';
    expect(await announced(el)).to.match(/^Progress reports updated: From .* reports\./);
  });

  it('the KPI table says each indicator’s verdict anew, in Thai too', async () => {
    const el = await render('kpi-quarter-table', '2019-09-15');
    el.asOf = '2020-09-30';
    expect(await announced(el)).to.match(/^Indicators updated: Indicator 5008-0791: /);
    el.setAttribute('lang', 'th');
    await waitUntil(() => said(el).startsWith('ผลตัวชี้วัด'), 'said in Thai');
  });

  it('a dashboard says it once for the page: its sections have no region of their own', async () => {
    const el = await render('project-dashboard', '2020-04-30');
    const inner = [
      ...el.shadowRoot!.querySelectorAll('project-progress, progress-log, kpi-quarter-table'),
    ];
    expect(inner.length).to.be.above(0);
    for (const child of inner)
      expect(child.shadowRoot!.querySelector('[part="announcer"]') === null).to.equal(true);
    el.asOf = '2020-06-30';
    expect(await announced(el)).to.equal(
      'Progress updated: 65 percent, planned 53.4 percent, on track',
    );
    await expect(el).to.be.accessible();
  });

  it('sets the news as text, never as HTML', async () => {
    const el = await render('kpi-quarter-table', '2019-10-15');
    const project = seed() as { kpis: { code: string }[] };
    const hostile = structuredClone(project);
    hostile.kpis[0].code = '<img src=x onerror=alert(1)>';
    el.project = hostile;
    await announced(el);
    expect($(el, '[part="announcer"] img') === null).to.equal(true);
    expect(said(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});
