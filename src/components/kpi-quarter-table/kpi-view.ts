import type { MsgFn } from '@lit/localize';
import { str } from '@lit/localize';
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  kpiAchievement,
  type Kpi,
  type KpiLevel,
  type Project,
  type Quarter,
} from '../../domain/index.js';
import type { Formatter } from '../../internal/format.js';
import type { KpiStatus } from '../../internal/status.js';
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
  achievement: { ratio: number | null; met: boolean | null; status: KpiStatus };
  /** Whether any quarter has a score: otherwise the column is left out. */
  hasScore: boolean;
  /** Assessment criteria of all quarters, in order of first appearance (2.1, 2.2 …). */
  criteria: string[];
  /**
   * A row per quarter from the first up to the later of the last one due at `as-of` and the last
   * one reported; a quarter without a result has a row saying so. Empty when the KPI has no
   * quarterly results at all.
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
  /** False for a quarter the data has no result for (yet). */
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
  const quarterNow = fiscalQuarterOf(asOf, startMonth);
  // The quarter that contains `asOf`, or null outside the project's fiscal year.
  const current = yearNow === fiscalYear ? quarterNow : null;
  // How many quarters of the year have begun at `asOf`: none before it, all four after it.
  const begun = yearNow < fiscalYear ? 0 : yearNow > fiscalYear ? 4 : quarterNow;
  const given = [...(kpi.quarters ?? [])].sort((a, b) => a.quarter - b.quarter);

  const criteria: string[] = [];
  for (const q of given) {
    for (const a of q.assessments ?? []) {
      if (!criteria.includes(a.criterion)) criteria.push(a.criterion);
    }
  }

  // Every quarter up to the last one due or reported gets a row, so a quarter without a result
  // says so instead of vanishing (Q1, Q3 reported in Q4 shows Q2 and Q4 as not reported yet).
  // A KPI with no result at all keeps its single sentence instead (in the template).
  const rows: QuarterRow[] = [];
  const last = given.length === 0 ? 0 : Math.max(begun, given.at(-1)!.quarter);
  for (let n = 1; n <= last; n++) {
    const quarter = n as Quarter;
    const range = fiscalQuarterRange(fiscalYear, quarter, startMonth);
    const months = fmt.monthRange(range.start, range.end);
    const reported = given.filter((q) => q.quarter === quarter);
    // Two results given for one quarter are both shown: the data is never silently dropped.
    for (const q of reported.length > 0 ? reported : [undefined]) {
      rows.push({
        quarter,
        label: msg(str`Q${fmt.number(quarter, 0)}: ${months}`),
        months,
        ...range,
        current: quarter === current,
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

  const achievement = kpiAchievement(kpi);
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

/** "100% of target", or for less-is-better "Ratio 133.3% (target ÷ achieved)"; empty without a ratio. */
export function ratioText(msg: MsgFn, fmt: Formatter, view: KpiView): string {
  const { ratio } = view.achievement;
  if (!finite(ratio)) return '';
  const percent = fmt.percent(ratio * 100);
  return view.kpi.direction === 'decrease'
    ? msg(str`Ratio ${percent} (target ÷ achieved)`)
    : msg(str`${percent} of target`);
}
