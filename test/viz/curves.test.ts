import { expect } from '@open-wc/testing';
import { parseProject, plannedProgress, type Project } from '../../src/domain/index.js';
import { actualPoints, plannedCurve } from '../../src/viz/curves.js';
import { seed } from '../fixtures/projects.js';

function seedProject(): Project {
  const parsed = parseProject(seed(), { asOf: '2020-09-30' });
  if (!parsed.ok) throw new Error('the seed must parse');
  return parsed.project;
}

describe('plannedCurve()', () => {
  it('draws the seed plan as the domain reads its one-date steps: ramps to 25 and 75 %, then 100 %', () => {
    // Step 1 (weight 20 of 80) runs from 10 February until step 2 starts on 1 March; step 2 (40)
    // until step 3 starts on 30 September; step 3 (20), the last, counts on its date.
    const points = plannedCurve(seedProject(), '2019-10-01', '2020-09-30');
    const at = (date: string) => points.find((p) => p.date === date)?.value;
    expect(points[0]).to.deep.equal({ date: '2019-10-01', value: 0 });
    expect(at('2020-02-09')).to.equal(0);
    expect(at('2020-02-10')).to.equal(0);
    expect(at('2020-03-01')).to.equal(25);
    expect(at('2020-09-29')).to.be.closeTo(75 - 50 / 213, 1e-9);
    expect(points.at(-1)).to.deep.equal({ date: '2020-09-30', value: 100 });
    // Between its points the curve is a straight line, as plannedProgress() is.
    expect(plannedProgress(seedProject(), '2020-03-15')).to.be.closeTo(28.3, 0.05);
  });

  it('agrees with plannedProgress() at every point it returns, oldest first', () => {
    const project = {
      ...seedProject(),
      plan: [
        { step: 1, name: 'a', weight: 30, start: '2019-11-01', end: '2020-01-31' },
        { step: 2, name: 'b', weight: 70, start: '2020-01-15', end: '2020-06-30' },
      ],
    };
    const points = plannedCurve(project, '2019-10-01', '2020-09-30');
    for (const point of points) {
      expect(point.value, point.date).to.equal(plannedProgress(project, point.date));
    }
    const dates = points.map((p) => p.date);
    expect(dates).to.deep.equal([...dates].sort());
  });

  it('is empty without a plan, and for a reversed range', () => {
    expect(plannedCurve({ ...seedProject(), plan: [] }, '2019-10-01', '2020-09-30')).to.be.empty;
    expect(plannedCurve(seedProject(), '2020-09-30', '2019-10-01')).to.be.empty;
  });
});

describe('actualPoints()', () => {
  it('gives the reports oldest first whatever the input order', () => {
    const points = actualPoints(seedProject());
    expect(points.map((p) => p.value)).to.deep.equal([50, 60, 65, 70, 75, 100]);
    expect(points[0].date).to.equal('2020-04-30');
  });

  it('leaves out the reports dated after as-of: nothing after it is known', () => {
    expect(actualPoints(seedProject(), '2020-03-15')).to.deep.equal([]);
    expect(actualPoints(seedProject(), '2020-06-30').map((p) => p.value)).to.deep.equal([
      50, 60, 65,
    ]);
    expect(actualPoints(seedProject(), '2020-04-30')).to.deep.equal([
      { date: '2020-04-30', value: 50 },
    ]);
  });
});
