// Text fitting, the one transform every label of the timeline goes through: a text that is too
// long for its room is cut at a whole character and ends with "…".
import { graphemes } from '../../domain/graphemes.js';

/** Measures a text in px at the size it is drawn. */
export type MeasureText = (text: string) => number;

/** Fits `text` into `maxWidth` px, cutting whole graphemes (Thai marks stay on their letter). */
export function fitText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
): { text: string; truncated: boolean } {
  if (measure(text) <= maxWidth) return { text, truncated: false };
  const characters = graphemes(text);
  // The first `n` graphemes and the ellipsis (the ellipsis alone for none).
  const cut = (n: number) => `${characters.slice(0, n).join('').trimEnd()}…`;
  let low = 0;
  let high = characters.length - 1;
  // The longest prefix that fits together with the ellipsis.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid)) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  // Nothing at all when not even the ellipsis fits.
  return { text: low > 0 || measure(cut(0)) <= maxWidth ? cut(low) : '', truncated: true };
}

// Thai vowels and tone marks written above or below a consonant, and Latin combining marks,
// take no width of their own.
const ZERO_WIDTH = /[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d]/;

/**
 * A width estimate for when no font can be measured (tests, server rendering): average advance
 * widths of a sans-serif face, generous so that estimated labels never collide.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    if (char === ' ') em += 0.3;
    else if (/[il.,:;'|!]/.test(char)) em += 0.3;
    else if (/[A-Z0-9%MWmw]/.test(char)) em += 0.65;
    else em += 0.58;
  }
  return em * fontSize;
}
