// The zod schema of project JSON version 1: the single source of truth for the data contract
// (shared/design/project-json.md). zod/mini, because classic zod costs about 19.6 KB gzip more
// (parseProject alone, esbuild --minify: 14.2 KB with zod/mini, 33.8 KB with classic zod) and
// its built-in messages would be replaced by the project's own anyway (domain/messages.ts).
//
// Parsing normalises: a Buddhist-era fiscal year becomes CE, `D/M/YYYY` dates become ISO, and
// defaults are filled in, so that parsing a parsed project gives it back unchanged.
// Unknown keys are kept at every level (looseObject).
// The JSON Schema's descriptions and patterns live in ./json-schema.ts, which only the build and
// the tests load: in the shipped bundle they would be dead weight (about 0.6 KB gzip with zod's
// metadata registry).
// A namespace import, not `import { z }`: through the re-exported `z` object esbuild keeps the
// whole of zod (about 90 KB gzip instead of 14).
import * as z from 'zod/mini';
import {
  BUDDHIST_ERA_OFFSET,
  BUDDHIST_YEAR_FROM,
  MAX_YEAR,
  MIN_YEAR,
  readDate,
} from '../vocabulary/dates.js';
import type { ExpectKey } from '../vocabulary/terms.js';

// zod/mini's own objects never compile code, but classic zod's do, and the setting is global to
// the zod copy a page loads: without it, a classic-zod schema built after this one would probe
// `new Function`, which a strict Content-Security-Policy reports as a violation. Set before any
// schema below is built, since zod reads it when an object schema is created.
z.config({ jitless: true });

const expectations = new WeakMap<object, ExpectKey>();

/**
 * What a schema expects, in words the messages table knows. parseProject looks the schema that
 * owns a zod issue up here, so that "percent" reads "a number from 0 to 100" whether the value
 * was a string, missing or 150.
 */
export function expectationOf(schema: unknown): ExpectKey | undefined {
  return typeof schema === 'object' && schema !== null ? expectations.get(schema) : undefined;
}

function expecting<T extends object>(key: ExpectKey, schema: T): T {
  expectations.set(schema, key);
  return schema;
}

/** Parameters of the custom issues raised here; parseProject turns them into Issue codes. */
export type CustomIssueParams =
  | { issue: 'invalid-date'; reason: string; suggestion?: string }
  | { issue: 'out-of-range' }
  | { issue: 'invalid-value' }
  | { issue: 'unsafe-url'; scheme: string }
  | { issue: 'end-before-start'; start: string; end: string };

/** The two ranges a fiscal year may be given in: Buddhist era, then Common Era. */
export const FISCAL_BE = { minimum: 2400, maximum: 2700 } as const;
export const FISCAL_CE = { minimum: MIN_YEAR, maximum: MAX_YEAR } as const;

const isFiscalYear = (y: number) =>
  (y >= FISCAL_BE.minimum && y <= FISCAL_BE.maximum) ||
  (y >= FISCAL_CE.minimum && y <= FISCAL_CE.maximum);

const text = () => expecting('text', z.string());
// \S: a name, title or code made only of spaces would render as an empty heading or label.
const nonBlankText = () => expecting('non-blank-text', z.string().check(z.regex(/\S/)));
const textOrNull = () => z.nullable(expecting('text-or-null', z.string()));
const number = () => expecting('number', z.number());
const percent = () => expecting('percent', z.number().check(z.gte(0), z.lte(100)));
// A multiple of 1 rather than z.int(): zod's int check aborts the enclosing object, which would
// hide a plan step's end-before-start problem behind a fractional step number.
const wholeNumber = () => z.number().check(z.multipleOf(1));
const quarter = () => expecting('quarter', z.literal([1, 2, 3, 4]));

const date = () =>
  expecting(
    'date',
    z.string().check(
      z.check<string>((payload) => {
        const reading = readDate(payload.value);
        if (!reading.ok) {
          const params: CustomIssueParams = {
            issue: 'invalid-date',
            reason: reading.problem,
            ...(reading.suggestion !== undefined && { suggestion: reading.suggestion }),
          };
          payload.issues.push({ code: 'custom', input: payload.value, params });
        }
      }),
      // Runs only when the check above found nothing wrong.
      z.overwrite((value: string) => {
        const reading = readDate(value);
        return reading.ok ? reading.date : value;
      }),
    ),
  );

const fiscalYear = () =>
  expecting(
    'fiscal-year',
    wholeNumber().check(
      z.check<number>((payload) => {
        if (!isFiscalYear(payload.value)) {
          const params: CustomIssueParams = { issue: 'out-of-range' };
          payload.issues.push({ code: 'custom', input: payload.value, params });
        }
      }),
      z.overwrite((y: number) => (y >= BUDDHIST_YEAR_FROM ? y - BUDDHIST_ERA_OFFSET : y)),
    ),
  );

const languageTag = () =>
  expecting(
    'language-tag',
    z.string().check(
      z.check<string>((payload) => {
        let valid = payload.value.trim() !== '';
        try {
          Intl.getCanonicalLocales(payload.value);
        } catch {
          valid = false;
        }
        if (!valid) {
          const params: CustomIssueParams = { issue: 'invalid-value' };
          payload.issues.push({ code: 'custom', input: payload.value, params });
        }
      }),
    ),
  );

// A URL parser drops tabs and newlines anywhere and control characters and spaces at the ends
// ("java\tscript:" is javascript:), so the scheme is read after doing the same.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of a link that a page would follow elsewhere than http(s), or null when safe. */
export function unsafeScheme(href: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = SCHEME.exec(cleaned)?.[1].toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? null : scheme;
}

const linkUrl = () =>
  expecting(
    'link-url',
    z.string().check(
      z.check<string>((payload) => {
        const scheme = unsafeScheme(payload.value);
        if (scheme !== null) {
          const params: CustomIssueParams = { issue: 'unsafe-url', scheme };
          payload.issues.push({ code: 'custom', input: payload.value, params });
        } else if (payload.value.trim() === '') {
          const params: CustomIssueParams = { issue: 'invalid-value' };
          payload.issues.push({ code: 'custom', input: payload.value, params });
        }
      }),
    ),
  );

const logEntrySchema = z.looseObject({
  date: date(),
  percent: percent(),
  note: text(),
  problems: z.optional(textOrNull()),
  obstacles: z.optional(textOrNull()),
});

const planStepSchema = z
  .looseObject({
    step: expecting('step-number', wholeNumber().check(z.gte(1))),
    name: nonBlankText(),
    weight: percent(),
    start: date(),
    end: date(),
  })
  .check(
    z.check<Record<string, unknown>>(
      (payload) => {
        const { start, end } = payload.value ?? {};
        if (typeof start !== 'string' || typeof end !== 'string') return;
        const from = readDate(start);
        const to = readDate(end);
        // ISO strings of four-digit years compare as dates.
        if (from.ok && to.ok && to.date < from.date) {
          const params: CustomIssueParams = {
            issue: 'end-before-start',
            start: from.date,
            end: to.date,
          };
          payload.issues.push({ code: 'custom', input: end, path: ['end'], params });
        }
      },
      {
        // Also when another field of the step is wrong, so that every problem is reported at once.
        when: (payload) => typeof payload.value === 'object' && payload.value !== null,
      },
    ),
  );

const kpiQuarterSchema = z.looseObject({
  quarter: quarter(),
  result: z.optional(number()),
  score: z.optional(number()),
  assessments: z.optional(z.array(z.looseObject({ criterion: text(), score: number() }))),
});

const kpiSchema = z.looseObject({
  code: nonBlankText(),
  name: nonBlankText(),
  unit: z.optional(text()),
  target: number(),
  achieved: number(),
  direction: z._default(expecting('direction', z.enum(['increase', 'decrease'])), 'increase'),
  type: z.optional(text()),
  level: z.optional(expecting('kpi-level', z.enum(['output', 'outcome', 'impact']))),
  quarters: z.optional(z.array(kpiQuarterSchema)),
});

export const projectSchema = expecting(
  'project',
  z.looseObject({
    schemaVersion: expecting('schema-version', z.literal(1)),
    language: z.optional(languageTag()),
    id: nonBlankText(),
    title: nonBlankText(),
    organization: z.looseObject({ name: nonBlankText(), code: z.optional(text()) }),
    fiscalYear: fiscalYear(),
    fiscalYearStartMonth: z._default(
      expecting('month', wholeNumber().check(z.gte(1), z.lte(12))),
      10,
    ),
    owner: z.optional(z.looseObject({ name: text(), phone: z.optional(text()) })),
    progress: z.optional(percent()),
    evaluation: z.optional(
      z.looseObject({ quarter: quarter(), score: z.optional(number()), by: z.optional(text()) }),
    ),
    links: z.optional(z.array(z.looseObject({ label: nonBlankText(), href: linkUrl() }))),
    rationale: z.optional(text()),
    objectives: z.optional(z.array(text())),
    targets: z.optional(z.array(text())),
    alignment: z.optional(
      z.array(z.looseObject({ level: text(), code: z.optional(text()), title: text() })),
    ),
    log: z.optional(z.array(logEntrySchema)),
    plan: z.optional(z.array(planStepSchema)),
    kpis: z.optional(z.array(kpiSchema)),
  }),
);

export type ProjectSchemaInput = z.input<typeof projectSchema>;
export type ProjectSchemaOutput = z.output<typeof projectSchema>;
