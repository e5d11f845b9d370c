import { expect } from '@open-wc/testing';
import { graphemes } from '../../src/domain/graphemes.js';

const WORD = 'สำนักงานเขตพญาไท ผู้ช่วย café';

/** Runs `fn` as in an engine without Intl.Segmenter (Firefox before 125). */
function withoutSegmenter<T>(fn: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
  Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true });
  try {
    return fn();
  } finally {
    Object.defineProperty(Intl, 'Segmenter', original);
  }
}

describe('graphemes', () => {
  it('keeps each Thai vowel and tone mark on its consonant, and accents on their letter', () => {
    const parts = graphemes(WORD);
    expect(parts.join('')).to.equal(WORD);
    expect(parts).to.include('ผู้');
    expect(parts).to.include('ช่');
    expect(parts).to.include('é');
    expect(parts.some((p) => /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(p))).to.be.false;
  });

  it('does the same without Intl.Segmenter, as on the support floor (Firefox ESR 115)', () => {
    const parts = withoutSegmenter(() => graphemes(WORD));
    expect(parts.join('')).to.equal(WORD);
    expect(parts).to.include('ผู้');
    expect(parts).to.include('ช่');
    expect(parts.some((p) => /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(p))).to.be.false;
    expect(withoutSegmenter(() => graphemes(''))).to.deep.equal([]);
  });
});
