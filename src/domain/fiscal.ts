// Fiscal years and quarters for any start month. The Thai government's year starts in October:
// fiscal year 2563 BE (2020 CE) runs from 1 October 2019 to 30 September 2020, and its first
// quarter is October–December. A fiscal year is named by the CE year in which it ends.
import { dayNumber, isoFromDayNumber, isoFromParts, partsFromDayNumber, utcDay } from './dates.js';
import type { IsoDate, Quarter } from './types.js';

export const DEFAULT_FISCAL_YEAR_START_MONTH = 10;

function checkStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`A fiscal year start month is 1–12, not ${startMonth}`);
  }
}

// A year starting in January ends in the same calendar year; any later start ends in the next.
const endYearOffset = (startMonth: number) => (startMonth === 1 ? 0 : 1);

/** The CE year in which the fiscal year containing `date` ends (2019-10-01 → 2020). */
export function fiscalYearOf(
  date: Date | IsoDate,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): number {
  checkStartMonth(startMonth);
  const [year, month] = partsFromDayNumber(dayNumber(date));
  const startYear = month >= startMonth ? year : year - 1;
  return startYear + endYearOffset(startMonth);
}

/** The fiscal quarter of `date`, 1–4 (October–December is 1 with the default start). */
export function fiscalQuarterOf(
  date: Date | IsoDate,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): Quarter {
  checkStartMonth(startMonth);
  const [, month] = partsFromDayNumber(dayNumber(date));
  return (Math.floor(((month - startMonth + 12) % 12) / 3) + 1) as Quarter;
}

function checkYear(fyCE: number): void {
  if (!Number.isInteger(fyCE)) throw new RangeError(`A fiscal year is a whole number, not ${fyCE}`);
}

/** First and last day of a fiscal year given in CE (2020 → 2019-10-01 … 2020-09-30). */
export function fiscalYearRange(
  fyCE: number,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): { start: IsoDate; end: IsoDate } {
  checkStartMonth(startMonth);
  checkYear(fyCE);
  const startYear = fyCE - endYearOffset(startMonth);
  return {
    start: isoFromParts(startYear, startMonth, 1),
    end: isoFromDayNumber(utcDay(startYear + 1, startMonth, 1) - 1),
  };
}

/** First and last day of one quarter of a fiscal year (2020 Q1 → 2019-10-01 … 2019-12-31). */
export function fiscalQuarterRange(
  fyCE: number,
  quarter: Quarter,
  startMonth = DEFAULT_FISCAL_YEAR_START_MONTH,
): { start: IsoDate; end: IsoDate } {
  checkStartMonth(startMonth);
  checkYear(fyCE);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`A quarter is 1–4, not ${quarter}`);
  const startYear = fyCE - endYearOffset(startMonth);
  // Months past December roll over into the next year (utcDay handles month 13 and beyond).
  const firstMonth = startMonth + (quarter - 1) * 3;
  const start = utcDay(startYear, firstMonth, 1);
  const next = utcDay(startYear, firstMonth + 3, 1);
  return { start: isoFromDayNumber(start), end: isoFromDayNumber(next - 1) };
}
