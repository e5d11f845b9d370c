import { expect } from '@open-wc/testing';
import { actualProgress, parseProject, type Project } from '../../src/domain/index.js';
import {
  actualProgressOf,
  assignCalloutLanes,
  assignLanes,
  estimateTextWidth,
  fitText,
  layoutTimeline,
  timeDomain,
  timelineData,
  type TimelineLayout,
} from '../../src/viz/timeline.js';
import {
  behindTimeline,
  emptyTimeline,
  largestTimeline,
  longPlanTimeline,
  planOnlyTimeline,
  seedTimeline,
  twoYearTimeline,
} from '../fixtures/milestone-timeline.js';
import { seedWith } from '../fixtures/projects.js';

const AS_OF = '2020-09-30';

function parsed(value: unknown): Project {
  const result = parseProject(value, { asOf: AS_OF });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.project;
}

/** A measure that does not depend on any font: 6.5 px a character. */
const measure = (text: string) => [...text].length * 6.5;

function layout(value: unknown, width = 800, asOf = AS_OF): TimelineLayout {
  return layoutTimeline(timelineData(parsed(value), asOf), { width, measure });
}

// The seed's axis at 800 px: 1 Oct 2019 – 1 Oct 2020 (366 days, a leap year) on 44…788 px,
// so a day is 744 / 366 = 2.0328 px; progress 0–100 % on 232…92 px.
const x = (day: number) => Math.round((44 + (day * 744) / 366) * 1000) / 1000;

describe('timeDomain()', () => {
  it('is the fiscal year (1 October – 30 September) when everything falls inside it', () => {
    expect(timeDomain(parsed(seedTimeline()))).to.deep.equal({
      start: '2019-10-01',
      end: '2020-10-01',
    });
  });

  it('widens to whole quarters to take in steps and reports outside the year', () => {
    expect(timeDomain(parsed(twoYearTimeline()))).to.deep.equal({
      start: '2019-10-01',
      end: '2021-04-01',
    });
    const early = seedWith({
      plan: [
        { step: 1, name: 'ก่อนปีงบประมาณ', weight: 100, start: '2019-08-15', end: '2019-09-02' },
      ],
    });
    expect(timeDomain(parsed(early)).start).to.equal('2019-07-01');
  });
});

describe('layoutTimeline(): axis', () => {
  it('shades every other quarter of the seed year and places them exactly', () => {
    const { quarters, fiscalYears } = layout(seedTimeline());
    expect(fiscalYears.map((fy) => [fy.fiscalYear, fy.x0, fy.x1])).to.deep.equal([[2020, 44, 788]]);
    expect(quarters.map((q) => [q.quarter, q.x0, q.x1, q.shaded])).to.deep.equal([
      [1, 44, x(92), false],
      [2, x(92), x(183), true],
      [3, x(183), x(274), false],
      [4, x(274), 788, true],
    ]);
    expect(x(92)).to.equal(231.016);
  });

  it('names both fiscal years of a plan that spans two, with their own quarters', () => {
    const { quarters, fiscalYears } = layout(twoYearTimeline());
    expect(fiscalYears.map((fy) => fy.fiscalYear)).to.deep.equal([2020, 2021]);
    expect(quarters.map((q) => `${q.fiscalYear}Q${q.quarter}`)).to.deep.equal([
      '2020Q1',
      '2020Q2',
      '2020Q3',
      '2020Q4',
      '2021Q1',
      '2021Q2',
    ]);
    expect(quarters[4].start).to.equal('2020-10-01');
  });

  it('ticks every month when there is room, and thins ticks from the axis start when not', () => {
    const wide = layout(seedTimeline(), 800).monthTicks;
    expect(wide).to.have.length(12);
    expect(wide[0]).to.deep.equal({ date: '2019-10-01', x: 44, showYear: true });
    expect(wide[3]).to.deep.equal({ date: '2020-01-01', x: 231.016, showYear: true });
    expect(wide.filter((t) => t.showYear).map((t) => t.date)).to.deep.equal([
      '2019-10-01',
      '2020-01-01',
    ]);
    const narrow = layout(seedTimeline(), 480).monthTicks;
    expect(narrow.map((t) => t.date)).to.deep.equal([
      '2019-10-01',
      '2019-12-01',
      '2020-02-01',
      '2020-04-01',
      '2020-06-01',
      '2020-08-01',
    ]);
    // No January tick: the year is named on the first tick of the new year.
    expect(narrow.filter((t) => t.showYear).map((t) => t.date)).to.deep.equal([
      '2019-10-01',
      '2020-02-01',
    ]);
  });

  it('puts 0–100 % on the progress scale, and the as-of line only when it is on the axis', () => {
    const seed = layout(seedTimeline());
    expect(seed.progress.ticks).to.deep.equal([
      { value: 0, y: 232 },
      { value: 25, y: 197 },
      { value: 50, y: 162 },
      { value: 75, y: 127 },
      { value: 100, y: 92 },
    ]);
    expect(seed.asOfLine!.x).to.equal(x(365));
    expect(layout(seedTimeline(), 800, '2021-01-15').asOfLine).to.be.null;
  });
});

describe('layoutTimeline(): progress lines', () => {
  it('draws the seed S-curve as the domain reads its one-date steps (weights sum 80)', () => {
    // Step 1 runs from 10 Feb until step 2 starts on 1 Mar (0 → 25 %), step 2 until step 3
    // starts on 30 Sep (25 → 75 %), and step 3, the last, counts on its date (→ 100 %).
    expect(layout(seedTimeline()).plannedPath).to.equal(
      'M44,232L310.295,232L312.328,232L350.951,198.75L352.984,197L783.934,127.329L785.967,92',
    );
  });

  it('starts the actual line at the first report: nothing before it, nothing after as-of', () => {
    // 15 March 2020: no report yet, so no line at 0 % and no marks.
    const march = layout(seedTimeline(), 800, '2020-03-15');
    expect(march.actualPath).to.equal('');
    expect(march.logMarks).to.deep.equal([]);
    // 30 June 2020: the three reports known then, the last held until as-of (30 June, day 273).
    const june = layout(seedTimeline(), 800, '2020-06-30');
    expect(june.logMarks.map((m) => m.entry.date)).to.deep.equal([
      '2020-04-30',
      '2020-05-29',
      '2020-06-29',
    ]);
    expect(june.actualPath).to.equal(
      `M474.951,162L533.902,162L533.902,148L596.918,148L596.918,141L${x(273)},141L${x(273)},141`,
    );
    expect(timelineData(parsed(seedTimeline()), '2020-06-30').later).to.equal(3);
    expect(timelineData(parsed(seedTimeline()), '2020-03-15').later).to.equal(6);
  });

  it('numbers the reports as the BMA page does: (1) the newest of the whole log', () => {
    const all = timelineData(parsed(seedTimeline()), AS_OF).log;
    expect(all.map((l) => [l.entry.date, l.number])).to.deep.equal([
      ['2020-04-30', 6],
      ['2020-05-29', 5],
      ['2020-06-29', 4],
      ['2020-07-29', 3],
      ['2020-08-28', 2],
      ['2020-09-21', 1],
    ]);
    // The as-of date leaves later reports out but renumbers none.
    const june = timelineData(parsed(seedTimeline()), '2020-06-30').log;
    expect(june.map((l) => l.number)).to.deep.equal([6, 5, 4]);
  });

  it('draws the reports as a step line held until the as-of date', () => {
    expect(layout(seedTimeline()).actualPath).to.equal(
      'M474.951,162L533.902,162L533.902,148L596.918,148L596.918,141L657.902,141L657.902,134' +
        'L718.885,134L718.885,127L767.672,127L767.672,92L785.967,92L785.967,92',
    );
  });

  it('marks reports that name a problem with a triangle and the others with a circle', () => {
    const marks = layout(seedTimeline()).logMarks;
    expect(marks.map((m) => m.entry.date)).to.deep.equal([
      '2020-04-30',
      '2020-05-29',
      '2020-06-29',
      '2020-07-29',
      '2020-08-28',
      '2020-09-21',
    ]);
    expect(marks.map((m) => m.problem)).to.deep.equal([true, true, true, false, false, false]);
    expect(marks[0].d).to.equal('M474.951,156L480.147,165L469.755,165Z');
    expect(marks[5].d).to.equal('M763.672,92A4,4 0 1,0 771.672,92A4,4 0 1,0 763.672,92Z');
    // "ไม่มี" (none) is not a problem; the text annotated is the problem itself.
    expect(marks[1].problemText).to.equal('ชะลอการเปิดเวทีชุมชนเนื่องจากสถานการณ์โควิด-19');
    expect(marks[3].problemText).to.be.null;
  });

  it('annotates problems in lanes where no leader crosses another annotation', () => {
    const marks = layout(seedTimeline()).logMarks.filter((m) => m.annotation);
    expect(marks.map((m) => m.annotation!.lane)).to.deep.equal([2, 1, 0]);
    expect(marks[2].annotation).to.include({ x: 604.918, y: 251, anchor: 'start' });
    expect(marks[2].annotation!.leader).to.equal('M596.918,147V251');
  });

  it('draws no lines and no marks for an empty plan and log', () => {
    const empty = layout(emptyTimeline());
    expect(empty.plannedPath).to.equal('');
    expect(empty.actualPath).to.equal('');
    expect(empty.logMarks).to.deep.equal([]);
    expect(empty.steps).to.deep.equal([]);
    expect(empty.stepLanes).to.equal(0);
  });
});

describe('layoutTimeline(): steps', () => {
  it('draws one-date steps as the figures read them: a bar to the next step, the last a diamond', () => {
    const steps = layout(seedTimeline()).steps;
    expect(steps.map((s) => s.step.step)).to.deep.equal([1, 2, 3]);
    // Step 1 (10 Feb) runs until step 2 starts on 1 March; step 2 (1 March) until 30 September.
    expect(steps.map((s) => [s.start, s.end, s.milestone])).to.deep.equal([
      ['2020-02-10', '2020-03-01', false],
      ['2020-03-01', '2020-09-30', false],
      ['2020-09-30', '2020-09-30', true],
    ]);
    const [one, two, three] = steps;
    expect([one.x0, one.x1]).to.deep.equal([x(132), x(152)]);
    expect(one.d).to.equal(`M${x(132)},${one.y - 6}H${x(152)}V${one.y + 6}H${x(132)}Z`);
    expect([two.x0, two.x1]).to.deep.equal([x(152), x(365)]);
    expect(three.d).to.equal(
      `M${x(365)},${three.y - 7}L${x(365) + 7},${three.y}L${x(365)},${three.y + 7}L${x(365) - 7},${three.y}Z`,
    );
    // The label's suffix is the weight, not a percent (the weights add up to 80).
    expect(one.label).to.include({ name: 'จัดทำโครงการตามการอนุมัติเงินงวด', suffix: ' · 20' });
    // Step 3 is on the last day: its label moves to the left of the mark.
    expect(three.label).to.include({ anchor: 'end', x: 772.967 });
  });

  it('draws a step that lasts as a bar from its start to its end', () => {
    const steps = layout(twoYearTimeline()).steps;
    const first = steps[0];
    expect(first.milestone).to.be.false;
    // 1 Jun – 31 Aug 2020 on an axis of 548 days from 1 Oct 2019.
    const px = (day: number) => Math.round((44 + (day * 744) / 548) * 1000) / 1000;
    expect(first.x0).to.equal(px(244));
    expect(first.x1).to.equal(px(335));
    expect(first.d).to.equal(`M${px(244)},${first.y - 6}H${px(335)}V${first.y + 6}H${px(244)}Z`);
  });

  it("takes the figures at each step's end from the domain; no report there is not 0 %", () => {
    const atJune = timelineData(parsed(seedTimeline()), '2020-06-30').steps;
    // 25 % of the plan at the end of step 1 (its weight 20 of 80); step 2 ends on 30 September
    // with step 3, when the plan is complete.
    expect(atJune.map((s) => s.plannedAtEnd)).to.deep.equal([25, 100, 100]);
    expect(atJune.map((s) => s.totalWeight)).to.deep.equal([80, 80, 80]);
    // Step 1 ended on 1 March, before the first report (30 April): no report, not 0 %.
    expect(atJune.map((s) => [s.atEnd, s.actualAtEnd])).to.deep.equal([
      ['no-report', null],
      ['not-due', null],
      ['not-due', null],
    ]);
    const atEnd = timelineData(parsed(seedTimeline()), AS_OF).steps;
    expect(atEnd.map((s) => [s.atEnd, s.actualAtEnd])).to.deep.equal([
      ['no-report', null],
      ['reported', 100],
      ['reported', 100],
    ]);
    // The one-date reading, with its dates, for the words.
    expect(atEnd[0].scheduled).to.include({ oneDate: true, enteredEnd: '2020-02-10' });
    expect(atEnd[0].scheduled.until).to.deep.equal({ step: 2, date: '2020-03-01' });
  });

  it('reads the actual figure exactly as the domain does (actualProgressOf = actualProgress)', () => {
    for (const value of [
      seedTimeline(),
      behindTimeline(),
      twoYearTimeline(),
      longPlanTimeline(40),
    ]) {
      const project = parsed(value);
      const at = actualProgressOf(project);
      const dates = [
        ...(project.plan ?? []).flatMap((step) => [step.start, step.end]),
        ...(project.log ?? []).map((entry) => entry.date),
        '2019-01-01',
        '2020-04-29',
        '2026-12-07',
      ];
      for (const date of dates) expect(at(date), date).to.equal(actualProgress(project, date));
    }
  });

  for (const [name, value, width] of [
    ['40 steps at 1000 px', longPlanTimeline(40), 1000],
    ['40 steps at 480 px', longPlanTimeline(40), 480],
    ['200 steps and 500 reports at 1200 px', largestTimeline(), 1200],
  ] as const) {
    it(`never overlaps two labels or marks in a lane, nor leaves the drawing (${name})`, () => {
      const drawn = layout(value, width);
      const spans = drawn.steps.map((s) => {
        const labelWidth = s.label.name ? measure(s.label.name) + measure(s.label.suffix) : 0;
        const markStart = s.milestone ? s.x0 - 7 : s.x0;
        const markEnd = s.milestone ? s.x1 + 7 : s.x1;
        return s.label.anchor === 'start'
          ? { lane: s.lane, start: markStart, end: Math.max(markEnd, s.label.x + labelWidth) }
          : { lane: s.lane, start: Math.min(markStart, s.label.x - labelWidth), end: markEnd };
      });
      for (const a of spans) {
        expect(a.start).to.be.at.least(-7);
        expect(a.end).to.be.at.most(width + 7);
        for (const b of spans) {
          if (a !== b && a.lane === b.lane) {
            expect(a.end <= b.start || b.end <= a.start, 'spans in one lane are apart').to.be.true;
          }
        }
      }
      const cut = drawn.steps.filter((s) => s.label.truncated);
      for (const s of cut) expect(s.label.name === '' || s.label.name.endsWith('…')).to.be.true;
    });
  }

  it('draws all 200 steps and 500 reports of the largest plan', () => {
    const drawn = layout(largestTimeline(), 1200);
    expect(drawn.steps).to.have.length(200);
    expect(drawn.logMarks).to.have.length(500);
    expect(drawn.annotationLanes).to.be.at.most(3);
  });

  it('leaves the steps band out when there is no plan', () => {
    const noPlan = layout(seedWith({ plan: [] }));
    expect(noPlan.steps).to.deep.equal([]);
    expect(noPlan.height).to.equal(noPlan.stepsTop + 8);
    const withPlan = layout(planOnlyTimeline());
    expect(withPlan.logMarks).to.deep.equal([]);
    expect(withPlan.steps).to.have.length(3);
  });
});

describe('fitText()', () => {
  const name = 'จัดทำโครงการตามการอนุมัติเงินงวด';
  const combining = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

  it('keeps a text that fits', () => {
    expect(fitText('ดำเนินโครงการ', 200, estimateTextWidth)).to.deep.equal({
      text: 'ดำเนินโครงการ',
      truncated: false,
    });
  });

  it('cuts whole Thai graphemes, adds an ellipsis and fits the width', () => {
    for (const width of [20, 45, 60, 90, 130]) {
      const { text, truncated } = fitText(name, width, estimateTextWidth);
      expect(truncated).to.be.true;
      expect(estimateTextWidth(text)).to.be.at.most(width);
      if (text === '' || text === '…') continue;
      expect(text.endsWith('…')).to.be.true;
      const kept = text.slice(0, -1);
      expect(name.startsWith(kept)).to.be.true;
      expect(combining.test(name[kept.length]), `no mark left behind at ${width}px`).to.be.false;
    }
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(fitText(name, 2, estimateTextWidth)).to.deep.equal({ text: '', truncated: true });
  });
});

describe('estimateTextWidth()', () => {
  it('gives Thai vowels and tone marks above and below a letter no width', () => {
    expect(estimateTextWidth('กิ่ง')).to.equal(estimateTextWidth('กง'));
  });
});

describe('assignLanes()', () => {
  it('puts each span into the first lane that is free, in order of start', () => {
    const spans = [
      { start: 0, end: 50 },
      { start: 40, end: 80 },
      { start: 60, end: 100 },
      { start: 85, end: 120 },
    ];
    expect(assignLanes(spans, 5)).to.deep.equal([0, 1, 0, 1]);
    expect(assignLanes(spans, 5, 1)).to.deep.equal([0, null, 0, null]);
  });
});

describe('assignCalloutLanes()', () => {
  it('never lets a leader run through a callout in a lane above', () => {
    const callouts = [
      { anchorX: 10, span: { start: 10, end: 200 } },
      { anchorX: 100, span: { start: 100, end: 300 } },
      { anchorX: 150, span: { start: 20, end: 150 } },
    ];
    const lanes = assignCalloutLanes(callouts, 10, 3);
    for (let i = 0; i < callouts.length; i++) {
      for (let j = 0; j < callouts.length; j++) {
        const [a, b] = [callouts[i], callouts[j]];
        if (i === j || lanes[i] === null || lanes[j] === null) continue;
        if (lanes[j]! < lanes[i]!) {
          const crossed = a.anchorX >= b.span.start && a.anchorX <= b.span.end;
          expect(crossed, `leader ${i} through callout ${j}`).to.be.false;
        }
        if (lanes[i] === lanes[j]) {
          expect(a.span.end < b.span.start || b.span.end < a.span.start).to.be.true;
        }
      }
    }
    expect(lanes.filter((l) => l !== null).length).to.be.at.least(2);
  });

  it('leaves out what does not fit in the lanes allowed', () => {
    const same = { anchorX: 50, span: { start: 50, end: 150 } };
    expect(assignCalloutLanes([same, same, same], 10, 2)).to.deep.equal([0, null, null]);
  });
});
