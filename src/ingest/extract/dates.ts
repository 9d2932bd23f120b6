/**
 * Temporal expressions in a sentence, resolved to day ranges against the publication date D.
 *
 * chrono-node (casual English, forwardDate off) is the parser, extended with our own parsers
 * (dateParsers.ts) and refiners (dateRefiners.ts). This module turns its results into
 * `ResolvedDate`s: the expression's span in the sentence, an inclusive DateRange and a precision;
 * it also reads the preposition in front ("since X" and "from X onward" = [X, D], "by X" = X),
 * joins "between X and Y" / "from X to Y" and back-to-back "Thursday and Friday" into one range,
 * and chains "the next day" / "on the 9th" / "since then" from an anchor (the previous date in the
 * text); "a day after <clause>" only from a date earlier in the same sentence, or after "came"
 * ("The strikes came a day after …"), and not when the clause gives its own date; with no date
 * before it, "a week after it was retaken on 3 November" counts from the clause's own date and
 * dates what comes before it. "By the end of the month" is the end of the anchor's month, and a
 * month without a year after "In 2014, …" is in 2014 (YearFrame). The article's landmarks ("since
 * the start of the war") come as one more parser (dateLandmarkParser.ts).
 */
import type { Chrono, Component, ParsedComponents, ParsedResult, Parser } from 'chrono-node';
// English only: the package's main entry loads every locale, which a worker pays for at start-up.
import { casual } from 'chrono-node/en';
import type { DatePrecision, DateRange } from '../types';
import { addDays, addMonths, clampEnd, dayNumber, daysInMonth, mondayOf, monthRange, partOfMonth, parts, seasonRange, shift, ymd, type Season } from './dateMath';
import { PART_OF_STORY_TAG, WEEKEND_OF_STORY_TAG } from './dateCalendarParser';
import { CLOCK_TAG } from './dateAnchorParser';
import { LANDMARK_TAG } from './dateLandmarkParser';
import { gateOf } from './dateParserGates';
import { LIGHT_WORDS, MONTH } from './dateParserKit';
import { CONFLICT_SPAN_TAG, NEWS_PARSERS } from './dateParsers';
import { NEWS_REFINERS } from './dateRefiners';
import { classify, EVENT_NOUN_FORMS } from './eventWords';

export interface ResolvedDate {
  /** Offset of the expression in the sentence text. */
  index: number;
  /** The expression as written, including a governing "since"/"by" and a possessive "’s". */
  text: string;
  date: DateRange;
  precision: DatePrecision;
  /**
   * How the expression relates to the event: at the date, since it (until D), by it, (for "a
   * day after <clause>") the date of the clause that follows the expression, or (for "a week after
   * it was retaken on 3 November") the date of the clause before it, counted from the date the
   * following clause gives.
   */
  relation: 'at' | 'since' | 'by' | 'after' | 'offset';
  /** For "since X": X itself ("has been occupied since early March" dates the occupation to X). */
  since?: { date: DateRange; precision: DatePrecision };
  /** True when the date was computed from the anchor ("the next day"), not from D. */
  chained: boolean;
  /** True for expressions that mean the publication moment itself ("now", "today"). */
  present: boolean;
}

/**
 * A past year the text has set as the time of its story ("In 2014, Russia annexed Crimea", "in
 * March 2014"): a month written without a year after it is in that year ("In March, …"), where
 * news English would otherwise mean the latest such month. A frame of a year alone counts only when
 * the year opens its sentence; "annexed Crimea in 2014 and invaded in February" lists landmarks, and
 * February is the latest one. A frame that names a month holds for the months after it ("in March
 * 2014 … In April"), not for one before it. It lasts into the next sentence, and on while each
 * sentence goes on in its year.
 */
export interface YearFrame { year: number; month?: number; fronted: boolean }

const NAMED_MONTH_RE = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])`, 'u');
const FOUR_DIGIT_YEAR_RE = /(?<![\p{L}\p{N}])(?:1[6-9]|20)\d{2}(?![\p{L}\p{N}])/u;
/** A month placed from D by its own words: "last March", "this year", "March of last year". */
const FROM_D_RE = /\b(?:years?|last|this|next|past)\b/i;
/** Words before a month that place it from D: "last March", "since March" (a span up to D). */
const FROM_D_BEFORE_RE = /\b(?:since|last|this|next|past)\s+$/i;
const FRONTED_RE = /^[\s"“‘(]*(?:(?:in|on|during|by|until|from)\s+(?:the\s+)?)?$/i;

/** A month or day named without a year and not counted from another date: "in March", "on 3 May". */
const isYearless = (d: Pick<ResolvedDate, 'text' | 'chained'>): boolean => !d.chained && NAMED_MONTH_RE.test(d.text) && !FOUR_DIGIT_YEAR_RE.test(d.text) && !FROM_D_RE.test(d.text);

/** The frame the sentence's dates leave for what follows, continuing `incoming` when they stay in its year. */
export function frameOf(sentence: string, dates: ResolvedDate[], D: string, incoming?: YearFrame): YearFrame | undefined {
  let frame: YearFrame | undefined;
  for (const d of dates) {
    const { year, month } = parts(d.date.start);
    const named = d.precision === 'year' ? undefined : month;
    // only a written year, and not a span up to D ("Since 2014, …"): after "at the end of last
    // year", "on 5 December" is still read from D
    if (FOUR_DIGIT_YEAR_RE.test(d.text) && d.relation !== 'since' && year < parts(D).year) {
      frame = { year, month: named, fronted: FRONTED_RE.test(sentence.slice(0, d.index)) };
    } else if (incoming && isYearless(d) && year === incoming.year) frame = { year, month: named, fronted: true };
  }
  return frame;
}

/** "after"/"before" between a written date and a yearless one: "signed on 5 September 2014, after a defeat in late August". */
const LOOK_BACK_RE = /\b(?:after|before)\b/i;

/**
 * The year of a written date earlier in the sentence when an "after"/"before" clause ties the
 * yearless date to it: that clause looks back from the date rather than on to a later season, so
 * an earlier month stays in that year (whereas "signed in December 2014; it collapsed in January"
 * goes on into the next).
 */
function lookBackFrame(sentence: string, dates: ResolvedDate[], index: number): YearFrame | undefined {
  const written = dates.findLast((d) => d.index < index && d.relation !== 'since' && FOUR_DIGIT_YEAR_RE.test(d.text));
  if (!written || !LOOK_BACK_RE.test(sentence.slice(written.index + written.text.length, index))) return undefined;
  return { year: parts(written.date.start).year, fronted: true };
}

/** `date` moved into the frame's year when the frame holds for its month. */
function framed(date: DateRange, frame: YearFrame | undefined): DateRange {
  if (!frame) return date;
  const { year, month } = parts(date.start);
  if (year === frame.year || (frame.month === undefined ? !frame.fronted : month < frame.month)) return date;
  const by = `${frame.year - year}y`;
  return { start: shift(date.start, by), end: shift(date.end, by) };
}

/**
 * chrono's "within" parser reads "in three days", "for 40 days", "for about three minutes" as that
 * long after D: a duration or a forecast, never a past date (under a day it lands on D itself).
 */
const DURATION_PARSER = 'ENTimeUnitWithinFormatParser';
/**
 * A clock time never changes the day of an event, and chrono's clock parser reads day numbers as
 * hours: "from 8 p.m. on March 15 until 7 a.m. on March 17" became "15 until 7 a.m.", 15:00–07:00.
 */
const CLOCK_PARSER = 'ENTimeExpressionParser';

/** The parser: chrono's casual English plus ours, ours first so they win ties. */
export const newsChrono: Chrono = (() => {
  const parser = casual.clone();
  parser.parsers = parser.parsers.filter((p) => p.constructor.name !== DURATION_PARSER && p.constructor.name !== CLOCK_PARSER);
  parser.parsers.unshift(...NEWS_PARSERS);
  parser.refiners.push(...NEWS_REFINERS);
  return parser;
})();

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Edges of a span, not events of their own: "by the end of the month" is chrono's to read. */
const SPAN_EDGES = new Set(['start', 'beginning', 'end']);
/** A prefix naming the start of a span ("since the start of the war"), not an event by its noun. */
const SPAN_START_RE = /^\s+the\s+(?:start|beginning|launch|outbreak|onset)\s+of\b/i;
/**
 * "since X", "by X", and the same before a start named by its date: "since the start of its
 * counteroffensive on Aug. 29" runs from Aug. 29, as "since Aug. 29" does; so does an event named
 * by its noun: "since the Russian retreat from Kherson last month" runs from that month to D; and so
 * does one named by a gerund after "since": "have advanced since capturing Popasna in early May"
 * — or with its verb of starting: "since the counter-offensive began on Tuesday" — or by a clause of
 * its own: "have fled since Russia invaded on Feb. 24", "since it invaded on February 24th"
 * (not "since spring", nouns in -ing; nor "by ordering a curfew on 2 June", a means).
 */
const RELATION_PREFIX_RE = new RegExp(
  '(?<word>\\b(?:ever\\s+)?since|\\bby|\\buntil|\\btill|\\bas\\s+of)(?<start>\\s+the\\s+(?:(?:start|beginning|launch|outbreak|onset)\\s+of(?:\\s+[\\p{L}\\p{N}’\'-]+){1,5}'
  + `|(?:[\\p{L}’'-]+\\s+){0,2}(?:${[...EVENT_NOUN_FORMS].filter((w) => !SPAN_EDGES.has(w)).join('|')})(?:\\s+(?:of|from|in|on|at|to|into|across|near|against)(?:\\s+[\\p{L}\\p{N}’'-]+){0,3})?(?<verb>\\s+(?:began|started|opened|erupted|resumed|was\\s+launched|broke\\s+out)(?:\\s+(?:on|in))?)?)`
  + `|(?<=since)\\s+(?!(?:morning|evening|spring|beginning)\\b)\\p{L}{2,}ing(?:\\s+[\\p{L}\\p{N}’'-]+){0,4}`
  // a quoted name in the clause's object counts as one word: "since Putin announced a "partial mobilization" on Sept. 21"
  + `|(?<=since)\\s+(?:[\\p{L}’'-]+\\s+){1,4}?(?<clauseVerb>\\p{L}+ed|began|took|fell|broke|struck|withdrew|fled|overran|retook|crossed)(?:\\s+(?:[“"][^”"]{1,40}[”"]|[\\p{L}’'-]+)){0,3}?)?\\s+$`,
  'iu',
);
/**
 * "the third attack since New Year's Eve", "its heaviest shelling since March", "the biggest blow
 * to Vladimir Putin's air force since the war began", "the only regional capital captured since the
 * invasion began", "the slowest rate of advance since the start of the invasion" (any superlative
 * after a determiner): after an ordinal, a superlative or "the only" (and a noun phrase of up to six
 * words), "since X" is the window of a comparison, not when anything happened; so after "the first
 * time" and its clause ("the first time the centre had been hit since June"), and after "the first"
 * and its infinitive ("the first convoy to reach the city by road since the siege began").
 */
const COMPARISON_RE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|biggest|largest|heaviest|deadliest|fiercest|strongest|longest|worst|most|highest|lowest|fastest|greatest|bloodiest|deepest|furthest|farthest|fewest|best|(?:the|its|their)\s+only|(?:the|its|their|his|her)\s+(?!(?:interest|protest|arrest|request|forest|harvest|contest|conquest|bequest|inquest|unrest|northwest|southwest|midwest)\b)\p{L}{3,}est)(?:\s+[\p{L}\p{N}’'-]+){0,6}\s+$|\b(?:first|only)\s+time(?:\s+[\p{L}\p{N}’'-]+){0,10}\s+$|\b(?:first|only)(?:\s+[\p{L}\p{N}’'-]+){1,3}\s+to(?:\s+[\p{L}\p{N}’'-]+){1,10}\s+$/iu;
/** "from 6 September onward": since that day. */
const FROM_RE = /\bfrom\s+$/i;
const ONWARD_RE = /^\s+onwards?(?![\p{L}])/iu;
/** "before March" says only that it was earlier: no date, unless a single day ("just before Tuesday"). */
const BEFORE_RE = /\bbefore\s+$/i;
/** "since …", "by …"; "in the days since" (dateAnchorParser) is a "since then" of its own. */
const RELATION_IN_RE = /^(?<word>(?:ever\s+)?since|by|until|till|as\s+of|in\s+the\s+days\s+since)(?:\s|$)/i;
const POSSESSIVE_RE = /^['’]s(?![\p{L}])/u;
const PRESENT_TAGS = ['casualReference/now', 'casualReference/today', 'casualReference/tonight'];
const PRESENT_RE = /^(?:now|today|tonight|this\s+(?:morning|afternoon|evening))$/i;

function componentDay(c: ParsedComponents): string {
  return ymd(c.get('year') ?? 1970, c.get('month') ?? 1, c.get('day') ?? 1);
}

/** The range one side of a chrono result stands for, or null for a time with no date. */
function sideRange(c: ParsedComponents, tags: Set<string>): [DateRange, DatePrecision] | null {
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/'));
  if (c.isCertain('day') || c.isCertain('weekday') || relative && c.get('day') != null) {
    const day = componentDay(c);
    return [{ start: day, end: day }, 'day'];
  }
  const year = c.get('year') ?? 1970;
  if (c.isCertain('month')) return [monthRange(year, c.get('month') ?? 1), 'month'];
  if (c.isCertain('year')) return [{ start: ymd(year, 1, 1), end: ymd(year, 12, 31) }, 'year'];
  return null;
}

function fromTag(tags: Set<string>, prefix: string): string | undefined {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return undefined;
}

/** "that summer" (n = 0), "the following spring" (1), "the previous winter" (-1), from the anchor. */
function seasonFrom(anchor: DateRange, season: Season, n: number): DateRange {
  const from = n < 0 ? anchor.start : anchor.end;
  const { year, month } = parts(from);
  const own = seasonRange(season, season === 'winter' && month <= 2 ? year - 1 : year);
  if (n > 0 && own.start <= from) return seasonRange(season, parts(own.start).year + 1);
  if (n < 0 && own.end >= from) return seasonRange(season, parts(own.start).year - 1);
  return own;
}

/** Ranges after an anchor, cut at D: what happened "within weeks" happened by D. */
function chainedSpan(tags: Set<string>, anchor: DateRange, D: string): [DateRange, DatePrecision] | null {
  const span = fromTag(tags, 'anchor/span:');
  const calendar = fromTag(tags, 'anchor/calendar:');
  const season = fromTag(tags, 'anchor/season:');
  const first = fromTag(tags, 'anchor/first:');
  let range: DateRange;
  if (first !== undefined) range = { start: anchor.start, end: shift(anchor.start, first) };
  else if (span !== undefined) {
    const [from = '0d', to = '0d'] = span.split(':');
    range = { start: shift(anchor.start, from), end: shift(anchor.end, to) };
  } else if (calendar !== undefined) {
    const [unit, by = '0'] = calendar.split(':');
    const n = Number(by);
    const { year, month } = parts(n < 0 ? anchor.start : anchor.end);
    if (unit === 'year') range = { start: ymd(year + n, 1, 1), end: ymd(year + n, 12, 31) };
    else {
      const moved = parts(addMonths(ymd(year, month, 1), n));
      range = monthRange(moved.year, moved.month);
    }
  } else if (season !== undefined) {
    const [name, by = '0'] = season.split(':');
    range = seasonFrom(anchor, name as Season, Number(by));
  } else return null;
  range = clampEnd(range, D);
  return [range, range.start === range.end ? 'day' : 'range'];
}

/** The longest anchor (in days after its first) a chain of days counts from as a day (a week), or at all (half a month). */
const DAY_CHAIN_MAX_SPAN = 6;
const PART_CHAIN_MAX_SPAN = 15;

/** A chained expression resolved against the anchor; null without an anchor. */
function chainedRange(tags: Set<string>, anchor: DateRange | undefined, D: string): [DateRange, DatePrecision] | null {
  // "Explosions rocked the capital at 8.15am" before any day is named: the clock reads on the news day
  if (!anchor) return tags.has(CLOCK_TAG) ? [{ start: D, end: D }, 'day'] : null;
  const spanned = chainedSpan(tags, anchor, D);
  if (spanned) return spanned;
  const offset = fromTag(tags, 'anchor/offset:');
  if (offset !== undefined) {
    const n = Number(offset);
    // "Two days later" after "in early September" moves its days; "later in the day" after "which
    // opened in 2018" has no day to count from
    const span = dayNumber(anchor.end) - dayNumber(anchor.start);
    if (span > DAY_CHAIN_MAX_SPAN) return span > PART_CHAIN_MAX_SPAN ? null : [clampEnd({ start: addDays(anchor.start, n), end: addDays(anchor.end, n) }, D), 'range'];
    const day = addDays(n < 0 ? anchor.start : anchor.end, n);
    return [{ start: day, end: day }, 'day'];
  }
  if (tags.has('anchor/same')) return [anchor, anchor.start === anchor.end ? 'day' : 'range'];
  const week = fromTag(tags, 'anchor/week:');
  if (week !== undefined) {
    const monday = addDays(mondayOf(anchor.start), 7 * Number(week));
    return [{ start: monday, end: addDays(monday, 6) }, 'week'];
  }
  const dom = Number(fromTag(tags, 'anchor/dom:'));
  if (!dom) return null;
  let { year, month } = parts(anchor.end);
  if (dom > daysInMonth(year, month) || ymd(year, month, dom) > D) ({ year, month } = parts(addMonths(ymd(year, month, 1), -1)));
  if (dom > daysInMonth(year, month)) return null;
  const day = ymd(year, month, dom);
  return [{ start: day, end: day }, 'day'];
}

/**
 * "On 26 February, … By the weekend, the vanguard had stalled": "by the weekend" in a story told
 * day by day is the first weekend on or after the day it last named; null (D's latest weekend) when
 * that day is vague or the weekend after it has not begun by D.
 */
function weekendOfStory(tags: Set<string>, anchor: DateRange | undefined, D: string): [DateRange, DatePrecision] | null {
  if (!anchor || !tags.has(WEEKEND_OF_STORY_TAG) || dayNumber(anchor.end) - dayNumber(anchor.start) > DAY_CHAIN_MAX_SPAN) return null;
  // Sunday of the anchor's week (weeks run Monday–Sunday), and its Saturday
  const sunday = addDays(mondayOf(anchor.end), 6);
  const saturday = addDays(sunday, -1);
  return saturday > D ? null : [clampEnd({ start: saturday, end: sunday }, D), 'range'];
}

/**
 * "By the end of the month, troops had reached Kyiv" after "… invaded on 24 February": the part of
 * the month (or year) the anchor lies in, when it lies in one; null to keep D's.
 */
function partOfStory(tags: Set<string>, anchor: DateRange | undefined, D: string): [DateRange, DatePrecision] | null {
  const [unit, key] = (fromTag(tags, PART_OF_STORY_TAG) ?? '').split(':');
  if (!anchor || !unit) return null;
  const a = parts(anchor.start);
  const b = parts(anchor.end);
  if (a.year !== b.year || (unit === 'month' && a.month !== b.month)) return null;
  if (unit === 'month') return [clampEnd(partOfMonth(a.year, a.month, key as 'early' | 'mid' | 'late'), D), 'part-of-month'];
  const [from, to] = key === 'early' ? [1, 4] : key === 'mid' ? [5, 8] : [9, 12];
  return [clampEnd({ start: ymd(a.year, from, 1), end: ymd(a.year, to, daysInMonth(a.year, to)) }, D), 'range'];
}

function resultRange(r: ParsedResult, anchor: DateRange | undefined, D: string): [DateRange, DatePrecision] | null {
  const tags = r.tags();
  if ([...tags].some((t) => t.startsWith('anchor/'))) return chainedRange(tags, anchor, D);
  const story = partOfStory(tags, anchor, D) ?? weekendOfStory(tags, anchor, D);
  if (story) return story;
  const own = fromTag(tags, 'precision/') as DatePrecision | undefined;
  if (own && r.end) return [{ start: componentDay(r.start), end: componentDay(r.end) }, own];
  const start = sideRange(r.start, tags);
  if (!start) return null;
  if (!r.end) return start;
  const end = sideRange(r.end, tags);
  if (!end || end[0].end < start[0].start) return start;
  return [{ start: start[0].start, end: end[0].end }, 'range'];
}

/** Whether chrono found a calendar part (not only a time of day, as in "the night of …"). */
function hasDate(r: ParsedResult): boolean {
  const s = r.start;
  if (['year', 'month', 'day', 'weekday'].some((c) => s.isCertain(c as Component))) return true;
  return [...r.tags()].some((t) => t.startsWith('precision/') || t.startsWith('anchor/'));
}

/** "the night of 23 February": chrono keeps only the time of day, so read what follows "of". */
function reparseAfterOf(r: ParsedResult, sentence: string, D: string): ParsedResult[] {
  const of = /\bof\s+/i.exec(r.text);
  if (!of) return [];
  const offset = r.index + of.index + of[0].length;
  return parse(sentence.slice(offset, r.index + r.text.length), D).map((inner) => ({
    ...inner, index: r.index, text: r.text, start: inner.start, end: inner.end, tags: () => inner.tags(), date: () => inner.date(),
  }));
}

/**
 * Words without which no parser (chrono's or ours) finds a date: month and weekday names and their
 * abbreviations, relative words, units of time, seasons, ordinals and digits. Sentences with none
 * of them skip the parser, which is most of its cost.
 */
const MAY_HOLD_DATE =
  new RegExp(String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|night|morning|afternoon|evening|noon|midnight|ago|later|earlier|week|weekend|fortnight|month|year|day|hour|minute|spring|summer|autumn|fall|winter|overnight|${LIGHT_WORDS}|eve\b|since|decade|first|second|third|fourth|fifth|next|last|past|previous|this|that|start|beginning|end|christmas)|\d`, 'i');

const LIGHT_RE = new RegExp(LIGHT_WORDS, 'i');

const GATED = newsChrono.parsers.map((parser) => ({ parser, gate: gateOf(parser) }));

function parse(text: string, D: string, landmarks?: Parser): ParsedResult[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  // Only the parsers whose gate the text passes: the others could not match (dateParserGates.ts).
  const chrono = newsChrono.clone();
  const gated = GATED.filter(({ gate }) => !gate || gate.test(text)).map(({ parser }) => parser);
  chrono.parsers = landmarks ? [landmarks, ...gated] : gated;
  return chrono.parse(text, { instant: new Date(`${D}T12:00:00Z`), timezone: 0 }, { forwardDate: false });
}

/**
 * Every temporal expression in the sentence, in reading order, resolved against the publication
 * day `published` (YYYY-MM-DD). `anchor` is the last date the text mentioned, for chained
 * expressions; without it they are declined. Expressions that lie wholly after D are declined.
 */
export function resolveDates(sentenceText: string, published: string, anchor?: DateRange, frame?: YearFrame, landmarks?: Parser): ResolvedDate[] {
  if (!ISO_RE.test(published)) throw new Error(`resolveDates: published must be YYYY-MM-DD, got "${published}"`);
  const D = published;
  const out: ResolvedDate[] = [];
  let chainFrom = anchor;
  let local = false; // whether chainFrom is a date of this sentence
  let offsetBy: { index: number; text: string; days: number } | undefined; // "a week after" awaiting its clause's date
  const results = parse(sentenceText, D, landmarks);
  // "since the war began in February": the date written after a landmark takes its place and its "since"
  const heldPrefix = new Map<ParsedResult, RegExpExecArray>();
  const kept = results.filter((r, i) => {
    const next = results[i + 1];
    if (!next || !ownDateFollows(sentenceText, r, next)) return true;
    const held = RELATION_PREFIX_RE.exec(sentenceText.slice(0, r.index));
    if (held) heldPrefix.set(next, held);
    return false;
  });
  const spanOfOther = (r: ParsedResult): boolean => r.tags().has(CONFLICT_SPAN_TAG) && AFTER_SPAN_RE.test(sentenceText.slice(0, r.index))
    && kept.some((o) => o !== r && !o.tags().has(CONFLICT_SPAN_TAG) && hasDate(o));
  for (const raw of kept) {
    let r = raw;
    if (spanOfOther(r)) continue;
    // "On 4 May … crossed the river at dawn": a time of day told by the light after a date of the
    // same sentence is that date's hour, not a date of its own
    if (local && r.tags().has(CLOCK_TAG) && LIGHT_RE.test(r.text)) continue;
    const pending = offsetBy;
    offsetBy = undefined;
    const before = sentenceText.slice(0, r.index);
    if (r.tags().has('anchor/local') && !local && !CAME_RE.test(before) && !PRESENT_LEDE_RE.test(before)) {
      offsetBy = { index: r.index, text: r.text.replace(/[\s,;:.]+$/, ''), days: -Number(fromTag(r.tags(), 'anchor/offset:')) };
      continue;
    }
    // "It comes a week after …": the present tense ties "it" to the news of the day, so the week counts back from D
    const chainBase = r.tags().has('anchor/local') && (PRESENT_CAME_RE.test(before) || PRESENT_LEDE_RE.test(before)) ? { start: D, end: D } : chainFrom;
    let found = hasDate(r) ? resultRange(r, chainBase, D) : null;
    if (!hasDate(r)) {
      const inner = reparseAfterOf(r, sentenceText, D)[0];
      if (inner) {
        r = inner;
        found = resultRange(inner, chainFrom, D);
      } else if (PRESENT_RE.test(r.text.trim())) {
        found = resultRange(r, chainFrom, D); // "this morning"; not "into the night"
      }
    }
    if (!found) continue;
    let [date, precision] = found;
    const tags = r.tags();
    const chained = [...tags].some((t) => t.startsWith('anchor/'));
    if (isYearless({ text: r.text, chained }) && !FROM_D_BEFORE_RE.test(sentenceText.slice(0, r.index))) {
      date = framed(date, lookBackFrame(sentenceText, out, r.index) ?? frameOf(sentenceText, out, D, frame) ?? frame);
    }
    if (date.start > D) continue;
    // "from March 15 until March 17" said on March 16 ends at D; a month named bare, or a part of
    // it, stays whole ("in September" said on September 13 is the month, as the gold reads it)
    if (precision !== 'month' && precision !== 'part-of-month') date = clampEnd(date, D);
    if (precision !== 'day' && BEFORE_RE.test(sentenceText.slice(0, r.index))) continue;
    const present = PRESENT_RE.test(r.text.trim()) || PRESENT_TAGS.some((t) => tags.has(t));
    let index = r.index;
    let end = r.index + r.text.replace(/[\s,;:.]+$/, '').length;
    let relation: ResolvedDate['relation'] = 'at';
    let since: ResolvedDate['since'];
    const onward = ONWARD_RE.exec(sentenceText.slice(end));
    const from = onward ? FROM_RE.exec(sentenceText.slice(0, index)) : null;
    let prefix = from ?? RELATION_PREFIX_RE.exec(sentenceText.slice(0, index)) ?? heldPrefix.get(raw) ?? null;
    // "its biggest attack since the start of the war on Monday": a weekday dates the attack, not the
    // start; but it dates a start told by its verb ("since the counter-offensive began on Tuesday").
    if (prefix?.groups?.start && !prefix.groups.verb && !prefix.groups.clauseVerb && !r.start.isCertain('month')) prefix = null;
    const rel = prefix ?? RELATION_IN_RE.exec(r.text);
    if (rel) {
      const word = from ? 'since' : (rel.groups?.word ?? '').toLowerCase();
      if (prefix) index = prefix.index;
      if (from) end += onward![0].length;
      if (word.endsWith('since') && COMPARISON_RE.test(sentenceText.slice(0, index))) {
        // "the biggest setback since the fall of Mariupol in May": no window, but the fall was in May;
        // so was a landmark's when it has a date of its own ("the first city to fall since the invasion
        // began on Feb. 24": the invasion began on Feb. 24).
        const ownDate = heldPrefix.get(raw) === prefix;
        if (!ownDate && (!prefix?.groups?.start || SPAN_START_RE.test(prefix.groups.start))) continue;
        index = r.index;
      } else if (word.endsWith('since')) {
        relation = 'since';
        since = { date, precision };
        date = { start: date.start, end: D };
        precision = 'range';
      } else relation = 'by';
    }
    if (tags.has('relation/after')) relation = 'after';
    const possessive = POSSESSIVE_RE.exec(sentenceText.slice(end));
    if (possessive) end += possessive[0].length;
    const offset = pending && !chained && precision === 'day' ? offsetDate(sentenceText, pending, index, date.start) : null;
    if (offset && offset.date.start <= D) out.push(offset);
    out.push({ index, text: sentenceText.slice(index, end), date, precision, relation, chained, present, ...(since ? { since } : {}) });
    // "visited Kherson today, three days after troops retreated": D anchors its own sentence's
    // offsets; "now" and "today" chain nothing beyond it (events.ts skips them for the next sentence).
    chainFrom = date;
    local = true;
  }
  return joinAdjacent(sentenceText, joinRanges(sentenceText, overnightBefore(ownDateWins(out, sentenceText), sentenceText)));
}

/** Between a landmark and the date that follows it: "the start of the invasion in late February". */
const OWN_DATE_GAP_RE = /^\s*,?\s*(?:in|on)\s+$/i;

/** Whether a landmark is followed by the date of its own ("since the start of the war on Feb. 24"): that date wins. */
function ownDateFollows(sentence: string, r: ParsedResult, next: ParsedResult): boolean {
  return r.tags().has(LANDMARK_TAG) && OWN_DATE_GAP_RE.test(sentence.slice(r.index + r.text.length, next.index));
}

const CLAUSE_BREAK_RE = /[,;:]/;
/**
 * "took the city on March 2, after a week of fighting", "entered on 11 November, ending eight months
 * of occupation": a span of war after "after" or "ending" is the time that led up to the sentence's
 * own date, not the days before D; the sentence's date is its date.
 */
// a hedge on the length ("after nearly three months of siege") is still the time that led up to it
const AFTER_SPAN_RE = /\b(?:after|following|ending|ended)\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|close\s+to)\s+)?$/i;

/**
 * "entered the village a week after it was retaken on 3 November": with no date before it in the
 * sentence, "a week after <clause>" counts from the date its own clause gives (3 November) and dates
 * what comes before it (10 November). Not across a clause break, where the date is another clause's.
 */
function offsetDate(sentence: string, pending: { index: number; text: string; days: number }, next: number, day: string): ResolvedDate | null {
  if (CLAUSE_BREAK_RE.test(sentence.slice(pending.index + pending.text.length, next))) return null;
  const at = addDays(day, pending.days);
  return { index: pending.index, text: pending.text, date: { start: at, end: at }, precision: 'day', relation: 'offset', chained: true, present: false };
}

/**
 * "came hours after Putin signed the treaties on Sept. 30": when the clause "a day after" opens
 * gives its own date, that date is the clause's; the offset from the date before adds nothing.
 */
function ownDateWins(found: ResolvedDate[], sentence: string): ResolvedDate[] {
  return found.filter((d, i) => {
    const next = found[i + 1];
    if (d.relation !== 'after' || !next || next.chained) return true;
    return CLAUSE_BREAK_RE.test(sentence.slice(d.index + d.text.length, next.index));
  });
}

const BARE_OVERNIGHT_RE = /^overnight$/i;
const OVERNIGHT_ON_RE = /^\s*(?:on\s+)?$/i;
const WORD_RE = /[\p{L}’'-]+/gu;

/** A reporting word among the four before a day: "said on Friday", "told reporters on Friday". */
const reportedOn = (before: string): boolean => (before.match(WORD_RE) ?? []).slice(-4).some((w) => classify(w) === 'report');

/**
 * "Drones hit the port overnight, the navy said on Friday": a bare "overnight" is the night before
 * the day the sentence is reported on, when it names one; otherwise the night before D.
 */
function overnightBefore(found: ResolvedDate[], sentence: string): ResolvedDate[] {
  if (!found.some((d) => BARE_OVERNIGHT_RE.test(d.text))) return found;
  // "overnight on Oct. 10", "overnight on Monday": the day written names the night (which side of
  // midnight varies by outlet), so that day alone dates it.
  found = found.filter((d, i) => !(BARE_OVERNIGHT_RE.test(d.text) && found[i + 1]?.precision === 'day'
    && OVERNIGHT_ON_RE.test(sentence.slice(d.index + d.text.length, found[i + 1]!.index))));
  const day = found.find((d) => d.precision === 'day' && d.relation === 'at' && !d.chained && !d.present
    && reportedOn(sentence.slice(Math.max(0, d.index - 60), d.index)));
  if (!day) return found;
  const night = { start: addDays(day.date.start, -1), end: day.date.start };
  return found.map((d) => (BARE_OVERNIGHT_RE.test(d.text) ? { ...d, date: night } : d));
}

/**
 * "The strikes came two days after an explosion damaged the bridge": "came" takes its subject back
 * to the event of the sentence before, so "a day after <clause>" counts from that sentence's date;
 * so do "occurred", "happened" and "took place" ("The blasts occurred a day after …").
 */
const CAME_RE = cameBefore('came|comes|occurred|occurs|happened|happens|took\\s+place|takes\\s+place');

/** The present-tense "comes"/"come": the tabloid's "It comes a day after …" speaks of today's news, not the sentence before. */
const PRESENT_CAME_RE = cameBefore('comes|come|occurs|happens|takes\\s+place');

/**
 * "Sappers are clearing the fields, two weeks after the rebels withdrew": a lede in the present
 * progressive speaks of today, so the offset after its comma counts back from D, as "It comes" does.
 */
const PRESENT_LEDE_RE = /\b(?:is|are)\s+(?:[a-z]+\s+)?[a-z]+ing\b[^.;:,]*,\s*$/i;

/** One of `verbs` (an alternation) ending the text, with a hedge of the span allowed after it: "came just". */
function cameBefore(verbs: string): RegExp {
  return new RegExp(`\\b(?:${verbs})\\s+(?:just\\s+|only\\s+|barely\\s+|less\\s+than\\s+|more\\s+than\\s+)?$`, 'i');
}

const RANGE_OPEN_RE = /\b(?:between|from)\s+$/i;
const RANGE_JOIN_RE = /^\s*(?:and|to|until|till|through|-|–)\s*$/i;
/** "until Y" reads as "by Y" on its own; after "from X" the "until" joins X to Y. */
const UNTIL_RE = /^(?:until|till)\s+/i;

/** The words between X and Y, counting an "until" that Y's own span took as its relation. */
function joinerOf(sentence: string, a: ResolvedDate, b: ResolvedDate): string | null {
  const gap = sentence.slice(a.index + a.text.length, b.index);
  if (b.relation === 'at') return gap;
  const until = b.relation === 'by' ? UNTIL_RE.exec(b.text) : null;
  return until ? gap + until[0] : null;
}

const LIST_JOIN_RE = /^\s*(?:,|,?\s+and)\s+$/i;
const LISTED_PRECISIONS = new Set<DatePrecision>(['day', 'month', 'part-of-month', 'range']);

/**
 * "on Thursday and Friday", "in June, July and August", "in late June and early July": back-to-back
 * days, months or parts of months listed for one happening are one range. Not "in March and May": a
 * gap between them makes two dates.
 */
function joinAdjacent(sentence: string, found: ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const b of found) {
    const a = out.at(-1);
    const listed = a && [a, b].every((d) => d.relation === 'at' && !d.present && !d.chained && LISTED_PRECISIONS.has(d.precision))
      && b.precision !== 'range' && b.date.start === addDays(a.date.end, 1)
      && LIST_JOIN_RE.test(sentence.slice(a.index + a.text.length, b.index));
    if (!a || !listed) {
      out.push(b);
      continue;
    }
    const text = sentence.slice(a.index, b.index + b.text.length);
    out[out.length - 1] = { ...a, text, date: { start: a.date.start, end: b.date.end }, precision: 'range' };
  }
  return out;
}

/** "between late August and 11 November", "from early May until mid-June": one range from X to Y. */
function joinRanges(sentence: string, found: ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const open = RANGE_OPEN_RE.exec(sentence.slice(0, a.index));
    const joiner = b ? joinerOf(sentence, a, b) : null;
    if (!b || !open || a.relation !== 'at' || joiner === null || a.present || b.present || b.date.end < a.date.start
      || !RANGE_JOIN_RE.test(joiner)) {
      out.push(a);
      continue;
    }
    const end = b.index + b.text.length;
    out.push({
      index: open.index, text: sentence.slice(open.index, end), date: { start: a.date.start, end: b.date.end },
      precision: 'range', relation: 'at', chained: a.chained || b.chained, present: false,
    });
    i++;
  }
  return out;
}
