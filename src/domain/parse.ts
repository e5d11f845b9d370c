// parseProject: the one door from untrusted JSON to a Project. Never throws; reports every
// problem at once, each with its path, a code, what was expected and what was found.
import type { z } from 'zod/mini';
import { expectationOf, projectSchema, type CustomIssueParams } from '../schema/index.js';
import { parseDate, todayIso, toIsoDate } from './dates.js';
import { graphemes } from './graphemes.js';
import { describeIssue, expectationWords } from './messages.js';
import { dataQuality } from './quality.js';
import type {
  ExpectKey,
  Issue,
  IssueCode,
  IsoDate,
  Locale,
  MessageOptions,
  ParseResult,
  Project,
} from './types.js';

export interface ParseOptions extends MessageOptions {
  /** Language of the messages. Default `en`. */
  locale?: Locale;
  /** The date warnings are measured at. Default today; an invalid date also means today. */
  asOf?: IsoDate | Date;
  /** Reporting rhythm for the stale-update warning. Default 45. */
  staleAfterDays?: number;
}

type RawIssue = z.core.$ZodRawIssue;
type FinalIssue = z.core.$ZodIssue & { input?: unknown };
type Params = Issue['params'];

const FOUND_LITERAL_LENGTH = 40;

/** `['log', 0, 'percent']` → `log[0].percent`; `[]` → `''`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function isExpectKey(value: unknown): value is ExpectKey {
  return typeof value === 'string' && Object.hasOwn(expectationWords, value);
}

// Run for every zod issue: names what the owning schema expects. zod puts the returned string
// in the issue's `message`, where toIssue reads it back; the wording itself comes later, from
// messages.ts, in the caller's language.
function expectationFor(issue: RawIssue): string {
  const key = expectationOf(issue.schema ?? issue.inst);
  if (key) return key;
  if (issue.code === 'invalid_type') {
    switch (issue.expected) {
      case 'object':
        return 'object';
      case 'array':
        return 'array';
      case 'string':
        return 'text';
      case 'number':
      case 'int':
        return 'number';
    }
  }
  return 'value';
}

function shorten(text: string): string {
  // By grapheme, so that a Thai vowel or tone mark is never cut off its consonant.
  const characters = graphemes(text);
  return characters.length > FOUND_LITERAL_LENGTH
    ? `${characters.slice(0, FOUND_LITERAL_LENGTH - 1).join('')}…`
    : text;
}

/** What was found, briefly and language-neutral: a literal for scalars, a kind otherwise. */
export function describeFound(value: unknown): Params {
  if (value === undefined) return { foundType: 'missing' };
  if (value === null) return { foundType: 'null', found: 'null' };
  switch (typeof value) {
    case 'string':
      return { foundType: 'string', found: JSON.stringify(shorten(value)) };
    case 'number':
    case 'boolean':
      return { foundType: typeof value, found: String(value) };
    case 'object':
      return { foundType: Array.isArray(value) ? 'array' : 'object' };
    default:
      return { foundType: 'other' };
  }
}

function codeOf(issue: FinalIssue, expected: ExpectKey): IssueCode {
  const input = issue.input;
  if (issue.code === 'custom') {
    const issueCode = (issue.params as CustomIssueParams | undefined)?.issue;
    return issueCode ?? 'invalid';
  }
  if (input === undefined) return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' && typeof input === 'number' ? 'not-integer' : 'invalid-type';
    case 'not_multiple_of':
      return 'not-integer';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    case 'invalid_value':
      if (expected === 'schema-version') return 'unsupported-schema-version';
      if (typeof input !== typeof issue.values[0]) return 'invalid-type';
      return typeof input === 'number' ? 'out-of-range' : 'invalid-value';
    case 'invalid_format':
      return expected === 'non-blank-text' ? 'blank' : 'invalid-value';
    default:
      return 'invalid';
  }
}

function toIssue(issue: FinalIssue, locale: Locale, options: MessageOptions): Issue {
  const expected: ExpectKey = isExpectKey(issue.message) ? issue.message : 'value';
  const params: Params = { expected, ...describeFound(issue.input) };
  if (issue.code === 'custom' && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) {
      if (key !== 'issue' && (typeof value === 'string' || typeof value === 'number')) {
        params[key] = value;
      }
    }
  }
  const result: Issue = {
    path: formatPath(issue.path),
    code: codeOf(issue, expected),
    message: '',
    params,
  };
  result.message = describeIssue(result, locale, options);
  return result;
}

function resolveAsOf(asOf: IsoDate | Date | undefined): IsoDate {
  if (asOf instanceof Date) {
    try {
      return toIsoDate(asOf);
    } catch {
      return todayIso();
    }
  }
  return (typeof asOf === 'string' && parseDate(asOf)) || todayIso();
}

/**
 * Validates and normalises a project: fiscal year in CE, dates as `YYYY-MM-DD`, defaults filled
 * in, unknown keys kept, the input untouched. Returns the project with its data-quality warnings
 * at `asOf`, or every problem found. Never throws.
 */
export function parseProject(value: unknown, options: ParseOptions = {}): ParseResult {
  const { locale: wanted, asOf, staleAfterDays, ...messageOptions } = options ?? {};
  const locale: Locale = wanted === 'th' ? 'th' : 'en';
  try {
    const result = projectSchema.safeParse(value, { reportInput: true, error: expectationFor });
    if (!result.success) {
      // One problem per path: 0.5 for a step number is both fractional and under 1, and the
      // message ("expected a whole number from 1 up, got 0.5") already says both.
      const seen = new Set<string>();
      const issues = result.error.issues
        .map((issue) => toIssue(issue, locale, messageOptions))
        .filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
      return { ok: false, issues };
    }
    const project: Project = result.data;
    const warnings = dataQuality(project, resolveAsOf(asOf), {
      ...messageOptions,
      locale,
      ...(staleAfterDays !== undefined && { staleAfterDays }),
    });
    return { ok: true, project, warnings };
  } catch {
    // Only a hostile value gets here (a getter or proxy that throws while being read).
    const issue: Issue = {
      path: '',
      code: 'invalid',
      message: '',
      params: { expected: 'project', ...describeFound(value) },
    };
    issue.message = describeIssue(issue, locale, messageOptions);
    return { ok: false, issues: [issue] };
  }
}
