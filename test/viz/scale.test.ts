import { expect } from '@open-wc/testing';
import { scaleLinear, scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { linearScale, timeScale } from '../../src/viz/scale.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('linearScale() and timeScale() give what d3-scale gives', () => {
  it('maps like scaleLinear for any domain and range, reversed or not, clamped or not', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        finite,
        finite,
        fc.boolean(),
        (d0, d1, r0, r1, x, clamp) => {
          const ours = linearScale([d0, d1], [r0, r1], { clamp })(x);
          const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(clamp)(x);
          expect(ours).to.equal(d3);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('puts 0–100 % on a dial from −135° to 135°, clamping what is outside', () => {
    const angle = linearScale([0, 100], [-135, 135], { clamp: true });
    expect(angle(0)).to.equal(-135);
    expect(angle(50)).to.equal(0);
    expect(angle(100)).to.equal(135);
    expect(angle(140)).to.equal(135);
  });

  it('maps a one-point domain to the middle of the range, as d3 does', () => {
    expect(linearScale([5, 5], [0, 10])(123)).to.equal(5);
  });

  it('maps dates like scaleUtc', () => {
    const start = new Date(Date.UTC(2019, 9, 1));
    const end = new Date(Date.UTC(2020, 8, 30));
    const ours = timeScale([start, end], [40, 940]);
    const d3 = scaleUtc().domain([start, end]).range([40, 940]);
    for (const day of [0, 1, 100, 200, 365]) {
      const date = new Date(start.getTime() + day * 86_400_000);
      expect(ours(date), String(day)).to.equal(d3(date));
    }
  });
});
