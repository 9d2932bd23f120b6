/**
 * Custom chrono-node parsers for the expressions news copy uses and chrono reads wrongly or not
 * at all: "early/mid/late March", "the past week", "last week" (a Monday–Sunday week), seasons,
 * bare years, "three months of war", and chained expressions ("the next day", "on the 9th").
 *
 * Each parser computes its range against the reference day D (the publication date) and tags the
 * result `precision/<p>`; chained expressions are tagged `anchor/<kind>:<n>` and resolved later
 * against the previous date in the text (see dates.ts). Patterns run on the remaining text, so a
 * left word boundary is checked in `atWordStart` instead of a lookbehind.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { DatePrecision, DateRange } from '../types';
import {
  addDays, addMonths, clampEnd, daysInMonth, latestMonthYear, latestSeason, mondayOf,
  latestWeekday, monthRange, weekdayOf, partOfMonth, parts, seasonRange, ymd, type Season,
} from './dateMath';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 3,
};
const NUMBER = '(?<n>\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+couple\\s+of|couple\\s+of|a\\s+few|few|several|an|a)';

const PART_OF_MONTH_RE = new RegExp(
  `(?<part>early|mid|middle\\s+of|late|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+end\\s+of|the\\s+middle\\s+of)[\\s-]+${MONTH}(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
  'iu',
);
const CALENDAR_RE = new RegExp(
  '(?:(?<part>early|mid|late|earlier|later|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+end\\s+of|the\\s+middle\\s+of)[\\s-]+)?' +
    '(?<which>last|this|previous|the)\\s+(?<unit>week|weekend|month|year)(?![\\p{L}\\p{N}])',
  'iu',
);
const OVERNIGHT_RE = /overnight(?![\p{L}\p{N}-])(?!\s+(?:success|stay|stays|bag|flight|train|bus|curfew|shift|visit)\b)/iu;
const WEEKEND_RE = /(?:over|at|during)\s+the\s+weekend(?![\p{L}\p{N}])/iu;
const ROLLING_RE = new RegExp(
  `(?:the\\s+(?:past|last|previous|preceding)\\s+(?:${NUMBER}\\s+)?|(?:past|last|previous)\\s+${NUMBER.replace('?<n>', '?<m>')}\\s+)` +
    '(?<unit>day|week|fortnight|month|year|hour)s?(?![\\p{L}\\p{N}])',
  'iu',
);
const RECENT_RE = /recent\s+(?<unit>days|weeks|months)(?![\p{L}\p{N}])/iu;
const CONFLICT_RE = new RegExp(
  `(?:the\\s+)?(?:(?:first|past|last)\\s+)?${NUMBER}\\s+(?<unit>day|week|month|year)s?\\s+(?:of|since)\\s+` +
    "(?:(?:the|this|a|[\\p{Lu}][\\p{L}]*['’]s)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" +
    '(?:conflict|war|fighting|invasion|occupation|siege|offensive|battle|hostilities|campaign|counter-?offensive|combat|clashes)(?![\\p{L}])',
  'iu',
);
const SEASON_RE = new RegExp(
  '(?:(?<part>early|late|mid)[\\s-]+)?(?:(?<which>this|last|the)\\s+)?(?<season>spring|summer|autumn|fall|winter)' +
    '(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])',
  'iu',
);
const YEAR_RE = new RegExp(
  '(?<prep>in|since|during|by|until|till|from|throughout|early|late|mid|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of)' +
    '[\\s-]+(?<year>(?:19|20)\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[-–]\\s*\\d|\\s+(?:km|miles|square|troops|people|soldiers|tanks))',
  'iu',
);
const ANCHOR_RE = new RegExp(
  '(?:(?:the\\s+)?(?<next>next|following)\\s+(?<nunit>day|morning|afternoon|evening|night|week))' +
    '|(?:the\\s+(?<before>day|night|evening)\\s+before(?!\\s+(?:the|a|an|his|her|their|its)\\b))' +
    '|(?:the\\s+previous\\s+(?<punit>day|night|evening|week))' +
    `|(?:${NUMBER}\\s+(?<lunit>day|week)s?\\s+(?<dir>later|earlier))` +
    '|(?:(?:on\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night))' +
    '|(?:on\\s+the\\s+(?<dom>\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))',
  'iu',
);

const isoOf = (context: ParsingContext): string => context.reference.instant.toISOString().slice(0, 10);

function atWordStart(context: ParsingContext, match: RegExpMatchArray): boolean {
  const before = context.text[(match.index ?? 0) - 1];
  return before === undefined || !/[\p{L}\p{N}]/u.test(before);
}

function numberOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? 1);
}

/** A result spanning a computed range, tagged with its precision. */
function rangeResult(
  context: ParsingContext, index: number, text: string, range: DateRange, precision: DatePrecision,
): ParsingResult {
  const s = parts(range.start);
  const e = parts(range.end);
  const result = context.createParsingResult(
    index, text, { year: s.year, month: s.month, day: s.day }, { year: e.year, month: e.month, day: e.day },
  );
  return result.addTag(`precision/${precision}`);
}

function partKey(part: string): 'early' | 'mid' | 'late' {
  const p = part.toLowerCase();
  if (/early|start|beginning/.test(p)) return 'early';
  if (/mid|middle/.test(p)) return 'mid';
  return 'late';
}

/** "early March", "mid-February 2022", "the end of May": days 1–10 / 11–20 / 21–end. */
export const partOfMonthParser: Parser = {
  pattern: () => PART_OF_MONTH_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    if (!atWordStart(context, match) || !/^\p{Lu}/u.test(g.month ?? '')) return null;
    const month = MONTHS[(g.month ?? '').replace(/\.$/, '').toLowerCase()];
    if (!month) return null;
    const D = isoOf(context);
    const year = g.year ? Number(g.year) : latestMonthYear(month, D);
    return rangeResult(context, match.index ?? 0, match[0], partOfMonth(year, month, partKey(g.part ?? '')), 'part-of-month');
  },
};

function weekRange(D: string, which: string, part: string | undefined): [DateRange, DatePrecision] | null {
  const monday = which === 'this' ? mondayOf(D) : addDays(mondayOf(D), -7);
  if (!part) return which === 'this' ? [clampEnd({ start: monday, end: addDays(monday, 6) }, D), 'range'] : [{ start: monday, end: addDays(monday, 6) }, 'week'];
  const key = part.toLowerCase();
  if (key === 'earlier') return which === 'this' ? [{ start: monday, end: D }, 'range'] : null;
  if (key === 'later') return null;
  const k = partKey(key);
  const span = k === 'early' ? [0, 2] : k === 'mid' ? [2, 4] : [3, 6];
  return [clampEnd({ start: addDays(monday, span[0]!), end: addDays(monday, span[1]!) }, D), 'range'];
}

function monthRangeFor(D: string, which: string, part: string | undefined): [DateRange, DatePrecision] | null {
  const { year, month } = parts(which === 'this' ? D : addMonths(D.slice(0, 8) + '01', -1));
  if (!part) return which === 'this' ? [clampEnd(monthRange(year, month), D), 'range'] : [monthRange(year, month), 'month'];
  const key = part.toLowerCase();
  if (key === 'earlier') return which === 'this' ? [{ start: ymd(year, month, 1), end: D }, 'range'] : null;
  if (key === 'later') return null;
  return [clampEnd(partOfMonth(year, month, partKey(key)), D), 'part-of-month'];
}

function yearRangeFor(D: string, which: string, part: string | undefined): [DateRange, DatePrecision] | null {
  const year = parts(D).year - (which === 'this' ? 0 : 1);
  const whole = { start: ymd(year, 1, 1), end: ymd(year, 12, 31) };
  if (!part) return which === 'this' ? [clampEnd(whole, D), 'range'] : [whole, 'year'];
  const key = part.toLowerCase();
  if (key === 'earlier') return which === 'this' ? [{ start: whole.start, end: D }, 'range'] : null;
  if (key === 'later') return null;
  const k = partKey(key);
  const [from, to] = k === 'early' ? [1, 4] : k === 'mid' ? [5, 8] : [9, 12];
  return [clampEnd({ start: ymd(year, from, 1), end: ymd(year, to, daysInMonth(year, to)) }, D), 'range'];
}

/** "last week" (Mon–Sun before D's week), "late last week", "last month", "earlier this year", "last weekend". */
export const calendarParser: Parser = {
  pattern: () => CALENDAR_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    if (!atWordStart(context, match)) return null;
    let which = (g.which ?? '').toLowerCase();
    const unit = (g.unit ?? '').toLowerCase();
    const part = g.part;
    // "the month" only in "at the start of the month"; "the last week" is a rolling span (ROLLING_RE).
    if (which === 'the') {
      if (!part || /^(early|mid|late|earlier|later)$/i.test(part) || unit === 'weekend') return null;
      which = 'this';
    }
    if (which === 'previous') which = 'last';
    const D = isoOf(context);
    let found: [DateRange, DatePrecision] | null;
    if (unit === 'weekend') {
      // "this weekend" said on a weekday is the coming one: not a past date.
      if (part || (which === 'this' && ![0, 6].includes(weekdayOf(D)))) return null;
      const sunday = which === 'this' ? addDays(latestWeekday(6, D), 1) : latestWeekday(0, addDays(D, -1));
      found = [clampEnd({ start: addDays(sunday, -1), end: sunday }, D), 'range'];
    } else if (unit === 'week') found = weekRange(D, which, part);
    else if (unit === 'month') found = monthRangeFor(D, which, part);
    else found = yearRangeFor(D, which, part);
    if (!found) return null;
    return rangeResult(context, match.index ?? 0, match[0], found[0], found[1]);
  },
};

/** "over the weekend", "at the weekend": the latest Saturday–Sunday that has begun by D. */
export const weekendParser: Parser = {
  pattern: () => WEEKEND_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const D = isoOf(context);
    const saturday = latestWeekday(6, D);
    const offset = match[0].search(/the\s+weekend/i);
    return rangeResult(context, (match.index ?? 0) + offset, match[0].slice(offset), clampEnd({ start: saturday, end: addDays(saturday, 1) }, D), 'range');
  },
};

/** "overnight" in news copy is the night before publication: [D-1, D]. */
export const overnightParser: Parser = {
  pattern: () => OVERNIGHT_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const D = isoOf(context);
    return rangeResult(context, match.index ?? 0, match[0], { start: addDays(D, -1), end: D }, 'range');
  },
};

function countBack(D: string, n: number, unit: string): DateRange {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour') return { start: addDays(D, -Math.max(1, Math.ceil(n / 24))), end: D };
  if (u === 'day') return { start: addDays(D, -n), end: D };
  if (u === 'week') return { start: addDays(D, -7 * n), end: D };
  if (u === 'fortnight') return { start: addDays(D, -14 * n), end: D };
  if (u === 'month') return { start: addMonths(D, -n), end: D };
  return { start: addMonths(D, -12 * n), end: D };
}

/** "the past week" = [D-7, D]; "the last three months", "the past 24 hours", "past two weeks" likewise. */
export const rollingParser: Parser = {
  pattern: () => ROLLING_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    const range = countBack(isoOf(context), numberOf(g.n ?? g.m), g.unit ?? 'day');
    return rangeResult(context, match.index ?? 0, match[0], range, 'range');
  },
};

/** "in recent days" = the past week; "recent weeks" = the past four weeks; "recent months" = three months. */
export const recentParser: Parser = {
  pattern: () => RECENT_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const unit = (match.groups?.unit ?? 'days').toLowerCase();
    const D = isoOf(context);
    const range = unit === 'days' ? countBack(D, 7, 'day') : unit === 'weeks' ? countBack(D, 4, 'week') : countBack(D, 3, 'month');
    return rangeResult(context, match.index ?? 0, match[0], range, 'range');
  },
};

/** "the three months of conflict", "100 days of war": the span counted back from D. */
export const conflictSpanParser: Parser = {
  pattern: () => CONFLICT_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    const range = countBack(isoOf(context), numberOf(g.n), g.unit ?? 'month');
    return rangeResult(context, match.index ?? 0, match[0], range, 'range');
  },
};

/** "this spring" = 1 March–31 May; "last winter", "the summer of 2014", "in autumn". */
export const seasonParser: Parser = {
  pattern: () => SEASON_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    const raw = (g.season ?? '').toLowerCase();
    const season: Season = raw === 'fall' ? 'autumn' : (raw as Season);
    const which = (g.which ?? '').toLowerCase();
    const index = match.index ?? 0;
    const before = context.text.slice(0, index);
    const cued = /(?:\b(?:in|during|over|since|by|until|through|throughout)\s+)$/i.test(before);
    // "the fall of Kherson", "a long summer": no season unless a year, this/last, or a preposition cues it.
    if (!g.year && which !== 'this' && which !== 'last' && !cued) return null;
    if (raw === 'fall' && !g.year && which !== 'this' && which !== 'last') return null;
    const D = isoOf(context);
    let range: DateRange;
    if (g.year) range = seasonRange(season, Number(g.year));
    else if (which === 'last') {
      const latest = latestSeason(season, D);
      range = latest.end < D ? latest : seasonRange(season, parts(latest.start).year - 1);
    } else {
      range = latestSeason(season, D);
      if (which === 'this' && parts(range.start).year !== parts(D).year && season !== 'winter') return null;
    }
    if (g.part) {
      const k = partKey(g.part);
      const startMonth = addMonths(range.start, k === 'early' ? 0 : k === 'mid' ? 1 : 2);
      const { year, month } = parts(startMonth);
      range = monthRange(year, month);
    }
    return rangeResult(context, index, match[0], range, 'season');
  },
};

/**
 * "in 2014", "since 2014", "late 2021": a bare year, cued by a preposition. The preposition stays in
 * the span (chrono's unlikely-format filter drops a bare number); dates.ts reads "since"/"by" in it.
 */
export const yearParser: Parser = {
  pattern: () => YEAR_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    const year = Number(g.year);
    const prep = (g.prep ?? '').toLowerCase();
    const text = match[0];
    if (!/^(early|late|mid|the)/.test(prep)) return rangeResult(context, match.index ?? 0, text, { start: ymd(year, 1, 1), end: ymd(year, 12, 31) }, 'year');
    const k = partKey(prep);
    const [from, to] = k === 'early' ? [1, 4] : k === 'mid' ? [5, 8] : [9, 12];
    return rangeResult(context, match.index ?? 0, text, { start: ymd(year, from, 1), end: ymd(year, to, daysInMonth(year, to)) }, 'range');
  },
};

/**
 * Chained expressions: "the next day", "two days later", "that day", "on the 9th". The result is a
 * placeholder at D tagged `anchor/offset:<days>`, `anchor/week:<weeks>` or `anchor/dom:<day>`.
 */
export const anchorParser: Parser = {
  pattern: () => ANCHOR_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    let tag: string;
    if (g.next) tag = g.nunit?.toLowerCase() === 'week' ? 'anchor/week:1' : 'anchor/offset:1';
    else if (g.before) tag = 'anchor/offset:-1';
    else if (g.punit) tag = g.punit.toLowerCase() === 'week' ? 'anchor/week:-1' : 'anchor/offset:-1';
    else if (g.lunit) {
      const n = numberOf(g.n) * (g.dir?.toLowerCase() === 'later' ? 1 : -1);
      tag = g.lunit.toLowerCase() === 'week' ? `anchor/offset:${7 * n}` : `anchor/offset:${n}`;
    } else if (g.dom) {
      const day = Number(g.dom);
      // "on the 9th of May" / "on the 9th May" are chrono's; "on the 9th Brigade" is no date.
      const after = context.text.slice((match.index ?? 0) + match[0].length);
      if (day < 1 || day > 31 || /^\s+(?:of\s+)?\p{Lu}/u.test(after)) return null;
      tag = `anchor/dom:${day}`;
    } else tag = 'anchor/offset:0';
    const { year, month, day } = parts(isoOf(context));
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day }).addTag(tag);
  },
};

/** Our parsers, in the order they should win ties against chrono's own. */
export const NEWS_PARSERS: Parser[] = [
  partOfMonthParser, rollingParser, recentParser, conflictSpanParser, calendarParser, weekendParser,
  overnightParser, seasonParser, yearParser, anchorParser,
];
