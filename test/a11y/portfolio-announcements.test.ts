// Issue 19 for <project-portfolio>: its sort, filter and status changes are said once, politely,
// from one live region, in the element's language; its grid says how to use it by keyboard.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/project-portfolio/define.js';
import type { ProjectPortfolio } from '../../src/components/project-portfolio/project-portfolio.js';
import { ANNOUNCE_DELAY_MS } from '../../src/internal/controllers/announcer.js';
import { readPortfolio } from '../../src/domain/index.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };
import { $, $$, clean } from '../harness.js';

const AS_OF = '2020-06-30';
const documents = generatePortfolio(120, { includeSeed: seedJson });

async function render(
  attrs: { lang?: string; href?: string; asOf?: string } = {},
): Promise<ProjectPortfolio> {
  const el = await fixture<ProjectPortfolio>(
    html`<project-portfolio
      lang=${attrs.lang ?? 'en'}
      as-of=${attrs.asOf ?? AS_OF}
      project-href=${attrs.href ?? ''}
      .projects=${documents}
    ></project-portfolio>`,
  );
  await el.loaded();
  return el;
}

const said = (el: Element) => clean($(el, '[part="announcer"]')?.textContent);

/** Waits until the live region holds text different from `before`. */
async function announced(el: Element, before = ''): Promise<string> {
  await waitUntil(() => said(el) !== before && said(el) !== '', 'something new is said', {
    timeout: ANNOUNCE_DELAY_MS * 6,
  });
  return said(el);
}

const header = (el: ProjectPortfolio, name: string) =>
  // The sort arrow beside a header's name is hidden from assistive technology.
  $$(el, '[role="columnheader"] button').find(
    (b) => clean(b.textContent).replace(/[▲▼]$/, '') === name,
  )!;

describe('<project-portfolio> announcements', () => {
  it('has one polite status region, silent when the page is first read', async () => {
    const el = await render();
    const regions = $$(el, '[role="status"]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('part')).to.equal('announcer');
    await aTimeout(ANNOUNCE_DELAY_MS * 2);
    expect(said(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says the new order after a sort, and only that', async () => {
    const el = await render();
    header(el, 'Code').click();
    expect(await announced(el)).to.equal('Sorted by Code, ascending.');
    header(el, 'Code').click();
    expect(await announced(el, 'Sorted by Code, ascending.')).to.equal(
      'Sorted by Code, descending.',
    );
    header(el, 'Status').click();
    expect(await announced(el, 'Sorted by Code, descending.')).to.equal(
      'Sorted by Status, worst first.',
    );
  });

  it('says how many projects a status filter leaves, and again when it is cleared', async () => {
    const el = await render();
    const { rows } = readPortfolio(documents, { asOf: AS_OF });
    const behind = rows.filter((r) => r.status === 'behind').length;
    expect(behind).to.be.greaterThan(0);
    $(el, '[part~="legend"] button[data-status="behind"]')!.click();
    const first = await announced(el);
    expect(first).to.equal(`Showing ${behind} of ${rows.length} projects.`);
    $(el, '[part~="legend"] button[data-status="behind"]')!.click();
    expect(await announced(el, first)).to.equal(
      `Showing ${rows.length} of ${rows.length} projects.`,
    );
  });

  it('says the new statuses when the as-of date changes them', async () => {
    const el = await render({ asOf: '2020-03-31' });
    const later = readPortfolio(documents, { asOf: '2020-09-30' });
    const behind = later.rows.filter((r) => r.status === 'behind').length;
    const noReport = later.rows.filter((r) => r.status === 'no-report').length;
    el.asOf = '2020-09-30';
    await el.loaded();
    expect(await announced(el)).to.equal(
      `${behind} of ${later.rows.length} projects are behind schedule; ${noReport} have not reported yet.`,
    );
  });

  it('says a burst of sorts once, the last one only', async () => {
    const el = await render();
    header(el, 'Code').click();
    await el.updateComplete;
    header(el, 'Project').click();
    await el.updateComplete;
    header(el, 'Organisation').click();
    expect(await announced(el)).to.equal('Sorted by Organisation, ascending.');
    await aTimeout(ANNOUNCE_DELAY_MS * 2);
    expect(said(el)).to.equal('Sorted by Organisation, ascending.');
  });

  it('speaks Thai on a Thai page', async () => {
    const el = await render({ lang: 'th' });
    header(el, 'รหัส').click();
    expect(await announced(el)).to.equal('เรียงตามรหัส จากน้อยไปมาก');
    const { rows } = readPortfolio(documents, { asOf: AS_OF });
    const behind = rows.filter((r) => r.status === 'behind').length;
    $(el, '[part~="legend"] button[data-status="behind"]')!.click();
    expect(await announced(el, 'เรียงตามรหัส จากน้อยไปมาก')).to.equal(
      `แสดง ${behind} จาก ${rows.length} โครงการ`,
    );
  });
});

describe('<project-portfolio> keyboard cue', () => {
  it('shows how to use the grid, and gives it as the grid description', async () => {
    const el = await render();
    const cue = $(el, '[part~="cue"]')!;
    expect(clean(cue.textContent)).to.equal(
      'Use the up and down arrow keys to move between projects, Page Up and Page Down to move a page, and Home and End to go to the first and last. Choose a column heading to sort by it.',
    );
    expect(cue.getBoundingClientRect().height).to.be.greaterThan(0);
    const grid = $(el, '[role="grid"]')!;
    const described = grid.getAttribute('aria-describedby')!;
    expect(described).to.not.equal('');
    assert(el.shadowRoot!.getElementById(described) === cue);
    await expect(el).to.be.accessible();
  });

  it('says that Enter opens a project when codes are links', async () => {
    const el = await render({ href: '/monitor/project?id={id}' });
    expect(clean($(el, '[part~="cue"]')!.textContent)).to.match(
      /Choose a column heading to sort by it\. Press Enter to open the chosen project's page\.$/,
    );
  });

  it('says it in Thai on a Thai page', async () => {
    const el = await render({ lang: 'th', href: '/p?id={id}' });
    const text = clean($(el, '[part~="cue"]')!.textContent);
    expect(text).to.match(/^ใช้ปุ่มลูกศรขึ้นและลงเพื่อเลื่อนไปยังโครงการก่อนหน้าหรือถัดไป /);
    expect(text).to.match(/กด Enter เพื่อเปิดหน้าของโครงการที่เลือก$/);
    await expect(el).to.be.accessible();
  });
});

function assert(condition: boolean): void {
  expect(condition, 'the grid is described by the cue').to.equal(true);
}
