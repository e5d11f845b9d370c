import { expect } from '@open-wc/testing';
import {
  DEFAULT_GAUGE_OPTIONS,
  GAUGE_SIZE,
  gaugeGeometry,
  gaugeScale,
  tweenValue,
} from '../../src/viz/gauge.js';

const round = (x: number) => Math.round(x * 1000) / 1000;
const { PI } = Math;

// The dial is 270°: 0% at −135° (lower left), 100% at +135° (lower right), 0° at twelve o'clock.
const START = round((-3 * PI) / 4);
const END = round((3 * PI) / 4);

// The whole ring: outer radius 46 (50 less the marker's overhang), inner radius 34 (12% of 100),
// round ends of radius 6.
const TRACK =
  'M-27.964,27.964A6,6,0,0,1,-37.038,27.28A46,46,0,1,1,37.038,27.28A6,6,0,0,1,27.964,27.964' +
  'L27.964,27.964A6,6,0,0,1,27.376,20.163A34,34,0,1,0,-27.376,20.163A6,6,0,0,1,-27.964,27.964Z';

describe('gaugeScale()', () => {
  it('maps 0, 50 and 100 percent to the start, the top and the end of the dial', () => {
    const scale = gaugeScale();
    expect(round(scale(0))).to.equal(START);
    expect(round(scale(50))).to.equal(0);
    expect(round(scale(100))).to.equal(END);
    expect(round(scale(25))).to.equal(round((-3 * PI) / 8)); // −67.5°
  });

  it('clamps values outside 0–100 to the ends', () => {
    const scale = gaugeScale();
    expect(round(scale(-20))).to.equal(START);
    expect(round(scale(150))).to.equal(END);
  });
});

describe('gaugeGeometry()', () => {
  it('is centred on 0,0 in a square viewBox', () => {
    const g = gaugeGeometry(10, null);
    expect(g.viewBox).to.equal(`-50 -50 ${GAUGE_SIZE} ${GAUGE_SIZE}`);
    expect(g.track.outerRadius).to.equal(46);
    expect(g.track.innerRadius).to.equal(34);
  });

  it('draws no indicator at 0%, only the track', () => {
    const g = gaugeGeometry(0, null);
    expect(g.value).to.equal(0);
    expect(round(g.indicator.startAngle)).to.equal(START);
    expect(round(g.indicator.endAngle)).to.equal(START);
    expect(g.indicator.d).to.equal('');
    expect(round(g.track.startAngle)).to.equal(START);
    expect(round(g.track.endAngle)).to.equal(END);
    expect(g.track.d).to.equal(TRACK);
    expect(g.planned).to.be.null;
  });

  it('fills half the dial at 50%, ending at twelve o’clock, with the planned mark at 80%', () => {
    const g = gaugeGeometry(50, 80);
    expect(round(g.indicator.startAngle)).to.equal(START);
    expect(round(g.indicator.endAngle)).to.equal(0);
    expect(g.indicator.d).to.equal(
      'M-27.964,27.964A6,6,0,0,1,-37.038,27.28A46,46,0,0,1,-6.9,-45.48A6,6,0,0,1,0,-39.547' +
        'L0,-39.547A6,6,0,0,1,-5.1,-33.615A34,34,0,0,0,-27.376,20.163A6,6,0,0,1,-27.964,27.964Z',
    );
    // 80% of 270° from −135° is +81°.
    expect(round(g.planned!.angle)).to.equal(round((81 * PI) / 180));
    expect(g.planned!.value).to.equal(80);
    expect(g.planned!.d).to.equal(
      'M49.173,-9.054A50,50,0,0,1,49.565,-6.585L29.739,-3.951A30,30,0,0,0,29.504,-5.432Z',
    );
  });

  it('fills the whole track at 100%', () => {
    const g = gaugeGeometry(100, 100);
    expect(round(g.indicator.endAngle)).to.equal(END);
    expect(g.indicator.d).to.equal(TRACK);
    expect(round(g.planned!.angle)).to.equal(END);
  });

  it('draws a value over the planned mark past it, the marker crossing the ring', () => {
    const g = gaugeGeometry(90, 40);
    const planned = g.planned!;
    expect(round(g.indicator.endAngle)).to.equal(round((108 * PI) / 180)); // 90% → +108°
    expect(round(planned.angle)).to.equal(round((-27 * PI) / 180)); // 40% → −27°
    expect(g.indicator.endAngle).to.be.greaterThan(planned.endAngle);
    expect(planned.innerRadius).to.be.lessThan(g.indicator.innerRadius);
    expect(planned.outerRadius).to.be.greaterThan(g.indicator.outerRadius);
    expect(planned.outerRadius).to.be.at.most(GAUGE_SIZE / 2);
    expect(g.indicator.d).to.equal(
      'M-27.964,27.964A6,6,0,0,1,-37.038,27.28A46,46,0,1,1,45.386,7.492A6,6,0,0,1,37.612,12.221' +
        'L37.612,12.221A6,6,0,0,1,33.546,5.537A34,34,0,1,0,-27.376,20.163A6,6,0,0,1,-27.964,27.964Z',
    );
    expect(planned.d).to.equal(
      'M-23.806,-43.969A50,50,0,0,1,-21.579,-45.104L-12.947,-27.062A30,30,0,0,0,-14.284,-26.381Z',
    );
  });

  it('draws the planned marker the same width at its outer edge wherever it sits', () => {
    for (const planned of [0, 33.3, 100]) {
      const m = gaugeGeometry(50, planned).planned!;
      expect(round((m.endAngle - m.startAngle) * m.outerRadius)).to.equal(
        DEFAULT_GAUGE_OPTIONS.markerWidth,
      );
    }
  });

  it('clamps values and plans outside 0–100 and treats a non-finite value as 0', () => {
    expect(gaugeGeometry(140, -10).value).to.equal(100);
    expect(gaugeGeometry(140, -10).planned!.value).to.equal(0);
    expect(gaugeGeometry(Number.NaN, null).indicator.d).to.equal('');
    expect(gaugeGeometry(50, Number.NaN).planned).to.be.null;
  });

  it('takes the ring width as a percentage of the diameter, kept within 2–40', () => {
    expect(gaugeGeometry(50, null, { thickness: 20 }).track.innerRadius).to.equal(26);
    expect(gaugeGeometry(50, null, { thickness: 100 }).track.innerRadius).to.equal(6);
    expect(gaugeGeometry(50, null, { thickness: 0 }).track.innerRadius).to.equal(44);
    expect(gaugeGeometry(50, null, { thickness: Number.NaN }).track.innerRadius).to.equal(34);
  });

  it('honours other start and end angles (a half dial)', () => {
    const g = gaugeGeometry(50, 25, { startAngle: -PI / 2, endAngle: PI / 2 });
    expect(round(g.indicator.endAngle)).to.equal(0);
    expect(round(g.planned!.angle)).to.equal(round(-PI / 4));
  });
});

describe('tweenValue()', () => {
  it('starts at the old value, passes the midpoint halfway and ends at the new one', () => {
    expect(tweenValue(20, 80, 0, 700)).to.equal(20);
    expect(tweenValue(20, 80, 350, 700)).to.equal(50);
    expect(tweenValue(20, 80, 700, 700)).to.equal(80);
    expect(tweenValue(20, 80, 5000, 700)).to.equal(80);
  });

  it('moves monotonically, also downwards, and jumps when there is no duration', () => {
    let last = 90;
    for (let t = 0; t <= 700; t += 35) {
      const v = tweenValue(90, 10, t, 700);
      expect(v).to.be.at.most(last);
      last = v;
    }
    expect(tweenValue(90, 10, 0, 0)).to.equal(10);
  });
});
