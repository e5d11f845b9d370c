import { expect } from '@open-wc/testing';
import {
  dataQuality,
  describeWarning,
  parseProject,
  type Project,
  type Warning,
} from '../../src/domain/index.js';
import {
  BEHIND_AS_OF,
  BEHIND_PLANNED,
  behind,
  decreasing,
  kpis,
  minimal,
  seed,
  stale,
} from './fixtures/projects.js';

function parsed(value: unknown): Project {
  const result = parseProject(value, { asOf: '2030-01-01' });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.project;
}

const brief = (warnings: Warning[]) => warnings.map((w) => [w.code, w.path ?? '']);

describe('dataQuality', () => {
  it('warns about the seed’s weights (80) and its three zero-length steps, and nothing else once complete', () => {
    const warnings = dataQuality(parsed(seed()), '2020-10-15');
    expect(brief(warnings)).to.deep.equal([
      ['weights-not-100', 'plan'],
      ['zero-length-step', 'plan[0]'],
      ['zero-length-step', 'plan[1]'],
      ['zero-length-step', 'plan[2]'],
    ]);
    expect(warnings[0].params).to.deep.equal({ sum: 80 });
    expect(warnings[0].message).to.equal(
      'Step weights add up to 80, not 100; planned progress is measured against their total.',
    );
    expect(warnings[1].params).to.deep.equal({ step: 1, date: '2020-02-10' });
    expect(warnings[1].message).to.equal(
      'Step 1 starts and ends on the same day, 10 February 2020: it counts as done from that day.',
    );
  });

  it('says the seed is behind in April 2020 and its log lies in the future', () => {
    const warnings = dataQuality(parsed(seed()), '2020-04-01');
    const codes = warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'future-log-date')).to.have.length(6);
    const behindSchedule = warnings.find((w) => w.code === 'behind-schedule')!;
    expect(behindSchedule.params).to.deep.equal({ planned: 75, actual: 0, variance: -75 });
    expect(behindSchedule.message).to.equal(
      'Behind schedule: 0% done against 75% planned, 75 percentage points behind.',
    );
    expect(warnings.find((w) => w.path === 'log[0]')?.message).to.equal(
      'A log entry is dated 21 September 2020, after the date progress is measured at, 1 April 2020.',
    );
  });

  it('behind-schedule states planned, actual and variance unrounded, worded to one decimal', () => {
    const warnings = dataQuality(parsed(behind()), BEHIND_AS_OF);
    expect(brief(warnings)).to.deep.equal([['behind-schedule', '']]);
    const [warning] = warnings;
    expect(warning.path).to.equal(undefined);
    expect(warning.params.planned).to.be.closeTo(BEHIND_PLANNED, 1e-12);
    expect(warning.params.actual).to.equal(30);
    expect(warning.message).to.equal(
      'Behind schedule: 30% done against 57% planned, 27 percentage points behind.',
    );
  });

  it('stale-update: the newest entry is older than 45 days while under 100 %', () => {
    const warnings = dataQuality(parsed(stale()), BEHIND_AS_OF);
    const warning = warnings.find((w) => w.code === 'stale-update')!;
    expect(warning.path).to.equal('log[1]');
    expect(warning.params).to.deep.equal({ days: 85, date: '2021-01-15', limit: 45 });
    expect(warning.message).to.equal(
      'The last update, on 15 January 2021, is 85 days old; updates are expected at least every 45 days.',
    );
    expect(
      dataQuality(parsed(stale()), BEHIND_AS_OF, { staleAfterDays: 85 }).map((w) => w.code),
    ).not.to.include('stale-update');
    expect(
      dataQuality(parsed(stale()), BEHIND_AS_OF, { staleAfterDays: 84 }).map((w) => w.code),
    ).to.include('stale-update');
  });

  it('no stale-update once progress reaches 100, however old the update', () => {
    const codes = dataQuality(parsed(seed()), '2026-01-01').map((w) => w.code);
    expect(codes).not.to.include('stale-update');
    expect(codes).not.to.include('overdue');
  });

  it('progress-decreased points at the later entry as given in the input', () => {
    const warnings = dataQuality(parsed(decreasing()), '2021-03-01');
    expect(brief(warnings)).to.deep.equal([['progress-decreased', 'log[0]']]);
    expect(warnings[0].params).to.deep.equal({
      from: 50,
      to: 45,
      date: '2021-02-28',
      previousDate: '2021-01-31',
    });
    expect(warnings[0].message).to.equal(
      'Progress goes down from 50% on 31 January 2021 to 45% on 28 February 2021.',
    );
  });

  it('progress-decreased shows a drop that one decimal would hide with the decimals it needs', () => {
    const project = parsed({
      ...decreasing(),
      log: [
        { date: '2021-01-31', percent: 10, note: 'a' },
        { date: '2021-02-28', percent: 9.96, note: 'b' },
      ],
    });
    const [warning] = dataQuality(project, '2021-03-01').filter(
      (w) => w.code === 'progress-decreased',
    );
    expect(warning.message).to.equal(
      'Progress goes down from 10% on 31 January 2021 to 9.96% on 28 February 2021.',
    );
    expect(describeWarning(warning, 'th')).to.contain('ร้อยละ 10 เมื่อวันที่');
    expect(describeWarning(warning, 'th')).to.contain('เหลือร้อยละ 9.96');
  });

  it('duplicate-log-date: once per date, at the second entry in input order', () => {
    const project = parsed(
      minimal({
        log: [
          { date: '2021-01-10', percent: 30, note: 'a' },
          { date: '2021-01-05', percent: 10, note: 'b' },
          { date: '10/1/2564', percent: 30, note: 'c' },
          { date: '2021-01-10', percent: 30, note: 'd' },
        ],
      }),
    );
    const warnings = dataQuality(project, '2021-01-20');
    expect(brief(warnings)).to.deep.equal([['duplicate-log-date', 'log[2]']]);
    expect(warnings[0].params).to.deep.equal({ date: '2021-01-10', count: 3 });
    expect(warnings[0].message).to.equal('3 log entries are dated 10 January 2021.');
  });

  it('overdue: every step has ended (the day after the last end) while under 100 %', () => {
    const project = parsed(behind());
    expect(dataQuality(project, '2021-09-30').map((w) => w.code)).not.to.include('overdue');
    const warning = dataQuality(project, '2021-10-01').find((w) => w.code === 'overdue')!;
    expect(warning.params).to.deep.equal({ end: '2021-09-30', actual: 30 });
    expect(warning.message).to.equal(
      'Every step has ended (the last on 30 September 2021) but progress is 30%.',
    );
  });

  it('kpi-target-zero for a more-is-better KPI only', () => {
    const project = parsed(
      minimal({ kpis: [kpis.count, kpis.targetZero, kpis.lessTargetZeroMet] }),
    );
    const warnings = dataQuality(project, '2021-01-01');
    expect(brief(warnings)).to.deep.equal([['kpi-target-zero', 'kpis[1]']]);
    expect(warnings[0].message).to.equal(
      'KPI K-0 has a target of 0, so whether it is met cannot be judged.',
    );
  });

  it('weights-not-100 tolerates float rounding but not a real difference, and says 0 plainly', () => {
    const plan = (weights: number[]) =>
      weights.map((weight, i) => ({
        step: i + 1,
        name: `S${i}`,
        weight,
        start: '2021-01-01',
        end: '2021-02-01',
      }));
    const codes = (weights: number[]) =>
      dataQuality(parsed(minimal({ plan: plan(weights) })), '2021-01-01').map((w) => w.code);
    const tenths = [99, ...Array<number>(10).fill(0.1)];
    expect(tenths.reduce((a, b) => a + b, 0)).not.to.equal(100);
    expect(codes(tenths)).not.to.include('weights-not-100');
    expect(codes([33.33, 33.33, 33.33])).to.include('weights-not-100');
    const [near] = dataQuality(parsed(minimal({ plan: plan([99.96]) })), '2021-01-01');
    // One decimal would say "100, not 100".
    expect(near.message).to.equal(
      'Step weights add up to 99.96, not 100; planned progress is measured against their total.',
    );
    const [zero] = dataQuality(parsed(minimal({ plan: plan([0, 0]) })), '2021-01-01');
    expect(zero.message).to.equal(
      'Step weights add up to 0, not 100, so there is no planned progress.',
    );
  });

  it('words every warning in Thai too, with Buddhist-era dates', () => {
    const warnings = dataQuality(parsed(seed()), '2020-04-01', { locale: 'th' });
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'น้ำหนักของขั้นตอนรวมกันได้ 80 ไม่ใช่ 100 ความคืบหน้าตามแผนจึงคิดเทียบกับผลรวมนี้',
      'ขั้นตอนที่ 1 เริ่มต้นและสิ้นสุดในวันเดียวกัน คือวันที่ 10 กุมภาพันธ์ 2563 จึงนับว่าแล้วเสร็จตั้งแต่วันนั้น',
      'ขั้นตอนที่ 2 เริ่มต้นและสิ้นสุดในวันเดียวกัน คือวันที่ 1 มีนาคม 2563 จึงนับว่าแล้วเสร็จตั้งแต่วันนั้น',
      'ขั้นตอนที่ 3 เริ่มต้นและสิ้นสุดในวันเดียวกัน คือวันที่ 30 กันยายน 2563 จึงนับว่าแล้วเสร็จตั้งแต่วันนั้น',
      'รายการผลการดำเนินงานลงวันที่ 21 กันยายน 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'รายการผลการดำเนินงานลงวันที่ 28 สิงหาคม 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'รายการผลการดำเนินงานลงวันที่ 29 กรกฎาคม 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'รายการผลการดำเนินงานลงวันที่ 29 มิถุนายน 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'รายการผลการดำเนินงานลงวันที่ 29 พฤษภาคม 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'รายการผลการดำเนินงานลงวันที่ 30 เมษายน 2563 ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (1 เมษายน 2563)',
      'ล่าช้ากว่าแผน: ดำเนินการแล้วร้อยละ 0 จากที่แผนกำหนดไว้ร้อยละ 75 ช้ากว่าแผน 75 จุดร้อยละ',
    ]);
  });

  it('describeWarning words a warning again in another language, calendar or numerals', () => {
    const [stale1] = dataQuality(parsed(stale()), BEHIND_AS_OF).filter(
      (w) => w.code === 'stale-update',
    );
    expect(describeWarning(stale1, 'th')).to.equal(
      'ปรับปรุงข้อมูลครั้งล่าสุดเมื่อวันที่ 15 มกราคม 2564 ผ่านมาแล้ว 85 วัน เกินรอบการรายงานทุก 45 วัน',
    );
    expect(describeWarning(stale1, 'th', { calendar: 'gregory' })).to.contain('15 มกราคม 2021');
    expect(describeWarning(stale1, 'th', { numerals: 'thai' })).to.equal(
      'ปรับปรุงข้อมูลครั้งล่าสุดเมื่อวันที่ ๑๕ มกราคม ๒๕๖๔ ผ่านมาแล้ว ๘๕ วัน เกินรอบการรายงานทุก ๔๕ วัน',
    );
    expect(describeWarning(stale1, 'en')).to.equal(stale1.message);
  });

  it('never changes the project it looks at', () => {
    const project = parsed(stale());
    const before = structuredClone(project);
    dataQuality(project, BEHIND_AS_OF);
    expect(project).to.deep.equal(before);
  });
});
