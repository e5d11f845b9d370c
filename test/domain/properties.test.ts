import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  kpiAchievement,
  parseProject,
  plannedProgress,
  readDate,
  scheduledSteps,
  scheduleStatus,
  toIsoDate,
  type PlanStep,
} from '../../src/domain/index.js';
import { behind, deepFreeze, seed } from '../fixtures/domain-projects.js';

const RUNS = { seed: 42, numRuns: 200 } as const;
const DAY_MS = 86_400_000;
const BASE_DAY = Date.UTC(2019, 9, 1) / DAY_MS;
const iso = (day: number) => toIsoDate(new Date(day * DAY_MS));

/** A valid plan: weights 0–100 (possibly all 0), steps of 0–400 days within about two years. */
const planArb = fc
  .array(
    fc.record({
      weight: fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      startOffset: fc.integer({ min: 0, max: 700 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((steps): PlanStep[] =>
    steps.map(({ weight, startOffset, length }, i) => ({
      step: i + 1,
      name: `Step ${i + 1}`,
      weight,
      start: iso(BASE_DAY + startOffset),
      end: iso(BASE_DAY + startOffset + length),
    })),
  );

const dayArb = fc.integer({ min: -60, max: 1200 }).map((offset) => BASE_DAY + offset);

describe('properties', () => {
  it('plannedProgress stays within 0–100 (or null when weights add up to 0) and never decreases over time', () => {
    fc.assert(
      fc.property(planArb, dayArb, dayArb, (plan, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const first = plannedProgress({ plan }, iso(earlier));
        const second = plannedProgress({ plan }, iso(later));
        const total = plan.reduce((sum, step) => sum + step.weight, 0);
        if (total === 0) return first === null && second === null;
        return (
          first !== null &&
          second !== null &&
          first >= 0 &&
          second <= 100 &&
          first <= second &&
          Number.isFinite(first) &&
          Number.isFinite(second)
        );
      }),
      RUNS,
    );
  });

  it('plannedProgress is 100 once every step has ended and 0 before any has started', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const total = plan.reduce((sum, step) => sum + step.weight, 0);
        fc.pre(total > 0);
        return (
          plannedProgress({ plan }, iso(BASE_DAY + 1101)) === 100 &&
          plannedProgress({ plan }, iso(BASE_DAY - 1)) === 0
        );
      }),
      RUNS,
    );
  });

  it('scheduleStatus: actual and variance are null (never NaN) exactly when nothing was reported; no-report only then', () => {
    const logArb = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 700 }),
        percent: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(planArb, logArb, dayArb, (plan, entries, day) => {
        const log = entries.map((e) => ({
          date: iso(BASE_DAY + e.day),
          percent: e.percent,
          note: 'n',
        }));
        const report = scheduleStatus({ plan, log }, iso(day));
        const reportedByThen = entries.some((e) => BASE_DAY + e.day <= day);
        if ((report.actual === null) === reportedByThen) return false;
        if (report.variance !== null && !Number.isFinite(report.variance)) return false;
        if (report.status === 'no-report')
          return report.actual === null && (report.planned ?? 0) > 0;
        return true;
      }),
      RUNS,
    );
  });

  it('scheduledSteps: every step’s due day is on or after its start, and the plan’s figure at step ends never falls in start order', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const steps = scheduledSteps({ plan });
        if (steps.some((s) => s.end < s.start || (!s.oneDate && s.end !== s.enteredEnd)))
          return false;
        const byEnd = [...steps].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
        return byEnd.every(
          (s, i) =>
            i === 0 ||
            s.plannedAtEnd === null ||
            s.plannedAtEnd >= (byEnd[i - 1].plannedAtEnd ?? 0),
        );
      }),
      RUNS,
    );
  });

  it('a valid plan passes parseProject, which keeps it as it was', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = parseProject(deepFreeze({ ...behind(), plan }), { asOf: '2021-01-01' });
        return result.ok && JSON.stringify(result.project.plan) === JSON.stringify(plan);
      }),
      RUNS,
    );
  });

  it('parseProject never throws on any JSON value, and refuses non-projects with issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProject(value, { asOf: '2021-01-01' });
        if (result.ok) return false; // a random value is never a project
        return (
          result.issues.length > 0 && result.issues.every((i) => i.message.startsWith('expected'))
        );
      }),
      RUNS,
    );
  });

  // Every place in the seed where a value can be replaced or removed.
  function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [prefix];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [
      prefix,
      ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key])),
    ];
  }

  function mutate(root: unknown, path: (string | number)[], replacement: unknown, remove: boolean) {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    if (path.length === 0) return replacement;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove && !Array.isArray(node)) delete node[last];
    else node[last] = replacement;
    return copy;
  }

  it('parseProject never throws on mutated valid projects, and what it accepts parses again unchanged', () => {
    const original = seed();
    const paths = pathsOf(original);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: paths.length - 1 }),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom('21/09/2563', '2563-09-21', '2020-02-30', '', -1, 101, 2563, 1.5, null),
        ),
        fc.boolean(),
        (index, replacement, remove) => {
          const value = deepFreeze(mutate(original, paths[index], replacement, remove));
          const result = parseProject(value, { asOf: '2020-10-01', locale: remove ? 'th' : 'en' });
          if (!result.ok) {
            return (
              result.issues.length > 0 &&
              result.issues.every((i) => typeof i.path === 'string' && i.message !== '')
            );
          }
          const again = parseProject(structuredClone(result.project), { asOf: '2020-10-01' });
          return again.ok && JSON.stringify(again.project) === JSON.stringify(result.project);
        },
      ),
      RUNS,
    );
  });

  it('every date in range reads the same in ISO and in D/M/YYYY (Buddhist era)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS }),
        (day) => {
          const date = iso(day);
          const [y, m, d] = date.split('-').map(Number);
          const slash = readDate(`${d}/${m}/${y + 543}`);
          return readDate(date).ok && slash.ok && slash.date === date;
        },
      ),
      RUNS,
    );
  });

  it('a date lies within its fiscal year and fiscal quarter, for every start month', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 12 }), (day, startMonth) => {
        const date = iso(day);
        const year = fiscalYearOf(date, startMonth);
        const quarter = fiscalQuarterOf(date, startMonth);
        const yearRange = fiscalYearRange(year, startMonth);
        const quarterRange = fiscalQuarterRange(year, quarter, startMonth);
        return (
          yearRange.start <= date &&
          date <= yearRange.end &&
          quarterRange.start <= date &&
          date <= quarterRange.end
        );
      }),
      RUNS,
    );
  });

  it('kpiAchievement never gives NaN or Infinity', () => {
    const figure = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>,
        (target, achieved, direction) => {
          const { ratio } = kpiAchievement({ target, achieved, direction });
          return ratio === null || Number.isFinite(ratio);
        },
      ),
      RUNS,
    );
  });

  it('the property tests can fail: a broken invariant is caught', () => {
    expect(() =>
      fc.assert(
        fc.property(
          planArb,
          dayArb,
          (plan, day) => (plannedProgress({ plan }, iso(day)) ?? 0) < 50,
        ),
        RUNS,
      ),
    ).to.throw();
  });
});
