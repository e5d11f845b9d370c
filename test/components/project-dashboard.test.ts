import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/components/project-dashboard/define.js';
import { ProjectDashboard } from '../../src/components/project-dashboard/project-dashboard.js';
import { ProjectProgress } from '../../src/components/project-progress/project-progress.js';
import behind from '../../demo/data/behind.json' with { type: 'json' };
import invalid from '../../demo/data/invalid.json' with { type: 'json' };
import kpiEdgeCases from '../../demo/data/kpi-edge-cases.json' with { type: 'json' };
import stale from '../../demo/data/stale.json' with { type: 'json' };
import twoYearPlan from '../../demo/data/two-year-plan.json' with { type: 'json' };
import { seed, seedWith } from '../fixtures/projects.js';

const children = ['project-progress', 'milestone-timeline', 'kpi-quarter-table', 'progress-log'];

async function renderDashboard(project: unknown, attrs: Record<string, string> = {}) {
  const el = document.createElement('project-dashboard');
  el.setAttribute('as-of', '2020-09-30');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.project = project;
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(el);
  await el.updateComplete;
  await Promise.all(
    children.map(
      (tag) =>
        (el.shadowRoot!.querySelector(tag) as { updateComplete?: Promise<unknown> } | null)
          ?.updateComplete,
    ),
  );
  return el;
}

const headings = (el: ProjectDashboard) =>
  [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent!.trim());

describe('<project-dashboard>', () => {
  it('draws the whole seed page: the headline, the four elements and the text sections', async () => {
    const el = await renderDashboard(seed());
    for (const tag of children) expect(el.shadowRoot!.querySelector(tag), tag).to.exist;
    expect(headings(el)).to.deep.equal([
      'Data-quality warnings',
      'Plan and progress over the year',
      'Indicators',
      'Progress reports',
      'Rationale',
      'Objectives',
      'Targets',
      'Alignment with the Bangkok development plan',
    ]);
    const crumbs = [...el.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(crumbs).to.have.length(4);
    expect(crumbs[0]).to.contain('ด้านที่ ๗');
    expect(crumbs[3]).to.contain('พัฒนาระบบการติดตามและรายงานความก้าวหน้าตามแผนพัฒนา');
    await expect(el).to.be.accessible();
  });

  it('gives every element inside the same parsed project and its attributes', async () => {
    const el = await renderDashboard(seed(), { lang: 'th', numerals: 'thai' });
    for (const tag of children) {
      const child = el.shadowRoot!.querySelector(tag) as HTMLElement & { project: unknown };
      expect(child.getAttribute('lang'), tag).to.equal('th');
      expect(child.getAttribute('as-of'), tag).to.equal('2020-09-30');
      expect(child.getAttribute('numerals'), tag).to.equal('thai');
      expect(child.getAttribute('calendar'), tag).to.equal('buddhist');
    }
    const first = el.shadowRoot!.querySelector('project-progress') as unknown as {
      project: unknown;
    };
    const second = el.shadowRoot!.querySelector('progress-log') as unknown as { project: unknown };
    expect(first.project).to.equal(second.project);
    expect(headings(el)[0]).to.equal('คำเตือนด้านคุณภาพข้อมูล');
    expect(headings(el)[1]).to.equal('แผนการดำเนินงานและความคืบหน้า');
    await expect(el).to.be.accessible();
  });

  it('shows each data-quality warning once, linked to its section', async () => {
    const el = await renderDashboard(seed());
    const warnings = el.shadowRoot!.querySelectorAll('[part="warnings"]');
    expect(warnings).to.have.length(1);
    const links = [...warnings[0].querySelectorAll('a')];
    const weights = links.find((a) => a.textContent!.includes('80'))!;
    expect(weights.getAttribute('href')).to.equal('#plan');
    for (const tag of children) {
      const child = el.shadowRoot!.querySelector(tag)!;
      expect(child.shadowRoot!.querySelector('[part="warnings"]'), tag).to.be.null;
    }
    weights.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('plan');
  });

  it('adds no landmark a page already has, and no navigation that holds no link', async () => {
    const el = await renderDashboard(seed());
    expect(el.shadowRoot!.querySelector('header, footer, main')).to.be.null;
    const navs = [...el.shadowRoot!.querySelectorAll('nav')];
    expect(navs).to.have.length(1);
    expect(navs[0].querySelectorAll('a').length).to.be.greaterThan(0);
    const crumbs = el.shadowRoot!.querySelector('[part="breadcrumb"]')!;
    expect(crumbs.localName).to.equal('ol');
    expect(crumbs.getAttribute('aria-label')).to.equal('From strategy to purpose');
  });

  it('draws its parts with the tags a subclass names, for pages where ours are taken', async () => {
    class RenamedDashboard extends ProjectDashboard {
      static override parts = { ...ProjectDashboard.parts, progress: 'renamed-progress' };
    }
    customElements.define('renamed-dashboard', RenamedDashboard);
    const el = document.createElement('renamed-dashboard') as RenamedDashboard;
    el.setAttribute('as-of', '2020-09-30');
    el.project = seed();
    document.body.append(el);
    await el.updateComplete;
    const gauge = el.shadowRoot!.querySelector('renamed-progress')!;
    expect(gauge).to.be.instanceOf(ProjectProgress);
    expect(gauge.shadowRoot!.textContent).to.contain('50080000-2982');
    expect(el.shadowRoot!.querySelector('project-progress')).to.be.null;
    el.remove();
  });

  it('resolves updateComplete only once every element inside has drawn', async () => {
    const el = document.createElement('project-dashboard');
    el.setAttribute('as-of', '2020-09-30');
    el.project = seed();
    document.body.append(el);
    await el.updateComplete;
    const log = el.shadowRoot!.querySelector('progress-log')!;
    expect(log.shadowRoot!.querySelectorAll('ol li').length).to.be.greaterThan(0);
    const timeline = el.shadowRoot!.querySelector('milestone-timeline')!;
    expect(timeline.shadowRoot!.textContent).to.contain('Plan of 3 steps');
    el.remove();
  });

  it('moves focus to a section from its skip link', async () => {
    const el = await renderDashboard(seed());
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="skip-links"] a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(headings(el));
    links.find((a) => a.getAttribute('href') === '#log')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('log');
  });

  it('fires one project-load per render, for the page; the children’s stop at the dashboard', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event.target as Element).localName);
    document.addEventListener('project-load', listener);
    try {
      const el = document.createElement('project-dashboard');
      el.project = seed();
      const loaded = oneEvent(el, 'project-load');
      document.body.append(el);
      await loaded;
      await aTimeout(100);
      expect(seen).to.deep.equal(['project-dashboard']);
      el.remove();
    } finally {
      document.removeEventListener('project-load', listener);
    }
  });

  it('shows the error view alone for bad input, and fires one project-error', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event.target as Element).localName);
    document.addEventListener('project-error', listener);
    try {
      const el = await renderDashboard(seedWith({ plan: [{ step: 1, name: 'x', weight: 200 }] }));
      await aTimeout(50);
      expect(seen).to.deep.equal(['project-dashboard']);
      const alert = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!;
      expect(alert.textContent).to.contain('plan[0].weight');
      for (const tag of children) expect(el.shadowRoot!.querySelector(tag), tag).to.be.null;
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('project-error', listener);
    }
  });

  it('switches language live when its lang changes', async () => {
    const el = await renderDashboard(seed());
    expect(headings(el)[2]).to.equal('Indicators');
    el.setAttribute('lang', 'th');
    await el.updateComplete;
    expect(headings(el)[2]).to.equal('ตัวชี้วัด');
    const log = el.shadowRoot!.querySelector('progress-log')!;
    expect(log.getAttribute('lang')).to.equal('th');
  });

  it('leaves out text sections the project does not have', async () => {
    const bare = seedWith({
      rationale: undefined,
      objectives: [],
      targets: undefined,
      alignment: [],
    });
    const el = await renderDashboard(bare);
    expect(headings(el)).to.deep.equal([
      'Data-quality warnings',
      'Plan and progress over the year',
      'Indicators',
      'Progress reports',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<project-dashboard> with every demo sample', () => {
  const samples: Array<[string, unknown, string]> = [
    ['behind schedule', behind, '2021-06-15'],
    ['stale', stale, '2020-07-15'],
    ['KPI edge cases', kpiEdgeCases, '2020-09-30'],
    ['a two-year plan', twoYearPlan, '2021-01-15'],
  ];
  for (const [name, project, asOf] of samples) {
    for (const lang of ['en', 'th']) {
      it(`renders ${name} in ${lang}, accessibly, narrow and wide`, async () => {
        const el = await renderDashboard(project, { lang, 'as-of': asOf });
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
        for (const tag of children) expect(el.shadowRoot!.querySelector(tag), tag).to.exist;
        expect(headings(el).length).to.be.greaterThan(2);
        await expect(el).to.be.accessible();
        el.style.width = '320px';
        // ResizeObservers report in the next frame (before paint): let the elements re-lay out.
        await nextFrame();
        await nextFrame();
        await el.updateComplete;
        expect(el.scrollWidth, 'nothing sticks out at 320 px').to.be.at.most(322);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names the behind-schedule warning with its figures and links it to the headline', async () => {
    const el = await renderDashboard(behind, { 'as-of': '2021-06-15' });
    const links = [...el.shadowRoot!.querySelectorAll('[part="warnings"] a')];
    const behindLink = links.find((a) => /behind/i.test(a.textContent!))!;
    expect(behindLink.textContent).to.match(/30/);
    expect(behindLink.getAttribute('href')).to.equal('#progress');
  });

  it('shows the invalid sample as its error view in Thai', async () => {
    const el = await renderDashboard(invalid, { lang: 'th' });
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.textContent).to.contain('schemaVersion');
    expect(alert.textContent).to.contain('log[0].date');
    await expect(el).to.be.accessible();
  });
});
