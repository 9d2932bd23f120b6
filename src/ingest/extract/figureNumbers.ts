/**
 * Numbers as news English writes them, for the figure extractors (and the date parsers' counts):
 * "6,000", "1.5 million", "twenty-five", "a hundred", vague amounts ("tens of thousands"), hedges
 * ("some", "at least"), multipliers ("twice", "half", "three times") and fractions ("a fifth", "two-thirds").
 * Each export is a regex source to splice into a larger pattern plus its parser.
 */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, dozen: 12,
};

const SMALL_ALT = Object.keys(SMALL).sort((a, b) => b.length - a.length).join('|');
export const TENS_ALT = Object.keys(TENS).join('|');
export const UNIT_DIGIT_ALT = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * Digits with thousands separators or decimals: "6,000", "6000", "1.5", and "8 000" as
 * Ukrainian and European sources group thousands (with a space or a no-break space).
 */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?`;
/** A space between thousands groups, as DIGITS allows it. */
const SPACE_GROUP = /(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g;
/** Number words: "two", "twenty-five", "a hundred", "three hundred", "a dozen", "half a dozen". */
export const WORD_NUMBER = String.raw`(?:half\s+an?\s+(?:dozen|hundred|thousand|million)|(?:${TENS_ALT})(?:[-\s](?:${UNIT_DIGIT_ALT}))?|${SMALL_ALT}|an?)(?:\s+(?:hundred|thousand|million|dozen))?`;
/** A scale word after digits: "1.5 million", "2bn", "1.5m sq km" (m only before an area unit). */
export const SCALE = String.raw`(?:\s?(?:million|billion|thousand|hundred|mn|bn)\b|m(?=\s*(?:sq\b|square|km)))`;
/** A number: digits or words, optionally scaled. Word-bounded on the left. */
export const NUMBER = String.raw`(?<![\w.,])(?:(?:${DIGITS})${SCALE}?|(?:${WORD_NUMBER})\b)(?![\d])`;
/** "20-odd villages", "30-odd miles": British for "a little over"; the number as written stays the value. */
export const ODD = String.raw`(?:-odd\b)?`;
/** An amount without a number: "tens of thousands of", "hundreds of", "several thousand". */
export const VAGUE = String.raw`(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|tens|hundreds|thousands|millions|dozens|scores|(?:several|a\s+few|many)\s+(?:hundred|thousand|dozen))(?:\s+of)?`;

/** Hedges in front of a number, longest first. */
export const QUALIFIER = String.raw`(?:just\s+(?:over|under|short\s+of)|well\s+(?:over|under)|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|up\s+to|upwards\s+of|in\s+excess\s+of|as\s+(?:many|much|few|little|far|close|near)\s+as|close\s+to|within|nearly|almost|about|around|roughly|approximately|approx\.|some|over|under|an\s+estimated|estimated|only|barely|just)`;

/** The value of a number as matched by NUMBER; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(SPACE_GROUP, '');
  const digits = /^(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|hundred|mn|bn|m)?$/.exec(text);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ''));
    // toPrecision drops binary noise: 4.1 × 1e6 is 4099999.9999999995 in floating point
    return Number.isFinite(base) ? Number((base * (digits[2] ? SCALES[digits[2]]! : 1)).toPrecision(15)) : null;
  }
  const half = /^half\s+(an?\s+\w+)$/.exec(text);
  if (half) {
    const whole = parseNumber(half[1]!);
    return whole === null ? null : whole / 2;
  }
  const words = text.split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') { current = 1; seen = true; continue; }
    if (w in SMALL) { current += SMALL[w]!; seen = true; continue; }
    if (w in TENS) { current += TENS[w]!; seen = true; continue; }
    if (w === 'hundred' || w === 'dozen') { current = (current || 1) * SCALES[w]!; seen = true; continue; }
    if (w in SCALES) { total += (current || 1) * SCALES[w]!; current = 0; seen = true; continue; }
    if (w === 'and') continue;
    return null;
  }
  return seen ? total + current : null;
}

/** "about" → "about"; collapses inner whitespace and lower-cases. */
export function normalizeQualifier(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return raw.trim().toLowerCase().replace(/\s+/g, ' ');
}

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** A fraction in words: "half", "a third", "two-thirds", "three quarters", "one-fifth". */
export const FRACTION = String.raw`(?:(?:an?|one|two|three|four|five|seven|nine)[\s-]+)?(?:${Object.keys(DENOMINATORS).join('|')})\b`;

/** 0.5 for "half", 2/3 for "two-thirds"; null when not a fraction. */
export function parseFraction(raw: string): number | null {
  const parts = raw.trim().toLowerCase().split(/[\s-]+/);
  const den = DENOMINATORS[parts[parts.length - 1]!];
  if (!den) return null;
  if (parts.length === 1) return den === 2 ? 0.5 : null;
  const num = parts[0] === 'a' || parts[0] === 'an' ? 1 : SMALL[parts[0]!];
  return num === undefined ? null : num / den;
}

/** A size multiplier: "twice", "three times", "2.5 times", "one and a half times" (tabloids hyphenate it), "half", "a third". */
export const MULTIPLIER = String.raw`(?:twice|double|triple|treble|(?:(?:${DIGITS})|${WORD_NUMBER}(?:[\s-]+and[\s-]+a[\s-]+half)?)\s+times|one[\s-]+and[\s-]+a[\s-]+half\s+times|${FRACTION})`;

/** 2 for "twice", 3 for "three times", 0.5 for "half"; null when not a multiplier. */
export function parseMultiplier(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'twice' || text === 'double') return 2;
  if (text === 'triple' || text === 'treble') return 3;
  const times = /^(.+?)([ -]and[ -]a[ -]half)? times$/.exec(text);
  if (times) {
    const n = parseNumber(times[1]!);
    return n === null ? null : n + (times[2] ? 0.5 : 0);
  }
  return parseFraction(text);
}
