import { expect } from '@open-wc/testing';
import { logChartExtent, logChartLayout } from '../../src/viz/log-chart.js';
import { deepFreeze } from '../fixtures/projects.js';

// The seed's six reports, oldest first.
const seedPoints = deepFreeze([
  { date: '2020-04-30', value: 50 },
  { date: '2020-05-29', value: 60 },
  { date: '2020-06-29', value: 65 },
  { date: '2020-07-29', value: 70 },
  { date: '2020-08-28', value: 75 },
  { date: '2020-09-21', value: 100 },
]);

// 30 April to 30 September 2020 is 153 days: a 306 px plot is 2 px a day, and a 100 px tall
// plot is 1 px a percent, so every position below can be checked by hand.
const options = { width: 356, height: 140 };

describe('logChartLayout()', () => {
  it('spans the reports and as-of, placing each report at 2 px a day and 1 px a percent', () => {
    const layout = logChartLayout(seedPoints, [], '2020-09-30', options);
    expect(layout.plot).to.deep.equal({ x: 40, y: 18, width: 306, height: 100 });
    expect(layout.points.map(({ x, y }) => [x, y])).to.deep.equal([
      [40, 68],
      [98, 58],
      [160, 53],
      [220, 48],
      [280, 43],
      [328, 18],
    ]);
    expect(layout.asOfX).to.equal(346);
    expect(layout.timeTicks).to.deep.equal([
      { value: '2020-04-30', position: 40, anchor: 'start' },
      { value: '2020-09-30', position: 346, anchor: 'end' },
    ]);
    expect(layout.valueTicks.map((t) => [t.value, t.position])).to.deep.equal([
      [0, 118],
      [50, 68],
      [100, 18],
    ]);
  });

  it('draws the reports as steps: each percent holds until the next report', () => {
    const layout = logChartLayout(seedPoints, [], '2020-09-30', options);
    expect(layout.actualPath).to.equal(
      'M40,68L98,68L98,58L160,58L160,53L220,53L220,48L280,48L280,43L328,43L328,18',
    );
  });

  it('holds the latest report until as-of, and not when as-of is before it', () => {
    expect(logChartLayout(seedPoints, [], '2020-09-30', options).holdPath).to.equal('M328,18H346');
    expect(logChartLayout(seedPoints, [], '2020-09-21', options).holdPath).to.be.null;
    // A report after as-of handed in all the same (the element leaves such reports out): the
    // chart still reaches it rather than drawing it off the plot.
    const early = logChartLayout(seedPoints, [], '2020-09-01', options);
    expect(early.holdPath).to.be.null;
    expect(early.timeTicks.map((t) => t.value)).to.deep.equal(['2020-04-30', '2020-09-21']);
  });

  it('ends at as-of, but no later than the plan or fiscal year end unless a report is later', () => {
    // The seed viewed on 7 December 2026: the axis ends on 30 September 2020 (fiscal year 2563),
    // not six years later, so the six reports keep the width (2 px a day, as above).
    const today = logChartLayout(seedPoints, [], '2026-12-07', { ...options, until: '2020-09-30' });
    expect(today.timeTicks.map((t) => t.value)).to.deep.equal(['2020-04-30', '2020-09-30']);
    expect(today.points.map((p) => p.x)).to.deep.equal([40, 98, 160, 220, 280, 328]);
    // As-of is past the axis: no as-of line, and the last report holds to the axis end.
    expect(today.asOfX).to.be.null;
    expect(today.holdPath).to.equal('M328,18H346');
    // Before the end of the plan the axis ends at as-of.
    const june = [seedPoints[0], seedPoints[1], seedPoints[2]];
    expect(logChartExtent(june, '2020-06-30', '2020-09-30')).to.deep.equal([
      '2020-04-30',
      '2020-06-30',
    ]);
    // A shown report later than the plan and the fiscal year: the axis reaches it.
    expect(logChartExtent(seedPoints, '2026-12-07', '2020-08-31')).to.deep.equal([
      '2020-04-30',
      '2020-09-21',
    ]);
  });

  it('draws the planned curve as given, straight between its points, or nothing without one', () => {
    const planned = [
      { date: '2020-04-30', value: 75 },
      { date: '2020-09-29', value: 75 },
      { date: '2020-09-30', value: 100 },
    ];
    const layout = logChartLayout(seedPoints, planned, '2020-09-30', options);
    expect(layout.plannedPath).to.equal('M40,43L344,43L346,18');
    expect(logChartLayout(seedPoints, [], '2020-09-30', options).plannedPath).to.be.null;
  });

  it('leaves out the planned points outside the chart dates', () => {
    const planned = [
      { date: '2020-02-10', value: 25 },
      { date: '2020-04-30', value: 75 },
      { date: '2020-09-30', value: 100 },
    ];
    const layout = logChartLayout(seedPoints, planned, '2020-09-30', options);
    expect(layout.plannedPath).to.equal('M40,43L346,18');
  });

  it('draws no dots when reports are too close to tell apart, but keeps the line', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      date: new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10),
      value: i / 4,
    }));
    const layout = logChartLayout(many, [], '2020-02-05', options);
    expect(layout.points).to.have.length(0);
    expect(layout.actualPath.startsWith('M40,118L')).to.be.true;
    expect(logChartLayout(seedPoints, [], '2020-09-30', options).points).to.have.length(6);
  });

  it('gives a single report on the as-of date a day on each side, so it has a place', () => {
    const one = [{ date: '2020-09-21', value: 40 }];
    expect(logChartExtent(one, '2020-09-21')).to.deep.equal(['2020-09-20', '2020-09-22']);
    const layout = logChartLayout(one, [], '2020-09-21', { width: 250, height: 140 });
    // The plot is 200 px wide over two days: the report sits in the middle.
    expect(layout.points).to.deep.equal([{ date: '2020-09-21', value: 40, x: 140, y: 78 }]);
    expect(layout.actualPath).to.equal('M140,78Z');
  });

  it('spans as-of alone when there are no reports', () => {
    const layout = logChartLayout([], [], '2020-09-30', options);
    expect(layout.actualPath).to.equal('');
    expect(layout.points).to.deep.equal([]);
    expect(layout.holdPath).to.be.null;
    expect(layout.timeTicks.map((t) => t.value)).to.deep.equal(['2020-09-29', '2020-10-01']);
  });

  it('never draws outside 0–100 % and keeps a usable plot when squeezed', () => {
    const layout = logChartLayout(
      [
        { date: '2020-01-01', value: -20 },
        { date: '2020-02-01', value: 140 },
      ],
      [],
      '2020-02-01',
      { width: 10, height: 10 },
    );
    expect(layout.plot.width).to.be.greaterThan(0);
    expect(layout.plot.height).to.be.greaterThan(0);
    const ys = layout.points.map((p) => p.y);
    expect(Math.max(...ys)).to.be.at.most(layout.plot.y + layout.plot.height);
    expect(Math.min(...ys)).to.be.at.least(layout.plot.y);
  });

  it('takes a margin and rounds positions to 3 decimals', () => {
    const layout = logChartLayout(seedPoints, [], '2020-09-30', {
      width: 300,
      height: 100,
      margin: { left: 0, right: 0, top: 0, bottom: 0 },
    });
    // 300 px over 153 days: 29 days is 56.862745… px.
    expect(layout.points[1].x).to.equal(56.863);
    expect(layout.points[0].x).to.equal(0);
  });
});
