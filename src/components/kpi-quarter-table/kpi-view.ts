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
import { kpiBarLayout, type KpiBarLayout } from '../../viz/kpi-bars.js';

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
  /** Empty when the KPI has no quarterly results at all. */
  rows: QuarterRow[];
  bars: KpiBarLayout;
}

export interface QuarterRow {
  quarter: Quarter;
  /** "Q1: Oct – Dec 2019" / "ไตรมาส 1: ต.ค.–ธ.ค. 2562". */
  label: string;
  /** The months part of the label ("Oct – Dec 2019"), which the table keeps on one line. */
  months: string;
  start: string;
  end: string;
  /** The quarter contains `as-of`. */
  current: boolean;
  /** False for the current quarter when the data has no result for it yet. */
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

export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

const finite = (value: number | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The quarter of the project's fiscal year that contains `asOf`, or null outside that year. */
export function currentQuarter(project: Project, asOf: string): Quarter | null {
  const startMonth = project.fiscalYearStartMonth ?? 10;
  return fiscalYearOf(asOf, startMonth) === project.fiscalYear
    ? fiscalQuarterOf(asOf, startMonth)
    : null;
}

/** "Q1: Oct – Dec 2019" in the element's language, calendar and numerals. */
export function quarterLabel(msg: MsgFn, fmt: Formatter, quarter: Quarter, months: string): string {
  return msg(str`Q${fmt.number(quarter, 0)}: ${months}`);
}

export function buildKpiView(
  kpi: Kpi,
  project: Project,
  asOf: string,
  msg: MsgFn,
  fmt: Formatter,
): KpiView {
  const startMonth = project.fiscalYearStartMonth ?? 10;
  const current = currentQuarter(project, asOf);
  const given = [...(kpi.quarters ?? [])].sort((a, b) => a.quarter - b.quarter);

  const criteria: string[] = [];
  for (const q of given) {
    for (const a of q.assessments ?? []) {
      if (!criteria.includes(a.criterion)) criteria.push(a.criterion);
    }
  }

  const row = (
    quarter: Quarter,
  ): Omit<QuarterRow, 'reported' | 'result' | 'score' | 'assessments'> => {
    const range = fiscalQuarterRange(project.fiscalYear, quarter, startMonth);
    const months = fmt.monthRange(range.start, range.end);
    return {
      quarter,
      label: quarterLabel(msg, fmt, quarter, months),
      months,
      ...range,
      current: quarter === current,
    };
  };

  const rows: QuarterRow[] = given.map((q) => ({
    ...row(q.quarter),
    reported: true,
    result: finite(q.result) ? q.result : null,
    score: finite(q.score) ? q.score : null,
    assessments: criteria.map((c) => {
      const found = q.assessments?.find((a) => a.criterion === c);
      return found && finite(found.score) ? found.score : null;
    }),
  }));
  // A KPI reported for earlier quarters gets a row for the quarter now running, so the reader
  // sees which quarter is current and that it has no result yet, rather than nothing at all.
  if (current !== null && rows.length > 0 && !rows.some((r) => r.quarter === current)) {
    const placeholder: QuarterRow = {
      ...row(current),
      reported: false,
      result: null,
      score: null,
      assessments: criteria.map(() => null),
    };
    const at = rows.findIndex((r) => r.quarter > current);
    rows.splice(at === -1 ? rows.length : at, 0, placeholder);
  }

  const achievement = kpiAchievement(kpi);
  const percentUnit = isPercentUnit(kpi.unit);
  const unitName = !percentUnit && kpi.unit?.trim() ? kpi.unit.trim() : undefined;
  return {
    kpi,
    percentUnit,
    unitName,
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
  switch (level) {
    case 'output':
      return msg('Output');
    case 'outcome':
      return msg('Outcome');
    case 'impact':
      return msg('Impact');
  }
}

/** "100% of target", or for less-is-better "Ratio 133.3% (target ÷ achieved)"; empty without a ratio. */
export function ratioText(msg: MsgFn, fmt: Formatter, view: KpiView): string {
  const { ratio } = view.achievement;
  if (ratio === null || !Number.isFinite(ratio)) return '';
  const percent = fmt.percent(ratio * 100);
  return view.kpi.direction === 'decrease'
    ? msg(str`Ratio ${percent} (target ÷ achieved)`)
    : msg(str`${percent} of target`);
}
