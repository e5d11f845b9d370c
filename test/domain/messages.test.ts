import { expect } from '@open-wc/testing';
import {
  dateProblemWords,
  expectationWords,
  foundWords,
  issueMessages,
  messageFormat,
  warningMessages,
} from '../../src/domain/messages.js';

const THAI = /[\u0E01-\u0E5B]/;
const sampleParams = {
  expected: 'percent',
  foundType: 'string',
  found: '"abc"',
  reason: 'buddhist-year-in-iso',
  suggestion: '2020-09-21',
  start: '2020-03-01',
  end: '2020-02-01',
  sum: 80,
  step: 1,
  date: '2020-09-21',
  previousDate: '2020-08-28',
  from: 75,
  to: 60,
  count: 2,
  asOf: '2020-09-01',
  days: 54,
  limit: 45,
  planned: 80,
  actual: 60,
  variance: -20,
  code: 'K-1',
};

describe('message tables', () => {
  const en = messageFormat('en');
  const th = messageFormat('th');

  const tables = { issueMessages, warningMessages, expectationWords, dateProblemWords };
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every entry has English and Thai, and the Thai is Thai`, () => {
      for (const [code, words] of Object.entries(table)) {
        const english = words.en(sampleParams, en);
        const thai = words.th(sampleParams, th);
        if (name === 'dateProblemWords' && code === 'format') {
          expect([english, thai]).to.deep.equal(['', '']);
          continue;
        }
        expect(english, `${code} en`).to.match(/\S/);
        expect(english, `${code} en`).not.to.match(THAI);
        expect(thai, `${code} th`).to.match(THAI);
        expect(thai, `${code} th`).not.to.match(/undefined|NaN|Invalid Date/);
        expect(english, `${code} en`).not.to.match(/undefined|NaN|Invalid Date/);
      }
    });
  }

  it('foundWords has both languages', () => {
    for (const words of Object.values(foundWords)) {
      expect(words.en).not.to.match(THAI);
      expect(words.th).to.match(THAI);
    }
  });

  it('warnings state their figures in words', () => {
    expect(warningMessages['weights-not-100'].en({ sum: 80 }, en)).to.equal(
      'Step weights add up to 80, not 100, so the plan is measured against their total, 80.',
    );
    expect(warningMessages['weights-not-100'].th({ sum: 80 }, th)).to.equal(
      'น้ำหนักทุกขั้นตอนรวมกันได้ร้อยละ\u00a080 (ควรเท่ากับ 100) จึงคำนวณแผนเทียบกับผลรวม 80',
    );
    expect(
      warningMessages['behind-schedule'].en(
        { planned: 54.8349, actual: 40, variance: -14.8349 },
        en,
      ),
    ).to.equal('Behind schedule: 40% done against 54.8% planned, 14.8 points behind.');
    // Thai percentages are written ร้อยละ N, never N%.
    for (const [code, words] of Object.entries(warningMessages)) {
      expect(words.th(sampleParams, th), code).not.to.contain('%');
    }
  });

  describe('messageFormat', () => {
    it('writes percentages with at most one decimal and no trailing zeros', () => {
      expect(en.pct(100.0)).to.equal('100');
      expect(en.pct(54.83)).to.equal('54.8');
      expect(en.pct(54.85)).to.equal('54.9');
      expect(th.pct(1234.5)).to.equal('1,234.5');
    });

    it('keeps a figure apart from the one it is compared with', () => {
      expect(en.pctApart(99.96, 100)).to.equal('99.96');
      expect(en.pctApart(99.5, 100)).to.equal('99.5');
      expect(en.pctApart(100, 100)).to.equal('100');
    });

    it('writes dates in words, Buddhist era in Thai, and years without grouping', () => {
      expect(en.date('2020-09-21')).to.equal('21 September 2020');
      expect(th.date('2020-09-21')).to.equal('21 กันยายน 2563');
      expect(messageFormat('th', { calendar: 'gregory' }).date('2020-09-21')).to.contain('2020');
      expect(messageFormat('th', { numerals: 'thai' }).date('2020-09-21')).to.equal(
        '๒๑ กันยายน ๒๕๖๓',
      );
      expect(en.year(2563)).to.equal('2563');
      expect(en.date('not a date')).to.equal('not a date');
    });

    it('does not move a date across a day boundary whatever the time zone', () => {
      // The first and last day of a year: off-by-one in a time zone would change the year.
      expect(en.date('2020-01-01')).to.equal('1 January 2020');
      expect(en.date('2020-12-31')).to.equal('31 December 2020');
    });
  });
});
