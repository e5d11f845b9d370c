// Calendar dates as whole UTC days. Nothing here reads the local time zone except todayIso(),
// because "today" is the reader's own calendar day.
import { ISO_DATE as ISO, type DateProblem, type IsoDate } from './terms.js';

const DAY_MS = 86_400_000;
export const BUDDHIST_ERA_OFFSET = 543;

/** The Gregorian years the contract accepts in dates (`project-json.md`, "Dates"). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** A year at or above this is read as Buddhist era. */
export const BUDDHIST_YEAR_FROM = 2400;

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// A date followed by a time of day: said apart from other bad forms, because it is a common
// slip (a backend serialising a timestamp) and the fix is obvious.
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/;
const SLASH_WITH_TIME = /^(\d{1,2}\/\d{1,2}\/\d{4})[T ]\d{1,2}[:.]\d{2}/;

export type DateReading =
  { ok: true; date: IsoDate } | { ok: false; problem: DateProblem; suggestion?: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 of a calendar day (month 1–12; days past the month's end roll over). */
export function utcDay(year: number, month: number, day: number): number {
  // By arithmetic rather than through a Date, because reading a project computes hundreds of
  // these. Months outside 1–12 roll into the years around, as Date's setUTCFullYear rolls them.
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12; // 0 is January
  // Years counted from 1 March, so that the leap day ends one, in 400-year eras of 146,097 days
  // (the proleptic Gregorian calendar, as Date has it).
  const marchYear = m < 2 ? y - 1 : y;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 10) % 12) + 2) / 5) + day - 1;
  const leapDays = Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  // 719,468: the days from 1 March of year 0 to 1 January 1970.
  return era * 146_097 + yearOfEra * 365 + leapDays + dayOfYear - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/**
 * Reads a date as the contract allows it: `YYYY-MM-DD` with a Gregorian year 1900–2200, or
 * `D/M/YYYY` with a Buddhist-era year (as the monitoring system prints it). Anything else is
 * refused with the reason, and a suggested spelling when one is obvious.
 */
export function readDate(text: string): DateReading {
  return rememberedReadings(text);
}

/**
 * A pure function of a date's text, remembered: the same dates come back again and again (a
 * year has 366 days, and every project of a portfolio reports in the same months), and reading
 * one is a regular expression and a calendar check. Bounded, so that no input can grow it.
 */
function remember<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      if (known.size >= 4096) known.clear();
      known.set(text, value);
    }
    return value;
  };
}

// Frozen: every caller gets the same reading of the same text.
const rememberedReadings = remember((text: string) => Object.freeze(readDateOnce(text)));

function readDateOnce(text: string): DateReading {
  const iso = ISO.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (year >= BUDDHIST_YEAR_FROM) {
      const ce = year - BUDDHIST_ERA_OFFSET;
      return {
        ok: false,
        problem: 'buddhist-year-in-iso',
        ...(inRange(ce) &&
          isRealDay(ce, month, day) && { suggestion: isoFromParts(ce, month, day) }),
      };
    }
    if (!inRange(year)) return { ok: false, problem: 'year-out-of-range' };
    if (!isRealDay(year, month, day)) return { ok: false, problem: 'impossible-date' };
    return { ok: true, date: text };
  }
  const slash = SLASH.exec(text);
  if (slash) {
    const [day, month, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    if (year < BUDDHIST_YEAR_FROM) {
      const be = year + BUDDHIST_ERA_OFFSET;
      return {
        ok: false,
        problem: 'gregorian-year-in-slash',
        ...(inRange(year) &&
          isRealDay(year, month, day) && { suggestion: `${day}/${month}/${be}` }),
      };
    }
    const ce = year - BUDDHIST_ERA_OFFSET;
    // The Buddhist-era years must land inside 1900–2200, or the normalised ISO date would be
    // refused when the parsed project is read again.
    if (!inRange(ce)) return { ok: false, problem: 'year-out-of-range' };
    if (!isRealDay(ce, month, day)) return { ok: false, problem: 'impossible-date' };
    return { ok: true, date: isoFromParts(ce, month, day) };
  }
  const timed = ISO_WITH_TIME.exec(text) ?? SLASH_WITH_TIME.exec(text);
  if (timed) {
    const datePart = readDate(timed[1]);
    return {
      ok: false,
      problem: 'time-of-day',
      ...(datePart.ok && { suggestion: timed[1] }),
    };
  }
  return { ok: false, problem: 'format' };
}

/** The date a string means, or `null` when the contract refuses it. */
export function parseDate(text: string): IsoDate | null {
  const reading = readDate(text);
  return reading.ok ? reading.date : null;
}

/**
 * A Date's UTC calendar day, or a date string in either accepted form, as `YYYY-MM-DD`.
 * A Date is read in UTC so that `new Date('2020-09-21')` is 21 September in every time zone.
 * Throws a RangeError for anything else: callers pass dates they have already checked.
 */
export function toIsoDate(d: Date | string): IsoDate {
  if (d instanceof Date) {
    const time = d.getTime();
    if (!Number.isFinite(time)) throw new RangeError('Invalid Date');
    const year = d.getUTCFullYear();
    if (year < 0 || year > 9999) throw new RangeError(`Year ${year} is out of range`);
    return isoFromParts(year, d.getUTCMonth() + 1, d.getUTCDate());
  }
  const reading = readDate(String(d));
  if (!reading.ok) throw new RangeError(`Not a date: ${JSON.stringify(d)} (${reading.problem})`);
  return reading.date;
}

/** Today in the reader's own time zone: what a person means by "today". */
export function todayIso(): IsoDate {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Whole days since 1970-01-01 (UTC). */
export function dayNumber(d: Date | IsoDate): number {
  if (d instanceof Date) {
    const time = d.getTime();
    if (!Number.isFinite(time)) throw new RangeError('Invalid Date');
    return Math.floor(time / DAY_MS);
  }
  return rememberedDays(d);
}

const rememberedDays = remember((d: IsoDate): number => {
  const iso = ISO.exec(d);
  if (iso) {
    // Fast path for the normalised form; any four-digit year is fine for arithmetic.
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isRealDay(year, month, day)) return utcDay(year, month, day);
  }
  const normal = toIsoDate(d);
  return utcDay(
    Number(normal.slice(0, 4)),
    Number(normal.slice(5, 7)),
    Number(normal.slice(8, 10)),
  );
});

/** The calendar day of a day number, as [year, month 1–12, day]. */
export function partsFromDayNumber(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function isoFromDayNumber(day: number): IsoDate {
  return isoFromParts(...partsFromDayNumber(day));
}

/** Whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: Date | IsoDate, b: Date | IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function toBuddhistYear(ce: number): number {
  return ce + BUDDHIST_ERA_OFFSET;
}

export function fromBuddhistYear(be: number): number {
  return be - BUDDHIST_ERA_OFFSET;
}
