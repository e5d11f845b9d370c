// The words every layer shares: what the schema checks, the domain computes and the elements
// show. It imports nothing, so that the layers can all depend on it and on nothing of each other
// (schema → domain → viz → components).

export type Locale = 'en' | 'th';

/** A calendar date written `YYYY-MM-DD` (Gregorian), read as a whole UTC day. */
export type IsoDate = string;

/** Calendar used for dates in messages. Thai defaults to the Buddhist era, English to Gregorian. */
export type Calendar = 'buddhist' | 'gregory';

/** Digits used for numbers in messages. */
export type Numerals = 'latn' | 'thai';

/** What a field expects, in words (see messages.ts). */
export type ExpectKey =
  | 'project'
  | 'object'
  | 'array'
  | 'text'
  | 'non-blank-text'
  | 'text-or-null'
  | 'number'
  | 'percent'
  | 'step-number'
  | 'quarter'
  | 'month'
  | 'fiscal-year'
  | 'date'
  | 'direction'
  | 'kpi-level'
  | 'schema-version'
  | 'language-tag'
  | 'link-url'
  | 'value';

/** Why a date was refused. */
export type DateProblem =
  | 'format'
  | 'impossible-date'
  | 'buddhist-year-in-iso'
  | 'gregorian-year-in-slash'
  | 'year-out-of-range'
  | 'time-of-day';

export type ScheduleStatus =
  'complete' | 'on-track' | 'at-risk' | 'behind' | 'not-started' | 'unplanned' | 'no-report';

/** `not-yet-due`: judged at a date before any quarter with a result had begun. */
export type KpiStatus = 'met' | 'not-met' | 'no-target' | 'not-yet-due';

/** A date written `YYYY-MM-DD`, with the year, month and day as groups. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The reporting rhythm: an update older than this many days is stale (elements.md). */
export const DEFAULT_STALE_AFTER_DAYS = 45;
