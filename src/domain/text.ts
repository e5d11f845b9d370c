// Whether a log's "problems" or "obstacles" text says anything. The monitoring system fills the
// field with "ไม่มี" ("none") when there is nothing to say; the log shows a callout only for
// real problems, while the text itself stays in the data as written.

// Compared after trimming, lower-casing and dropping punctuation around the words.
const NOTHING = new Set([
  '',
  'ไม่มี',
  'ไม่มีปัญหา',
  'ไม่มีอุปสรรค',
  'ไม่มีปัญหาและอุปสรรค',
  'ไม่มีปัญหาอุปสรรค',
  'ไม่พบปัญหา',
  'ไม่พบ',
  'none',
  'no',
  'nil',
  'n/a',
  'na',
  'nothing',
  'no problem',
  'no problems',
  'no obstacles',
]);

// Zero-width characters, which Thai text often carries (as alternatives: a joiner inside a
// character class reads as a joined sequence).
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;
// Dashes, dots and brackets that people type for "nothing".
const EDGES = /^[\s\-–—.,:;*()[\]"'_/]+|[\s\-–—.,:;*()[\]"'_/]+$/g;

export function isProblemText(text: string | null | undefined): boolean {
  if (typeof text !== 'string') return false;
  const core = text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(EDGES, '')
    .replace(/\s+/g, ' ');
  return !NOTHING.has(core);
}
