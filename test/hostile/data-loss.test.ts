// Data is never lost: inputs are not mutated (they are deep-frozen here, so a write throws),
// unknown keys survive parseProject, and every log entry, plan step and KPI of a valid input
// reaches the screen (counted, for the seed and for generated projects of every size).
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { parseProject } from '../../src/domain/index.js';
import type { ProjectElement } from '../../src/internal/project-element.js';
import { TIME_SCALE } from '../engine.js';
import { deepFreeze, seed } from '../fixtures/projects.js';
import { mutatedSeed, stretchedSeed, validProject } from './arbitraries.js';
import {
  drawnElements,
  fuzzParameters,
  mount,
  settle,
  TAGS,
  trapErrors,
  viewKind,
  type Tag,
} from './helpers.js';

type Project = Record<string, unknown> & {
  log?: unknown[];
  plan?: unknown[];
  kpis?: { quarters?: unknown[] }[];
  objectives?: unknown[];
  targets?: unknown[];
  alignment?: unknown[];
};

const byPart = (el: Element, part: string) =>
  drawnElements(el).filter((e) => (e.getAttribute('part') ?? '').split(' ').includes(part));

const inside = (el: Element, tag: string) =>
  el.localName === tag ? el : el.shadowRoot!.querySelector(tag)!;

/** What each element shows of a project, counted; compared with what the project holds. */
async function counts(el: ProjectElement, tag: Tag, project: Project) {
  const found: Record<string, number> = {};
  const want: Record<string, number> = {};
  // Reports dated after as-of are not shown as known (elements.md, "Nothing from after the as-of
  // date"): the elements list and draw the others, and say in a sentence how many they leave out.
  const asOf = el.getAttribute('as-of')!;
  const all = project.log?.length ?? 0;
  // Dated as the elements read them: parsed (a date may be written "21/09/2563" in the input).
  const parsed = parseProject(project, { asOf });
  const log = parsed.ok ? (parsed.project.log ?? []).filter((e) => e.date <= asOf).length : all;
  const laterIn = (root: Element, selector: string) => {
    const text = root.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
    return text ? Number(text.match(/^[\d,]+/)![0].replace(/,/g, '')) : 0;
  };
  const plan = project.plan?.length ?? 0;
  const kpis = project.kpis?.length ?? 0;
  const quarters = (project.kpis ?? []).reduce((n, k) => n + (k.quarters?.length ?? 0), 0);

  if (tag === 'progress-log' || tag === 'project-dashboard') {
    const logEl = inside(el, 'progress-log') as ProjectElement & { initialCount: number };
    logEl.initialCount = Math.max(10, log);
    await settle(el);
    found['log entries'] = byPart(logEl, 'entry').length;
    want['log entries'] = log;
    found['log entries said to be later'] = laterIn(logEl, '[part="later"]');
    want['log entries said to be later'] = all - log;
  }
  if (tag === 'milestone-timeline' || tag === 'project-dashboard') {
    const timeline = inside(el, 'milestone-timeline');
    found['plan steps drawn'] = byPart(timeline, 'step').length;
    found['log points drawn'] = byPart(timeline, 'log-point').length;
    want['plan steps drawn'] = plan;
    want['log points drawn'] = log;
    found['log points said to be later'] = laterIn(timeline, '.later');
    want['log points said to be later'] = all - log;
    // The table view: one row per step and per report.
    timeline.setAttribute('show-table', '');
    await settle(el);
    const tables = byPart(timeline, 'table');
    const rows = (caption: string) =>
      tables
        .filter((t) => t.querySelector('caption')?.id === caption)
        .reduce((n, t) => n + t.querySelectorAll('tbody tr').length, 0);
    found['plan rows'] = rows('steps-caption');
    found['log rows'] = rows('log-caption');
    want['plan rows'] = plan;
    want['log rows'] = log;
    timeline.removeAttribute('show-table');
    await settle(el);
  }
  if (tag === 'kpi-quarter-table' || tag === 'project-dashboard') {
    const table = inside(el, 'kpi-quarter-table');
    found['KPIs'] = byPart(table, 'kpi').length;
    want['KPIs'] = kpis;
    // Rows the data reported (a row for the current quarter is added when it has none yet).
    found['quarter rows'] = byPart(table, 'row').filter(
      (row) => !row.querySelector('td.note[colspan]') || row.querySelector('.result'),
    ).length;
    want['quarter rows'] = quarters;
  }
  if (tag === 'project-dashboard') {
    const list = (id: string) =>
      el.shadowRoot!.querySelectorAll(`section#${id} ul > li, section#${id} ol > li`).length;
    found.objectives = list('objectives');
    found.targets = list('targets');
    found.alignment = list('alignment');
    want.objectives = project.objectives?.length ?? 0;
    want.targets = project.targets?.length ?? 0;
    want.alignment = project.alignment?.length ?? 0;
  }
  return { found, want };
}

describe('data is never lost', function () {
  this.timeout(90_000 * TIME_SCALE);

  describe('inputs are never mutated', () => {
    for (const tag of TAGS) {
      it(`<${tag}> leaves deep-frozen and unfrozen inputs exactly as they were`, async () => {
        const trap = trapErrors();
        const { el, box } = mount(tag);
        try {
          await fc.assert(
            fc.asyncProperty(fc.oneof(validProject, stretchedSeed, mutatedSeed), async (input) => {
              // A frozen input throws on any write (modules are strict code) …
              el.project = deepFreeze(input);
              await settle(el);
              // … and an unfrozen copy must come out unchanged.
              const copy = structuredClone(input);
              const before = JSON.stringify(copy);
              el.project = copy;
              await settle(el);
              expect(JSON.stringify(copy)).to.equal(before);
              expect(trap.take()).to.deep.equal([]);
            }),
            { ...fuzzParameters(60), includeErrorInReport: true },
          );
        } finally {
          trap.stop();
          box.remove();
        }
      });
    }
  });

  describe('unknown keys survive parseProject', () => {
    const unknownKey = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom('constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'x-extra'),
      )
      .filter(
        (key) =>
          key !== '__proto__' &&
          !/^(schemaVersion|language|id|title|organization|fiscalYear|fiscalYearStartMonth|owner|progress|evaluation|rationale|objectives|targets|alignment|log|plan|kpis|name|code|phone|quarter|score|date|percent|note|problems|obstacles|step|weight|start|end|unit|target|achieved|direction|type|level|quarters|assessments|criterion|result)$/.test(
            key,
          ),
      );

    it('keeps every unknown key at every level, as given, and parses its own output unchanged', () => {
      fc.assert(
        fc.property(
          validProject,
          fc.array(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })), {
            minLength: 1,
            maxLength: 6,
          }),
          (project, extras) => {
            const input = structuredClone(project) as Project;
            // Every object in the project gets the extras: top level, organization, entries…
            const objects: Record<string, unknown>[] = [];
            const collect = (value: unknown) => {
              if (Array.isArray(value)) value.forEach(collect);
              else if (value && typeof value === 'object') {
                objects.push(value as Record<string, unknown>);
                Object.values(value).forEach(collect);
              }
            };
            collect(input);
            for (const object of objects) {
              for (const [key, value] of extras) {
                if (!Object.hasOwn(object, key)) object[key] = structuredClone(value);
              }
            }
            const expected = structuredClone(input);
            const result = parseProject(input, { asOf: '2020-09-30' });
            expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.be.true;
            if (!result.ok) return;
            // The same paths hold the same unknown values after parsing.
            const check = (given: unknown, parsed: unknown, path: string) => {
              if (Array.isArray(given)) {
                given.forEach((item, i) => check(item, (parsed as unknown[])[i], `${path}[${i}]`));
              } else if (given && typeof given === 'object') {
                for (const [key, value] of extras) {
                  if (Object.hasOwn(given, key) && key in (given as object)) {
                    const kept = (given as Record<string, unknown>)[key];
                    if (JSON.stringify(kept) === JSON.stringify(value)) {
                      expect(Object.hasOwn(parsed as object, key), `${path}.${key} was dropped`).to
                        .be.true;
                      expect((parsed as Record<string, unknown>)[key]).to.deep.equal(kept);
                    }
                  }
                }
                for (const [key, value] of Object.entries(given)) {
                  const child = (parsed as Record<string, unknown>)?.[key];
                  if (value && typeof value === 'object') check(value, child, `${path}.${key}`);
                }
              }
            };
            check(expected, result.project, 'project');
            const again = parseProject(result.project, { asOf: '2020-09-30' });
            expect(again.ok && again.project).to.deep.equal(result.project);
          },
        ),
        { ...fuzzParameters(200), includeErrorInReport: true },
      );
    });

    it('drops an own "__proto__" key rather than let it replace the prototype', () => {
      const input = JSON.parse(
        JSON.stringify(seed()).replace('{', '{"__proto__":{"polluted":true},'),
      ) as Record<string, unknown>;
      expect(Object.hasOwn(input, '__proto__'), 'JSON.parse makes an own key').to.be.true;
      const result = parseProject(input, { asOf: '2020-09-30' });
      expect(result.ok).to.be.true;
      if (!result.ok) return;
      expect(Object.getPrototypeOf(result.project)).to.equal(Object.prototype);
      expect((result.project as Record<string, unknown>).polluted).to.be.undefined;
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });

  describe('every entry, step and KPI reaches the screen', () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows all of the seed and of generated projects`, async () => {
        const trap = trapErrors();
        const { el, box } = mount(tag, { width: tag === 'milestone-timeline' ? 1000 : 640 });
        try {
          await fc.assert(
            fc.asyncProperty(fc.oneof(fc.constant(seed()), validProject), async (project) => {
              el.project = project;
              await settle(el);
              expect(viewKind(el)).to.equal('view');
              const { found, want } = await counts(el, tag, project as Project);
              expect(found).to.deep.equal(want);
              expect(trap.take()).to.deep.equal([]);
            }),
            { ...fuzzParameters(40), includeErrorInReport: true },
          );
        } finally {
          trap.stop();
          box.remove();
        }
      });
    }

    it('<progress-log> lists all of 3,000 reports once asked to show all', async () => {
      const entries = Array.from({ length: 3000 }, (_, i) => ({
        date: new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        percent: (i * 100) / 2999,
        note: `report ${i}`,
      }));
      const { el, box } = mount('progress-log', { attrs: { 'as-of': '2020-03-20' } });
      try {
        el.project = deepFreeze({ ...structuredClone(seed()), log: entries });
        await settle(el);
        expect(byPart(el, 'entry')).to.have.length(10);
        const showAll = byPart(el, 'show-all')[0] as HTMLElement;
        expect(showAll.textContent).to.match(/3,000/);
        showAll.click();
        const deadline = performance.now() + 20_000;
        while (byPart(el, 'entry').length < 3000 && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          await settle(el);
        }
        const shown = byPart(el, 'entry').map(
          (li) => li.querySelector('[part="note"]')?.textContent,
        );
        expect(shown).to.have.length(3000);
        expect(new Set(shown).size, 'each report once').to.equal(3000);
      } finally {
        box.remove();
      }
    });
  });
});
