// The domain's own words, in English and Thai. Plain tables rather than @lit/localize: this
// module runs without lit (in Node too). Each table is checked with `satisfies Record<Code, …>`
// so that a code without its Thai (or English) wording is a type error.
//
// Messages are built from codes and params, so an element can word them again in another
// language without parsing again (describeIssue, describeWarning).
import { ISO_DATE } from '../vocabulary/terms.js';
import { formatterFor, thaiPercent, utcDate, type Formatter } from './format.js';

export { relativeTime, thaiPercent } from './format.js';
import { thaiFieldName } from './field-names.js';
export { thaiFieldName, thaiFieldNames } from './field-names.js';
import type {
  DateProblem,
  ExpectKey,
  Issue,
  IssueCode,
  Locale,
  MessageOptions,
  Warning,
  WarningCode,
} from './types.js';

type Params = Record<string, string | number>;

/** Numbers and dates worded for one locale, calendar and numbering system. */
export interface MessageFormat {
  /** A percentage figure without its sign, at most one decimal (54.83 → "54.8"). */
  pct(value: number): string;
  /** Like pct, but with more decimals when one decimal would make it look equal to `other`. */
  pctApart(value: number, other: number): string;
  /** A count or other figure, up to four decimals. */
  num(value: number): string;
  /** A year, without grouping (2563, not 2,563). */
  year(value: number): string;
  /** A `YYYY-MM-DD` date in words: "21 September 2020", "21 กันยายน 2563". */
  date(iso: string): string;
  /** A number of days in the past in the unit a person would use: "6 years ago", "6 ปีที่แล้ว". */
  ago(days: number): string;
}

type Wording = (params: Params, f: MessageFormat) => string;
interface Bilingual {
  en: Wording;
  th: Wording;
}

const wordings = new WeakMap<Formatter, MessageFormat>();

/** The figures of messages, worded by the one formatter of that locale, calendar and numerals. */
export function messageFormat(locale: Locale, options: MessageOptions = {}): MessageFormat {
  const fmt = formatterFor({
    locale,
    calendar: options.calendar ?? (locale === 'th' ? 'buddhist' : 'gregory'),
    numerals: options.numerals ?? 'latn',
  });
  let format = wordings.get(fmt);
  if (!format) {
    format = {
      ago: (days) => fmt.daysAgo(days),
      pct: (value) => fmt.number(value, 1),
      pctApart: (value, other) =>
        value !== other && fmt.number(value, 1) === fmt.number(other, 1)
          ? fmt.number(value, 4)
          : fmt.number(value, 1),
      num: (value) => fmt.number(value, 4),
      year: (value) => fmt.plainYear(value),
      // A malformed date in hand-made params is shown as written rather than as "Invalid Date".
      date: (iso) =>
        ISO_DATE.test(iso) && Number.isFinite(utcDate(iso).getTime()) ? fmt.date(iso) : iso,
    };
    wordings.set(fmt, format);
  }
  return format;
}

const num = (params: Params, key: string): number => Number(params[key]);
const str = (params: Params, key: string): string => String(params[key] ?? '');

/** What a field expects, as a noun phrase ("expected …" / "ต้องระบุเป็น…"). */
export const expectationWords = {
  project: { en: () => 'a project object', th: () => 'ข้อมูลโครงการ 1 โครงการ { … }' },
  object: { en: () => 'an object', th: () => 'ชุดข้อมูล { … }' },
  array: { en: () => 'an array', th: () => 'รายการ [ … ]' },
  text: { en: () => 'text', th: () => 'ข้อความ' },
  'non-blank-text': { en: () => 'text that is not empty', th: () => 'ข้อความที่ไม่เว้นว่าง' },
  'text-or-null': { en: () => 'text or null', th: () => 'ข้อความ หรือ null' },
  number: { en: () => 'a number', th: () => 'ตัวเลข' },
  percent: {
    en: (_, f) => `a number from ${f.num(0)} to ${f.num(100)}`,
    th: (_, f) => `ตัวเลขตั้งแต่ ${f.num(0)} ถึง ${f.num(100)}`,
  },
  'step-number': {
    en: (_, f) => `a whole number from ${f.num(1)} up`,
    th: (_, f) => `จำนวนเต็มตั้งแต่ ${f.num(1)} ขึ้นไป`,
  },
  quarter: {
    en: (_, f) => `a whole number from ${f.num(1)} to ${f.num(4)}`,
    th: (_, f) => `เลขไตรมาส ${f.num(1)} ถึง ${f.num(4)}`,
  },
  month: {
    en: (_, f) => `a whole number from ${f.num(1)} to ${f.num(12)}`,
    th: (_, f) => `เลขเดือน ${f.num(1)} ถึง ${f.num(12)}`,
  },
  'fiscal-year': {
    en: (_, f) =>
      `a year from ${f.year(2400)} to ${f.year(2700)} (Buddhist era) or from ${f.year(1900)} to ${f.year(2200)} (Gregorian)`,
    th: (_, f) =>
      `ปี พ.ศ. ${f.year(2400)}–${f.year(2700)} หรือปี ค.ศ. ${f.year(1900)}–${f.year(2200)}`,
  },
  date: {
    en: () => 'a date written YYYY-MM-DD (Gregorian year) or D/M/YYYY (Buddhist-era year)',
    th: () => 'วันที่แบบ วว/ดด/ปปปป (ปี พ.ศ.) หรือ YYYY-MM-DD (ปี ค.ศ.)',
  },
  direction: { en: () => '"increase" or "decrease"', th: () => '"increase" หรือ "decrease"' },
  'kpi-level': {
    en: () => '"output", "outcome" or "impact"',
    th: () => '"output" "outcome" หรือ "impact"',
  },
  'schema-version': {
    en: (_, f) => `${f.num(1)}, the version of project JSON this package reads`,
    th: (_, f) => `รุ่น ${f.num(1)}`,
  },
  'language-tag': {
    en: () => 'a language tag such as "th" or "en"',
    th: () => 'รหัสภาษา เช่น "th" หรือ "en"',
  },
  'link-url': {
    en: () => 'an http: or https: address, or one relative to the page',
    th: () => 'ที่อยู่เว็บที่ขึ้นต้นด้วย http: หรือ https: หรือที่อยู่ภายในระบบเดียวกัน',
  },
  value: { en: () => 'a valid value', th: () => 'ค่าที่ถูกต้อง' },
} satisfies Record<ExpectKey, Bilingual>;

/** What was found, when it is not shown as a literal. */
export const foundWords = {
  missing: { en: 'nothing', th: 'ไม่มีค่า' },
  array: { en: 'an array', th: 'รายการ [ … ]' },
  object: { en: 'an object', th: 'ชุดข้อมูล { … }' },
  other: { en: 'a value JSON cannot hold', th: 'ค่าที่ JSON ไม่รองรับ' },
} satisfies Record<string, Record<Locale, string>>;

function expected(params: Params, locale: Locale, f: MessageFormat): string {
  const words = expectationWords[str(params, 'expected') as ExpectKey] ?? expectationWords.value;
  return words[locale](params, f);
}

function found(params: Params, locale: Locale): string {
  const type = str(params, 'foundType');
  if (type in foundWords) return foundWords[type as keyof typeof foundWords][locale];
  return str(params, 'found');
}

// Thai runs words together, but a figure or a quoted value after a word reads better apart.
const thaiJoin = (head: string, words: string) =>
  /^[\u0E00-\u0E7F]/.test(words) ? `${head}${words}` : `${head} ${words}`;

// English names the problem as "expected …, got …" for whoever fixes the data; Thai says it as
// a page author would read it: the value given is not right, and what to write instead.
const expectedGot: Bilingual = {
  en: (p, f) => `expected ${expected(p, 'en', f)}, got ${found(p, 'en')}`,
  th: (p, f) =>
    `${thaiJoin('ค่าที่ระบุ', `(${found(p, 'th')})`)} ไม่ถูกต้อง ${thaiJoin('ต้องระบุเป็น', expected(p, 'th', f))}`,
};

/** Why a date was refused, added after "expected a date …, got "…"". */
export const dateProblemWords = {
  format: { en: () => '', th: () => '' },
  'impossible-date': {
    en: () => ' — there is no such day',
    th: () => ' เพราะไม่มีวันนี้ในปฏิทิน',
  },
  'buddhist-year-in-iso': {
    en: (p) => ` — YYYY-MM-DD takes a Gregorian year${didYouMean(p, 'en')}`,
    th: (p) => ` เพราะรูปแบบ YYYY-MM-DD ใช้ปี ค.ศ.${didYouMean(p, 'th')}`,
  },
  'gregorian-year-in-slash': {
    en: (p) => ` — D/M/YYYY takes a Buddhist-era year${didYouMean(p, 'en')}`,
    th: (p) => ` เพราะรูปแบบ วว/ดด/ปปปป ใช้ปี พ.ศ.${didYouMean(p, 'th')}`,
  },
  'year-out-of-range': {
    en: (_, f) =>
      ` — the year must be from ${f.year(1900)} to ${f.year(2200)} (${f.year(2443)} to ${f.year(2743)} in the Buddhist era)`,
    th: (_, f) =>
      ` เพราะปีต้องอยู่ระหว่าง พ.ศ. ${f.year(2443)}–${f.year(2743)} (ค.ศ. ${f.year(1900)}–${f.year(2200)})`,
  },
  'time-of-day': {
    en: (p) => ` — a date here has no time of day${didYouMean(p, 'en')}`,
    th: (p) => ` เพราะวันที่ในช่องนี้ต้องไม่มีเวลา${didYouMean(p, 'th')}`,
  },
} satisfies Record<DateProblem, Bilingual>;

function didYouMean(params: Params, locale: Locale): string {
  const suggestion = str(params, 'suggestion');
  if (!suggestion) return '';
  return locale === 'th' ? ` (หมายถึง ${suggestion} หรือไม่)` : ` (did you mean ${suggestion}?)`;
}

function dateProblem(params: Params, locale: Locale, f: MessageFormat): string {
  const words = dateProblemWords[str(params, 'reason') as DateProblem] ?? dateProblemWords.format;
  return words[locale](params, f);
}

export const issueMessages = {
  missing: {
    en: (p, f) => `expected ${expected(p, 'en', f)}, got nothing`,
    th: (p, f) => `ยังไม่ได้ระบุ ${thaiJoin('ต้องระบุเป็น', expected(p, 'th', f))}`,
  },
  'invalid-type': expectedGot,
  'not-integer': expectedGot,
  'out-of-range': expectedGot,
  'invalid-value': expectedGot,
  blank: {
    en: expectedGot.en,
    th: () => 'ห้ามเว้นว่าง',
  },
  'unsupported-schema-version': {
    en: expectedGot.en,
    th: (p, f) => `รองรับข้อมูลรุ่น ${f.num(1)} เท่านั้น (ค่าที่ระบุคือ ${found(p, 'th')})`,
  },
  'unsafe-url': {
    en: (p, f) =>
      `expected ${expected(p, 'en', f)}, got a ${str(p, 'scheme')}: address, which is never made a link`,
    th: (p, f) =>
      `ที่อยู่แบบ ${str(p, 'scheme')}: ไม่อนุญาตให้ใช้เป็นลิงก์ ${thaiJoin('ต้องระบุเป็น', expected(p, 'th', f))}`,
  },
  invalid: expectedGot,
  'invalid-date': {
    en: (p, f) => expectedGot.en(p, f) + dateProblem(p, 'en', f),
    th: (p, f) =>
      `${thaiJoin('ค่าที่ระบุ', `(${found(p, 'th')})`)} ไม่ถูกต้อง${dateProblem(p, 'th', f)} ${thaiJoin('ต้องระบุเป็น', expected(p, 'th', f))}`.replace(
        /\s+$/,
        '',
      ),
  },
  'end-before-start': {
    en: (p, f) =>
      `expected a date on or after the step's start, ${f.date(str(p, 'start'))}, got ${f.date(str(p, 'end'))}`,
    th: (p, f) =>
      `วันสิ้นสุดขั้นตอน (${f.date(str(p, 'end'))}) อยู่ก่อนวันเริ่มต้น (${f.date(str(p, 'start'))})`,
  },
} satisfies Record<IssueCode, Bilingual>;

const pctEn = (f: MessageFormat, value: number) => `${f.pct(value)}%`;
const pctTh = (f: MessageFormat, value: number) => thaiPercent(f.pct(value));

export const warningMessages = {
  'weights-not-100': {
    en: (p, f) =>
      `Step weights add up to ${f.pctApart(num(p, 'sum'), 100)}, not ${f.num(100)}` +
      (num(p, 'sum') === 0
        ? ', so there is no planned progress.'
        : `, so the plan is measured against their total, ${f.pctApart(num(p, 'sum'), 100)}.`),
    th: (p, f) =>
      `น้ำหนักทุกขั้นตอนรวมกันได้${thaiPercent(f.pctApart(num(p, 'sum'), 100))} (ควรเท่ากับ ${f.num(100)})` +
      (num(p, 'sum') === 0
        ? ' จึงคำนวณความคืบหน้าตามแผนไม่ได้'
        : ` จึงคำนวณแผนเทียบกับผลรวม ${f.pctApart(num(p, 'sum'), 100)}`),
  },
  'zero-length-step': {
    en: (p, f) =>
      `Step ${f.num(num(p, 'step'))} starts and ends on the same day, ${f.date(str(p, 'date'))}: ` +
      (p.untilStep !== undefined
        ? `it is read as running until step ${f.num(num(p, 'untilStep'))} starts on ${f.date(str(p, 'until'))}.`
        : 'it counts as done on that day.'),
    th: (p, f) =>
      `ขั้นตอนที่ ${f.num(num(p, 'step'))} มีวันเริ่มต้นและวันสิ้นสุดเป็นวันเดียวกัน (${f.date(str(p, 'date'))}) ` +
      (p.untilStep !== undefined
        ? `จึงถือว่าดำเนินการต่อเนื่องจนถึงวันเริ่มต้นขั้นตอนที่ ${f.num(num(p, 'untilStep'))} (${f.date(str(p, 'until'))})`
        : 'จึงถือว่าแล้วเสร็จในวันดังกล่าว'),
  },
  'progress-decreased': {
    // pctApart: a drop that one decimal would hide (10 → 9.96) is shown with more decimals.
    en: (p, f) =>
      `Progress goes down from ${f.pctApart(num(p, 'from'), num(p, 'to'))}% on ${f.date(str(p, 'previousDate'))} to ${f.pctApart(num(p, 'to'), num(p, 'from'))}% on ${f.date(str(p, 'date'))}.`,
    th: (p, f) =>
      `ความคืบหน้าลดลงจาก${thaiPercent(f.pctApart(num(p, 'from'), num(p, 'to')))} เมื่อวันที่ ${f.date(str(p, 'previousDate'))} เหลือ${thaiPercent(f.pctApart(num(p, 'to'), num(p, 'from')))} เมื่อวันที่ ${f.date(str(p, 'date'))}`,
  },
  'duplicate-log-date': {
    en: (p, f) => `${f.num(num(p, 'count'))} reports are dated ${f.date(str(p, 'date'))}.`,
    th: (p, f) => `มีรายงานผล ${f.num(num(p, 'count'))} รายการที่ลงวันที่ ${f.date(str(p, 'date'))}`,
  },
  'future-log-date': {
    en: (p, f) =>
      `A report is dated ${f.date(str(p, 'date'))}, after the as-of date, ${f.date(str(p, 'asOf'))}; it is left out of the figures.`,
    th: (p, f) =>
      `มีรายงานผลลงวันที่ ${f.date(str(p, 'date'))} ซึ่งอยู่หลังวันที่ประมวลผล (ณ วันที่ ${f.date(str(p, 'asOf'))}) จึงไม่นำมาคำนวณ`,
  },
  'stale-update': {
    en: (p, f) =>
      `The last report, on ${f.date(str(p, 'date'))}, was ${f.ago(num(p, 'days'))}; reports are expected at least every ${f.num(num(p, 'limit'))} days.`,
    th: (p, f) =>
      `รายงานผลครั้งล่าสุดเมื่อวันที่ ${f.date(str(p, 'date'))} (${f.ago(num(p, 'days'))}) เกินรอบการรายงานทุก ${f.num(num(p, 'limit'))} วัน`,
  },
  'behind-schedule': {
    en: (p, f) =>
      `Behind schedule: ${pctEn(f, num(p, 'actual'))} done against ${pctEn(f, num(p, 'planned'))} planned, ${f.pct(Math.abs(num(p, 'variance')))} points behind.`,
    th: (p, f) =>
      `ล่าช้ากว่าแผน: ดำเนินการแล้ว${pctTh(f, num(p, 'actual'))} จากแผน${pctTh(f, num(p, 'planned'))} ต่ำกว่าแผน ${f.pct(Math.abs(num(p, 'variance')))} จุด`,
  },
  'no-report': {
    en: (p, f) =>
      `No report yet: the plan expected ${pctEn(f, num(p, 'planned'))} by ${f.date(str(p, 'asOf'))}, and nothing has been reported.`,
    th: (p, f) =>
      `ยังไม่มีการรายงานผล ทั้งที่ตามแผนควรดำเนินการได้${pctTh(f, num(p, 'planned'))} ภายในวันที่ ${f.date(str(p, 'asOf'))}`,
  },
  overdue: {
    en: (p, f) =>
      `Every step has ended (the last on ${f.date(str(p, 'end'))}) but progress is ${pctEn(f, num(p, 'actual'))}.`,
    th: (p, f) =>
      `ทุกขั้นตอนสิ้นสุดแล้ว (ขั้นตอนสุดท้ายเมื่อวันที่ ${f.date(str(p, 'end'))}) แต่ความคืบหน้าอยู่ที่${pctTh(f, num(p, 'actual'))}`,
  },
  'kpi-target-zero': {
    en: (p, f) =>
      `KPI ${str(p, 'code')} has a target of ${f.num(0)}, so whether it is met cannot be judged.`,
    th: (p, f) =>
      `ตัวชี้วัด ${str(p, 'code')} มีค่าเป้าหมายเป็น ${f.num(0)} จึงประเมินไม่ได้ว่าบรรลุค่าเป้าหมายหรือไม่`,
  },
} satisfies Record<WarningCode, Bilingual>;

// Codes whose Thai sentence names its own subject (the step's dates, the data's version).
const NAMES_ITS_FIELD = new Set<string>(['end-before-start', 'unsupported-schema-version']);

/** An issue in words, in any locale: the message part of `path: message`. */
export function describeIssue(issue: Issue, locale: Locale, options?: MessageOptions): string {
  const words: Bilingual | undefined = issueMessages[issue.code as IssueCode];
  // A code from elsewhere (an element's own load problems) keeps the message it came with.
  if (!words) return issue.message;
  const sentence = words[locale === 'th' ? 'th' : 'en'](
    issue.params ?? {},
    messageFormat(locale, options),
  );
  if (locale !== 'th' || NAMES_ITS_FIELD.has(issue.code)) return sentence;
  const field = thaiFieldName(issue.path ?? '');
  return field ? `${field}: ${sentence}` : sentence;
}

/** A data-quality warning in words, in any locale, stating its figures. */
export function describeWarning(
  warning: Warning,
  locale: Locale,
  options?: MessageOptions,
): string {
  const words: Bilingual | undefined = warningMessages[warning.code];
  if (!words) return warning.message;
  return words[locale === 'th' ? 'th' : 'en'](warning.params ?? {}, messageFormat(locale, options));
}
