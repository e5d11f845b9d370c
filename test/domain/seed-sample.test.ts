// The demo's sample (demo/data/bma-50080000-2982.json) against the origin document, the
// monitoring system's page for the project as transcribed in test/fixtures/seed-page.txt (a
// copy of shared/seed/bma-project-50080000-2982.txt): every field the page shows is in the
// sample with the same value, and the sample adds nothing the page does not show.
import { expect } from '@open-wc/testing';
import { parseProject, type Project } from '../../src/domain/index.js';
import sample from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };

const after = (text: string, marker: string) => {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`the page has no "${marker}"`);
  return text.slice(at + marker.length);
};
const line = (text: string) => text.trim().split('\n')[0].trim();
const THAI_DIGITS = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

describe('the demo sample matches the seed page field by field', () => {
  let page = '';
  let project: Project;

  before(async () => {
    page = (await (await fetch('/test/fixtures/seed-page.txt')).text()).replace(/\r/g, '');
    const result = parseProject(sample, { asOf: '2020-10-01' });
    if (!result.ok) throw new Error('the sample must parse');
    project = result.project;
  });

  it('heading: title, code, organisation, fiscal year, progress', () => {
    expect(page).to.contain(`${project.title} : ${project.id}`);
    expect(page).to.contain(`${project.organization.name} : (2563)`);
    expect(project.fiscalYear + 543).to.equal(2563);
    expect(page).to.contain(`ความคืบหน้าโครงการ ร้อยละ ${project.progress!.toFixed(2)}`);
  });

  it('the organisation code and the responsible officer with her phone', () => {
    expect(page).to.contain(`${project.organization.code}/${project.organization.code}`);
    expect(page).to.contain(`${project.owner!.name} โทร ${project.owner!.phone}`);
  });

  it('the evaluation: who, which quarter, what score', () => {
    const evaluation = line(after(page, '*** '));
    expect(evaluation).to.equal(
      `${project.evaluation!.by} ประเมินโครงการ : ไตรมาสที่ ${project.evaluation!.quarter} ${project.evaluation!.score!.toFixed(4)}`,
    );
  });

  it('links: the page’s own links to the project’s other pages, by their labels', () => {
    for (const link of project.links!) expect(page).to.contain(link.label);
  });

  it('rationale, objectives and targets as written', () => {
    expect(line(after(page, 'หลักการและเหตุผล\n'))).to.equal(project.rationale);
    expect(line(after(page, 'วัตถุประสงค์ของโครงการ\n'))).to.equal(project.objectives!.join(' '));
    expect(line(after(page, 'เป้าหมายของโครงการ\n'))).to.equal(project.targets!.join(' '));
  });

  it('alignment: every level with its "ที่", number and title, broadest first', () => {
    const lines = after(page, 'สนับสนุนยุทธศาสตร์กรุงเทพมหานครฯ\n').trim().split('\n').slice(0, 4);
    expect(project.alignment).to.have.length(4);
    project.alignment!.forEach((level, i) => {
      expect(lines[i].startsWith(`${level.level} ${level.code}`), lines[i]).to.equal(true);
      expect(lines[i].endsWith(level.title), lines[i]).to.equal(true);
    });
  });

  it('the six reports, numbered (1)–(6) newest first, with percent, date, note, problems and obstacles', () => {
    const blocks = after(page, 'ผลการดำเนินงาน\n').split(
      '------------------&&&--------------------',
    );
    const reports = blocks.slice(0, 6);
    expect(project.log).to.have.length(6);
    reports.forEach((block, i) => {
      const entry = project.log![i];
      const head = /\((\d)\) ความคืบหน้าโครงการฯ ร้อยละ ([\d.]+) \((\d{4}-\d{2}-\d{2})\)/.exec(block)!;
      expect(Number(head[1])).to.equal(i + 1);
      expect(Number(head[2])).to.equal(entry.percent);
      expect(head[3]).to.equal(entry.date);
      expect(block).to.contain(` : ${entry.note}\n`);
      expect(line(after(block, '** ปัญหาของโครงการ :'))).to.equal(entry.problems);
      expect(line(after(block, '** อุปสรรคของโครงการ :'))).to.equal(entry.obstacles);
    });
  });

  it('the plan: three steps with name, weight and dates', () => {
    const plan = after(page, 'แผนการดำเนินงานฯ\n');
    const steps = [...plan.matchAll(/ขั้นตอน (\d)\n:(.+)\n:(\d+)%\nเริ่มต้น :(\S+)\nสิ้นสุด :(\S+)/g)];
    expect(steps.map((m) => [Number(m[1]), m[2], Number(m[3]), m[4], m[5]])).to.deep.equal(
      project.plan!.map((s) => [s.step, s.name, s.weight, s.start, s.end]),
    );
  });

  it('the KPI: code, name, target, achieved, type, level and the quarters (result, 2.1 / 2.2), with no score the page does not have', () => {
    const [kpi] = project.kpis!;
    expect(project.kpis).to.have.length(1);
    expect(page).to.contain(`รายละเอียดเกี่ยวกับตัวชี้วัด : ${kpi.code}`);
    expect(page).to.contain(`ตัวชี้วัด : ${kpi.name}`);
    expect(page).to.contain(`ค่าเป้าหมาย ${kpi.unit} : ${kpi.target.toFixed(4)}`);
    expect(page).to.contain(`ผลงานที่ทำได้ ${kpi.unit} : ${kpi.achieved.toFixed(4)}`);
    expect(page).to.contain(`ประเภทตัวชี้วัด : ${kpi.type}`);
    expect(page).to.contain(`ตัวชี้วัดระดับผลลัพธ์ (${kpi.level})`);
    const table = after(page, '(* 2.1 / 2.2 *)\n');
    const quarters = [...table.matchAll(/^(\d)\n([\d.]+)\n\n(\d+) \/ (\d+)$/gm)];
    expect(
      quarters.map((m) => ({
        quarter: Number(m[1]),
        result: Number(m[2]),
        assessments: [
          { criterion: '2.1', score: Number(m[3]) },
          { criterion: '2.2', score: Number(m[4]) },
        ],
      })),
    ).to.deep.equal(kpi.quarters);
  });

  it('keeps Thai digits in text as written', () => {
    expect(THAI_DIGITS(project.targets![0]).startsWith('3.1')).to.equal(true);
    expect(project.targets![0].startsWith('๓.๑')).to.equal(true);
  });
});
