/**
 * Custom chrono-node parsers for the expressions news copy uses and chrono reads wrongly or not
 * at all: "early/mid/late March", "the past week", "a fortnight ago", "in recent days", "three months of war",
 * seasons, bare years and fixed-date holidays ("on New Year's Eve"); the calendar-relative ones
 * ("last week", "overnight") are in dateCalendarParser.ts and chained ones ("the next day") in
 * dateAnchorParser.ts.
 *
 * Each parser computes its range against the reference day D (the publication date) and tags the
 * result `precision/<p>`, which dates.ts reads back.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { DateRange } from '../types';
import { addDays, addMonths, daysInMonth, latestDayYear, latestMonthYear, latestSeason, monthRange, partOfMonth, parts, seasonRange, ymd, type Season } from './dateMath';
import { anchorParser, relativeClauseParser, spanParser, VAGUE_COUNT, VAGUE_SPAN } from './dateAnchorParser';
import { calendarParser, overnightParser, smallHoursParser, weekendParser } from './dateCalendarParser';
import { atWordStart, countBack, isoOf, MONTH, MONTHS, NUMBER, numberOf, partKey, rangeResult } from './dateParserKit';

const PART_OF_MONTH_RE = new RegExp(
  `(?<part>early|mid|middle\\s+of|late|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+end\\s+of|the\\s+middle\\s+of|the\\s+(?:first|opening|last|final|closing)\\s+days\\s+of)` +
    `(?:[\\s-]+to[\\s-]+(?<last>mid|late))?[\\s-]+${MONTH}(?:,?\\s+(?<year>(?:19|20)\\d{2})|\\s+(?:of\\s+)?(?<rel>last|this)\\s+year)?(?![\\p{L}\\p{N}])`,
  'iu',
);
const WEEK_OF_MONTH_RE = new RegExp(
  `(?:the\\s+)?(?<ord>first|second|third|fourth|last|final)\\s+(?<unit>week|half)\\s+of\\s+${MONTH}(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
  'iu',
);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const ROLLING_RE = new RegExp(
  `(?:the\\s+(?<word>past|last|previous|preceding)\\s+(?:${NUMBER}\\s+)?|(?:past|last|previous)\\s+${NUMBER.replace('?<n>', '?<m>')}\\s+)` +
    '(?<unit>day|week|fortnight|month|year|hour)s?(?![\\p{L}\\p{N}])',
  'iu',
);
const ON_FROM_RE = new RegExp(`${NUMBER}\\s+(?<unit>day|week|fortnight|month|year)s?\\s+on\\s+from(?![\\p{L}\\p{N}])`, 'iu');
const CHAINED_WORD_RE = /^(?:previous|preceding)$/i;
const CHAINED_UNIT_RE = /^(?:day|week|month|year)$/i;
const FORTNIGHT_AGO_RE = new RegExp(`(?:${NUMBER}\\s+)?fortnights?\\s+ago(?![\\p{L}\\p{N}])`, 'iu');
const VAGUE_AGO_RE = new RegExp(`(?:${VAGUE_COUNT}\\s+)?(?<unit>days|weeks|months|years)\\s+ago(?![\\p{L}\\p{N}])`, 'iu');
const RECENT_RE = /recent\s+(?<unit>days|weeks|months)(?![\p{L}\p{N}])/iu;
const CONFLICT_RE = new RegExp(
  `(?:the\\s+)?(?:(?:first|past|last)\\s+)?${NUMBER}\\s+(?<unit>day|week|month|year)s?\\s+(?:of|since)\\s+` +
    "(?:(?:the|this|a|[\\p{Lu}][\\p{L}]*['’]s)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" +
    '(?:conflict|war|fighting|invasion|occupation|siege|offensive|battle|hostilities|campaign|counter-?offensive|combat|clashes)(?![\\p{L}])',
  'iu',
);
const SEASON_RE = new RegExp(
  '(?:(?<part>early|late|mid)[\\s-]+|(?<edge>the\\s+(?:end|start|beginning|middle)\\s+of)\\s+)?(?:(?<which>this|last|the)\\s+)?(?<season>spring|summer|autumn|fall|winter)' +
    '(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])',
  'iu',
);
const YEAR_RE = new RegExp(
  '(?<prep>in|since|during|by|until|till|from|throughout|early|late|mid|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of)' +
    '[\\s-]+(?<year>(?:19|20)\\d{2}|1[6-8]\\d{2}(?=[,.;:)]|\\s*$|\\s+(?:by|when|and|after|before|under|as|to|from|with|the|it|they|he|she)\\b))(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[-–]\\s*\\d|\\s+(?:km|miles|square|troops|people|soldiers|tanks))',
  'iu',
);

/**
 * The month a match names (capitalised, as a month is: "may" is a verb) and its year: the one
 * written ("2021", "last year", "this year"), else the latest such month not after D. Null when the
 * match starts inside a word.
 */
function namedMonth(context: ParsingContext, match: RegExpMatchArray, name = ''): { year: number; month: number } | null {
  const month = MONTHS[name.replace(/\.$/, '').toLowerCase()];
  if (!atWordStart(context, match) || !/^\p{Lu}/u.test(name) || !month) return null;
  const { year: written, rel } = match.groups ?? {};
  const D = isoOf(context);
  if (rel) return { month, year: parts(D).year - (rel.toLowerCase() === 'last' ? 1 : 0) };
  return { month, year: written ? Number(written) : latestMonthYear(month, D) };
}

/**
 * "early March", "mid-February 2022", "the end of May": days 1–10 / 11–20 / 21–end; "mid-to-late
 * September" runs from the first part's start to the second's end.
 */
export const partOfMonthParser: Parser = {
  pattern: () => PART_OF_MONTH_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    const named = namedMonth(context, match, g.month);
    if (!named) return null;
    const first = partOfMonth(named.year, named.month, partKey(g.part ?? ''));
    if (!g.last) return rangeResult(context, match.index ?? 0, match[0], first, 'part-of-month');
    const last = partOfMonth(named.year, named.month, partKey(g.last));
    return rangeResult(context, match.index ?? 0, match[0], { start: first.start, end: last.end }, 'range');
  },
};

/**
 * "the first week of March" = days 1–7 (the second 8–14 …), "the last week of March" its last seven
 * days; "the first half of March" = days 1–15, "the second half" 16–end. chrono reads only the month.
 */
export const weekOfMonthParser: Parser = {
  pattern: () => WEEK_OF_MONTH_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    const named = namedMonth(context, match, g.month);
    if (!named) return null;
    const { year, month } = named;
    const last = daysInMonth(year, month);
    const n = ORDINALS[(g.ord ?? '').toLowerCase()];
    let first: number;
    let end: number;
    if ((g.unit ?? '').toLowerCase() === 'half') {
      if (n !== 1 && n !== 2) return null; // "the last half" is rare and vague
      [first, end] = n === 1 ? [1, 15] : [16, last];
    } else {
      [first, end] = n ? [7 * (n - 1) + 1, 7 * n] : [last - 6, last];
    }
    return rangeResult(context, match.index ?? 0, match[0], { start: ymd(year, month, first), end: ymd(year, month, end) }, 'range');
  },
};

/**
 * "the past week" = [D-7, D]; "the last three months", "the past 24 hours", "past two weeks" likewise.
 * Not "the previous day", "the preceding week": without a count they chain from the date before
 * (dateAnchorParser.ts), as "the day before" does.
 */
export const rollingParser: Parser = {
  pattern: () => ROLLING_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    if (!g.n && CHAINED_WORD_RE.test(g.word ?? '') && CHAINED_UNIT_RE.test(g.unit ?? '')) return null;
    const range = countBack(isoOf(context), numberOf(g.n ?? g.m), g.unit ?? 'day');
    return rangeResult(context, match.index ?? 0, match[0], range, 'range');
  },
};

/**
 * "A week on from the withdrawal, investigators are still …": the time it names lies that long
 * before now (D - 7), the start of the span it counts; the sentence's own time is now.
 */
export const onFromParser: Parser = {
  pattern: () => ON_FROM_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const { start } = countBack(isoOf(context), numberOf(match.groups?.n), match.groups?.unit ?? 'week');
    return rangeResult(context, match.index ?? 0, match[0], { start, end: start }, 'day');
  },
};

/** "a fortnight ago" = D-14, "two fortnights ago" D-28: chrono knows no fortnights. */
export const fortnightAgoParser: Parser = {
  pattern: () => FORTNIGHT_AGO_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const day = addDays(isoOf(context), -14 * numberOf(match.groups?.n));
    return rangeResult(context, match.index ?? 0, match[0], { start: day, end: day }, 'day');
  },
};

/** D moved back by a VAGUE_SPAN end: "6d", "2m", "2y". */
function back(D: string, by: string): string {
  const n = Number.parseInt(by, 10);
  if (by.endsWith('d')) return addDays(D, -n);
  return addMonths(D, -n * (by.endsWith('y') ? 12 : 1));
}

/**
 * "days ago", "a few weeks ago", "several months ago": as vague as "days later" (VAGUE_SPAN), counted
 * back from D — "days ago" is [D-6, D-2]; not exactly three days, as chrono reads "a few".
 */
export const vagueAgoParser: Parser = {
  pattern: () => VAGUE_AGO_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const [near, far] = VAGUE_SPAN[(match.groups?.unit ?? 'days').toLowerCase()]!;
    const D = isoOf(context);
    return rangeResult(context, match.index ?? 0, match[0], { start: back(D, far), end: back(D, near) }, 'range');
  },
};

const PERFECT_SPAN_RE = new RegExp(
  `(?:in\\s+(?:the\\s+space\\s+of\\s+)?(?:(?:just|only|a\\s+mere|under|less\\s+than)\\s+)?|for\\s+(?:(?:more\\s+than|over|nearly|almost|about|around|some|at\\s+least)\\s+)?)` +
    `${NUMBER}\\s+(?<unit>hour|day|week)s?(?![\\p{L}\\p{N}])`,
  'iu',
);
/**
 * A present perfect in the clause before: "have recaptured … in just 48 hours", "has overrun"; not
 * "have to leave in two days" (a duty to come) nor "has no …", "have 500 …" (possession).
 */
const PERFECT_BEFORE_RE = /\b(?:has|have|['’]ve)\s+(?:(?:been|also|now|already|just)\s+)*(?!(?:to|no|not|a|an|the|some|more|many|little|few)\b)\p{L}{3,}/iu;
const CLAUSE_BREAK_RE = /[.;:!?–—]|,(?!\d)/g;
/** The clause after a fronted span's comma, up to the next break. */
const FRONTED_CLAUSE_RE = /^\s*,([^.;:!?–—,]*)/;

/**
 * "have recaptured 2,500 square miles in just 48 hours", "have been shelling the port for six
 * weeks": after a present perfect, "in/for N hours/days/weeks" is the span up to now, as "in the
 * past 48 hours" is. Elsewhere it is a length ("took the city in
 * three days" in March) or a deadline ("will fall in a week"), no date.
 */
export const perfectSpanParser: Parser = {
  pattern: () => PERFECT_SPAN_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const before = context.text.slice(0, match.index ?? 0);
    const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_BREAK_RE)].map((m) => (m.index ?? 0) + 1)));
    // fronted, the span sets the time of the perfect after its comma: "In the space of six days, the army has pushed …"
    const fronted = /^\s*$/.test(clause) && FRONTED_CLAUSE_RE.exec(context.text.slice((match.index ?? 0) + match[0].length));
    if (!PERFECT_BEFORE_RE.test(clause) && !(fronted && PERFECT_BEFORE_RE.test(fronted[1]!))) return null;
    const range = countBack(isoOf(context), numberOf(match.groups?.n), match.groups?.unit ?? 'day');
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

/** Marks a conflict span, which dates.ts may give up to another date of its sentence. */
export const CONFLICT_SPAN_TAG = 'span/conflict';

/** "the three months of conflict", "100 days of war": the span counted back from D. */
export const conflictSpanParser: Parser = {
  pattern: () => CONFLICT_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    const range = countBack(isoOf(context), numberOf(g.n), g.unit ?? 'month');
    return rangeResult(context, match.index ?? 0, match[0], range, 'range').addTag(CONFLICT_SPAN_TAG);
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
    // "the fall of Kherson", "a long summer": no season unless a year, this/last, a preposition or "the end of" cues it.
    if (!g.year && which !== 'this' && which !== 'last' && !cued && !g.edge) return null;
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
    } else if (g.edge) {
      // "the end of the summer" is the end of its last month (21–31 August), as "the end of the month" is;
      // "the start of the spring" the first days of March; "the middle of the winter" its middle month.
      const k = partKey(g.edge);
      const { year, month } = parts(addMonths(range.start, k === 'early' ? 0 : k === 'mid' ? 1 : 2));
      range = k === 'mid' ? monthRange(year, month) : partOfMonth(year, month, k);
    }
    return rangeResult(context, index, match[0], range, 'season');
  },
};

/**
 * "in 2014", "since 2014", "late 2021", "in 1783": a bare year, cued by a preposition; a year before
 * 1900 must end its phrase ("in 1783, …", "in 1778 by Potemkin"), since "in 1700 places" is a count.
 * The preposition stays in the span (chrono's unlikely-format filter drops a bare number); dates.ts reads "since"/"by" in it.
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

const HOLIDAY_RE = new RegExp(
  "(?<name>New\\s+Year['’]s\\s+(?:Eve|Day)|(?:Orthodox\\s+)?Christmas(?:\\s+(?:Eve|Day))?|Victory\\s+Day|Independence\\s+Day)" +
    '(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])' +
    // "Christmas markets", "the Christmas season": the holiday as a thing, not a day
    '(?!\\s+(?:tree|market|light|holiday|season|period|shopping|dinner|decoration|card|message|address|present)s?(?![\\p{L}]))',
  'u',
);
/**
 * Fixed-date holidays a war report dates things by, as month and day. Independence Day is
 * Ukraine's (24 August), Victory Day Russia's parade day (9 May); Orthodox Christmas is 7 January.
 */
const HOLIDAYS: [RegExp, number, number][] = [
  [/^New Year.s Eve$/, 12, 31], [/^New Year.s Day$/, 1, 1], [/^Orthodox/, 1, 7], [/^Christmas Eve$/, 12, 24],
  [/^Christmas/, 12, 25], [/^Victory/, 5, 9], [/^Independence/, 8, 24],
];

/** "on New Year's Eve", "on Christmas Day", "on Victory Day": the latest such day on or before D. */
export const holidayParser: Parser = {
  pattern: () => HOLIDAY_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const name = (match.groups?.name ?? '').replace(/\s+/g, ' ');
    const [, month, day] = HOLIDAYS.find(([re]) => re.test(name)) ?? [];
    if (!month || !day) return null;
    const year = match.groups?.year ? Number(match.groups.year) : latestDayYear(month, day, isoOf(context));
    const iso = ymd(year, month, day);
    return rangeResult(context, match.index ?? 0, match[0], { start: iso, end: iso }, 'day');
  },
};

const DAY = (name: string) => `(?<${name}>[0-3]?\\d)(?:st|nd|rd|th)?`;
const DAY_JOIN = '(?:\\s+(?:and|to|until|till|through)\\s+|\\s*[-–]\\s*)';
const LISTED_JOIN_RE = /\d(?:st|nd|rd|th)?\s+and\s+\d/i;
const DAY_SPAN_RE = new RegExp(
  `(?:(?<open>between|from)\\s+)?(?:${DAY('a')}${DAY_JOIN}${DAY('b')}\\s+${MONTH}|${MONTH.replace('?<month>', '?<m2>')}\\s+${DAY('c')}${DAY_JOIN}${DAY('d')})` +
    '(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * "between 5 and 9 September", "between March 3 and 7": chrono reads only the second day; "from 3 to
 * 6 June" it takes for hours of the day. Without "between"/"from", two days in a row listed for one
 * happening are its span: "on 5 and 6 December", "on November 19 and 20" (not "on 5 and 9 December",
 * two days apart, which chrono reads as before).
 */
export const daySpanParser: Parser = {
  pattern: () => DAY_SPAN_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    const named = namedMonth(context, match, g.month ?? g.m2);
    if (!named) return null;
    const { year, month } = named;
    const [first, last] = [Number(g.a ?? g.c), Number(g.b ?? g.d)];
    if (first < 1 || first >= last || last > daysInMonth(year, month)) return null;
    if (!g.open && (last !== first + 1 || !LISTED_JOIN_RE.test(match[0]))) return null;
    return rangeResult(context, match.index ?? 0, match[0], { start: ymd(year, month, first), end: ymd(year, month, last) }, 'range');
  },
};

/**
 * "between January and May", "from March to June": a span of whole months, the first month's start to
 * the last one's end (the last month the latest not after D, the first in the year before if it comes
 * later in the calendar). chrono reads only the first month. A day after either month is left to
 * daySpanParser and chrono ("from March 3 to May 5").
 */
const MONTH_SPAN_RE = new RegExp(
  `(?:between|from)\\s+${MONTH}(?:\\s+(?:and|to|until|till|through)\\s+|\\s*[-–]\\s*)${MONTH.replace('?<month>', '?<m2>')}(?!\\s*\\d|[A-Za-z])`,
  'i',
);
export const monthSpanParser: Parser = {
  pattern: () => MONTH_SPAN_RE,
  extract(context, match) {
    const first = namedMonth(context, match, match.groups?.month);
    const last = namedMonth(context, match, match.groups?.m2);
    if (!first || !last) return null;
    const startYear = first.month <= last.month ? last.year : last.year - 1;
    const range = { start: monthRange(startYear, first.month).start, end: monthRange(last.year, last.month).end };
    return rangeResult(context, match.index ?? 0, match[0], range, 'range');
  },
};

/** Our parsers, in the order they should win ties against chrono's own. */
export const NEWS_PARSERS: Parser[] = [
  partOfMonthParser, monthSpanParser, weekOfMonthParser, rollingParser, onFromParser, perfectSpanParser, fortnightAgoParser, vagueAgoParser, recentParser, conflictSpanParser, calendarParser,
  weekendParser, overnightParser, smallHoursParser, seasonParser, yearParser, daySpanParser, holidayParser, anchorParser, spanParser, relativeClauseParser,
];
