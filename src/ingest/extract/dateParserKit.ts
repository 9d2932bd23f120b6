/**
 * Shared pieces of our chrono-node parsers: month and number words, the reference day D, a left
 * word-boundary check (chrono runs patterns on the remaining text, so a lookbehind cannot see the
 * word before), and results that carry a computed range tagged `precision/<p>`.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DatePrecision, DateRange } from '../types';
import { addDays, addMonths, parts } from './dateMath';
import { parseNumber, TENS_ALT, UNIT_DIGIT_ALT } from './figureNumbers';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** The months' full names, as an alternation. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Times of day told by the light ("at dawn", "at first light"), as an alternation. */
export const LIGHT_WORDS = String.raw`dawn|daybreak|first\s+light|dusk`;
export const MONTH = `(?<month>${MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 3,
};
/** "forty-eight hours", "twenty-four hours": a compound number word is one number, not its last part. */
const TENS_WORD = `(?:${TENS_ALT})(?:-(?:${UNIT_DIGIT_ALT}))?`;
export const NUMBER = `(?<n>\\d{1,3}|${TENS_WORD}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few|several|an|a)`;

const isoDays = new Map<number, string>();

/** The reference day D of a parse, YYYY-MM-DD (every parser asks; there are few distinct days). */
export function isoOf(context: ParsingContext): string {
  const time = context.reference.instant.getTime();
  let day = isoDays.get(time);
  if (day === undefined) {
    day = context.reference.instant.toISOString().slice(0, 10);
    isoDays.set(time, day);
  }
  return day;
}

export function atWordStart(context: ParsingContext, match: RegExpMatchArray): boolean {
  const before = context.text[(match.index ?? 0) - 1];
  return before === undefined || !/[\p{L}\p{N}]/u.test(before);
}

export function numberOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? parseNumber(w) ?? 1;
}

/** A result spanning a computed range, tagged with its precision. */
export function rangeResult(
  context: ParsingContext, index: number, text: string, range: DateRange, precision: DatePrecision,
): ParsingResult {
  const s = parts(range.start);
  const e = parts(range.end);
  const result = context.createParsingResult(
    index, text, { year: s.year, month: s.month, day: s.day }, { year: e.year, month: e.month, day: e.day },
  );
  return result.addTag(`precision/${precision}`);
}

export function partKey(part: string): 'early' | 'mid' | 'late' {
  const p = part.toLowerCase();
  // "the first days of July" is its early part, "the last days of June" its late part
  if (/early|start|beginning|first|opening/.test(p)) return 'early';
  if (/mid|middle/.test(p)) return 'mid';
  return 'late';
}

/** [D - n units, D] for "the past n units". */
export function countBack(D: string, n: number, unit: string): DateRange {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour') return { start: addDays(D, -Math.max(1, Math.ceil(n / 24))), end: D };
  if (u === 'day') return { start: addDays(D, -n), end: D };
  if (u === 'week') return { start: addDays(D, -7 * n), end: D };
  if (u === 'fortnight') return { start: addDays(D, -14 * n), end: D };
  if (u === 'month') return { start: addMonths(D, -n), end: D };
  return { start: addMonths(D, -12 * n), end: D };
}
