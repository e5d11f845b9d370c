import { expect } from '@open-wc/testing';
import {
  actualProgress,
  latestLogEntry,
  parseProject,
  plannedProgress,
  scheduledSteps,
  scheduleStatus,
  type Project,
} from '../../src/domain/index.js';
import {
  BEHIND_AS_OF,
  BEHIND_PLANNED,
  behind,
  decreasing,
  minimal,
  seed,
  stale,
} from '../fixtures/domain-projects.js';

function parsed(value: unknown): Project {
  const result = parseProject(value, { asOf: '2020-10-01' });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.project;
}

const step = (weight: number, start: string, end: string, n = 1) => ({
  step: n,
  name: `Step ${n}`,
  weight,
  start,
  end,
});

describe('plannedProgress', () => {
  const seedProject = parsed(seed());

  it('is null without a plan, with an empty plan, or when the weights add up to 0', () => {
    expect(plannedProgress(parsed(minimal()), '2020-10-01')).to.equal(null);
    expect(plannedProgress({ plan: [] }, '2020-10-01')).to.equal(null);
    expect(plannedProgress({ plan: [step(0, '2020-10-01', '2020-12-31')] }, '2021-01-01')).to.equal(
      null,
    );
  });

  it('runs the seed’s one-date steps until the next step starts, out of weights adding up to 80', () => {
    // Step 1 (20) runs 10 Feb → 1 Mar, step 2 (40) 1 Mar → 30 Sep (213 days), step 3 (20) counts
    // on 30 Sep: the plan rises through the spring instead of jumping to 75 % on 1 March.
    expect(plannedProgress(seedProject, '2020-02-09')).to.equal(0);
    expect(plannedProgress(seedProject, '2020-02-10')).to.equal(0);
    expect(plannedProgress(seedProject, '2020-02-20')).to.equal(((20 * 10) / 20 / 80) * 100);
    expect(plannedProgress(seedProject, '2020-03-01')).to.equal(25); // 20 of 80
    expect(plannedProgress(seedProject, '2020-03-15')).to.equal(
      ((20 + (40 * 14) / 213) / 80) * 100,
    );
    expect(plannedProgress(seedProject, '2020-04-30')).to.equal(
      ((20 + (40 * 60) / 213) / 80) * 100,
    );
    expect(plannedProgress(seedProject, '2020-06-30')).to.equal(
      ((20 + (40 * 121) / 213) / 80) * 100,
    );
    expect(plannedProgress(seedProject, '2020-09-29')).to.equal(
      ((20 + (40 * 212) / 213) / 80) * 100,
    );
    expect(plannedProgress(seedProject, '2020-09-30')).to.equal(100);
    expect(plannedProgress(seedProject, '2026-12-07')).to.equal(100);
  });

  it('runs a one-date step until the nearest later start, whatever the input order; the last counts on its date', () => {
    const plan = [
      step(50, '2021-03-01', '2021-03-01', 3),
      step(50, '2021-01-01', '2021-01-01', 1),
      step(0, '2021-02-01', '2021-02-10', 2),
    ];
    // Step 1 runs 1 Jan → 1 Feb (31 days), step 3 counts on 1 March.
    expect(plannedProgress({ plan }, '2021-01-16')).to.be.closeTo(
      ((50 * 15) / 31 / 100) * 100,
      1e-12,
    );
    expect(plannedProgress({ plan }, '2021-02-01')).to.equal(50);
    expect(plannedProgress({ plan }, '2021-02-28')).to.equal(50);
    expect(plannedProgress({ plan }, '2021-03-01')).to.equal(100);
    // Two one-date steps on the same day both run until the next later start.
    const same = [step(50, '2021-01-01', '2021-01-01', 1), step(50, '2021-01-01', '2021-01-01', 2)];
    expect(plannedProgress({ plan: same }, '2020-12-31')).to.equal(0);
    expect(plannedProgress({ plan: same }, '2021-01-01')).to.equal(100);
  });

  it('scheduledSteps: the seed’s steps as read, with the plan’s own figure at each step’s end', () => {
    const steps = scheduledSteps(seedProject);
    expect(steps.map((s) => [s.step, s.start, s.end, s.enteredEnd, s.plannedAtEnd])).to.deep.equal([
      [1, '2020-02-10', '2020-03-01', '2020-02-10', 25],
      [2, '2020-03-01', '2020-09-30', '2020-03-01', 100],
      [3, '2020-09-30', '2020-09-30', '2020-09-30', 100],
    ]);
    expect(steps.map((s) => s.until)).to.deep.equal([
      { step: 2, date: '2020-03-01' },
      { step: 3, date: '2020-09-30' },
      undefined,
    ]);
    expect(steps.every((s) => s.oneDate)).to.equal(true);
  });

  it('grows linearly over a step in whole UTC days, and is unrounded', () => {
    const plan = [step(100, '2021-01-01', '2021-01-31')];
    expect(plannedProgress({ plan }, '2020-12-31')).to.equal(0);
    expect(plannedProgress({ plan }, '2021-01-01')).to.equal(0);
    expect(plannedProgress({ plan }, '2021-01-16')).to.equal(50);
    expect(plannedProgress({ plan }, '2021-01-11')).to.equal((10 / 30) * 100);
    expect(plannedProgress({ plan }, '2021-01-31')).to.equal(100);
    // A time of day late on 16 January is still 16 January.
    expect(plannedProgress({ plan }, new Date('2021-01-16T23:59:59Z'))).to.equal(50);
  });

  it('weights the steps', () => {
    const project = parsed(behind());
    expect(plannedProgress(project, BEHIND_AS_OF)).to.be.closeTo(BEHIND_PLANNED, 1e-12);
    expect(plannedProgress(project, '2020-11-30')).to.equal(20);
    expect(plannedProgress(project, '2021-09-30')).to.equal(100);
  });
});

describe('actualProgress and latestLogEntry', () => {
  const seedProject = parsed(seed());

  it('without asOf: the reported progress, else the newest entry, else null (not 0 %)', () => {
    expect(actualProgress(seedProject)).to.equal(100);
    expect(actualProgress(parsed(decreasing()))).to.equal(45);
    expect(actualProgress(parsed(minimal()))).to.equal(null);
    expect(actualProgress(parsed(minimal({ progress: 12.345 })))).to.equal(12.345);
  });

  it('with asOf: the newest entry on or before it, whatever the input order', () => {
    expect(actualProgress(seedProject, '2020-08-28')).to.equal(75);
    expect(actualProgress(seedProject, '2020-08-27')).to.equal(70);
    // Before the first report nothing was reported: null, not 0 %.
    expect(actualProgress(seedProject, '2020-04-29')).to.equal(null);
    expect(actualProgress(seedProject, '2020-03-15')).to.equal(null);
    expect(actualProgress(seedProject, '2020-04-30')).to.equal(50);
    expect(actualProgress(seedProject, '2020-06-30')).to.equal(65);
    expect(actualProgress(seedProject, '2026-12-07')).to.equal(100);
    expect(latestLogEntry(seedProject, '2020-06-30')?.note).to.equal(
      'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด',
    );
    expect(latestLogEntry(seedProject)?.date).to.equal('2020-09-21');
    expect(latestLogEntry(seedProject, '2020-01-01')).to.equal(undefined);
  });

  it('with asOf on or after the newest entry: the reported progress when given', () => {
    const project = parsed({ ...seed(), progress: 99.5 });
    expect(actualProgress(project, '2020-09-20')).to.equal(75);
    expect(actualProgress(project, '2020-09-21')).to.equal(99.5);
    expect(actualProgress(parsed(minimal({ progress: 30 })), '2000-01-01')).to.equal(30);
  });

  it('takes the later of two entries on one date in input order', () => {
    const project = parsed(
      minimal({
        log: [
          { date: '2021-01-10', percent: 30, note: 'first' },
          { date: '2021-01-10', percent: 25, note: 'second' },
        ],
      }),
    );
    expect(latestLogEntry(project)?.note).to.equal('second');
    expect(actualProgress(project, '2021-02-01')).to.equal(25);
  });
});

describe('scheduleStatus', () => {
  const seedProject = parsed(seed());

  it('follows the seed through its year: never behind or at risk before September', () => {
    expect(scheduleStatus(seedProject, '2020-02-01')).to.deep.equal({
      planned: 0,
      actual: null,
      variance: null,
      status: 'not-started',
    });
    const march = scheduleStatus(seedProject, '2020-03-15');
    expect(march).to.deep.include({ actual: null, variance: null, status: 'no-report' });
    expect(march.planned).to.be.closeTo(28.286, 1e-3);
    const april = scheduleStatus(seedProject, '2020-04-30');
    expect(april).to.deep.include({ actual: 50, status: 'on-track' });
    expect(april.planned).to.be.closeTo(39.085, 1e-3);
    expect(april.variance).to.be.closeTo(10.915, 1e-3);
    const june = scheduleStatus(seedProject, '2020-06-30');
    expect(june).to.deep.include({ actual: 65, status: 'on-track' });
    expect(june.planned).to.be.closeTo(53.404, 1e-3);
    // Every day from the first step to the end of August: on track, not started or no report.
    for (let day = Date.UTC(2020, 1, 1); day <= Date.UTC(2020, 7, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(['on-track', 'not-started', 'no-report'], iso).to.include(
        scheduleStatus(seedProject, iso).status,
      );
    }
    expect(scheduleStatus(seedProject, '2020-09-21').status).to.equal('complete');
    expect(scheduleStatus(seedProject, '2026-12-07')).to.deep.equal({
      planned: 100,
      actual: 100,
      variance: 0,
      status: 'complete',
    });
  });

  it('no-report: planned work and nothing reported by the date; not-started when nothing was planned yet', () => {
    const plan = [step(100, '2021-01-01', '2021-01-11')];
    expect(scheduleStatus({ plan }, '2020-12-31').status).to.equal('not-started');
    expect(scheduleStatus({ plan }, '2021-01-06')).to.deep.equal({
      planned: 50,
      actual: null,
      variance: null,
      status: 'no-report',
    });
    expect(scheduleStatus({ plan, log: [] }, '2021-02-01').status).to.equal('no-report');
    // A report of 0 % is a report: behind, not "no report".
    const zero = [{ date: '2021-01-02', percent: 0, note: 'started' }];
    expect(scheduleStatus({ plan, log: zero }, '2021-01-06').status).to.equal('behind');
    // Without a plan, no report is still "no plan".
    expect(scheduleStatus({}, '2021-01-06').status).to.equal('unplanned');
  });

  it('is behind when actual trails planned by more than 10 points', () => {
    const report = scheduleStatus(parsed(behind()), BEHIND_AS_OF);
    expect(report.planned).to.be.closeTo(BEHIND_PLANNED, 1e-12);
    expect(report.actual).to.equal(30);
    expect(report.variance).to.be.closeTo(30 - BEHIND_PLANNED, 1e-12);
    expect(report.status).to.equal('behind');
  });

  it('draws the at-risk and behind lines strictly, with custom thresholds too', () => {
    const plan = [step(100, '2021-01-01', '2021-01-11')]; // 10 % a day
    const at = (percent: number) => ({ plan, progress: percent, log: [] });
    // Planned 50 on 2021-01-06.
    expect(scheduleStatus(at(45), '2021-01-06').status).to.equal('on-track'); // -5 is not < -5
    expect(scheduleStatus(at(44.9), '2021-01-06').status).to.equal('at-risk');
    expect(scheduleStatus(at(40), '2021-01-06').status).to.equal('at-risk'); // -10 is not < -10
    expect(scheduleStatus(at(39.9), '2021-01-06').status).to.equal('behind');
    expect(scheduleStatus(at(48), '2021-01-06', { atRisk: -1, behind: -3 }).status).to.equal(
      'at-risk',
    );
    expect(scheduleStatus(at(46), '2021-01-06', { atRisk: -1, behind: -3 }).status).to.equal(
      'behind',
    );
    expect(scheduleStatus(at(60), '2021-01-06').status).to.equal('on-track');
  });

  it('is unplanned without a plan, and complete at 100 with or without one', () => {
    expect(scheduleStatus(parsed(minimal({ progress: 40 })), '2021-01-01')).to.deep.equal({
      planned: null,
      actual: 40,
      variance: null,
      status: 'unplanned',
    });
    expect(scheduleStatus(parsed(minimal({ progress: 100 })), '2021-01-01').status).to.equal(
      'complete',
    );
  });

  it('is not started only when both planned and actual are 0', () => {
    const plan = [step(100, '2021-01-01', '2021-01-11')];
    expect(scheduleStatus({ plan, progress: 5 }, '2020-12-01').status).to.equal('on-track');
  });

  it('stale fixture: behind as well', () => {
    expect(scheduleStatus(parsed(stale()), BEHIND_AS_OF).status).to.equal('behind');
  });
});
