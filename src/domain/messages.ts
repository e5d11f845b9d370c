// The domain's own words, in English and Thai. Plain tables rather than @lit/localize: this
// module runs without lit (in Node too). Each table is checked with `satisfies Record<Code, …>`
// so that a code without its Thai (or English) wording is a type error.
//
// Messages are built from codes and params, so an element can word them again in another
// language without parsing again (describeIssue, describeWarning).
import type {
  Calendar,
  DateProblem,
  ExpectKey,
  Issue,
  IssueCode,
  Locale,
  MessageOptions,
  Numerals,
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
}

type Wording = (params: Params, f: MessageFormat) => string;
interface Bilingual {
  en: Wording;
  th: Wording;
}

const formats = new Map<string, MessageFormat>();

export function messageFormat(locale: Locale, options: MessageOptions = {}): MessageFormat {
  const calendar: Calendar = options.calendar ?? (locale === 'th' ? 'buddhist' : 'gregory');
  const numerals: Numerals = options.numerals ?? 'latn';
  const tag = `${locale === 'th' ? 'th-TH' : 'en-GB'}-u-ca-${calendar}-nu-${numerals}`;
  let format = formats.get(tag);
  if (!format) {
    // A minus only below zero once rounded: -0 from JSON, or -0.01, never reads "-0".
    const oneDecimal = new Intl.NumberFormat(tag, {
      maximumFractionDigits: 1,
      signDisplay: 'negative',
    });
    const fourDecimals = new Intl.NumberFormat(tag, {
      maximumFractionDigits: 4,
      signDisplay: 'negative',
    });
    const year = new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    format = {
      pct: (value) => oneDecimal.format(value),
      pctApart: (value, other) =>
        value !== other && oneDecimal.format(value) === oneDecimal.format(other)
          ? fourDecimals.format(value)
          : oneDecimal.format(value),
      num: (value) => fourDecimals.format(value),
      year: (value) => year.format(value),
      date: (iso) => {
        const [y, m, d] = iso.split('-').map(Number);
        const instant = new Date(0);
        instant.setUTCFullYear(y, m - 1, d);
        // A malformed date in hand-made params is shown as written rather than as "Invalid Date".
        return Number.isFinite(instant.getTime()) && /^\d{4}-\d{2}-\d{2}$/.test(iso)
          ? date.format(instant)
          : iso;
      },
    };
    formats.set(tag, format);
  }
  return format;
}

const num = (params: Params, key: string): number => Number(params[key]);
const str = (params: Params, key: string): string => String(params[key] ?? '');

/** What a field expects. Composed into "expected …" / "ต้องเป็น…". */
export const expectationWords = {
  project: { en: () => 'a project object', th: () => 'ออบเจ็กต์ข้อมูลโครงการ' },
  object: { en: () => 'an object', th: () => 'ออบเจ็กต์' },
  array: { en: () => 'an array', th: () => 'อาร์เรย์' },
  text: { en: () => 'text', th: () => 'ข้อความ' },
  'non-blank-text': { en: () => 'text that is not empty', th: () => 'ข้อความที่ไม่ว่างเปล่า' },
  'text-or-null': { en: () => 'text or null', th: () => 'ข้อความหรือ null' },
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
    th: (_, f) => `จำนวนเต็มตั้งแต่ ${f.num(1)} ถึง ${f.num(4)}`,
  },
  month: {
    en: (_, f) => `a whole number from ${f.num(1)} to ${f.num(12)}`,
    th: (_, f) => `จำนวนเต็มตั้งแต่ ${f.num(1)} ถึง ${f.num(12)}`,
  },
  'fiscal-year': {
    en: (_, f) =>
      `a year from ${f.year(2400)} to ${f.year(2700)} (Buddhist era) or from ${f.year(1900)} to ${f.year(2200)} (Gregorian)`,
    th: (_, f) =>
      `ปี พ.ศ. ตั้งแต่ ${f.year(2400)} ถึง ${f.year(2700)} หรือปี ค.ศ. ตั้งแต่ ${f.year(1900)} ถึง ${f.year(2200)}`,
  },
  date: {
    en: () => 'a date written YYYY-MM-DD (Gregorian year) or D/M/YYYY (Buddhist-era year)',
    th: () => 'วันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) หรือ D/M/YYYY (ปี พ.ศ.)',
  },
  direction: { en: () => '"increase" or "decrease"', th: () => '"increase" หรือ "decrease"' },
  'kpi-level': {
    en: () => '"output", "outcome" or "impact"',
    th: () => '"output" "outcome" หรือ "impact"',
  },
  'schema-version': {
    en: (_, f) => `${f.num(1)}, the version of project JSON this package reads`,
    th: (_, f) => `${f.num(1)} ซึ่งเป็นรุ่นของข้อมูลโครงการ (project JSON) ที่แพ็กเกจนี้อ่านได้`,
  },
  'language-tag': {
    en: () => 'a language tag such as "th" or "en"',
    th: () => 'รหัสภาษา เช่น "th" หรือ "en"',
  },
  value: { en: () => 'a valid value', th: () => 'ค่าที่ถูกต้อง' },
} satisfies Record<ExpectKey, Bilingual>;

/** What was found, when it is not shown as a literal. */
export const foundWords = {
  missing: { en: 'nothing', th: 'ไม่มีค่า' },
  array: { en: 'an array', th: 'อาร์เรย์' },
  object: { en: 'an object', th: 'ออบเจ็กต์' },
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

// Thai runs words together, but a figure or a quoted value after ต้องเป็น reads better apart.
const mustBe = (words: string) =>
  /^[\u0E00-\u0E7F]/.test(words) ? `ต้องเป็น${words}` : `ต้องเป็น ${words}`;

const expectedGot: Bilingual = {
  en: (p, f) => `expected ${expected(p, 'en', f)}, got ${found(p, 'en')}`,
  th: (p, f) => `${mustBe(expected(p, 'th', f))} แต่ได้รับ ${found(p, 'th')}`,
};

/** Why a date was refused, added after "expected a date …, got "…"". */
export const dateProblemWords = {
  format: { en: () => '', th: () => '' },
  'impossible-date': {
    en: () => ' — there is no such day',
    th: () => ' ซึ่งไม่มีวันนี้ในปฏิทิน',
  },
  'buddhist-year-in-iso': {
    en: (p) => ` — YYYY-MM-DD takes a Gregorian year${didYouMean(p, 'en')}`,
    th: (p) => ` ซึ่งรูปแบบ YYYY-MM-DD ต้องใช้ปี ค.ศ.${didYouMean(p, 'th')}`,
  },
  'gregorian-year-in-slash': {
    en: (p) => ` — D/M/YYYY takes a Buddhist-era year${didYouMean(p, 'en')}`,
    th: (p) => ` ซึ่งรูปแบบ D/M/YYYY ต้องใช้ปี พ.ศ.${didYouMean(p, 'th')}`,
  },
  'year-out-of-range': {
    en: (_, f) =>
      ` — the year must be from ${f.year(1900)} to ${f.year(2200)} (${f.year(2443)} to ${f.year(2743)} in the Buddhist era)`,
    th: (_, f) =>
      ` ซึ่งปีต้องอยู่ระหว่าง ค.ศ. ${f.year(1900)} ถึง ${f.year(2200)} (พ.ศ. ${f.year(2443)} ถึง ${f.year(2743)})`,
  },
  'time-of-day': {
    en: (p) => ` — a date here has no time of day${didYouMean(p, 'en')}`,
    th: (p) => ` ซึ่งวันที่ในที่นี้ต้องไม่มีเวลา${didYouMean(p, 'th')}`,
  },
} satisfies Record<DateProblem, Bilingual>;

function didYouMean(params: Params, locale: Locale): string {
  const suggestion = str(params, 'suggestion');
  if (!suggestion) return '';
  return locale === 'th' ? ` (หมายถึง ${suggestion} ใช่หรือไม่)` : ` (did you mean ${suggestion}?)`;
}

function dateProblem(params: Params, locale: Locale, f: MessageFormat): string {
  const words = dateProblemWords[str(params, 'reason') as DateProblem] ?? dateProblemWords.format;
  return words[locale](params, f);
}

export const issueMessages = {
  missing: {
    en: (p, f) => `expected ${expected(p, 'en', f)}, got nothing`,
    th: (p, f) => `${mustBe(expected(p, 'th', f))} แต่ไม่มีค่า`,
  },
  'invalid-type': expectedGot,
  'not-integer': expectedGot,
  'out-of-range': expectedGot,
  'invalid-value': expectedGot,
  blank: expectedGot,
  'unsupported-schema-version': expectedGot,
  invalid: expectedGot,
  'invalid-date': {
    en: (p, f) => expectedGot.en(p, f) + dateProblem(p, 'en', f),
    th: (p, f) => expectedGot.th(p, f) + dateProblem(p, 'th', f),
  },
  'end-before-start': {
    en: (p, f) =>
      `expected a date on or after the step's start, ${f.date(str(p, 'start'))}, got ${f.date(str(p, 'end'))}`,
    th: (p, f) =>
      `ต้องเป็นวันที่ตั้งแต่วันเริ่มต้นของขั้นตอน (${f.date(str(p, 'start'))}) เป็นต้นไป แต่ได้รับ ${f.date(str(p, 'end'))}`,
  },
} satisfies Record<IssueCode, Bilingual>;

export const warningMessages = {
  'weights-not-100': {
    en: (p, f) =>
      `Step weights add up to ${f.pctApart(num(p, 'sum'), 100)}, not ${f.num(100)}` +
      (num(p, 'sum') === 0
        ? ', so there is no planned progress.'
        : '; planned progress is measured against their total.'),
    th: (p, f) =>
      `น้ำหนักของขั้นตอนรวมกันได้ ${f.pctApart(num(p, 'sum'), 100)} ไม่ใช่ ${f.num(100)}` +
      (num(p, 'sum') === 0 ? ' จึงคำนวณความคืบหน้าตามแผนไม่ได้' : ' ความคืบหน้าตามแผนจึงคิดเทียบกับผลรวมนี้'),
  },
  'zero-length-step': {
    en: (p, f) =>
      `Step ${f.num(num(p, 'step'))} starts and ends on the same day, ${f.date(str(p, 'date'))}: it counts as done from that day.`,
    th: (p, f) =>
      `ขั้นตอนที่ ${f.num(num(p, 'step'))} เริ่มต้นและสิ้นสุดในวันเดียวกัน คือวันที่ ${f.date(str(p, 'date'))} จึงนับว่าแล้วเสร็จตั้งแต่วันนั้น`,
  },
  'progress-decreased': {
    // pctApart: a drop that one decimal would hide (10 → 9.96) is shown with more decimals.
    en: (p, f) =>
      `Progress goes down from ${f.pctApart(num(p, 'from'), num(p, 'to'))}% on ${f.date(str(p, 'previousDate'))} to ${f.pctApart(num(p, 'to'), num(p, 'from'))}% on ${f.date(str(p, 'date'))}.`,
    th: (p, f) =>
      `ความคืบหน้าลดลงจากร้อยละ ${f.pctApart(num(p, 'from'), num(p, 'to'))} เมื่อวันที่ ${f.date(str(p, 'previousDate'))} เหลือร้อยละ ${f.pctApart(num(p, 'to'), num(p, 'from'))} เมื่อวันที่ ${f.date(str(p, 'date'))}`,
  },
  'duplicate-log-date': {
    en: (p, f) => `${f.num(num(p, 'count'))} log entries are dated ${f.date(str(p, 'date'))}.`,
    th: (p, f) =>
      `มีรายการผลการดำเนินงาน ${f.num(num(p, 'count'))} รายการที่ลงวันที่ ${f.date(str(p, 'date'))}`,
  },
  'future-log-date': {
    en: (p, f) =>
      `A log entry is dated ${f.date(str(p, 'date'))}, after the date progress is measured at, ${f.date(str(p, 'asOf'))}.`,
    th: (p, f) =>
      `รายการผลการดำเนินงานลงวันที่ ${f.date(str(p, 'date'))} ซึ่งอยู่หลังวันที่ใช้วัดความคืบหน้า (${f.date(str(p, 'asOf'))})`,
  },
  'stale-update': {
    en: (p, f) =>
      `The last update, on ${f.date(str(p, 'date'))}, is ${f.num(num(p, 'days'))} days old; updates are expected at least every ${f.num(num(p, 'limit'))} days.`,
    th: (p, f) =>
      `ปรับปรุงข้อมูลครั้งล่าสุดเมื่อวันที่ ${f.date(str(p, 'date'))} ผ่านมาแล้ว ${f.num(num(p, 'days'))} วัน เกินรอบการรายงานทุก ${f.num(num(p, 'limit'))} วัน`,
  },
  'behind-schedule': {
    en: (p, f) =>
      `Behind schedule: ${f.pct(num(p, 'actual'))}% done against ${f.pct(num(p, 'planned'))}% planned, ${f.pct(Math.abs(num(p, 'variance')))} percentage points behind.`,
    th: (p, f) =>
      `ล่าช้ากว่าแผน: ดำเนินการแล้วร้อยละ ${f.pct(num(p, 'actual'))} จากที่แผนกำหนดไว้ร้อยละ ${f.pct(num(p, 'planned'))} ช้ากว่าแผน ${f.pct(Math.abs(num(p, 'variance')))} จุดร้อยละ`,
  },
  overdue: {
    en: (p, f) =>
      `Every step has ended (the last on ${f.date(str(p, 'end'))}) but progress is ${f.pct(num(p, 'actual'))}%.`,
    th: (p, f) =>
      `ทุกขั้นตอนสิ้นสุดแล้ว (ขั้นตอนสุดท้ายเมื่อวันที่ ${f.date(str(p, 'end'))}) แต่ความคืบหน้าอยู่ที่ร้อยละ ${f.pct(num(p, 'actual'))}`,
  },
  'kpi-target-zero': {
    en: (p, f) =>
      `KPI ${str(p, 'code')} has a target of ${f.num(0)}, so whether it is met cannot be judged.`,
    th: (p, f) => `ตัวชี้วัด ${str(p, 'code')} มีค่าเป้าหมายเป็น ${f.num(0)} จึงประเมินไม่ได้ว่าบรรลุหรือไม่`,
  },
} satisfies Record<WarningCode, Bilingual>;

/** An issue in words, in any locale: the message part of `path: message`. */
export function describeIssue(issue: Issue, locale: Locale, options?: MessageOptions): string {
  const words: Bilingual | undefined = issueMessages[issue.code as IssueCode];
  // A code from elsewhere (an element's own load problems) keeps the message it came with.
  if (!words) return issue.message;
  return words[locale === 'th' ? 'th' : 'en'](issue.params ?? {}, messageFormat(locale, options));
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
