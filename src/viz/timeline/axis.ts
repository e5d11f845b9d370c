// The time axis: a scale from dates to x, the fiscal years and quarters it touches (cut to it)
// and the month ticks, thinned so that their labels keep apart.
import { utcMonth } from 'd3-time';
import {
  dayNumber,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  type IsoDate,
  type Quarter,
} from '../../domain/index.js';
import { linearScale } from '../scale.js';
import { addDays } from './data.js';
import { round } from './units.js';

export interface FiscalYearBand {
  fiscalYear: number;
  /** The year's own first and last day (it may be cut by the axis). */
  start: IsoDate;
  end: IsoDate;
  x0: number;
  x1: number;
}

export interface QuarterBand extends FiscalYearBand {
  quarter: Quarter;
  /** Every other quarter is shaded, so neighbours can be told apart without their labels. */
  shaded: boolean;
}

export interface MonthTick {
  date: IsoDate;
  x: number;
  /** The first tick, and the first of each new calendar year, also name the year. */
  showYear: boolean;
}

/** The least space between month labels in px at 12 px text; months are skipped to keep it. */
export const MIN_TICK_SPACING = 44;

/** Dates to x over `domain` (its `end` exclusive: the day after the last one shown). */
export interface TimeScale {
  (date: IsoDate | Date): number;
  /** The same for a day number; what lies outside the domain is not clamped. */
  ofDay(day: number): number;
  domain: { start: IsoDate; end: IsoDate };
  /** The domain in whole days. */
  first: number;
  end: number;
}

export function timeScale(
  domain: { start: IsoDate; end: IsoDate },
  range: [number, number],
): TimeScale {
  const [first, end] = [dayNumber(domain.start), dayNumber(domain.end)];
  const x = linearScale([first, end], range);
  const ofDay = (day: number) => round(x(day));
  const scale = (date: IsoDate | Date) => ofDay(dayNumber(date));
  return Object.assign(scale, { ofDay, domain, first, end }) as TimeScale;
}

/** Every fiscal year and quarter the axis touches, cut to the axis. */
export function fiscalBands(
  x: TimeScale,
  startMonth: number,
): { fiscalYears: FiscalYearBand[]; quarters: QuarterBand[] } {
  const { domain, first, end } = x;
  const fiscalYears: FiscalYearBand[] = [];
  const quarters: QuarterBand[] = [];
  const clip = (range: { start: IsoDate; end: IsoDate }) => ({
    ...range,
    x0: x.ofDay(Math.max(first, dayNumber(range.start))),
    x1: x.ofDay(Math.min(end, dayNumber(range.end) + 1)),
  });
  const lastYear = fiscalYearOf(addDays(domain.end, -1), startMonth);
  for (let fy = fiscalYearOf(domain.start, startMonth); fy <= lastYear; fy++) {
    fiscalYears.push({ fiscalYear: fy, ...clip(fiscalYearRange(fy, startMonth)) });
    for (const quarter of [1, 2, 3, 4] as Quarter[]) {
      const range = fiscalQuarterRange(fy, quarter, startMonth);
      if (range.end < domain.start || range.start >= domain.end) continue;
      quarters.push({ fiscalYear: fy, quarter, ...clip(range), shaded: quarter % 2 === 0 });
    }
  }
  return { fiscalYears, quarters };
}

/**
 * Month ticks, thinned to every 2, 3, 6 or 12 months when a month is narrower than `spacing` (a
 * label's room: more for larger text).
 * (A date-only ISO string is read as UTC midnight.)
 */
export function monthTicks(
  x: TimeScale,
  [left, right]: [number, number],
  spacing = MIN_TICK_SPACING,
): MonthTick[] {
  const months = utcMonth.range(new Date(x.domain.start), new Date(x.domain.end));
  const perMonth = (right - left) / Math.max(1, months.length);
  const every = [1, 2, 3, 6, 12].find((k) => k * perMonth >= spacing) ?? 12;
  // Counted from the axis start, which is a quarter start: every 3 months marks the quarters.
  const ticks = months.filter((_, i) => i % every === 0);
  return ticks.map((date, i) => ({
    date: date.toISOString().slice(0, 10),
    x: x(date),
    showYear: i === 0 || date.getUTCFullYear() !== ticks[i - 1].getUTCFullYear(),
  }));
}
