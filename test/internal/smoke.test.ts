import { expect } from '@open-wc/testing';

describe('test runner', () => {
  it('runs in a real browser with Intl Thai support', () => {
    const text = new Intl.DateTimeFormat('th-TH', { year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2020, 8, 21)),
    );
    expect(text).to.contain('2563');
  });
});
