/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { kpiBarLayout, type KpiBar, type KpiBarLayout } from '../../src/viz/kpi-bars.js';

/** Positions rounded to 3 digits, as d3's own tests compare them. */
function rounded(layout: KpiBarLayout | KpiBar | null): unknown {
  return JSON.parse(
    JSON.stringify(layout, (_key, value) =>
      typeof value === 'number' ? Math.round(value * 1000) / 1000 : value,
    ),
  );
}

describe('kpiBarLayout()', () => {
  it('maps 0…target onto the width inside the inset, the target mark at the end', () => {
    const layout = kpiBarLayout({ target: 100, values: [100, 50, 0], width: 100, height: 10 });
    expect(rounded(layout)).to.deep.equal({
      width: 100,
      height: 10,
      domain: [0, 100],
      zeroX: 1,
      targetX: 99,
      bars: [
        { x: 1, y: 2, width: 98, height: 6 },
        { x: 1, y: 2, width: 49, height: 6 },
        { x: 1, y: 2, width: 0, height: 6 },
      ],
    });
  });

  it('widens the scale to a result above the target, so the target mark moves in', () => {
    const layout = kpiBarLayout({ target: 80, values: [88, 76.4], width: 100, height: 12 });
    expect(layout.domain).to.deep.equal([0, 88]);
    expect(Math.round(layout.targetX! * 1000) / 1000).to.equal(90.091);
    expect(Math.round(layout.bars[0]!.width * 1000) / 1000).to.equal(98);
    expect(Math.round(layout.bars[1]!.width * 1000) / 1000).to.equal(85.082);
  });

  it('draws a count unit on the same kind of scale (1 database of 1)', () => {
    const layout = kpiBarLayout({ target: 1, values: [0, 1], width: 50, height: 10, inset: 0 });
    expect(rounded(layout)).to.deep.include({ domain: [0, 1], zeroX: 0, targetX: 50 });
    expect(layout.bars.map((bar) => bar!.width)).to.deep.equal([0, 50]);
  });

  it('has no target mark without a target, and still a usable scale when all is 0', () => {
    const layout = kpiBarLayout({ target: null, values: [0, 0], width: 100, height: 10 });
    expect(layout.targetX).to.equal(null);
    expect(layout.domain).to.deep.equal([0, 1]);
    expect(layout.bars.every((bar) => bar!.width === 0)).to.be.true;
    for (const value of [layout.zeroX, ...layout.bars.map((bar) => bar!.x)]) {
      expect(Number.isFinite(value)).to.be.true;
    }
  });

  it('a target of 0 on a less-is-better KPI is a real target at the zero line', () => {
    const layout = kpiBarLayout({ target: 0, values: [2, 0], width: 100, height: 10 });
    expect(layout.targetX).to.equal(layout.zeroX);
    expect(layout.bars[0]!.width).to.equal(98);
  });

  it('leaves a row without a value (or with a non-finite one) without a bar', () => {
    const layout = kpiBarLayout({
      target: 10,
      values: [5, null, undefined, Number.NaN, Number.POSITIVE_INFINITY],
      width: 100,
      height: 10,
    });
    expect(layout.bars.map((bar) => bar === null)).to.deep.equal([false, true, true, true, true]);
    expect(layout.domain).to.deep.equal([0, 10]);
  });

  it('draws a negative value leftwards from the zero line', () => {
    const layout = kpiBarLayout({ target: 10, values: [-10, 10], width: 102, height: 10 });
    expect(rounded(layout)).to.deep.include({ domain: [-10, 10], zeroX: 51, targetX: 101 });
    expect(rounded(layout.bars[0])).to.deep.equal({ x: 1, y: 2, width: 50, height: 6 });
    expect(rounded(layout.bars[1])).to.deep.equal({ x: 51, y: 2, width: 50, height: 6 });
  });
});
