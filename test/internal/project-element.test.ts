import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/project-progress/define.js';
import type { ProjectProgress } from '../../src/components/project-progress/project-progress.js';
import { SEED_URL, seed, seedWith } from '../fixtures/projects.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('the shared element contract (through <project-progress>)', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('renders a project given as a property and fires project-load once', async () => {
    const el = document.createElement('project-progress');
    el.setAttribute('as-of', '2020-09-30');
    let loads = 0;
    el.addEventListener('project-load', () => loads++);
    const loaded = oneEvent(el, 'project-load');
    el.project = seed();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.project.id).to.equal('50080000-2982');
    expect(event.detail.project.fiscalYear).to.equal(2020);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(loads, 'a re-render without new data fires nothing').to.equal(1);
    expect(shadowText(el)).to.contain('50080000-2982');
    el.remove();
  });

  it('reads a child <script type="application/json"> for authors who write no JavaScript', async () => {
    const json = JSON.stringify(seed());
    const el = await fixture<ProjectProgress>(html`
      <project-progress as-of="2020-09-30">
        <script type="application/json">
          ${json}
        </script>
      </project-progress>
    `);
    await waitUntil(() => shadowText(el).includes('50080000-2982'), 'inline JSON rendered');
    await expect(el).to.be.accessible();
  });

  it('fetches src, saying it is loading meanwhile, and renders the answer', async () => {
    const el = document.createElement('project-progress');
    el.setAttribute('as-of', '2020-09-30');
    const loaded = oneEvent(el, 'project-load');
    el.src = SEED_URL;
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="loading"]')!.textContent).to.contain('Loading');
    await loaded;
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadowText(el)).to.contain('50080000-2982');
    el.remove();
  });

  it('shows a failed src in the element and fires project-error, with nothing half-drawn', async () => {
    const el = document.createElement('project-progress');
    const failed = oneEvent(el, 'project-error');
    el.src = '/no/such/project.json';
    document.body.append(el);
    const event = await failed;
    expect(event.detail.issues[0].path).to.equal('src');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!;
    expect(alert.textContent).to.contain('404');
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.be.null;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders only the newest src when src changes quickly', async () => {
    const el = document.createElement('project-progress');
    document.body.append(el);
    // The first answer (an error) arrives after the second: it must leave no trace.
    el.src = `${SEED_URL}?delay=300&status=500`;
    await el.updateComplete;
    const loaded = oneEvent(el, 'project-load');
    el.src = SEED_URL;
    await loaded;
    await aTimeout(500);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    expect(shadowText(el)).to.contain('50080000-2982');
    el.remove();
  });

  it('lists every problem of bad input as "path: message" and draws nothing else', async () => {
    const el = document.createElement('project-progress');
    const failed = oneEvent(el, 'project-error');
    el.project = seedWith({
      schemaVersion: 2,
      log: [{ date: '2020-02-30', percent: 'abc', note: 'x' }],
    });
    document.body.append(el);
    const event = await failed;
    const paths = event.detail.issues.map((issue: { path: string }) => issue.path);
    expect(paths).to.include.members(['schemaVersion', 'log[0].date', 'log[0].percent']);
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items.some((text) => text.startsWith('log[0].percent: '))).to.be.true;
    expect(items.some((text) => text.includes('"abc"'))).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.be.null;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says so when no project is given', async () => {
    const el = await fixture<ProjectProgress>(html`<project-progress></project-progress>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No project');
    await expect(el).to.be.accessible();
  });

  it('follows the nearest lang up the tree, across shadow roots, and <html lang> live', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="th-TH"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('project-progress');
    root.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('ยังไม่มีข้อมูลโครงการ');

    const plain = await fixture<ProjectProgress>(html`<project-progress></project-progress>`);
    expect(shadowText(plain)).to.contain('No project');
    document.documentElement.lang = 'th';
    await waitUntil(() => shadowText(plain).includes('ยังไม่มีข้อมูลโครงการ'), 'switched to Thai');
    plain.setAttribute('lang', 'en');
    await waitUntil(() => shadowText(plain).includes('No project'), 'own lang wins');
  });

  it('never mutates its input', async () => {
    const input = seed();
    const before = JSON.stringify(input);
    const el = document.createElement('project-progress');
    el.project = input;
    document.body.append(el);
    await el.updateComplete;
    expect(JSON.stringify(input)).to.equal(before);
    el.remove();
  });
});

describe('events follow new input, not re-renders', () => {
  it('fires project-error once for bad input, not again when as-of changes', async () => {
    const el = document.createElement('project-progress');
    let errors = 0;
    el.addEventListener('project-error', () => errors++);
    el.project = seedWith({ schemaVersion: 2 });
    document.body.append(el);
    await el.updateComplete;
    el.setAttribute('as-of', '2020-06-30');
    await el.updateComplete;
    el.setAttribute('stale-after-days', '10');
    await el.updateComplete;
    expect(errors).to.equal(1);
    el.project = seedWith({ schemaVersion: 3 });
    await el.updateComplete;
    expect(errors, 'new bad input is a new error').to.equal(2);
    el.remove();
  });

  it('words the error view with the calendar and numerals of the element', async () => {
    const el = document.createElement('project-progress');
    el.setAttribute('lang', 'th');
    el.setAttribute('numerals', 'thai');
    el.project = seedWith({ log: [{ date: '2020-09-21', percent: 150, note: 'x' }] });
    document.body.append(el);
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(text).to.contain('๑๐๐');
    expect(text).not.to.match(/\b100\b/);
    el.remove();
  });
});
