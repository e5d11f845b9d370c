// Officers' phone numbers are free text in the monitoring system: "6484", "(3027)",
// "โทร. 6822-3", "0-2221-2141-69", sometimes in Thai digits. A `tel:` link must dial one real
// number, so this reads the first number out of the text and keeps its digits only.

const THAI_ZERO = 0x0e50;

// A label the officer typed before the number: "โทร. 6822-3", "Tel: 6484", "โทรศัพท์ 6484".
// The element writes its own "Tel." before the number, so the data's label would say it twice.
// The label must stand alone: "Telford" and "โทรสาร" (fax) are not labels of a phone.
const OWN_LABEL = /^\s*(?:โทรศัพท์|โทร|telephone|tel)\s*\.?\s*:?\s*(?![\p{L}\p{M}])/iu;

/**
 * The phone as the element shows it after its own "Tel." label: the text as written, without a
 * label of its own in front ("โทร. 6822-3" → "6822-3"). Empty when the text is only a label.
 */
export function phoneText(phone: string): string {
  return phone.replace(OWN_LABEL, '').trim();
}

/** ๐–๙ → 0–9, so numbers written in Thai digits dial too. */
function latinDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

// Digits with the separators people put inside one number (spaces, hyphens, dots, brackets).
// Anything else — a comma, a slash, "หรือ", "ต่อ" (extension) — ends the number.
const NUMBER = /\+?\(?\d[\d\s.()-]*/;

// The shortest number that can be dialled from outside: a Bangkok landline is 02 and seven
// digits, a mobile 10 digits. Shorter numbers (6484, the seed's) are internal extensions of the
// City Hall exchange: a link would dial nothing, so they stay text. International numbers (+)
// are always whole.
const MIN_DIALLABLE_DIGITS = 9;

/**
 * The `tel:` href for a free-text phone, or undefined when the text holds no number that can be
 * dialled from outside (no digits, or an internal extension of fewer than nine digits).
 *
 * Thai offices write a range of lines by their last digits: "6822-3" is 6822 or 6823, and
 * "0-2221-2141-69" is 2141 to 2169. A last group of one or two digits after a hyphen that
 * follows a longer group is such a range, so the link dials the first number of it. A "+66"
 * prefix becomes the national "0", keeping the href digits only.
 */
export function telHref(phone: string | null | undefined): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const match = NUMBER.exec(latinDigits(phone));
  if (!match) return undefined;
  let text = match[0].trim();
  const range = /(\d{3,})\s*-\s*\d{1,2}\s*\)?$/.exec(text);
  if (range) text = text.slice(0, range.index + range[1].length);
  let digits = text.replace(/\D/g, '');
  if (text.startsWith('+66')) digits = `0${digits.slice(2)}`;
  return digits.length >= MIN_DIALLABLE_DIGITS ? `tel:${digits}` : undefined;
}
