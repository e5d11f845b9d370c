// The geometry around the charts' text at the labels' font size: at 12 px the numbers the charts
// have always had; larger text gets margins from its measured widths and rows, lanes and gaps
// that grow with it (WCAG 1.4.4; the drawn result: test/a11y/text-200.test.ts).
import { expect } from '@open-wc/testing';
import { parseProject } from '../../src/domain/index.js';
import { LOG_CHART_HEIGHT, logChartFrame } from '../../src/viz/log-chart.js';
import { layoutTimeline, timelineData } from '../../src/viz/timeline.js';
import { seedTimeline } from '../fixtures/milestone-timeline.js';

const AS_OF = '2020-09-30';
/** 0.55 em a character, whatever the font. */
const measureAt = (size: number) => (text: string) => [...text].length * size * 0.55;

describe('logChartFrame()', () => {
  const text = (size: number, titled = false) => ({
    size,
    valueWidth: measureAt(size)(titled ? 'ร้อยละ' : '100%'),
    titled,
    timeWidths: [measureAt(size)('30 Apr 2020'), measureAt(size)('30 Sept 2020')] as [
      number,
      number,
    ],
  });

  it('at 12 px: the chart as it was, with the left margin from the widest percentage', () => {
    const frame = logChartFrame(text(12), 640);
    expect(frame.height).to.equal(LOG_CHART_HEIGHT);
    // "100%" is 26.4 px here: 6 px to the plot and 2 px from the edge.
    expect(frame.margin).to.deep.equal({ top: 18, right: 10, bottom: 22, left: 35 });
    expect(frame.timeY).to.deep.equal([128, 128]);
    const thai = logChartFrame(text(12, true), 640);
    expect([thai.height, thai.margin.top, thai.titleY]).to.deep.equal([132, 26, 16]);
  });

  it('at 24 px: margins twice as large, the left one measured, the plot at least 4 lines tall', () => {
    const frame = logChartFrame(text(24), 640);
    expect(frame.margin).to.deep.equal({ top: 36, right: 10, bottom: 44, left: 61 });
    expect(frame.height).to.equal(36 + 44 + 96);
    expect(frame.timeY).to.deep.equal([168, 168]);
    const thai = logChartFrame(text(24, true), 640);
    expect(thai.margin.top).to.equal(52);
    expect(thai.titleY).to.equal(32);
  });

  it('puts the two dates in a row each when side by side they would meet', () => {
    // 24 px at 320 px: 145 + 158 px of dates on a 249 px plot.
    const frame = logChartFrame(text(24), 320);
    expect(frame.timeY).to.deep.equal([frame.height - 8 - 30, frame.height - 8]);
    expect(frame.margin.bottom).to.equal(44 + 30);
  });
});

describe('layoutTimeline() with larger text', () => {
  const result = parseProject(seedTimeline(), { asOf: AS_OF });
  if (!result.ok) throw new Error('the seed timeline is valid');
  const data = timelineData(result.project, AS_OF);
  const at = (fontSize?: number, axisLabelWidth?: number) =>
    layoutTimeline(data, {
      width: 800,
      measure: measureAt(fontSize ?? 12),
      fontSize,
      axisLabelWidth,
    });

  it('at 12 px is the layout without a font size', () => {
    expect(at(12, 30)).to.deep.equal(at());
  });

  it('at 24 px: header rows twice as far down, wider lanes, fewer month labels', () => {
    const small = at(12);
    const large = at(24);
    expect(large.rows).to.deep.equal({
      fiscalYear: 28,
      quarter: 64,
      month: 104,
      year: 132,
      asOf: 160,
      axisTitle: 156,
    });
    expect(large.progress.top).to.equal(184);
    // Five percentages 1.75 lines apart.
    expect(large.progress.bottom - large.progress.top).to.equal(168);
    // Lanes of 1.5 lines and 8 px (26 px at 12 px text), each step on its lane's middle.
    expect(large.steps.every((s) => (s.y - large.stepsTop) % 44 === 22)).to.be.true;
    expect(small.steps.every((s) => (s.y - small.stepsTop) % 26 === 13)).to.be.true;
    expect(large.monthTicks.length).to.be.lessThan(small.monthTicks.length);
    const spacing = large.monthTicks[1].x - large.monthTicks[0].x;
    expect(spacing).to.be.at.least(88);
  });

  it('widens the left margin to hold the measured percentages', () => {
    expect(at(12, 30).left).to.equal(44);
    expect(at(24, 60).left).to.equal(68);
  });
});
