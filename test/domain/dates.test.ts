import { expect } from '@open-wc/testing';
import {
  daysBetween,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  fromBuddhistYear,
  parseDate,
  readDate,
  toBuddhistYear,
  todayIso,
  toIsoDate,
} from '../../src/domain/index.js';

describe('dates', () => {
  describe('readDate', () => {
    it('reads ISO dates with a Gregorian year as they are', () => {
      expect(readDate('2020-09-21')).to.deep.equal({ ok: true, date: '2020-09-21' });
      expect(readDate('2020-02-29')).to.deep.equal({ ok: true, date: '2020-02-29' });
    });

    it('reads D/M/YYYY with a Buddhist-era year as the monitoring system prints it', () => {
      expect(readDate('21/09/2563')).to.deep.equal({ ok: true, date: '2020-09-21' });
      expect(readDate('28/8/2563')).to.deep.equal({ ok: true, date: '2020-08-28' });
      expect(readDate('29/2/2563')).to.deep.equal({ ok: true, date: '2020-02-29' });
    });

    it('refuses impossible days in either form', () => {
      expect(readDate('2020-02-30')).to.deep.equal({ ok: false, problem: 'impossible-date' });
      expect(readDate('2019-02-29')).to.deep.equal({ ok: false, problem: 'impossible-date' });
      expect(readDate('2020-13-01')).to.deep.equal({ ok: false, problem: 'impossible-date' });
      expect(readDate('2020-00-10')).to.deep.equal({ ok: false, problem: 'impossible-date' });
      // 2562 BE is 2019, not a leap year.
      expect(readDate('29/2/2562')).to.deep.equal({ ok: false, problem: 'impossible-date' });
      expect(readDate('31/4/2563')).to.deep.equal({ ok: false, problem: 'impossible-date' });
    });

    it('refuses a Buddhist-era year in an ISO date, suggesting the Gregorian one', () => {
      expect(readDate('2563-09-21')).to.deep.equal({
        ok: false,
        problem: 'buddhist-year-in-iso',
        suggestion: '2020-09-21',
      });
    });

    it('refuses a Gregorian year in a slash date, suggesting the Buddhist-era one', () => {
      expect(readDate('21/09/2020')).to.deep.equal({
        ok: false,
        problem: 'gregorian-year-in-slash',
        suggestion: '21/9/2563',
      });
      expect(readDate('21/09/2399')).to.deep.include({ problem: 'gregorian-year-in-slash' });
    });

    it('refuses years outside 1900–2200 (2443–2743 BE)', () => {
      expect(readDate('1899-12-31')).to.deep.equal({ ok: false, problem: 'year-out-of-range' });
      expect(readDate('2201-01-01')).to.deep.equal({ ok: false, problem: 'year-out-of-range' });
      expect(readDate('1/1/2442')).to.deep.equal({ ok: false, problem: 'year-out-of-range' });
      expect(readDate('1/1/2744')).to.deep.equal({ ok: false, problem: 'year-out-of-range' });
      expect(readDate('1/1/2443')).to.deep.equal({ ok: true, date: '1900-01-01' });
      expect(readDate('31/12/2743')).to.deep.equal({ ok: true, date: '2200-12-31' });
    });

    it('refuses times of day, suggesting the date alone', () => {
      expect(readDate('2020-09-21T10:00:00Z')).to.deep.equal({
        ok: false,
        problem: 'time-of-day',
        suggestion: '2020-09-21',
      });
      expect(readDate('2020-09-21 10:00')).to.deep.include({ problem: 'time-of-day' });
      expect(readDate('21/09/2563 10.30')).to.deep.include({
        problem: 'time-of-day',
        suggestion: '21/09/2563',
      });
    });

    it('refuses other forms', () => {
      for (const text of [
        '',
        ' 2020-09-21',
        '2020-9-21',
        '20200921',
        '21-09-2563',
        '21/9/63',
        'September 21, 2020',
        '๒๑/๐๙/๒๕๖๓',
      ]) {
        expect(readDate(text), text).to.deep.equal({ ok: false, problem: 'format' });
      }
    });

    it('parseDate gives the ISO date or null', () => {
      expect(parseDate('21/09/2563')).to.equal('2020-09-21');
      expect(parseDate('2020-02-30')).to.equal(null);
    });
  });

  describe('toIsoDate', () => {
    it('reads a Date as its UTC calendar day', () => {
      expect(toIsoDate(new Date('2020-09-21'))).to.equal('2020-09-21');
      expect(toIsoDate(new Date(Date.UTC(2020, 8, 21, 23, 59, 59)))).to.equal('2020-09-21');
      expect(toIsoDate(new Date('2020-09-21T23:30:00-05:00'))).to.equal('2020-09-22');
    });

    it('normalises either accepted string form', () => {
      expect(toIsoDate('2020-09-21')).to.equal('2020-09-21');
      expect(toIsoDate('21/9/2563')).to.equal('2020-09-21');
    });

    it('throws a RangeError for what is not a date', () => {
      expect(() => toIsoDate('2020-02-30')).to.throw(RangeError);
      expect(() => toIsoDate(new Date('nonsense'))).to.throw(RangeError);
    });
  });

  it('todayIso is the local calendar day', () => {
    const before = new Date();
    const today = todayIso();
    const after = new Date();
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect([local(before), local(after)]).to.include(today);
  });

  it('daysBetween counts whole days, later minus earlier, across leap days and either form', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).to.equal(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).to.equal(1);
    expect(daysBetween('2020-09-21', '2020-09-21')).to.equal(0);
    expect(daysBetween('2020-09-21', '2020-08-28')).to.equal(-24);
    expect(daysBetween('28/8/2563', new Date('2020-09-21T18:00:00Z'))).to.equal(24);
    expect(daysBetween('1999-12-31', '2000-03-01')).to.equal(61);
  });

  it('converts between Buddhist-era and Common-Era years', () => {
    expect(toBuddhistYear(2020)).to.equal(2563);
    expect(fromBuddhistYear(2563)).to.equal(2020);
  });
});

describe('fiscal years', () => {
  it('names a fiscal year by the CE year in which it ends (October start)', () => {
    expect(fiscalYearOf('2019-09-30')).to.equal(2019);
    expect(fiscalYearOf('2019-10-01')).to.equal(2020);
    expect(fiscalYearOf('2020-09-30')).to.equal(2020);
    expect(fiscalYearOf(new Date('2020-10-01'))).to.equal(2021);
  });

  it('works for other start months', () => {
    expect(fiscalYearOf('2020-06-15', 1)).to.equal(2020);
    expect(fiscalYearOf('2020-12-31', 1)).to.equal(2020);
    expect(fiscalYearOf('2020-03-31', 4)).to.equal(2020);
    expect(fiscalYearOf('2020-04-01', 4)).to.equal(2021);
  });

  it('gives quarters 1–4 counted from the start month', () => {
    expect(fiscalQuarterOf('2019-10-01')).to.equal(1);
    expect(fiscalQuarterOf('2019-12-31')).to.equal(1);
    expect(fiscalQuarterOf('2020-01-01')).to.equal(2);
    expect(fiscalQuarterOf('2020-04-30')).to.equal(3);
    expect(fiscalQuarterOf('2020-09-21')).to.equal(4);
    expect(fiscalQuarterOf('2020-02-10', 1)).to.equal(1);
    expect(fiscalQuarterOf('2020-03-31', 4)).to.equal(4);
  });

  it('gives the first and last day of a fiscal year', () => {
    expect(fiscalYearRange(2020)).to.deep.equal({ start: '2019-10-01', end: '2020-09-30' });
    expect(fiscalYearRange(fromBuddhistYear(2564))).to.deep.equal({
      start: '2020-10-01',
      end: '2021-09-30',
    });
    expect(fiscalYearRange(2020, 1)).to.deep.equal({ start: '2020-01-01', end: '2020-12-31' });
    expect(fiscalYearRange(2021, 4)).to.deep.equal({ start: '2020-04-01', end: '2021-03-31' });
  });

  it('gives the first and last day of each quarter, leap years included', () => {
    expect(fiscalQuarterRange(2020, 1)).to.deep.equal({ start: '2019-10-01', end: '2019-12-31' });
    expect(fiscalQuarterRange(2020, 2)).to.deep.equal({ start: '2020-01-01', end: '2020-03-31' });
    expect(fiscalQuarterRange(2020, 3)).to.deep.equal({ start: '2020-04-01', end: '2020-06-30' });
    expect(fiscalQuarterRange(2020, 4)).to.deep.equal({ start: '2020-07-01', end: '2020-09-30' });
    expect(fiscalQuarterRange(2024, 1, 12)).to.deep.equal({
      start: '2023-12-01',
      end: '2024-02-29',
    });
  });

  it('refuses a start month or quarter out of range', () => {
    expect(() => fiscalYearOf('2020-01-01', 13)).to.throw(RangeError);
    expect(() => fiscalQuarterOf('2020-01-01', 0)).to.throw(RangeError);
    expect(() => fiscalQuarterRange(2020, 5 as 1)).to.throw(RangeError);
  });
});
