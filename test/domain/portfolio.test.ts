import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import {
  PORTFOLIO_SORT_KEYS,
  PORTFOLIO_STATUSES,
  comparePortfolioRows,
  filterPortfolioRows,
  mergePortfolioRows,
  portfolioEntry,
  portfolioSummary,
  readPortfolio,
  sortPortfolioRows,
  type PortfolioRow,
  type PortfolioSortKey,
} from '../../src/domain/index.js';
import { generatePortfolio } from '../../demo/portfolio-data.js';
import { behind, BEHIND_AS_OF, deepFreeze, minimal, seed } from '../fixtures/domain-projects.js';

const RUNS = { seed: 20200921, numRuns: 60 } as const;

describe('readPortfolio()', () => {
  it('makes a row of each valid project and lists each invalid one with its position and id', () => {
    const input = deepFreeze([
      seed(),
      { schemaVersion: 1, id: 'BAD-1', title: '', organization: { name: 'x' }, fiscalYear: 2563 },
      behind(),
      42,
    ]);
    const { rows, unreadable } = readPortfolio(input, { asOf: BEHIND_AS_OF });
    expect(rows.map((r) => [r.index, r.id])).to.deep.equal([
      [0, '50080000-2982'],
      [2, 'TEST-1'],
    ]);
    expect(unreadable.map((u) => [u.index, u.id])).to.deep.equal([
      [1, 'BAD-1'],
      [3, undefined],
    ]);
    expect(unreadable[0].issues[0].path).to.equal('title');
    expect(unreadable[0].issues[0].message).to.be.a('string').and.not.equal('');
  });

  it('keeps at most three problems of an unreadable document, and says how many it had', () => {
    const many = { schemaVersion: 1, id: 'X', log: [{ date: 'no', percent: 'no', note: 1 }] };
    const entry = portfolioEntry(many, 7);
    expect(entry.ok).to.equal(false);
    if (entry.ok) return;
    expect(entry.unreadable.index).to.equal(7);
    expect(entry.unreadable.issues).to.have.length(3);
    expect(entry.unreadable.issueCount).to.be.greaterThan(3);
  });

  it('words the problems in Thai when asked', () => {
    const { unreadable } = readPortfolio([{ schemaVersion: 1 }], { locale: 'th' });
    expect(unreadable[0].issues[0].message).to.match(/[\u0E00-\u0E7F]/);
  });

  it('reads something that is not a list as one unreadable entry', () => {
    const { rows, unreadable } = readPortfolio({ projects: [] });
    expect(rows).to.deep.equal([]);
    expect(unreadable).to.have.length(1);
    expect(unreadable[0].issues[0].params.expected).to.equal('array');
  });

  it('gives each row the figures of the domain functions at the as-of date', () => {
    const { rows } = readPortfolio([behind()], { asOf: BEHIND_AS_OF });
    const [row] = rows;
    expect(row.status).to.equal('behind');
    expect(row.actual).to.equal(30);
    expect(row.planned).to.be.closeTo(20 + (60 * 130) / 211, 1e-9);
    expect(row.variance).to.be.closeTo(30 - row.planned!, 1e-9);
    expect(row.lastReport).to.equal('2021-03-31');
    expect(row.daysSinceReport).to.equal(10);
    expect(row.organization).to.equal('Test office');
    expect(row.fiscalYear).to.equal(2021);
    expect(row.warningCodes).to.include('behind-schedule');
    expect(row.warnings).to.equal(row.warningCodes.length);
  });

  it('counts the KPIs met of the seed, and has no report date for a project without a log', () => {
    const { rows } = readPortfolio([seed(), minimal()], { asOf: '2020-09-30' });
    expect(rows[0].kpiCount).to.equal(1);
    expect(rows[0].kpisMet).to.equal(1);
    expect(rows[0].language).to.equal('th');
    expect(rows[1].lastReport).to.equal(null);
    expect(rows[1].daysSinceReport).to.equal(null);
    expect(rows[1].kpiCount).to.equal(0);
  });
});

describe('portfolioSummary()', () => {
  it('counts each status and the unreadable documents', () => {
    const input = generatePortfolio(300, { invalidEvery: 25 });
    const read = readPortfolio(input, { asOf: '2020-06-30' });
    const summary = portfolioSummary(read.rows, read.unreadable);
    expect(summary.total).to.equal(300);
    expect(summary.unreadable).to.equal(12);
    expect(summary.projects).to.equal(288);
    const counted = PORTFOLIO_STATUSES.reduce((sum, s) => sum + summary.byStatus[s], 0);
    expect(counted).to.equal(288);
    expect(summary.byStatus.behind).to.equal(read.rows.filter((r) => r.status === 'behind').length);
    expect(summary.byStatus.behind).to.be.greaterThan(0);
    expect(summary.organizations).to.include('สำนักงานเขตพญาไท');
    expect(summary.fiscalYears).to.deep.equal([2020, 2021]);
  });
});

describe('sortPortfolioRows()', () => {
  const rows = readPortfolio(generatePortfolio(200), { asOf: '2020-06-30' }).rows;

  it('puts the worst first by default: status order, then the most behind', () => {
    const sorted = sortPortfolioRows(rows);
    const ranks = sorted.map((r) => PORTFOLIO_STATUSES.indexOf(r.status));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    const behindRows = sorted.filter((r) => r.status === 'behind');
    const variances = behindRows.map((r) => r.variance!);
    expect(variances).to.deep.equal([...variances].sort((a, b) => a - b));
  });

  it('sorts a column both ways, rows without a value last either way', () => {
    const up = sortPortfolioRows(rows, 'actual', 'ascending');
    const down = sortPortfolioRows(rows, 'actual', 'descending');
    const withValue = (list: PortfolioRow[]) =>
      list.filter((r) => r.actual !== null).map((r) => r.actual!);
    expect(withValue(up)).to.deep.equal([...withValue(up)].sort((a, b) => a - b));
    expect(withValue(down)).to.deep.equal([...withValue(down)].sort((a, b) => b - a));
    const firstNull = up.findIndex((r) => r.actual === null);
    if (firstNull >= 0) expect(up.slice(firstNull).every((r) => r.actual === null)).to.equal(true);
  });

  it('leaves its input untouched', () => {
    const copy = rows.slice();
    sortPortfolioRows(rows, 'title', 'descending');
    expect(rows).to.deep.equal(copy);
  });
});

describe('filterPortfolioRows()', () => {
  const rows = readPortfolio(generatePortfolio(200), { asOf: '2020-06-30' }).rows;

  it('filters by status, organisation, fiscal year, text and warnings, together', () => {
    expect(
      filterPortfolioRows(rows, { status: 'behind' }).every((r) => r.status === 'behind'),
    ).to.equal(true);
    const org = filterPortfolioRows(rows, { organization: 'สำนักงานเขตดินแดง' });
    expect(org.length).to.be.greaterThan(0);
    expect(org.every((r) => r.organization === 'สำนักงานเขตดินแดง')).to.equal(true);
    expect(
      filterPortfolioRows(rows, { fiscalYear: 2021 }).every((r) => r.fiscalYear === 2021),
    ).to.equal(true);
    const text = filterPortfolioRows(rows, { text: '  ขยะ ' });
    expect(text.length).to.be.greaterThan(0);
    expect(text.every((r) => r.title.includes('ขยะ'))).to.equal(true);
    expect(filterPortfolioRows(rows, { text: rows[5].id }).map((r) => r.id)).to.include(rows[5].id);
    expect(filterPortfolioRows(rows, { withWarnings: true }).every((r) => r.warnings > 0)).to.equal(
      true,
    );
    const both = filterPortfolioRows(rows, {
      status: ['behind', 'at-risk'],
      organization: 'สำนักงานเขตพญาไท',
    });
    expect(
      both.every(
        (r) => ['behind', 'at-risk'].includes(r.status) && r.organization === 'สำนักงานเขตพญาไท',
      ),
    ).to.equal(true);
  });

  it('matches English text in any case', () => {
    const { rows: english } = readPortfolio([minimal({ title: 'Road Repair', id: 'ab-12' })]);
    expect(filterPortfolioRows(english, { text: 'road rep' })).to.have.length(1);
    expect(filterPortfolioRows(english, { text: 'AB-1' })).to.have.length(1);
    expect(filterPortfolioRows(english, { text: 'bridge' })).to.have.length(0);
  });
});

// Documents of every kind: generated valid projects, broken ones, and arbitrary JSON values.
const documentArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => generatePortfolio(1, { seed: n })[0]),
  fc
    .integer({ min: 0, max: 10_000 })
    .map((n) => generatePortfolio(1, { seed: n, invalidEvery: 1 })[0]),
  fc.jsonValue({ maxDepth: 2 }),
);
const asOfArb = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2019, 8, 1) + d * 86_400_000).toISOString().slice(0, 10));

describe('portfolio properties', () => {
  it('every input document is either a row or an unreadable entry, once, at its position', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 30 }), asOfArb, (documents, asOf) => {
        const { rows, unreadable } = readPortfolio(documents, { asOf });
        const indexes = [...rows.map((r) => r.index), ...unreadable.map((u) => u.index)].sort(
          (a, b) => a - b,
        );
        expect(indexes).to.deep.equal(documents.map((_, i) => i));
        const summary = portfolioSummary(rows, unreadable);
        expect(summary.total).to.equal(documents.length);
        const counted = PORTFOLIO_STATUSES.reduce((sum, s) => sum + summary.byStatus[s], 0);
        expect(counted).to.equal(rows.length);
        for (const row of rows) {
          for (const value of [row.planned, row.actual, row.variance]) {
            if (value !== null) expect(Number.isFinite(value)).to.equal(true);
          }
        }
      }),
      RUNS,
    );
  });

  const rowsArb = fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 60 }), asOfArb)
    .map(
      ([seedNumber, count, asOf]) =>
        readPortfolio(generatePortfolio(count, { seed: seedNumber }), { asOf }).rows,
    );
  const keyArb = fc.constantFrom<PortfolioSortKey>(...PORTFOLIO_SORT_KEYS);
  const directionArb = fc.constantFrom('ascending' as const, 'descending' as const);

  it('the order is total: no two rows compare equal, and it is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(rowsArb, keyArb, directionArb, (rows, key, direction) => {
        const compare = comparePortfolioRows(key, direction);
        for (const a of rows) {
          for (const b of rows) {
            const ab = Math.sign(compare(a, b));
            expect(ab).to.equal(-Math.sign(compare(b, a)));
            if (a !== b) expect(ab).to.not.equal(0);
          }
        }
        const sorted = sortPortfolioRows(rows, key, direction);
        for (let i = 1; i < sorted.length; i++) {
          expect(compare(sorted[i - 1], sorted[i])).to.be.lessThan(0);
        }
      }),
      RUNS,
    );
  });

  it('rows read later and merged in take the places a sort of them all gives', () => {
    fc.assert(
      fc.property(
        rowsArb,
        keyArb,
        directionArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, key, direction, cut) => {
          // A list being read: the rows so far are sorted, the next slice is sorted and merged.
          const at = Math.floor(rows.length * cut);
          const merged = mergePortfolioRows(
            sortPortfolioRows(rows.slice(0, at), key, direction),
            sortPortfolioRows(rows.slice(at), key, direction),
            key,
            direction,
          );
          const ids = (list: PortfolioRow[]) => list.map((r) => r.index);
          expect(ids(merged)).to.deep.equal(ids(sortPortfolioRows(rows, key, direction)));
        },
      ),
      RUNS,
    );
  });

  it('sorting does not depend on the order the rows came in', () => {
    fc.assert(
      fc.property(
        rowsArb,
        keyArb,
        directionArb,
        fc.integer(),
        (rows, key, direction, shuffleSeed) => {
          const shuffled = rows.slice();
          let s = shuffleSeed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const ids = (list: PortfolioRow[]) => list.map((r) => r.index);
          expect(ids(sortPortfolioRows(shuffled, key, direction))).to.deep.equal(
            ids(sortPortfolioRows(rows, key, direction)),
          );
        },
      ),
      RUNS,
    );
  });

  it('a filter keeps a subset in order, and the status filters partition the rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        let total = 0;
        for (const status of PORTFOLIO_STATUSES) {
          const kept = filterPortfolioRows(rows, { status });
          total += kept.length;
          const positions = kept.map((r) => rows.indexOf(r));
          expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
        }
        expect(total).to.equal(rows.length);
      }),
      RUNS,
    );
  });
});
