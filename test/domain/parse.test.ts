import { expect } from '@open-wc/testing';
import {
  describeIssue,
  parseProject,
  type Issue,
  type Project,
  type ProjectSchemaInput,
} from '../../src/domain/index.js';
import { behind, deepFreeze, minimal, seed } from '../fixtures/domain-projects.js';

type Json = Record<string, unknown>;

function parsed(value: unknown): Project {
  const result = parseProject(value, { asOf: '2020-10-01' });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.project;
}

function issuesOf(value: unknown, locale: 'en' | 'th' = 'en'): Issue[] {
  const result = parseProject(value, { locale, asOf: '2020-10-01' });
  if (result.ok) throw new Error('expected the value to be refused');
  return result.issues;
}

/** A valid project with one of everything, to break one piece at a time. */
function full(): Json {
  return structuredClone(behind()) as Json;
}

describe('parseProject', () => {
  describe('the seed', () => {
    it('parses, with the fiscal year in CE and the default start month filled in', () => {
      const project = parsed(seed());
      expect(project.fiscalYear).to.equal(2020);
      expect(project.fiscalYearStartMonth).to.equal(10);
      expect(project.id).to.equal('50080000-2982');
      expect(project.organization).to.deep.equal({ name: 'สำนักงานเขตพญาไท', code: '50081000' });
      expect(project.log).to.have.length(6);
      expect(project.plan?.map((s) => s.weight)).to.deep.equal([20, 40, 20]);
      expect(project.kpis?.[0].level).to.equal('outcome');
    });

    it('keeps text as written, Thai digits and "ไม่มี" included', () => {
      const project = parsed(seed());
      expect(project.targets?.[0].startsWith('๓.๑ ')).to.be.true;
      expect(project.alignment?.[3]).to.deep.equal({
        level: 'เป้าประสงค์ที่',
        code: '๗.๒.๑.๑',
        title: 'พัฒนาระบบการติดตามและรายงานความก้าวหน้าตามแผนพัฒนา',
      });
      expect(project.log?.[0].problems).to.equal('ไม่มี');
    });

    it('gives back what it was given, apart from the normalised fields', () => {
      const input = seed();
      const project = parsed(input);
      expect(project).to.deep.equal({ ...input, fiscalYear: 2020, fiscalYearStartMonth: 10 });
    });

    it('returns the warnings of dataQuality at asOf, in the asked language', () => {
      const result = parseProject(seed(), { asOf: '2020-10-15', locale: 'th' });
      expect(result.ok && result.warnings.map((w) => w.code)).to.deep.equal([
        'weights-not-100',
        'zero-length-step',
        'zero-length-step',
        'zero-length-step',
      ]);
      expect(result.ok && result.warnings[0].message).to.equal(
        'น้ำหนักทุกขั้นตอนรวมกันได้ร้อยละ\u00a080 (ควรเท่ากับ 100) จึงคำนวณแผนเทียบกับผลรวม 80',
      );
    });
  });

  describe('normalising', () => {
    it('turns a Buddhist-era fiscal year into CE and leaves a CE one alone', () => {
      expect(parsed(minimal({ fiscalYear: 2563 })).fiscalYear).to.equal(2020);
      // The contract's Buddhist-era range starts at 2400, whose CE year (1857) is below the CE
      // range: such a project parses, but its output would not parse again.
      expect(parsed(minimal({ fiscalYear: 2400 })).fiscalYear).to.equal(1857);
      expect(parsed(minimal({ fiscalYear: 2700 })).fiscalYear).to.equal(2157);
      expect(parsed(minimal({ fiscalYear: 2020 })).fiscalYear).to.equal(2020);
      expect(parsed(minimal({ fiscalYear: 1900 })).fiscalYear).to.equal(1900);
    });

    it('turns D/M/YYYY Buddhist-era dates into ISO dates, everywhere a date goes', () => {
      const project = parsed(
        minimal({
          log: [{ date: '21/09/2563', percent: 100, note: 'done' }],
          plan: [{ step: 1, name: 'S', weight: 100, start: '1/10/2562', end: '30/9/2563' }],
        }),
      );
      expect(project.log?.[0].date).to.equal('2020-09-21');
      expect(project.plan?.[0]).to.deep.include({ start: '2019-10-01', end: '2020-09-30' });
    });

    it('keeps figures at the precision they came with', () => {
      const project = parsed(
        minimal({
          progress: 54.8349,
          log: [{ date: '2020-09-21', percent: 33.3333, note: 'n' }],
          kpis: [{ code: 'K', name: 'N', target: 100.0001, achieved: 99.99995 }],
        }),
      );
      expect(project.progress).to.equal(54.8349);
      expect(project.log?.[0].percent).to.equal(33.3333);
      expect(project.kpis?.[0]).to.deep.include({ target: 100.0001, achieved: 99.99995 });
    });

    it('keeps unknown keys at every level, and allows null problems and obstacles', () => {
      const project = parsed(
        minimal({
          extra: { nested: [1, 2] },
          organization: { name: 'Office', district: 'Phaya Thai' },
          log: [
            {
              date: '2020-09-21',
              percent: 1,
              note: 'n',
              problems: null,
              obstacles: null,
              by: 'me',
            },
          ],
          plan: [
            { step: 1, name: 'S', weight: 100, start: '2020-01-01', end: '2020-02-01', owner: 'x' },
          ],
          kpis: [
            {
              code: 'K',
              name: 'N',
              target: 1,
              achieved: 1,
              source: 'survey',
              quarters: [
                { quarter: 1, note: 'q', assessments: [{ criterion: 'c', score: 1, w: 2 }] },
              ],
            },
          ],
        }),
      );
      expect(project.extra).to.deep.equal({ nested: [1, 2] });
      expect(project.organization).to.deep.equal({ name: 'Office', district: 'Phaya Thai' });
      expect(project.log?.[0]).to.deep.include({ problems: null, obstacles: null, by: 'me' });
      expect(project.plan?.[0]).to.deep.include({ owner: 'x' });
      expect(project.kpis?.[0]).to.deep.include({ source: 'survey' });
      expect(project.kpis?.[0].quarters?.[0]).to.deep.include({ note: 'q' });
      expect(project.kpis?.[0].quarters?.[0].assessments?.[0]).to.deep.equal({
        criterion: 'c',
        score: 1,
        w: 2,
      });
    });

    it('never changes its input (deep-frozen here, so a write would throw)', () => {
      const input = seed();
      const copy = structuredClone(input);
      const result = parseProject(input, { asOf: '2020-10-01' });
      expect(result.ok).to.be.true;
      expect(input).to.deep.equal(copy);
      expect(Object.isFrozen(input)).to.be.true;
    });

    it('parsing a parsed project gives it back unchanged', () => {
      for (const input of [
        seed(),
        behind(),
        minimal({ log: [{ date: '1/2/2564', percent: 3, note: 'n' }] }),
      ]) {
        const once = parsed(input);
        const twice = parsed(deepFreeze(structuredClone(once)));
        expect(twice).to.deep.equal(once);
      }
    });

    it('a parsed project is valid input to the schema (types agree)', () => {
      const project: Project = parsed(seed());
      // Type-level: a Project can be written where the schema's input is expected.
      const input: ProjectSchemaInput = project;
      expect(input.fiscalYear).to.equal(2020);
    });

    it('accepts asOf as a Date, and falls back to today for an impossible one', () => {
      const at = (asOf: string | Date) => {
        const result = parseProject(seed(), { asOf });
        return result.ok ? result.warnings.map((w) => w.code) : [];
      };
      expect(at(new Date('2020-04-01T12:00:00Z'))).to.include('no-report');
      expect(at('1/4/2563')).to.include('no-report');
      // Today is long after the seed's year, when the seed is complete: no no-report.
      expect(at('2020-02-31')).not.to.include('no-report');
      expect(at(new Date('nonsense'))).not.to.include('no-report');
    });
  });

  describe('bad input: every problem at once, each at its exact path', () => {
    const cases: { name: string; input: () => unknown; paths: string[]; codes?: string[] }[] = [
      {
        name: 'wrong types',
        input: () => ({ ...full(), title: 5, organization: 'Office', progress: '50', log: {} }),
        paths: ['title', 'organization', 'progress', 'log'],
        codes: ['invalid-type', 'invalid-type', 'invalid-type', 'invalid-type'],
      },
      {
        name: 'missing required fields',
        input: () => ({}),
        paths: ['schemaVersion', 'id', 'title', 'organization', 'fiscalYear'],
        codes: ['missing', 'missing', 'missing', 'missing', 'missing'],
      },
      {
        name: 'missing nested fields',
        input: () => ({
          ...full(),
          organization: {},
          log: [{ date: '2020-01-01' }],
          plan: [{ step: 1 }],
          kpis: [{ code: 'K', name: 'N', quarters: [{}] }],
        }),
        paths: [
          'organization.name',
          'log[0].percent',
          'log[0].note',
          'plan[0].name',
          'plan[0].weight',
          'plan[0].start',
          'plan[0].end',
          'kpis[0].target',
          'kpis[0].achieved',
          'kpis[0].quarters[0].quarter',
        ],
      },
      {
        name: 'impossible dates',
        input: () => ({
          ...full(),
          log: [{ date: '2020-02-30', percent: 1, note: 'n' }],
          plan: [{ step: 1, name: 'S', weight: 100, start: '29/2/2562', end: '2020-13-01' }],
        }),
        paths: ['log[0].date', 'plan[0].start', 'plan[0].end'],
        codes: ['invalid-date', 'invalid-date', 'invalid-date'],
      },
      {
        name: 'dates in the wrong era or form',
        input: () => ({
          ...full(),
          log: [
            { date: '2563-09-21', percent: 1, note: 'n' },
            { date: '21/09/2020', percent: 1, note: 'n' },
            { date: '2020-09-21T10:00:00Z', percent: 1, note: 'n' },
            { date: 'yesterday', percent: 1, note: 'n' },
            { date: 20200921, percent: 1, note: 'n' },
          ],
        }),
        paths: ['log[0].date', 'log[1].date', 'log[2].date', 'log[3].date', 'log[4].date'],
        codes: ['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-type'],
      },
      {
        name: 'end before start (equal is a milestone), reported with the other problems',
        input: () => ({
          ...full(),
          plan: [
            { step: 1, name: 'S', weight: 50, start: '2020-03-01', end: '2020-03-01' },
            { step: 1.5, name: 'T', weight: 50, start: '2020-03-01', end: '29/2/2563' },
          ],
        }),
        paths: ['plan[1].step', 'plan[1].end'],
        codes: ['not-integer', 'end-before-start'],
      },
      {
        name: 'percent out of 0–100',
        input: () => ({
          ...full(),
          progress: -0.01,
          log: [{ date: '2020-01-01', percent: 100.5, note: 'n' }],
          plan: [{ step: 0, name: 'S', weight: 101, start: '2020-01-01', end: '2020-01-02' }],
        }),
        paths: ['progress', 'log[0].percent', 'plan[0].step', 'plan[0].weight'],
        codes: ['out-of-range', 'out-of-range', 'out-of-range', 'out-of-range'],
      },
      {
        name: 'a later schema version',
        input: () => ({ ...full(), schemaVersion: 2 }),
        paths: ['schemaVersion'],
        codes: ['unsupported-schema-version'],
      },
      {
        name: 'a schema version written as text',
        input: () => ({ ...full(), schemaVersion: '1' }),
        paths: ['schemaVersion'],
        codes: ['unsupported-schema-version'],
      },
      {
        name: 'fiscal year outside both ranges, or fractional',
        input: () => ({ ...full(), fiscalYear: 2300, fiscalYearStartMonth: 13 }),
        paths: ['fiscalYear', 'fiscalYearStartMonth'],
        codes: ['out-of-range', 'out-of-range'],
      },
      {
        name: 'a fractional fiscal year',
        input: () => ({ ...full(), fiscalYear: 2563.5 }),
        paths: ['fiscalYear'],
        codes: ['not-integer'],
      },
      {
        name: 'enums, quarters and blank names',
        input: () => ({
          ...full(),
          id: '   ',
          evaluation: { quarter: 0 },
          kpis: [
            {
              code: '',
              name: 'N',
              target: 1,
              achieved: 1,
              direction: 'up',
              level: 'big',
              quarters: [{ quarter: 1 }, { quarter: '2' }],
            },
          ],
        }),
        paths: [
          'id',
          'evaluation.quarter',
          'kpis[0].code',
          'kpis[0].direction',
          'kpis[0].level',
          'kpis[0].quarters[1].quarter',
        ],
        codes: ['blank', 'out-of-range', 'blank', 'invalid-value', 'invalid-value', 'invalid-type'],
      },
      {
        name: 'null where only problems and obstacles may be null',
        input: () => ({
          ...full(),
          owner: null,
          log: [{ date: '2020-01-01', percent: 1, note: null, problems: null, obstacles: 5 }],
        }),
        paths: ['owner', 'log[0].note', 'log[0].obstacles'],
      },
      {
        name: 'a language that is not a BCP 47 tag',
        input: () => ({ ...full(), language: 'Thai language' }),
        paths: ['language'],
        codes: ['invalid-value'],
      },
      { name: 'null', input: () => null, paths: [''], codes: ['invalid-type'] },
      { name: 'a number', input: () => 42, paths: [''], codes: ['invalid-type'] },
      { name: 'a string of JSON', input: () => JSON.stringify(seed()), paths: [''] },
      { name: 'an array', input: () => [seed()], paths: [''], codes: ['invalid-type'] },
      { name: 'true', input: () => true, paths: [''] },
      { name: 'nothing', input: () => undefined, paths: [''], codes: ['missing'] },
    ];

    for (const { name, input, paths, codes } of cases) {
      it(name, () => {
        const issues = issuesOf(deepFreeze(input()));
        expect(issues.map((i) => i.path)).to.deep.equal(paths);
        if (codes) expect(issues.map((i) => i.code)).to.deep.equal(codes);
        for (const issue of issues) {
          expect(issue.message, issue.path).to.match(/^expected /);
        }
      });
    }

    it('all of them at once', () => {
      const issues = issuesOf({
        schemaVersion: 3,
        title: '',
        organization: { name: 'O' },
        fiscalYear: 3000,
        log: [{ date: '2563-01-01', percent: 'abc', note: 'n' }],
        plan: [{ step: 1, name: 'S', weight: 10, start: '2020-05-01', end: '2020-04-01' }],
      });
      expect(issues.map((i) => i.path)).to.deep.equal([
        'schemaVersion',
        'id',
        'title',
        'fiscalYear',
        'log[0].date',
        'log[0].percent',
        'plan[0].end',
      ]);
    });
  });

  describe('messages', () => {
    const one = (value: unknown, locale: 'en' | 'th' = 'en') => {
      const [issue] = issuesOf(value, locale);
      return `${issue.path}: ${issue.message}`;
    };
    const withLog = (entry: Json) => ({ ...full(), log: [entry] });
    const entry = { date: '2020-01-01', percent: 1, note: 'n' };

    it('say what was expected and what was found, in English', () => {
      expect(one(withLog({ ...entry, percent: 'abc' }))).to.equal(
        'log[0].percent: expected a number from 0 to 100, got "abc"',
      );
      expect(one(withLog({ ...entry, percent: 150 }))).to.equal(
        'log[0].percent: expected a number from 0 to 100, got 150',
      );
      expect(one(withLog({ date: '2020-01-01', note: 'n' }))).to.equal(
        'log[0].percent: expected a number from 0 to 100, got nothing',
      );
      expect(one({ ...full(), organization: [] })).to.equal(
        'organization: expected an object, got an array',
      );
      expect(one({ ...full(), plan: { step: 1 } })).to.equal(
        'plan: expected an array, got an object',
      );
      expect(one({ ...full(), title: null })).to.equal(
        'title: expected text that is not empty, got null',
      );
      expect(one({ ...full(), fiscalYear: 3000 })).to.equal(
        'fiscalYear: expected a year from 2400 to 2700 (Buddhist era) or from 1900 to 2200 (Gregorian), got 3000',
      );
      expect(one({ ...full(), schemaVersion: 2 })).to.equal(
        'schemaVersion: expected 1, the version of project JSON this package reads, got 2',
      );
      expect(one([])).to.equal(': expected a project object, got an array');
    });

    it('explain a refused date and suggest the likely one', () => {
      expect(one(withLog({ ...entry, date: '2563-09-21' }))).to.equal(
        'log[0].date: expected a date written YYYY-MM-DD (Gregorian year) or D/M/YYYY (Buddhist-era year), got "2563-09-21" — YYYY-MM-DD takes a Gregorian year (did you mean 2020-09-21?)',
      );
      expect(one(withLog({ ...entry, date: '21/09/2020' }))).to.match(
        /got "21\/09\/2020" — D\/M\/YYYY takes a Buddhist-era year \(did you mean 21\/9\/2563\?\)$/,
      );
      expect(one(withLog({ ...entry, date: '2020-02-30' }))).to.match(
        /got "2020-02-30" — there is no such day$/,
      );
      expect(one(withLog({ ...entry, date: '2020-09-21T00:00:00Z' }))).to.match(
        /— a date here has no time of day \(did you mean 2020-09-21\?\)$/,
      );
    });

    it('name the start when the end comes before it, in words', () => {
      expect(
        one({
          ...full(),
          plan: [{ step: 1, name: 'S', weight: 1, start: '2020-03-01', end: '2020-02-01' }],
        }),
      ).to.equal(
        "plan[0].end: expected a date on or after the step's start, 1 March 2020, got 1 February 2020",
      );
    });

    it('show long text briefly', () => {
      const long = 'ดำเนินการจัดทำแผนพัฒนาชุมชนแล้วเสร็จจำนวน 22 ชุมชน ดำเนินการจัดทำแผนพัฒนาชุมชน';
      const message = one({ ...full(), fiscalYear: long });
      const found = message.slice(message.indexOf(', got ') + 6);
      expect(found.startsWith('"ดำเนินการ')).to.be.true;
      expect(found.endsWith('…"')).to.be.true;
      expect(found.length).to.be.below(long.length);
    });

    it('in Thai, as a page author reads it: the field by its name, what is wrong, what to write', () => {
      expect(one(withLog({ ...entry, percent: 'abc' }), 'th')).to.equal(
        'log[0].percent: ร้อยละความคืบหน้าของรายงานผล: ค่าที่ระบุ ("abc") ไม่ถูกต้อง ต้องระบุเป็นตัวเลขตั้งแต่ 0 ถึง 100',
      );
      expect(one(withLog({ date: '2020-01-01', note: 'n' }), 'th')).to.equal(
        'log[0].percent: ร้อยละความคืบหน้าของรายงานผล: ยังไม่ได้ระบุ ต้องระบุเป็นตัวเลขตั้งแต่ 0 ถึง 100',
      );
      expect(one({ ...full(), organization: [] }, 'th')).to.equal(
        'organization: หน่วยงาน: ค่าที่ระบุ (รายการ [ … ]) ไม่ถูกต้อง ต้องระบุเป็นชุดข้อมูล { … }',
      );
      expect(one({ ...full(), schemaVersion: 2 }, 'th')).to.equal(
        'schemaVersion: รองรับข้อมูลรุ่น 1 เท่านั้น (ค่าที่ระบุคือ 2)',
      );
      expect(one({ ...full(), title: '  ' }, 'th')).to.equal('title: ชื่อโครงการ: ห้ามเว้นว่าง');
      expect(one(withLog({ ...entry, date: '2563-09-21' }), 'th')).to.equal(
        'log[0].date: วันที่รายงานผล: ค่าที่ระบุ ("2563-09-21") ไม่ถูกต้อง เพราะรูปแบบ YYYY-MM-DD ใช้ปี ค.ศ. (หมายถึง 2020-09-21 หรือไม่) ต้องระบุเป็นวันที่แบบ วว/ดด/ปปปป (ปี พ.ศ.) หรือ YYYY-MM-DD (ปี ค.ศ.)',
      );
      expect(
        one(
          {
            ...full(),
            plan: [{ step: 1, name: 'S', weight: 1, start: '2020-09-30', end: '2020-03-01' }],
          },
          'th',
        ),
      ).to.equal('plan[0].end: วันสิ้นสุดขั้นตอน (1 มีนาคม 2563) อยู่ก่อนวันเริ่มต้น (30 กันยายน 2563)');
      // No calque of "expected … got …", and no developer words.
      const thai = issuesOf({ ...full(), organization: [], log: {}, title: 5 }, 'th');
      for (const issue of thai) {
        expect(issue.message).not.to.match(/ต้องเป็น|แต่ได้รับ|ออบเจ็กต์|อาร์เรย์/);
      }
    });

    it('links: http(s) and relative addresses only; javascript: (however disguised) is an error', () => {
      const links = (href: string) => ({ ...full(), links: [{ label: 'ดูโครงการแผนปีฯ', href }] });
      for (const href of [
        'https://example.org/p?id=1',
        'http://x.test/',
        '/monitor/plan?id=1',
        'plan.aspx?id=1',
        '#steps',
      ]) {
        expect(parseProject(links(href)).ok, href).to.equal(true);
      }
      for (const href of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
      ]) {
        const issues = issuesOf(links(href));
        expect(
          issues.map((i) => [i.path, i.code]),
          href,
        ).to.deep.equal([['links[0].href', 'unsafe-url']]);
      }
      expect(one(links('javascript:alert(1)'))).to.equal(
        'links[0].href: expected an http: or https: address, or one relative to the page, got a javascript: address, which is never made a link',
      );
      expect(
        issuesOf({ ...full(), links: [{ label: ' ', href: '' }] }).map((i) => i.path),
      ).to.deep.equal(['links[0].label', 'links[0].href']);
    });

    it('describeIssue words an issue again in the other language without parsing again', () => {
      const issues = issuesOf({ ...full(), title: 7, fiscalYear: 1800, kpis: [{ code: 'K' }] });
      const thai = issues.map((issue) => describeIssue(issue, 'th'));
      expect(thai).to.deep.equal([
        'ชื่อโครงการ: ค่าที่ระบุ (7) ไม่ถูกต้อง ต้องระบุเป็นข้อความที่ไม่เว้นว่าง',
        'ปีงบประมาณ: ค่าที่ระบุ (1800) ไม่ถูกต้อง ต้องระบุเป็นปี พ.ศ. 2400–2700 หรือปี ค.ศ. 1900–2200',
        'ชื่อตัวชี้วัด: ยังไม่ได้ระบุ ต้องระบุเป็นข้อความที่ไม่เว้นว่าง',
        'ค่าเป้าหมาย: ยังไม่ได้ระบุ ต้องระบุเป็นตัวเลข',
        'ผลงานที่ทำได้: ยังไม่ได้ระบุ ต้องระบุเป็นตัวเลข',
      ]);
      expect(issues.map((issue) => describeIssue(issue, 'en'))).to.deep.equal(
        issues.map((issue) => issue.message),
      );
    });

    it('describeIssue keeps the message of a code it does not know', () => {
      const issue: Issue = {
        path: 'src',
        code: 'load-http',
        message: 'The server answered 404.',
        params: {},
      };
      expect(describeIssue(issue, 'th')).to.equal('The server answered 404.');
    });
  });

  it('never throws, even on a value whose properties throw when read', () => {
    const hostile = Object.defineProperty({ ...minimal() }, 'title', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = parseProject(hostile);
    expect(result.ok).to.be.false;
    expect(!result.ok && result.issues.map((i) => i.path)).to.deep.equal(['']);
  });
});
