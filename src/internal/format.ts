import { relativeTime, thaiPercent, toBuddhistYear, type Locale } from '../domain/index.js';

import type { Calendar, Numerals } from '../vocabulary/terms.js';

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
  readonly #cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
  #relative?: Intl.RelativeTimeFormat;

  constructor(readonly options: DisplayOptions) {
    const base = options.locale === 'th' ? 'th-TH' : 'en-GB';
    this.intlLocale = `${base}-u-ca-${options.calendar}-nu-${options.numerals}`;
  }

  #numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = this.#cache.get(key) as Intl.NumberFormat | undefined;
    if (!format) {
      format = new Intl.NumberFormat(this.intlLocale, options);
      this.#cache.set(key, format);
    }
    return format;
  }

  #dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    let format = this.#cache.get(key) as Intl.DateTimeFormat | undefined;
    if (!format) {
      format = new Intl.DateTimeFormat(this.intlLocale, { timeZone: 'UTC', ...options });
      this.#cache.set(key, format);
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
    return this.#numberFormat('percent', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'negative',
    }).format(value / 100);
  }

  /** A plain figure with at most `maxFractionDigits` decimals (grouping as the locale does). */
  number(value: number, maxFractionDigits = 1): string {
    return this.#numberFormat(`n${maxFractionDigits}`, {
      maximumFractionDigits: maxFractionDigits,
      signDisplay: 'negative',
    }).format(value);
  }

  /** Percentage points with a sign: +25, −5 (the change between two reports). */
  signedNumber(value: number): string {
    return this.#numberFormat('signed', {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(value);
  }

  /** "21 September 2020" / "21 กันยายน 2563". */
  date(iso: string, month: 'long' | 'short' = 'long'): string {
    return this.#dateFormat(`d-${month}`, { day: 'numeric', month, year: 'numeric' }).format(
      utcDate(iso),
    );
  }

  /** "21 September" / "21 ก.ย." without the year, for ranges inside one year. */
  dayMonth(iso: string, month: 'long' | 'short' = 'long'): string {
    return this.#dateFormat(`dm-${month}`, { day: 'numeric', month }).format(utcDate(iso));
  }

  /** "Sep" / "ก.ย.": month tick labels. */
  month(iso: string, month: 'short' | 'long' = 'short'): string {
    return this.#dateFormat(`m-${month}`, { month }).format(utcDate(iso));
  }

  /** "2020" / "2563" in the display calendar. */
  year(iso: string): string {
    return this.#dateFormat('y', { year: 'numeric' }).format(utcDate(iso));
  }

  /**
   * A (fiscal) year given in CE as a bare number in the display calendar and numerals: "2563",
   * "๒๕๖๓", "2020". `year()` formats a date, and Intl adds the era there ("พ.ศ. 2563",
   * "2563 BE"), which a label such as "ปีงบประมาณ 2563" does not want.
   */
  yearNumber(ce: number): string {
    const year = this.options.calendar === 'buddhist' ? toBuddhistYear(ce) : ce;
    return this.#numberFormat('year', { useGrouping: false }).format(year);
  }

  /** "Oct 2019 – Dec 2019" style ranges, worded by Intl for the locale and calendar. */
  monthRange(startIso: string, endIso: string): string {
    const format = this.#dateFormat('mr', { month: 'short', year: 'numeric' });
    return format.formatRange(utcDate(startIso), utcDate(endIso));
  }

  /** "10 February – 30 September 2020". */
  dateRange(startIso: string, endIso: string, month: 'long' | 'short' = 'long'): string {
    return this.#dateRangeFormat(month).formatRange(utcDate(startIso), utcDate(endIso));
  }

  /** The parts of `dateRange()` (long months), for a sentence that words the two ends apart. */
  dateRangeParts(startIso: string, endIso: string): Intl.DateTimeRangeFormatPart[] {
    return this.#dateRangeFormat('long').formatRangeToParts(utcDate(startIso), utcDate(endIso));
  }

  #dateRangeFormat(month: 'long' | 'short'): Intl.DateTimeFormat {
    return this.#dateFormat(`dr-${month}`, { day: 'numeric', month, year: 'numeric' });
  }

  /** "3 days ago", "2 months ago", "6 years ago", "today": in the unit a person would use. */
  daysAgo(days: number): string {
    this.#relative ??= new Intl.RelativeTimeFormat(this.intlLocale, { numeric: 'auto' });
    const { value, unit } = relativeTime(days);
    return this.#relative.format(value, unit);
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
