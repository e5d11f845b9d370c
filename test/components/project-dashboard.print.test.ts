import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, itIn } from '../engine.js';
import '../../src/components/project-dashboard/define.js';
import type { ProjectDashboard } from '../../src/components/project-dashboard/project-dashboard.js';
import { seed } from '../fixtures/projects.js';

/**
 * Thai marks can come back from a PDF reordered: compare NFC text with white space removed.
 * Firefox prints Thai correctly, but its PDF text layer writes some marks above or below the
 * line as the font's private-use glyphs (U+F700…) and splits SARA AM (ำ) in two, so pdftotext
 * cannot read them back as printed: there, both sides are compared decomposed (NFKD) and
 * without those marks.
 */
const squash = (text: string) =>
  engine === 'firefox'
    ? text
        .normalize('NFKD')
        .replace(/\s+/g, '')
        .replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\uf700-\uf71f]/g, '')
    : text.normalize('NFC').replace(/\s+/g, '');

async function printed(
  lang: 'en' | 'th',
  project: unknown = seed(),
): Promise<{ text: string; pages: number }> {
  const el = await fixture<ProjectDashboard>(html`
    <project-dashboard lang=${lang} as-of="2020-09-30" .project=${project}></project-dashboard>
  `);
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll('*')) {
    await (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
  return executeServerCommand<{ text: string; pages: number }, undefined>('print-pdf');
}

describe('<project-dashboard> on paper (printed to A4 PDF, read with pdftotext)', () => {
  itIn(
    'print',
    'keeps the code, the title, the office and every report date, in English',
    async () => {
      const { text, pages } = await printed('en');
      const paper = squash(text);
      expect(pages).to.be.greaterThan(0);
      expect(paper).to.contain('50080000-2982');
      expect(paper).to.contain(squash('สนับสนุนการจัดทำและทบทวนแผนพัฒนาชุมชนของชุมชนในแต่ละสำนักงานเขต'));
      expect(paper).to.contain(squash('สำนักงานเขตพญาไท'));
      for (const date of [
        '21 September 2020',
        '28 August 2020',
        '29 July 2020',
        '29 June 2020',
        '29 May 2020',
        '30 April 2020',
      ]) {
        expect(paper, date).to.contain(squash(date));
      }
      expect(paper).to.contain(squash('5008-0791'));
      expect(paper, 'no buttons on paper').not.to.contain(squash('Show as table'));
      expect(paper).not.to.contain(squash('Download CSV'));
    },
  );

  itIn(
    'print',
    'prints every report of a long history, beyond the newest ten shown on screen',
    async () => {
      // 30 reports, one every 10 days from 2 November 2019: more than the log's first page.
      const log = Array.from({ length: 30 }, (_, i) => {
        const date = new Date(Date.UTC(2019, 10, 2) + i * 10 * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return { date, percent: Math.min(100, 3 * (i + 1)), note: `report ${i + 1}` };
      });
      const { text } = await printed('en', { ...seed(), progress: 90, log });
      const paper = squash(text);
      for (const entry of log) expect(paper, entry.note).to.contain(squash(entry.note));
    },
  );

  itIn('print', 'prints the Thai page with Buddhist-era dates and no Gregorian year', async () => {
    const { text } = await printed('th');
    const paper = squash(text);
    expect(paper).to.contain('50080000-2982');
    for (const date of ['21 กันยายน 2563', '28 สิงหาคม 2563', '30 เมษายน 2563']) {
      expect(paper, date).to.contain(squash(date));
    }
    expect(paper).to.contain(squash('ปีงบประมาณ 2563'));
    expect(paper, 'no CE year of the project on the Thai page').not.to.match(/20(19|20)/);
  });
});
