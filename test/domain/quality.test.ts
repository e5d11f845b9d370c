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
} from '../fixtures/domain-projects.js';

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
      'Step weights add up to 80, not 100, so the plan is measured against their total, 80.',
    );
    // Each zero-length step says how it is read, with the dates.
    expect(warnings[1].params).to.deep.equal({
      step: 1,
      date: '2020-02-10',
      untilStep: 2,
      until: '2020-03-01',
    });
    expect(warnings[1].message).to.equal(
      'Step 1 starts and ends on the same day, 10 February 2020: it is read as running until step 2 starts on 1 March 2020.',
    );
    expect(warnings[3].params).to.deep.equal({ step: 3, date: '2020-09-30' });
    expect(warnings[3].message).to.equal(
      'Step 3 starts and ends on the same day, 30 September 2020: it counts as done on that day.',
    );
  });

  it('says the seed has no report yet on 15 March 2020 (not that it is behind) and its log lies in the future', () => {
    const warnings = dataQuality(parsed(seed()), '2020-03-15');
    const codes = warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'future-log-date')).to.have.length(6);
    expect(codes).not.to.include('behind-schedule');
    const noReport = warnings.find((w) => w.code === 'no-report')!;
    expect(noReport.params.asOf).to.equal('2020-03-15');
    expect(noReport.params.planned).to.be.closeTo(28.286, 1e-3);
    expect(noReport.message).to.equal(
      'No report yet: the plan expected 28.3% by 15 March 2020, and nothing has been reported.',
    );
    expect(warnings.find((w) => w.path === 'log[0]')?.message).to.equal(
      'A report is dated 21 September 2020, after the as-of date, 15 March 2020; it is left out of the figures.',
    );
  });

  it('finds nothing behind in the seed at 30 April, 30 June and today: only the plan’s own warnings and the future reports', () => {
    for (const asOf of ['2020-04-30', '2020-06-30', '2026-12-07']) {
      const codes = dataQuality(parsed(seed()), asOf).map((w) => w.code);
      expect(codes, asOf).not.to.include('behind-schedule');
      expect(codes, asOf).not.to.include('no-report');
      expect(codes, asOf).not.to.include('stale-update');
      expect(new Set(codes), asOf).to.deep.equal(
        new Set(
          asOf === '2026-12-07'
            ? ['weights-not-100', 'zero-length-step']
            : ['weights-not-100', 'zero-length-step', 'future-log-date'],
        ),
      );
    }
  });

  it('behind-schedule states planned, actual and variance unrounded, worded to one decimal', () => {
    const warnings = dataQuality(parsed(behind()), BEHIND_AS_OF);
    expect(brief(warnings)).to.deep.equal([['behind-schedule', '']]);
    const [warning] = warnings;
    expect(warning.path).to.equal(undefined);
    expect(warning.params.planned).to.be.closeTo(BEHIND_PLANNED, 1e-12);
    expect(warning.params.actual).to.equal(30);
    expect(warning.message).to.equal(
      'Behind schedule: 30% done against 57% planned, 27 points behind.',
    );
  });

  it('stale-update: the newest entry is older than 45 days while under 100 %', () => {
    const warnings = dataQuality(parsed(stale()), BEHIND_AS_OF);
    const warning = warnings.find((w) => w.code === 'stale-update')!;
    expect(warning.path).to.equal('log[1]');
    expect(warning.params).to.deep.equal({ days: 85, date: '2021-01-15', limit: 45 });
    // The age in the unit a person would use; the rhythm in days, as it is set.
    expect(warning.message).to.equal(
      'The last report, on 15 January 2021, was 3 months ago; reports are expected at least every 45 days.',
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
    // ร้อยละ and its figure joined by a no-break space: a line never ends between them.
    expect(describeWarning(warning, 'th')).to.contain('ร้อยละ\u00a010 เมื่อวันที่');
    expect(describeWarning(warning, 'th')).to.contain('เหลือร้อยละ\u00a09.96');
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
    expect(warnings[0].message).to.equal('3 reports are dated 10 January 2021.');
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
      'Step weights add up to 99.96, not 100, so the plan is measured against their total, 99.96.',
    );
    const [zero] = dataQuality(parsed(minimal({ plan: plan([0, 0]) })), '2021-01-01');
    expect(zero.message).to.equal(
      'Step weights add up to 0, not 100, so there is no planned progress.',
    );
  });

  it('words every warning in Thai too, as officials write it, with Buddhist-era dates', () => {
    const warnings = dataQuality(parsed(seed()), '2020-04-01', { locale: 'th' });
    // No-break spaces shown as ' ' here: they keep ร้อยละ with its figure.
    expect(warnings.map((w) => w.message.replaceAll('\u00a0', ' '))).to.deep.equal([
      'น้ำหนักทุกขั้นตอนรวมกันได้ร้อยละ 80 (ควรเท่ากับ 100) จึงคำนวณแผนเทียบกับผลรวม 80',
      'ขั้นตอนที่ 1 มีวันเริ่มต้นและวันสิ้นสุดเป็นวันเดียวกัน (10 กุมภาพันธ์ 2563) จึงถือว่าดำเนินการต่อเนื่องจนถึงวันเริ่มต้นขั้นตอนที่ 2 (1 มีนาคม 2563)',
      'ขั้นตอนที่ 2 มีวันเริ่มต้นและวันสิ้นสุดเป็นวันเดียวกัน (1 มีนาคม 2563) จึงถือว่าดำเนินการต่อเนื่องจนถึงวันเริ่มต้นขั้นตอนที่ 3 (30 กันยายน 2563)',
      'ขั้นตอนที่ 3 มีวันเริ่มต้นและวันสิ้นสุดเป็นวันเดียวกัน (30 กันยายน 2563) จึงถือว่าแล้วเสร็จในวันดังกล่าว',
      'มีรายงานผลลงวันที่ 21 กันยายน 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'มีรายงานผลลงวันที่ 28 สิงหาคม 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'มีรายงานผลลงวันที่ 29 กรกฎาคม 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'มีรายงานผลลงวันที่ 29 มิถุนายน 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'มีรายงานผลลงวันที่ 29 พฤษภาคม 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'มีรายงานผลลงวันที่ 30 เมษายน 2563 ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ 1 เมษายน 2563) จึงไม่นำมาคำนวณ',
      'ยังไม่มีการรายงานผล ทั้งที่ตามแผนควรดำเนินการได้ร้อยละ 32.3 ภายในวันที่ 1 เมษายน 2563',
    ]);
    const behindTh = dataQuality(parsed(behind()), BEHIND_AS_OF, { locale: 'th' })[0];
    expect(behindTh.message.replaceAll('\u00a0', ' ')).to.equal(
      'ล่าช้ากว่าแผน: ดำเนินการแล้วร้อยละ 30 จากแผนร้อยละ 57 ต่ำกว่าแผน 27 จุด',
    );
  });

  it('describeWarning words a warning again in another language, calendar or numerals', () => {
    const [stale1] = dataQuality(parsed(stale()), BEHIND_AS_OF).filter(
      (w) => w.code === 'stale-update',
    );
    expect(describeWarning(stale1, 'th')).to.equal(
      'รายงานผลครั้งล่าสุดเมื่อวันที่ 15 มกราคม 2564 (3 เดือนที่ผ่านมา) เกินรอบการรายงานทุก 45 วัน',
    );
    expect(describeWarning(stale1, 'th', { calendar: 'gregory' })).to.contain('15 มกราคม 2021');
    expect(describeWarning(stale1, 'th', { numerals: 'thai' })).to.equal(
      'รายงานผลครั้งล่าสุดเมื่อวันที่ ๑๕ มกราคม ๒๕๖๔ (๓ เดือนที่ผ่านมา) เกินรอบการรายงานทุก ๔๕ วัน',
    );
    expect(describeWarning(stale1, 'en')).to.equal(stale1.message);
  });

  it('counts "N ago" in the unit a person would use: days, then months, then years', () => {
    const project = parsed(
      minimal({ progress: 40, log: [{ date: '2020-09-21', percent: 40, note: 'x' }] }),
    );
    const age = (asOf: string) =>
      dataQuality(project, asOf).find((w) => w.code === 'stale-update')?.message ?? '';
    expect(age('2020-11-30')).to.contain('was 2 months ago');
    expect(age('2026-12-07')).to.contain('was 6 years ago');
    expect(age('2026-12-07')).not.to.contain('months');
    const [warning] = dataQuality(project, '2026-12-07').filter((w) => w.code === 'stale-update');
    expect(describeWarning(warning, 'th')).to.contain('(6 ปีที่แล้ว)');
  });

  it('never changes the project it looks at', () => {
    const project = parsed(stale());
    const before = structuredClone(project);
    dataQuality(project, BEHIND_AS_OF);
    expect(project).to.deep.equal(before);
  });
});
