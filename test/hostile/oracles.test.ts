// The checks the hostile suites rely on must themselves be able to fail: each is shown a case it
// has to catch and a case it has to let pass. Then the cases that found bugs, kept as tests.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { seed } from '../fixtures/projects.js';
import { leakedWords, mount, settle, TAGS, trapErrors, viewKind } from './helpers.js';

/** A stand-in element whose shadow root shows whatever it is told to. */
class Shows extends LitElement {
  static override properties = { markup: { attribute: false } };
  markup: unknown = '';
  protected override render(): unknown {
    return this.markup;
  }
}
customElements.get('hostile-shows') ?? customElements.define('hostile-shows', Shows);

async function shows(markup: unknown): Promise<Shows> {
  const el = await fixture<Shows>(html`<hostile-shows></hostile-shows>`);
  el.markup = markup;
  await el.updateComplete;
  return el;
}

describe('the oracles of the hostile suites', () => {
  it('flag words made up from broken figures, in text and in attributes', async () => {
    const el = await shows(
      html`<p>${'NaN'}%</p>
        <div aria-valuetext="undefined percent"></div>
        <p>score ${'-0'}</p>
        <p>${'−0%'} done</p>
        <p title="updated Invalid Date">${String({})}</p>`,
    );
    const leaks = leakedWords(el, { title: 'fine' });
    expect(leaks).to.have.length(6);
    expect(leaks.join('\n')).to.contain('aria-valuetext');
  });

  it('let words through that the data itself holds, and JSON null in an error', async () => {
    const el = await shows(
      html`<h2>NaN bread and null island</h2>
        <div part="error" role="alert">expected text or null, got "Infinity"</div>
        <p>KPI 5008-0791 changed by -0.5</p>`,
    );
    expect(leakedWords(el, { title: 'NaN bread and null island', note: 'Infinity' })).to.deep.equal(
      [],
    );
  });

  it('tell the error view from the view', async () => {
    expect(viewKind(await shows(html`<div part="error" role="alert">x</div>`))).to.equal('error');
    expect(viewKind(await shows(html`<p part="empty">x</p>`))).to.equal('empty');
    expect(viewKind(await shows(html`<div part="base">x</div>`))).to.equal('view');
  });

  it('catch console.error, uncaught errors and unhandled rejections', async () => {
    const trap = trapErrors();
    // Mocha fails the test on a real uncaught error: the page sees an error event all the same.
    const onerror = window.onerror;
    window.onerror = null;
    try {
      console.error('logged');
      window.dispatchEvent(new ErrorEvent('error', { message: 'uncaught' }));
      window.dispatchEvent(
        new PromiseRejectionEvent('unhandledrejection', {
          promise: Promise.resolve(),
          reason: new Error('unhandled'),
        }),
      );
      const errors = trap.take().join('\n');
      expect(errors).to.contain('logged');
      expect(errors).to.contain('uncaught');
      expect(errors).to.contain('unhandled');
    } finally {
      window.onerror = onerror;
      trap.stop();
    }
  });
});

describe('found by the hostile suites, kept', () => {
  for (const tag of TAGS) {
    it(`<${tag}> never shows "-0": negative zero and tiny negatives read 0`, async () => {
      const project = structuredClone(seed()) as Record<string, never> & {
        log: { percent: number }[];
        kpis: { target: number; achieved: number; quarters: { result: number; score: number }[] }[];
        evaluation: { score: number };
      };
      Object.assign(project, { progress: -0 });
      for (const entry of project.log) entry.percent = -0;
      const kpi = project.kpis[0];
      Object.assign(kpi, { target: -0, achieved: -0.0001 });
      Object.assign(kpi.quarters[0], { result: -0, score: -0.001 });
      project.evaluation.score = -0;
      const { el, box } = mount(tag, { width: 900 });
      try {
        el.project = project;
        await settle(el);
        expect(viewKind(el)).to.equal('view');
        expect(leakedWords(el, project)).to.deep.equal([]);
      } finally {
        box.remove();
      }
    });
  }
});
