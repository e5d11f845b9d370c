import { expect } from '@open-wc/testing';
import { kpiAchievement, parseProject, type Kpi } from '../../src/domain/index.js';
import { kpis, minimal, seed } from '../fixtures/domain-projects.js';

function parsedKpis(list: unknown[]): Kpi[] {
  const result = parseProject(minimal({ kpis: list }), { asOf: '2021-01-01' });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.project.kpis ?? [];
}

describe('kpiAchievement', () => {
  it('meets the seed’s KPI exactly, at full precision', () => {
    const result = parseProject(seed(), { asOf: '2020-10-01' });
    if (!result.ok) throw new Error('seed should parse');
    expect(kpiAchievement(result.project.kpis![0])).to.deep.equal({
      ratio: 1,
      met: true,
      status: 'met',
      value: 100,
    });
  });

  it('more is better: achieved / target, met at or above the target', () => {
    expect(kpiAchievement({ target: 80, achieved: 85.25, direction: 'increase' })).to.deep.equal({
      ratio: 85.25 / 80,
      met: true,
      status: 'met',
      value: 85.25,
    });
    expect(kpiAchievement({ target: 80, achieved: 80 })).to.deep.include({ met: true, ratio: 1 });
    expect(kpiAchievement({ target: 80, achieved: 79.99 }).status).to.equal('not-met');
  });

  it('count units work like any other figure', () => {
    const [count] = parsedKpis([kpis.count]);
    expect(count.unit).to.equal('ฐานข้อมูล');
    expect(kpiAchievement(count)).to.deep.include({ ratio: 2 / 3, met: false, status: 'not-met' });
  });

  it('more is better with target 0: no target, nothing to divide by', () => {
    const [zero] = parsedKpis([kpis.targetZero]);
    expect(kpiAchievement(zero)).to.deep.include({ ratio: null, met: null, status: 'no-target' });
    expect(kpiAchievement({ target: 0, achieved: 0 })).to.deep.equal({
      ratio: null,
      met: null,
      status: 'no-target',
      value: 0,
    });
  });

  it('less is better: target / achieved, met at or below the target', () => {
    const [less] = parsedKpis([kpis.lessIsBetter]);
    expect(kpiAchievement(less)).to.deep.include({ ratio: 10 / 8, met: true, status: 'met' });
    expect(kpiAchievement({ target: 10, achieved: 12.5, direction: 'decrease' })).to.deep.equal({
      ratio: 0.8,
      met: false,
      status: 'not-met',
      value: 12.5,
    });
  });

  it('less is better with target 0 is a real target; ratio null where it would divide by 0', () => {
    const [met, missed] = parsedKpis([kpis.lessTargetZeroMet, kpis.lessTargetZeroMissed]);
    expect(kpiAchievement(met)).to.deep.include({ ratio: null, met: true, status: 'met' });
    expect(kpiAchievement(missed)).to.deep.include({ ratio: 0, met: false, status: 'not-met' });
    expect(kpiAchievement({ target: 5, achieved: 0, direction: 'decrease' })).to.deep.equal({
      ratio: null,
      met: true,
      status: 'met',
      value: 0,
    });
  });

  it('never returns NaN or Infinity', () => {
    const values = [0, -0, 1, -1, 1e-300, 1e300, 100];
    for (const target of values) {
      for (const achieved of values) {
        for (const direction of ['increase', 'decrease'] as const) {
          const { ratio } = kpiAchievement({ target, achieved, direction });
          expect(ratio === null || Number.isFinite(ratio), `${target} ${achieved} ${direction}`).to
            .be.true;
        }
      }
    }
  });

  it('keeps quarter results as given, in order, whether or not they rise', () => {
    const [kpi] = parsedKpis([kpis.nonMonotonic]);
    expect(kpi.quarters?.map((q) => q.result)).to.deep.equal([40.5, 20, 70.125, 50]);
    expect(kpi.quarters?.[3].assessments).to.deep.equal([{ criterion: '2.1', score: 100 }]);
    expect(kpiAchievement(kpi).status).to.equal('met');
  });

  describe('judged at an as-of date (nothing from after it)', () => {
    const seedKpi = () => {
      const result = parseProject(seed(), { asOf: '2020-10-01' });
      if (!result.ok) throw new Error('seed should parse');
      return { kpi: result.project.kpis![0], fiscalYear: result.project.fiscalYear };
    };

    it('the seed at 15 March 2020: Q1 and Q2 have begun, so Q2’s result is judged', () => {
      const { kpi, fiscalYear } = seedKpi();
      expect(kpiAchievement(kpi, { asOf: '2020-03-15', fiscalYear })).to.deep.equal({
        ratio: 1,
        met: true,
        status: 'met',
        value: 100,
        quarter: 2,
      });
    });

    it('the seed at 30 April and 30 June 2020: Q3 is the latest quarter begun', () => {
      const { kpi, fiscalYear } = seedKpi();
      expect(kpiAchievement(kpi, { asOf: '2020-04-30', fiscalYear }).quarter).to.equal(3);
      expect(kpiAchievement(kpi, { asOf: '2020-06-30', fiscalYear }).quarter).to.equal(3);
    });

    it('the seed from 1 July 2020 and today: every quarter has begun, so achieved is judged', () => {
      const { kpi, fiscalYear } = seedKpi();
      for (const asOf of ['2020-07-01', '2026-12-07']) {
        const judged = kpiAchievement(kpi, { asOf, fiscalYear });
        expect(judged.quarter, asOf).to.equal(undefined);
        expect(judged.value, asOf).to.equal(100);
      }
    });

    it('before any quarter with a result has begun: not yet due, no figure', () => {
      const { kpi, fiscalYear } = seedKpi();
      expect(kpiAchievement(kpi, { asOf: '2019-09-30', fiscalYear })).to.deep.equal({
        ratio: null,
        met: null,
        status: 'not-yet-due',
        value: null,
      });
    });

    it('judges the latest begun quarter’s own result, not the year’s achieved figure', () => {
      const kpi = {
        target: 80,
        achieved: 90,
        quarters: [
          { quarter: 1 as const, result: 30 },
          { quarter: 2 as const, result: 50 },
          { quarter: 3 as const, result: 90 },
        ],
      };
      expect(kpiAchievement(kpi, { asOf: '2020-02-01', fiscalYear: 2020 })).to.deep.include({
        status: 'not-met',
        value: 50,
        quarter: 2,
      });
      expect(kpiAchievement(kpi, { asOf: '2020-04-01', fiscalYear: 2020 })).to.deep.include({
        status: 'met',
        value: 90,
      });
    });

    it('a KPI without quarters is judged on achieved at any date', () => {
      expect(
        kpiAchievement({ target: 10, achieved: 12 }, { asOf: '2019-01-01', fiscalYear: 2020 }),
      ).to.deep.include({ status: 'met', value: 12 });
    });
  });

  it('defaults the direction to increase when the input leaves it out', () => {
    const [kpi] = parsedKpis([{ code: 'K', name: 'N', target: 1, achieved: 1 }]);
    expect(kpi.direction).to.equal('increase');
  });
});
