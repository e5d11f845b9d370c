// fast-check arbitraries for the hostile suites: what an intranet backend may send. Arbitrary
// JSON, the seed mutated field by field, hostile strings, and valid projects of every size.
import * as fc from 'fast-check';
import { deepFreeze, seed } from '../fixtures/projects.js';

/** The flag every script payload below would set: it must stay unset. */
export const PWNED = '__ppePwned';

/** Payloads an attacker (or a careless copy-paste) puts into text fields. */
export const HOSTILE_STRINGS: readonly string[] = [
  `<img src=x onerror="window.${PWNED}=1">`,
  `"><img src=x onerror=window.${PWNED}=1>`,
  `<script>window.${PWNED}=1</script>`,
  `<svg onload="window.${PWNED}=1"><circle r="40"/></svg>`,
  `<svg><script>window.${PWNED}=1</script><a href="javascript:window.${PWNED}=1"><text>x</text></a></svg>`,
  `<a href="javascript:window.${PWNED}=1">click</a>`,
  `javascript:window.${PWNED}=1`,
  `<iframe srcdoc="<script>parent.${PWNED}=1</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${PWNED}=1>`,
  `</template></style></script><img src=x onerror=window.${PWNED}=1>`,
  `<style>*{display:none!important}</style>`,
  '${window.' + PWNED + '=1}',
  '{{constructor.constructor("window.' + PWNED + '=1")()}}',
  '<!--?lit$123456$-->lit$123456$<?lit$1$>',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  '\u202Egnp.exe\u202C and \u202Ereversed',
  '\u2066isolated\u2069 \u2067rtl\u2069 \u200F\u061C',
  'ก'.repeat(2000),
  'W'.repeat(3000),
  'https://example.org/' + 'a'.repeat(1500),
];

/** Phones as people type them, and as attackers do. */
export const HOSTILE_PHONES: readonly string[] = [
  '6484',
  '(3027)',
  'โทร. 6822-3',
  '0-2221-2141-69',
  '+66 2 123 4567 ต่อ 12',
  '๐๒-๒๒๔-๑๔๗๐',
  '１２３４',
  '٠١٢٣',
  'javascript:alert(1)//1234',
  'tel:1234;phone-context=evil',
  '1234<script>window.' + PWNED + '=1</script>',
  '12"><img src=x onerror=window.' + PWNED + '=1>',
  '+',
  '-',
  '',
  ' ',
  '\u202E4321',
  '1'.repeat(5000),
];

const seedProject = () => structuredClone(seed()) as Record<string, unknown>;

/** Every path to a value in the seed: `['log', 2, 'percent']`, `['plan']`, `[]`… */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  }
  return paths;
}

export const SEED_PATHS = pathsOf(seed());

/** Paths to every string in the seed, and to every string array's place for a new one. */
export const SEED_TEXT_PATHS = SEED_PATHS.filter((path) => {
  let value: unknown = seed();
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return typeof value === 'string';
});

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { deeper: value } : [value];
  return value;
}

const seedEntry = () => (seed().log as unknown[])[0];
const seedStep = () => (seed().plan as unknown[])[0];
const seedKpi = () => (seed().kpis as unknown[])[0];

/** Numbers at and past every edge: huge, tiny, negative zero, not integers, not safe. */
export const extremeNumber = fc.constantFrom(
  1e308,
  -1e308,
  -0,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  1e21,
  -1,
  0.1 + 0.2,
  100.0000001,
  99.99999999999999,
  2563,
  2400,
  2700,
  2201,
  1899,
  0.5,
  4.5,
  13,
);

/** Strings that look like numbers, dates or nothing at all. */
export const trickyString = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '100%',
  '๑๐๐',
  '',
  ' ',
  '\u0000',
  '\uD800',
  '2563',
  '31/02/2563',
  '29/2/2563',
  '2020-02-30',
  '2563-09-21',
  '21/09/2020',
  '0000-00-00',
  '9999-12-31',
  '2020-09-21T00:00:00Z',
  'undefined',
  'null',
  'true',
  '__proto__',
  'constructor',
);

/** What a broken backend puts where a value belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: extremeNumber },
  { weight: 4, arbitrary: trickyString },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], { 0: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), 'ก่'.repeat(30_000)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 1500 }).map((d) => nested(d, 'deep')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(seedEntry, seedStep, seedKpi), fc.integer({ min: 500, max: 2500 }))
      .map(([make, n]) => Array.from({ length: n }, make)),
  },
);

type Mutation =
  | { kind: 'delete'; path: (string | number)[] }
  | { kind: 'replace'; path: (string | number)[]; value: unknown }
  | { kind: 'add-key'; path: (string | number)[]; key: string; value: unknown }
  | { kind: 'duplicate'; path: (string | number)[]; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...SEED_PATHS) }),
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.constantFrom(...SEED_PATHS),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('add-key' as const),
    path: fc.constantFrom(...SEED_PATHS),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor')),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    path: fc.constantFrom(...SEED_PATHS),
    times: fc.integer({ min: 1, max: 40 }),
  }),
);

/** A fresh copy, so that no run changes a value another run is given. */
function copyOf<T>(value: T): T {
  return value && typeof value === 'object' ? structuredClone(value) : value;
}

function apply(project: Record<string, unknown>, m: Mutation): unknown {
  if (m.path.length === 0) {
    // The whole document.
    if (m.kind === 'replace') return copyOf(m.value);
    if (m.kind === 'delete') return undefined;
  }
  const parentPath = m.path.slice(0, -1);
  const last = m.path[m.path.length - 1];
  let parent: unknown = project;
  for (const key of parentPath) {
    if (!parent || typeof parent !== 'object') return project;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  // A value inserted by an earlier mutation may be shared or frozen: leave it alone.
  if (!parent || typeof parent !== 'object' || Object.isFrozen(parent)) return project;
  const holder = parent as Record<string | number, unknown>;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(holder) && typeof last === 'number') holder.splice(last, 1);
      else delete holder[last];
      break;
    case 'replace':
      holder[last] = copyOf(m.value);
      break;
    case 'add-key': {
      const target = m.path.length === 0 ? project : holder[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        if (!Object.isExtensible(target)) break;
        // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
        Object.defineProperty(target, m.key, {
          value: copyOf(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(holder) && typeof last === 'number') {
        holder.splice(last, 0, ...Array.from({ length: m.times }, () => holder[last]));
      }
      break;
  }
  return project;
}

/** The seed with one to six fields removed, retyped, pushed to extremes or multiplied. */
export const mutatedSeed: fc.Arbitrary<unknown> = fc
  .array(mutation, { minLength: 1, maxLength: 6 })
  .map((mutations) => {
    let project: unknown = seedProject();
    for (const m of mutations) {
      if (!project || typeof project !== 'object' || Array.isArray(project)) break;
      project = apply(project as Record<string, unknown>, m);
    }
    return project;
  });

/**
 * JavaScript values no JSON can make, which a page's script may still assign to `project`:
 * proxies and getters that throw, cycles, sparse arrays, big integers, symbols, functions.
 */
export function hostileObjects(): unknown[] {
  const cyclic = seedProject();
  cyclic.self = cyclic;
  (cyclic.organization as Record<string, unknown>).parent = cyclic;
  const sparse = seedProject();
  // eslint-disable-next-line no-sparse-arrays
  sparse.log = [, (sparse.log as unknown[])[0], ,];
  const getters = seedProject();
  Object.defineProperty(getters, 'title', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });
  const throwingProxy = new Proxy(seedProject(), {
    get() {
      throw new Error('hostile proxy');
    },
    ownKeys() {
      throw new Error('hostile proxy');
    },
  });
  const nonFinite = seedProject();
  nonFinite.progress = NaN;
  (nonFinite.kpis as Record<string, unknown>[])[0] = {
    ...(nonFinite.kpis as Record<string, unknown>[])[0],
    target: Infinity,
    achieved: -Infinity,
  };
  const weird = seedProject();
  weird.title = Symbol('title');
  weird.id = 10n;
  weird.log = new Set([1]);
  weird.plan = () => 'plan';
  weird.fiscalYear = new Date(2020, 0, 1);
  const prototypeish = Object.create(seedProject());
  return [
    cyclic,
    sparse,
    getters,
    throwingProxy,
    nonFinite,
    weird,
    prototypeish,
    Object.create(null),
    new Date(NaN),
    /regex/,
    new Uint8Array(4),
    Symbol('project'),
    10n,
    () => 'project',
    [seed()],
    JSON.stringify(seed()),
  ];
}

// ---- the seed bent to its limits, still valid ------------------------------------------------

const get = (root: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)?.[key], root);

/** Text fields of the seed that take any non-blank text (not dates, not the language). */
export const FREE_TEXT_PATHS = SEED_TEXT_PATHS.filter(
  (path) =>
    // A link's href is an address, checked by the parser, not free text (injection.test.ts
    // tries hostile addresses on their own).
    !['date', 'start', 'end', 'language', 'direction', 'level', 'href'].includes(
      String(path.at(-1)),
    ),
);
/** Numbers of the seed that take any finite number. */
const ANY_NUMBER_PATHS = SEED_PATHS.filter(
  (path) =>
    ['target', 'achieved', 'result', 'score'].includes(String(path.at(-1))) &&
    typeof get(seed(), path) === 'number',
);
/** Numbers of the seed that take 0–100. */
const PERCENT_PATHS = SEED_PATHS.filter(
  (path) =>
    ['progress', 'percent', 'weight'].includes(String(path.at(-1))) &&
    typeof get(seed(), path) === 'number',
);
const DATE_PATHS = SEED_PATHS.filter((path) =>
  ['date', 'start', 'end'].includes(String(path.at(-1))),
);
const OPTIONAL_PATHS = SEED_PATHS.filter((path) =>
  [
    'language',
    'owner',
    'phone',
    'progress',
    'evaluation',
    'rationale',
    'objectives',
    'targets',
    'alignment',
    'log',
    'plan',
    'kpis',
    'problems',
    'obstacles',
    'unit',
    'type',
    'level',
    'quarters',
    'assessments',
    'code',
    'score',
    'result',
  ].includes(String(path.at(-1))),
).filter((path) => !(path[0] === 'kpis' && path.length === 3 && path[2] === 'code'));

type ValidEdit = { path: (string | number)[]; value: unknown } | { path: (string | number)[] };

const validEdit: fc.Arbitrary<ValidEdit> = fc.oneof(
  fc.record({
    path: fc.constantFrom(...FREE_TEXT_PATHS),
    value: fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }).filter((t) => /\S/.test(t)),
    ),
  }),
  fc.record({
    path: fc.constantFrom(...ANY_NUMBER_PATHS),
    value: fc.oneof(extremeNumber, fc.double({ noNaN: true, noDefaultInfinity: true })),
  }),
  fc.record({
    path: fc.constantFrom(...PERCENT_PATHS),
    value: fc.oneof(
      fc.constantFrom(0, -0, 100, 5e-324, 99.99999999999999, 0.05, 0.04, 33.333333333333336),
      fc.double({ min: 0, max: 100, noNaN: true }),
    ),
  }),
  fc.record({
    path: fc.constantFrom(...DATE_PATHS),
    value: fc.constantFrom('1900-01-01', '2200-12-31', '1/1/2443', '31/12/2743', '29/2/2563'),
  }),
  fc.record({ path: fc.constantFrom(...OPTIONAL_PATHS) }),
);

/** The seed with one to eight edits that keep it valid: a view must be drawn every time. */
export const stretchedSeed: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.array(validEdit, { minLength: 1, maxLength: 8 }),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 20, max: 120 }) },
    ),
  )
  .map(([edits, copies]) => {
    const project = seedProject();
    for (const edit of edits) {
      const parent = get(project, edit.path.slice(0, -1)) as Record<string | number, unknown>;
      if (!parent || typeof parent !== 'object') continue;
      const key = edit.path.at(-1)!;
      if ('value' in edit) parent[key] = edit.value;
      else delete parent[key];
    }
    // An end date moved before its start would make the step invalid: swap them back.
    for (const step of (project.plan as Record<string, string>[] | undefined) ?? []) {
      if (step && typeof step === 'object') {
        const start = step.start;
        const end = step.end;
        if (typeof start === 'string' && typeof end === 'string' && isoOf(end) < isoOf(start)) {
          Object.assign(step, { start: end, end: start });
        }
      }
    }
    // Crowds: the same reports, steps and indicators many times over.
    if (copies > 1) {
      for (const key of ['log', 'plan', 'kpis']) {
        const list = project[key];
        if (Array.isArray(list) && list.length > 0) {
          project[key] = Array.from({ length: copies }, (_, i) => list[i % list.length]);
        }
      }
    }
    return project;
  });

/** `D/M/YYYY` (Buddhist era) or ISO, as an ISO string for comparing. */
function isoOf(date: string): string {
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
  if (!slash) return date;
  const [, d, m, y] = slash;
  return `${Number(y) - 543}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Display settings a page may choose. */
export const displayAttrs = fc.record({
  lang: fc.constantFrom('en', 'th', 'th-TH', 'fr', ''),
  calendar: fc.constantFrom('', 'buddhist', 'gregory', 'islamic', 'x'),
  numerals: fc.constantFrom('', 'latn', 'thai', 'arab'),
  'as-of': fc.constantFrom(
    '2020-09-30',
    '2019-10-01',
    '2020-02-10',
    '2021-06-01',
    '2020-02-31',
    '',
  ),
  'stale-after-days': fc.constantFrom('45', '0', '-5', '1e9', 'abc', ''),
});

// ---- valid projects --------------------------------------------------------------------------

const DAY = 86_400_000;
const FY_START = Date.UTC(2019, 9, 1);
const isoDay = (offset: number) => new Date(FY_START + offset * DAY).toISOString().slice(0, 10);

/** Text as officers write it: Thai, English, digits, punctuation, sometimes long, never blank. */
const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
    fc.constantFrom(
      'ดำเนินการจัดทำแผนพัฒนาชุมชนแล้วเสร็จ',
      'ไม่มี',
      'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด',
      'Survey of 22 communities',
      '๓.๑ สำนักงานเขต',
    ),
  )
  .filter((s) => /\S/.test(s));

const percent = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

const logEntry = fc.record(
  {
    date: fc.integer({ min: 0, max: 450 }).map(isoDay),
    percent,
    note: fc.oneof(text, fc.constant('')),
    problems: fc.oneof(text, fc.constant(null), fc.constant('ไม่มี')),
    obstacles: fc.oneof(text, fc.constant(null), fc.constant('ไม่มี')),
  },
  { requiredKeys: ['date', 'percent', 'note'] },
);

const planStep = fc
  .record({
    step: fc.integer({ min: 1, max: 40 }),
    name: text,
    weight: percent,
    start: fc.integer({ min: 0, max: 360 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 })),
  })
  .map(({ start, length, ...step }) => ({
    ...step,
    start: isoDay(start),
    end: isoDay(start + length),
  }));

const quarter = fc.record(
  {
    quarter: fc.constantFrom(1, 2, 3, 4),
    result: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    score: fc.double({ min: 0, max: 100, noNaN: true }),
    assessments: fc.array(
      fc.record({ criterion: fc.constantFrom('2.1', '2.2', '3', 'ก'), score: percent }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['quarter'] },
);

const kpi = fc.record(
  {
    code: text,
    name: text,
    unit: fc.constantFrom('ร้อยละ', 'ฐานข้อมูล', '', 'percent', 'ครั้ง'),
    target: fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    achieved: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    direction: fc.constantFrom('increase', 'decrease'),
    type: text,
    level: fc.constantFrom('output', 'outcome', 'impact'),
    quarters: fc.array(quarter, { maxLength: 6 }),
  },
  { requiredKeys: ['code', 'name', 'target', 'achieved'] },
);

/** Projects that parseProject accepts, from empty to crowded (deep-frozen). */
export const validProject: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      language: fc.constantFrom('th', 'en', 'th-TH'),
      owner: fc.record(
        { name: text, phone: fc.constantFrom(...HOSTILE_PHONES) },
        { requiredKeys: ['name'] },
      ),
      progress: percent,
      evaluation: fc.record(
        {
          quarter: fc.constantFrom(1, 2, 3, 4),
          score: fc.double({ min: 0, max: 100, noNaN: true }),
        },
        { requiredKeys: ['quarter'] },
      ),
      rationale: text,
      objectives: fc.array(text, { maxLength: 6 }),
      targets: fc.array(text, { maxLength: 6 }),
      alignment: fc.array(
        fc.record({ level: text, code: text, title: text }, { requiredKeys: ['level', 'title'] }),
        { maxLength: 5 },
      ),
      log: fc.array(logEntry, { maxLength: 30 }),
      plan: fc.array(planStep, { maxLength: 12 }),
      kpis: fc.array(kpi, { maxLength: 5 }),
    },
    { requiredKeys: [] },
  )
  .chain((optional) =>
    fc.record({ id: text, title: text, org: text, fiscalYear: fc.constantFrom(2563, 2020) }).map(
      ({ id, title, org, fiscalYear }) =>
        deepFreeze({
          schemaVersion: 1,
          id,
          title,
          organization: { name: org },
          fiscalYear,
          ...optional,
        }) as Record<string, unknown>,
    ),
  );

/** What the `project` property may be given: JSON of any shape, or the seed mutated. */
export const hostileProject: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...hostileObjects()) },
  { weight: 4, arbitrary: mutatedSeed },
  { weight: 4, arbitrary: stretchedSeed },
  { weight: 2, arbitrary: validProject },
);
