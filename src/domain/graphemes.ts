/**
 * Text split into what a reader sees as characters (grapheme clusters), so that a cut never
 * leaves a Thai vowel or tone mark without its consonant. `Intl.Segmenter` where the engine has
 * it (Firefox from 125, Safari 14.1, Chrome 87); below that, a letter with the combining marks
 * that follow it, which keeps Thai and Latin accents whole.
 */
export function graphemes(text: string): string[] {
  // Guarded: lint (eslint-plugin-compat, against the support floor in package.json) fails an
  // unguarded use.
  if (typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

let segmenter: Intl.Segmenter | undefined;
