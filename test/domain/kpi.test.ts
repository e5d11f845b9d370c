import { expect } from '@open-wc/testing';
import { kpiAchievement, parseProject, type Kpi } from '../../src/domain/index.js';
import { kpis, minimal, seed } from './fixtures/projects.js';

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
    });
  });

  it('more is better: achieved / target, met at or above the target', () => {
    expect(kpiAchievement({ target: 80, achieved: 85.25, direction: 'increase' })).to.deep.equal({
      ratio: 85.25 / 80,
      met: true,
      status: 'met',
    });
    expect(kpiAchievement({ target: 80, achieved: 80 })).to.deep.include({ met: true, ratio: 1 });
    expect(kpiAchievement({ target: 80, achieved: 79.99 }).status).to.equal('not-met');
  });

  it('count units work like any other figure', () => {
    const [count] = parsedKpis([kpis.count]);
    expect(count.unit).to.equal('ฐานข้อมูล');
    expect(kpiAchievement(count)).to.deep.equal({ ratio: 2 / 3, met: false, status: 'not-met' });
  });

  it('more is better with target 0: no target, nothing to divide by', () => {
    const [zero] = parsedKpis([kpis.targetZero]);
    expect(kpiAchievement(zero)).to.deep.equal({ ratio: null, met: null, status: 'no-target' });
    expect(kpiAchievement({ target: 0, achieved: 0 })).to.deep.equal({
      ratio: null,
      met: null,
      status: 'no-target',
    });
  });

  it('less is better: target / achieved, met at or below the target', () => {
    const [less] = parsedKpis([kpis.lessIsBetter]);
    expect(kpiAchievement(less)).to.deep.equal({ ratio: 10 / 8, met: true, status: 'met' });
    expect(kpiAchievement({ target: 10, achieved: 12.5, direction: 'decrease' })).to.deep.equal({
      ratio: 0.8,
      met: false,
      status: 'not-met',
    });
  });

  it('less is better with target 0 is a real target; ratio null where it would divide by 0', () => {
    const [met, missed] = parsedKpis([kpis.lessTargetZeroMet, kpis.lessTargetZeroMissed]);
    expect(kpiAchievement(met)).to.deep.equal({ ratio: null, met: true, status: 'met' });
    expect(kpiAchievement(missed)).to.deep.equal({ ratio: 0, met: false, status: 'not-met' });
    expect(kpiAchievement({ target: 5, achieved: 0, direction: 'decrease' })).to.deep.equal({
      ratio: null,
      met: true,
      status: 'met',
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

  it('defaults the direction to increase when the input leaves it out', () => {
    const [kpi] = parsedKpis([{ code: 'K', name: 'N', target: 1, achieved: 1 }]);
    expect(kpi.direction).to.equal('increase');
  });
});
