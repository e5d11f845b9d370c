// A strict page: the single-file bundle under
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
//                            require-trusted-types-for 'script'
// sent as a real HTTP header by a page of the test's own (test/hostile/server.mjs serves it
// under /csp/; the runner's own page has inline scripts). Any violation fails the test.
import { expect, waitUntil } from '@open-wc/testing';

interface Report {
  from: 'ppe-csp';
  type: 'violation' | 'error' | 'load' | 'project-error';
  directive?: string;
  blocked?: string;
  sample?: string;
  source?: string;
  message?: string;
  tag?: string;
}

/** Loads `/csp/<name>` in an iframe and gathers what its listener reports. */
async function openStrictPage(name: string): Promise<{
  frame: HTMLIFrameElement;
  reports: Report[];
  close: () => void;
}> {
  const reports: Report[] = [];
  const frame = document.createElement('iframe');
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && (event.data as Report)?.from === 'ppe-csp') {
      reports.push(event.data as Report);
    }
  };
  window.addEventListener('message', onMessage);
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/csp/${name}`;
  document.body.append(frame);
  await loaded;
  return {
    frame,
    reports,
    close: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

const describeReport = (r: Report) =>
  r.type === 'violation'
    ? `${r.directive} blocked ${r.blocked} (${r.sample ?? ''}) at ${r.source}`
    : `${r.type}: ${r.message ?? r.tag}`;

/** Text of a host's shadow tree and of the shadow trees inside it. */
function deepText(root: ShadowRoot | null | undefined): string {
  if (!root) return '';
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${(node as Text).data}`;
    else if ((node as Element).shadowRoot) text += deepText((node as Element).shadowRoot);
  }
  return text.replace(/\s+/g, ' ');
}

/** A few frames and a pause, so that resize observers and their re-layouts have run. */
async function settleFrames(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('a strict page: the single-file bundle under a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  it('is built (dist/cdn/project-progress-elements.js)', async () => {
    const response = await fetch('/csp/project-progress-elements.js');
    expect(
      response.ok,
      'dist/cdn/project-progress-elements.js is missing: run `npm run build` before the tests',
    ).to.be.true;
  });

  it('is served with the policy as an HTTP header', async () => {
    const response = await fetch('/csp/elements.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('reports what breaks the policy (so that silence below means something)', async () => {
    const { reports, close } = await openStrictPage('breaker.html');
    try {
      await waitUntil(
        () => new Set(reports.map((r) => r.directive)).size >= 3,
        `expected three kinds of violation, got: ${reports.map(describeReport).join('; ')}`,
      );
      const directives = reports.map((r) => r.directive);
      expect(directives).to.include('script-src-elem');
      expect(directives).to.include('style-src-attr');
      expect(directives).to.include('require-trusted-types-for');
    } finally {
      close();
    }
  });

  it('renders every element, from src and from inline JSON, with no violation at all', async () => {
    const { frame, reports, close } = await openStrictPage('elements.html');
    try {
      const doc = frame.contentDocument!;
      const hosts = () => Array.from(doc.body.children) as HTMLElement[];
      // Eight projects load (three dashboards, five other elements); one src fails.
      await waitUntil(
        () =>
          reports.filter((r) => r.type === 'load').length >= 8 &&
          reports.some((r) => r.type === 'project-error'),
        `not all elements loaded: ${reports.map(describeReport).join('; ')}`,
        { timeout: 20_000 },
      );
      // Late work (a resize, then a new layout in the next frame) may violate the policy too.
      await settleFrames(frame);

      // One line per kind of problem: a violation repeated for every bar says nothing more.
      const problems = reports.filter((r) => r.type === 'violation' || r.type === 'error');
      expect([...new Set(problems.map(describeReport))], 'violations and errors').to.deep.equal([]);

      const [dashboard, thaiDashboard] = hosts();
      const text = deepText(dashboard.shadowRoot);
      expect(text).to.contain('50080000-2982');
      expect(text).to.contain('Plan and progress over the year');
      expect(text).to.contain('Progress reports');
      for (const tag of [
        'project-progress',
        'milestone-timeline',
        'kpi-quarter-table',
        'progress-log',
      ]) {
        const child = dashboard.shadowRoot!.querySelector(tag);
        expect(child, tag).to.exist;
        expect(deepText(child!.shadowRoot).trim(), `${tag} drew something`).not.to.equal('');
      }
      expect(deepText(thaiDashboard.shadowRoot)).to.contain('ปีงบประมาณ ๒๕๖๓');
      // The styles apply (adopted style sheets are allowed by style-src 'self'): the gauge's
      // ring has its track colour, not the default black fill.
      const gauge = dashboard.shadowRoot!.querySelector('project-progress')!.shadowRoot!;
      const track = gauge.querySelector('[part="track"]')!;
      expect(getComputedStyle(track).fill).not.to.equal('rgb(0, 0, 0)');
      const failing = hosts().find((host) => host.getAttribute('src')?.includes('no/such'))!;
      expect(failing.shadowRoot!.querySelector('[part="error"]')).to.exist;
    } finally {
      close();
    }
  });

  it('stays within the policy while a person uses the elements', async () => {
    const { frame, reports, close } = await openStrictPage('elements.html');
    try {
      const doc = frame.contentDocument!;
      await waitUntil(() => reports.filter((r) => r.type === 'load').length >= 8, 'loaded', {
        timeout: 20_000,
      });
      await settleFrames(frame);
      const dashboard = doc.querySelector('project-dashboard')!;
      const inside = (tag: string) => dashboard.shadowRoot!.querySelector(tag)!.shadowRoot!;
      // The timeline's table switch, the log's filter, a skip link and the CSV download.
      (inside('milestone-timeline').querySelector('[part="table-toggle"]') as HTMLElement).click();
      (inside('progress-log').querySelector('[part="filter"]') as HTMLElement).click();
      (dashboard.shadowRoot!.querySelector('[part="skip-links"] a') as HTMLElement).click();
      const kpis = dashboard.shadowRoot!.querySelector('kpi-quarter-table')!;
      kpis.addEventListener('kpi-csv-download', (event) => event.preventDefault(), { once: true });
      (kpis.shadowRoot!.querySelector('[part="download"]') as HTMLElement).click();
      await settleFrames(frame);
      const problems = reports.filter((r) => r.type === 'violation' || r.type === 'error');
      expect([...new Set(problems.map(describeReport))]).to.deep.equal([]);
    } finally {
      close();
    }
  });

  it('runs the portfolio: reads, sorts, filters and moves by keyboard within the policy', async () => {
    const { frame, reports, close } = await openStrictPage('portfolio.html');
    try {
      await waitUntil(() => reports.some((r) => r.type === 'load'), 'the portfolio read', {
        timeout: 20_000,
      });
      await settleFrames(frame);
      const root = frame.contentDocument!.querySelector('project-portfolio')!.shadowRoot!;
      const codes = () =>
        Array.from(root.querySelectorAll('[role="rowheader"]'), (c) => c.textContent!.trim());
      expect(deepText(root)).to.contain('1 could not be read');
      expect(codes()).to.have.members(['50080000-2982', '50080000-0001', '50080000-0002']);
      // A click on the Code header sorts by it, and says so.
      const code = Array.from(root.querySelectorAll('[role="columnheader"]')).find((h) =>
        h.textContent!.includes('Code'),
      )!;
      code.querySelector('button')!.click();
      await waitUntil(() => code.getAttribute('aria-sort') === 'ascending', 'sorted by code');
      expect(codes()).to.deep.equal(['50080000-0001', '50080000-0002', '50080000-2982']);
      await waitUntil(
        () =>
          root.querySelector('[part="announcer"]')!.textContent === 'Sorted by Code, ascending.',
        'the sort is announced',
        { timeout: 3000 },
      );
      // The arrow key moves the one tab stop to the next row.
      const rows = () => Array.from(root.querySelectorAll<HTMLElement>('[role="row"][data-key]'));
      rows()[0].focus();
      rows()[0].dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
      );
      await waitUntil(() => root.activeElement === rows()[1], 'focus on the second row');
      expect(rows()[1].getAttribute('tabindex')).to.equal('0');
      // The legend filters to a status: that of the copy with no report (no-report).
      const statusOf = (code: string) =>
        rows()
          .find((r) => r.querySelector('[role="rowheader"]')!.textContent!.trim() === code)!
          .querySelector('[data-status]')!
          .getAttribute('data-status')!;
      const status = statusOf('50080000-0002');
      expect(status).to.not.equal(statusOf('50080000-2982'));
      root.querySelector<HTMLElement>(`[part~="legend"] button[data-status="${status}"]`)!.click();
      await waitUntil(() => !codes().includes('50080000-2982'), 'filtered to one status');
      expect(codes()).to.include('50080000-0002');
      await settleFrames(frame);
      const problems = reports.filter((r) => r.type === 'violation' || r.type === 'error');
      expect([...new Set(problems.map(describeReport))]).to.deep.equal([]);
    } finally {
      close();
    }
  });
});
