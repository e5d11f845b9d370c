// How far a KPI got towards its target, judged at a date. Never NaN or Infinity: a ratio that
// would divide by zero is null. Nothing from a quarter that had not begun by then counts
// (elements.md, "Nothing from after the as-of date").
import { dayNumber } from './dates.js';
import { DEFAULT_FISCAL_YEAR_START_MONTH, fiscalQuarterRange } from './fiscal.js';
import type { IsoDate, Kpi, KpiQuarter, KpiStatus, Quarter } from './types.js';

export interface KpiAchievement {
  /** achieved / target (target / achieved when less is better); null where it would divide by 0. */
  ratio: number | null;
  /** achieved ≥ target (≤ when less is better); null when there is nothing to judge by. */
  met: boolean | null;
  status: KpiStatus;
  /** The figure judged: `achieved`, or the latest begun quarter's result at an earlier date. */
  value: number | null;
  /** The quarter whose result was judged, when it was not `achieved`. */
  quarter?: Quarter;
}

/** When a KPI is judged: at `asOf`, placing its quarters in `fiscalYear` (CE). */
export interface KpiJudgement {
  asOf: Date | IsoDate;
  fiscalYear: number;
  startMonth?: number;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Whether a quarter of a fiscal year (CE) has begun by `asOf`. */
export function quarterHasBegun(
  fiscalYear: number,
  quarter: Quarter,
  asOf: Date | IsoDate,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): boolean {
  return dayNumber(fiscalQuarterRange(fiscalYear, quarter, startMonth).start) <= dayNumber(asOf);
}

/**
 * The figure a KPI stands at on a date: `achieved` once every quarter with a result has begun
 * (and always for a KPI without quarters); before that, the result of the latest quarter that
 * has begun; `null` when none with a result has.
 */
function valueAt(
  kpi: Pick<Kpi, 'achieved' | 'quarters'>,
  when: KpiJudgement,
): { value: number | null; quarter?: Quarter } {
  const withResult = (kpi.quarters ?? []).filter(
    (q): q is KpiQuarter & { result: number } => q.result !== undefined,
  );
  if (withResult.length === 0) return { value: kpi.achieved };
  const begun = withResult.filter((q) =>
    quarterHasBegun(when.fiscalYear, q.quarter, when.asOf, when.startMonth),
  );
  if (begun.length === withResult.length) return { value: kpi.achieved };
  if (begun.length === 0) return { value: null };
  const latest = begun.reduce((a, b) => (b.quarter >= a.quarter ? b : a));
  return { value: latest.result, quarter: latest.quarter };
}

/**
 * `achieved` against `target`; with `when`, judged at that date (see valueAt). A KPI with nothing
 * to judge yet is `not-yet-due`.
 */
export function kpiAchievement(
  kpi: Pick<Kpi, 'target' | 'achieved'> & {
    direction?: Kpi['direction'];
    quarters?: Kpi['quarters'];
  },
  when?: KpiJudgement,
): KpiAchievement {
  const { target } = kpi;
  const at = when ? valueAt(kpi, when) : { value: kpi.achieved };
  const achieved = at.value;
  const quarter = at.quarter !== undefined ? { quarter: at.quarter } : {};
  if (kpi.direction !== 'decrease' && target === 0) {
    // More is better: a target of 0 is met by doing nothing, so it judges nothing.
    return { ratio: null, met: null, status: 'no-target', value: achieved, ...quarter };
  }
  if (achieved === null) return { ratio: null, met: null, status: 'not-yet-due', value: null };
  if (kpi.direction === 'decrease') {
    // Less is better: a target of 0 (no accidents, no complaints) is a real target.
    const met = achieved <= target;
    const ratio = achieved === 0 ? null : finiteOrNull(target / achieved);
    return { ratio, met, status: met ? 'met' : 'not-met', value: achieved, ...quarter };
  }
  const met = achieved >= target;
  return {
    ratio: finiteOrNull(achieved / target),
    met,
    status: met ? 'met' : 'not-met',
    value: achieved,
    ...quarter,
  };
}
