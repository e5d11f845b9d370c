import { expect } from '@open-wc/testing';
import { isProblemText } from '../../src/domain/index.js';

describe('isProblemText', () => {
  it('is false for "nothing to report" in the forms people write it', () => {
    for (const text of [
      'ไม่มี',
      ' ไม่มี ',
      'ไม่มี.',
      '-ไม่มี-',
      '(ไม่มี)',
      'ไม่มีปัญหา',
      'ไม่มีอุปสรรค',
      '\u200bไม่มี\u200b',
      '-',
      '–',
      '—',
      '.',
      'none',
      'None.',
      'N/A',
      'nil',
      '',
      '   ',
      null,
      undefined,
    ]) {
      expect(isProblemText(text), JSON.stringify(text)).to.be.false;
    }
  });

  it('is true for a real problem, from the seed and otherwise', () => {
    for (const text of [
      'ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด',
      'โครงการนี้สำนักพัฒนาสังคมเป็นผู้ขอจัดสรรงบประมาณ',
      'ไม่มีงบประมาณ', // "no budget" is a problem, not "none"
      'None of the contractors replied',
      'Late supplier',
    ]) {
      expect(isProblemText(text), text).to.be.true;
    }
  });
});
