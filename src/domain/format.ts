// The one formatting stack: every number and date the elements show, and every figure inside the
// domain's messages, is worded here, with one cached set of Intl formatters per locale,
// calendar and numerals. Plain Intl, no DOM: it runs in Node too.
import { toBuddhistYear } from './dates.js';
import type { Locale } from './types.js';

import type { Calendar, Numerals } from '../vocabulary/terms.js';

/**
 * "ร้อยละ 80", joined by a no-break space so that a line never ends between the word and its
 * figure (Thai text has no percent sign: officials write ร้อยละ).
 */
export const thaiPercent = (figure: string) => `ร้อยละ\u00a0${figure}`;

/**
 * The unit a person would use for a time `days` ago: days under a month, months under a year,
 * years beyond ("6 years ago", never "75 months ago"). Negative values are in the future.
 */
export function relativeTime(days: number): { value: number; unit: 'day' | 'month' | 'year' } {
  const size = Math.abs(days);
  const sign = days < 0 ? 1 : -1;
  if (size < 31) return { value: sign * size, unit: 'day' };
  const months = Math.max(1, Math.round(size / 30.4375));
  if (months < 12) return { value: sign * months, unit: 'month' };
  return { value: sign * Math.max(1, Math.round(size / 365.25)), unit: 'year' };
}

export type { Calendar, Numerals };

export interface DisplayOptions {
  locale: Locale;
  calendar: Calendar;
  numerals: Numerals;
}

/** Parses `YYYY-MM-DD` as a UTC midnight, so no time zone ever moves a date. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Every number and date an element shows goes through one of these, so the locale, the calendar
 * (Buddhist era in Thai by default) and the numerals are applied the same way everywhere.
 */
export class Formatter {
  readonly intlLocale: string;
  private readonly _cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
  private _relative?: Intl.RelativeTimeFormat;

  constructor(readonly options: DisplayOptions) {
    const base = options.locale === 'th' ? 'th-TH' : 'en-GB';
    this.intlLocale = `${base}-u-ca-${options.calendar}-nu-${options.numerals}`;
  }

  private _numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = this._cache.get(key) as Intl.NumberFormat | undefined;
    if (!format) {
      format = new Intl.NumberFormat(this.intlLocale, options);
      this._cache.set(key, format);
    }
    return format;
  }

  private _dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    let format = this._cache.get(key) as Intl.DateTimeFormat | undefined;
    if (!format) {
      format = new Intl.DateTimeFormat(this.intlLocale, { timeZone: 'UTC', ...options });
      this._cache.set(key, format);
    }
    return format;
  }

  // signDisplay 'negative': a minus only for a value below zero once rounded. JSON carries -0
  // (a backend's 0 * -1) and a tiny negative rounds to 0; neither may read "-0%".

  /**
   * 54.83 → "54.8%", 100.00 → "100%": at most one decimal, trailing zeros dropped. In Thai
   * "ร้อยละ 54.8", as officials write it, joined by a no-break space.
   */
  percent(value: number): string {
    if (this.options.locale === 'th') return thaiPercent(this.number(value));
    return this.percentSign(value);
  }

  /** Always with the sign (54.8%): for tight places such as axis ticks, in both languages. */
  percentSign(value: number): string {
    return this._numberFormat('percent', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'negative',
    }).format(value / 100);
  }

  /** A plain figure with at most `maxFractionDigits` decimals (grouping as the locale does). */
  number(value: number, maxFractionDigits = 1): string {
    return this._numberFormat(`n${maxFractionDigits}`, {
      maximumFractionDigits: maxFractionDigits,
      signDisplay: 'negative',
    }).format(value);
  }

  /** Percentage points with a sign: +25, −5 (the change between two reports). */
  signedNumber(value: number): string {
    return this._numberFormat('signed', {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(value);
  }

  /** "21 September 2020" / "21 กันยายน 2563". */
  date(iso: string, month: 'long' | 'short' = 'long'): string {
    return this._dateFormat(`d-${month}`, { day: 'numeric', month, year: 'numeric' }).format(
      utcDate(iso),
    );
  }

  /** "21 September" / "21 ก.ย." without the year, for ranges inside one year. */
  dayMonth(iso: string, month: 'long' | 'short' = 'long'): string {
    return this._dateFormat(`dm-${month}`, { day: 'numeric', month }).format(utcDate(iso));
  }

  /** "Sep" / "ก.ย.": month tick labels. */
  month(iso: string, month: 'short' | 'long' = 'short'): string {
    return this._dateFormat(`m-${month}`, { month }).format(utcDate(iso));
  }

  /** "2020" / "2563" in the display calendar. */
  year(iso: string): string {
    return this._dateFormat('y', { year: 'numeric' }).format(utcDate(iso));
  }

  /**
   * A (fiscal) year given in CE as a bare number in the display calendar and numerals: "2563",
   * "๒๕๖๓", "2020". `year()` formats a date, and Intl adds the era there ("พ.ศ. 2563",
   * "2563 BE"), which a label such as "ปีงบประมาณ 2563" does not want.
   */
  yearNumber(ce: number): string {
    return this.plainYear(this.options.calendar === 'buddhist' ? toBuddhistYear(ce) : ce);
  }

  /** A year number as given, without grouping or conversion: 2563, not 2,563. */
  plainYear(year: number): string {
    return this._numberFormat('year', { useGrouping: false, maximumFractionDigits: 0 }).format(
      year,
    );
  }

  /** "Oct 2019 – Dec 2019" style ranges, worded by Intl for the locale and calendar. */
  monthRange(startIso: string, endIso: string): string {
    const format = this._dateFormat('mr', { month: 'short', year: 'numeric' });
    return format.formatRange(utcDate(startIso), utcDate(endIso));
  }

  /** "10 February – 30 September 2020". */
  dateRange(startIso: string, endIso: string, month: 'long' | 'short' = 'long'): string {
    return this._dateRangeFormat(month).formatRange(utcDate(startIso), utcDate(endIso));
  }

  /** The parts of `dateRange()` (long months), for a sentence that words the two ends apart. */
  dateRangeParts(startIso: string, endIso: string): Intl.DateTimeRangeFormatPart[] {
    return this._dateRangeFormat('long').formatRangeToParts(utcDate(startIso), utcDate(endIso));
  }

  private _dateRangeFormat(month: 'long' | 'short'): Intl.DateTimeFormat {
    return this._dateFormat(`dr-${month}`, { day: 'numeric', month, year: 'numeric' });
  }

  /** "3 days ago", "2 months ago", "6 years ago", "today": in the unit a person would use. */
  daysAgo(days: number): string {
    this._relative ??= new Intl.RelativeTimeFormat(this.intlLocale, { numeric: 'auto' });
    const { value, unit } = relativeTime(days);
    return this._relative.format(value, unit);
  }
}

const formatters = new Map<string, Formatter>();

/** One shared, cached formatter per locale, calendar and numerals. */
export function formatterFor(options: DisplayOptions): Formatter {
  const key = `${options.locale}|${options.calendar}|${options.numerals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Formatter(options);
    formatters.set(key, formatter);
  }
  return formatter;
}
