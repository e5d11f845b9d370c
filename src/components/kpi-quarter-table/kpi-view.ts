import type { MsgFn } from '@lit/localize';
import { str } from '@lit/localize';
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  kpiAchievement,
  quarterHasBegun,
  type Kpi,
  type KpiAchievement,
  type KpiLevel,
  type Project,
  type Quarter,
} from '../../domain/index.js';
import type { Formatter } from '../../domain/format.js';
import { finite, kpiBarLayout, type KpiBarLayout } from '../../viz/kpi-bars.js';

/**
 * What one KPI table shows, worked out once so that the table and the CSV download say the same
 * thing. Figures stay numbers here; the template and the CSV each format them their own way.
 */
export interface KpiView {
  kpi: Kpi;
  /** The unit is a percentage (ร้อยละ, percent, %): figures are shown as percent. */
  percentUnit: boolean;
  /** The unit to write after a figure, or undefined for percent and for no unit. */
  unitName: string | undefined;
  /**
   * The KPI judged at `as-of`: on `achieved` once every quarter with a result has begun, else on
   * the latest begun quarter's result (`quarter` says which), else `not-yet-due`.
   */
  achievement: KpiAchievement;
  /** Whether any quarter begun by `as-of` has a score: otherwise the column is left out. */
  hasScore: boolean;
  /**
   * Assessment criteria of the quarters begun by `as-of`, in order of first appearance (2.1,
   * 2.2 …): a criterion first used in a later quarter is not announced before it.
   */
  criteria: string[];
  /**
   * A row per quarter of the fiscal year, Q1 to Q4: a quarter begun by `as-of` with its result
   * (or a row saying none was reported), a quarter not begun yet as "not yet due", with nothing
   * from the data. Empty when the KPI has no quarterly results at all.
   */
  rows: QuarterRow[];
  bars: KpiBarLayout;
}

export interface QuarterRow {
  quarter: Quarter;
  /** "Q1: Oct – Dec 2019" / "ไตรมาสที่ 1: ต.ค.–ธ.ค. 2562". */
  label: string;
  /** The months part of the label ("Oct – Dec 2019"), which the table keeps on one line. */
  months: string;
  start: string;
  end: string;
  /** The quarter contains `as-of`. */
  current: boolean;
  /** The quarter has begun by `as-of`; otherwise it is not yet due and shows no figure. */
  due: boolean;
  /** False for a quarter the data has no result for (yet), and for one not yet due. */
  reported: boolean;
  result: number | null;
  score: number | null;
  /** One per criterion of the view, null where this quarter has no score for it. */
  assessments: (number | null)[];
}

/** Width and height of an inline bar in SVG user units; CSS scales it. */
export const BAR_WIDTH = 100;
export const BAR_HEIGHT = 12;

const PERCENT_UNITS = new Set(['ร้อยละ', 'เปอร์เซ็นต์', 'percent', 'per cent', 'percentage', '%']);

export function buildKpiView(
  kpi: Kpi,
  project: Project,
  asOf: string,
  msg: MsgFn,
  fmt: Formatter,
): KpiView {
  const { fiscalYear, fiscalYearStartMonth: startMonth = 10 } = project;
  const yearNow = fiscalYearOf(asOf, startMonth);
  // The quarter that contains `asOf`, or null outside the project's fiscal year.
  const current = yearNow === fiscalYear ? fiscalQuarterOf(asOf, startMonth) : null;
  // Four answers, worked out once: a KPI may hold thousands of quarter entries.
  const begunQuarters = ([1, 2, 3, 4] as const).map((q) =>
    quarterHasBegun(fiscalYear, q, asOf, startMonth),
  );
  const due = (quarter: Quarter) => begunQuarters[quarter - 1] ?? false;
  const given = [...(kpi.quarters ?? [])].sort((a, b) => a.quarter - b.quarter);
  // Nothing from a quarter that has not begun is read: not its result, score or criteria.
  const begun = given.filter((q) => due(q.quarter));

  const criteria: string[] = [];
  for (const q of begun) {
    for (const a of q.assessments ?? []) {
      if (!criteria.includes(a.criterion)) criteria.push(a.criterion);
    }
  }

  // All four quarters get a row, whatever the date and whatever the data holds for later
  // quarters: one not begun yet says "not yet due", one begun without a result says so. A KPI
  // with no quarterly result at all keeps its single sentence instead (in the template).
  const rows: QuarterRow[] = [];
  const quarters: Quarter[] = given.length === 0 ? [] : [1, 2, 3, 4];
  for (const quarter of quarters) {
    const range = fiscalQuarterRange(fiscalYear, quarter, startMonth);
    const months = fmt.monthRange(range.start, range.end);
    const isDue = due(quarter);
    const reported = isDue ? begun.filter((q) => q.quarter === quarter) : [];
    // Two results given for one quarter are both shown: the data is never silently dropped.
    for (const q of reported.length > 0 ? reported : [undefined]) {
      rows.push({
        quarter,
        label: msg(str`Q${fmt.number(quarter, 0)}: ${months}`),
        months,
        ...range,
        current: quarter === current,
        due: isDue,
        reported: q !== undefined,
        result: finite(q?.result) ? q.result : null,
        score: finite(q?.score) ? q.score : null,
        assessments: criteria.map((c) => {
          const found = q?.assessments?.find((a) => a.criterion === c);
          return finite(found?.score) ? found.score : null;
        }),
      });
    }
  }

  const achievement = kpiAchievement(kpi, { asOf, fiscalYear, startMonth });
  const unit = kpi.unit?.trim();
  const percentUnit = PERCENT_UNITS.has(unit?.toLowerCase() ?? '');
  return {
    kpi,
    percentUnit,
    unitName: percentUnit ? undefined : unit || undefined,
    achievement,
    hasScore: rows.some((r) => r.score !== null),
    criteria,
    rows,
    bars: kpiBarLayout({
      target: achievement.status === 'no-target' ? null : kpi.target,
      values: rows.map((r) => r.result),
      width: BAR_WIDTH,
      height: BAR_HEIGHT,
    }),
  };
}

/** A figure in the KPI's unit, without the unit name (the template sets that apart, in the data's language). */
export function figure(fmt: Formatter, view: KpiView, value: number): string {
  return view.percentUnit ? fmt.percent(value) : fmt.number(value, 2);
}

export function levelLabel(msg: MsgFn, level: KpiLevel): string {
  return { output: msg('Output'), outcome: msg('Outcome'), impact: msg('Impact') }[level];
}

/**
 * "100% of target", or for less-is-better "Ratio 133.3% (target ÷ achieved)"; empty without a
 * ratio. `percent` is the percentage as written, so that the template can keep it on one line.
 */
export function ratioText(
  msg: MsgFn,
  fmt: Formatter,
  view: KpiView,
): { text: string; percent: string } | null {
  const { ratio } = view.achievement;
  if (!finite(ratio)) return null;
  const percent = fmt.percent(ratio * 100);
  const text =
    view.kpi.direction === 'decrease'
      ? msg(str`Ratio ${percent} (target ÷ achieved)`)
      : msg(str`${percent} of target`);
  return { text, percent };
}

/** "Q2 result" / "ผลงานไตรมาสที่ 2": the quarter whose result was judged. */
export function quarterResultLabel(msg: MsgFn, fmt: Formatter, quarter: Quarter): string {
  return msg(str`Q${fmt.number(quarter, 0)} result`);
}
