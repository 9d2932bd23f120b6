/**
 * Calendar-relative expressions as chrono-node parsers: "last week" (the Monday–Sunday before D's
 * week), "late last week" (its Thursday–Sunday), "last month", "earlier this year", "last weekend",
 * "over the weekend", and "overnight" (the night before publication, or "overnight into Monday").
 */
import type { Parser } from 'chrono-node';
import type { DatePrecision, DateRange } from '../types';
import { addDays, addMonths, clampEnd, daysInMonth, latestWeekday, mondayOf, monthRange, partOfMonth, parts, weekdayOf, ymd } from './dateMath';
import { atWordStart, isoOf, partKey, rangeResult } from './dateParserKit';

/** Tag of "the end of the month" / "the start of the year": `chain/part:<month|year>:<early|mid|late>`. */
export const PART_OF_STORY_TAG = 'chain/part:';
/** "By the weekend, the column had stalled": the weekend after the day the story last named (dates.ts). */
export const WEEKEND_OF_STORY_TAG = 'chain/weekend';
const CALENDAR_RE = new RegExp(
  '(?:(?<part>early|mid|late|earlier|later|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+end\\s+of|the\\s+middle\\s+of)[\\s-]+)?' +
    '(?<in>in\\s+)?(?<which>last|this|previous|the)\\s+(?<unit>week|weekend|month|year)(?![\\p{L}\\p{N}])',
  'iu',
);
/**
 * "overnight", and its spelt-out forms "during the night", "throughout the night", "at night" (not "the night
 * of 23-24 August" or "the night before", which name their own night).
 */
const OVERNIGHT_RE = /(?:overnight|(?:during|throughout|through|in)\s+the\s+night|at\s+night)(?![\p{L}\p{N}-])(?!\s+(?:success|stay|stays|bag|flight|train|bus|curfew|shift|visit|of|before|after|when|that)\b)(?:\s+(?:into|to)\s+(?<weekday>sun|mon|tues|wednes|thurs|fri|satur)day\b)?/iu;
/** A habit, not a night: "drones usually strike at night", "every night", "at night and by day". */
const HABIT_BEFORE_RE = /\b(?:usually|often|always|mostly|mainly|generally|typically|normally|regularly|frequently|sometimes|rarely|only|tend\s+to|would)\s+(?:[A-Za-z’'-]+\s+){0,4}$/i;
const HABIT_AFTER_RE = /^\s+(?:and|or)\s+(?:by|during|in)\s+(?:the\s+)?day\b/i;
/**
 * "in the small hours", "in the early hours" with no day of its own ("… of Monday" is the weekday's);
 * "of this morning" or "of today" names the news day itself, so it is read with them.
 */
const SMALL_HOURS_RE = /in\s+the\s+(?:small|early|wee)\s+hours(?:\s+of\s+(?:this\s+morning|today))?(?![\p{L}\p{N}])(?!\s+of\b)/iu;
const WEEKDAY_NUMBERS: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
const WEEKEND_RE = /(?:(?<by>by)\s+the|(?:over|at|during|on|since)\s+the|(?<past>(?:this\s+)?past))\s+weekend(?![\p{L}\p{N}])/iu;
const WEEKEND_TEXT_RE = /the\s+weekend|(?:this\s+)?past\s+weekend/i;

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

/** "last week" (Mon–Sun before D's week), "late last week", "last month", "earlier this year" or "in the year", "last weekend". */
export const calendarParser: Parser = {
  pattern: () => CALENDAR_RE,
  extract(context, match) {
    const g = match.groups ?? {};
    if (!atWordStart(context, match)) return null;
    let which = (g.which ?? '').toLowerCase();
    const unit = (g.unit ?? '').toLowerCase();
    const part = g.part;
    // "the month" only in "at the start of the month"; "the last week" is a rolling span (ROLLING_RE).
    // "earlier in the week" is "earlier this week"; "in" goes with no other part ("late in the year" is vaguer)
    if (g.in && !(which === 'the' && part?.toLowerCase() === 'earlier')) return null;
    if (g.in) which = 'this';
    const the = which === 'the';
    if (the) {
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
    const result = rangeResult(context, match.index ?? 0, match[0], found[0], found[1]);
    // "by the end of the month": the month the story is in, when it is in one (dates.ts); else D's.
    return the && unit !== 'week' ? result.addTag(`${PART_OF_STORY_TAG}${unit}:${partKey(part ?? '')}`) : result;
  },
};

/**
 * "over the weekend", "at the weekend", "on the weekend", "by the weekend": the latest Saturday–Sunday that has begun
 * by D ("since the weekend" runs from its Saturday to D); "this past weekend", as "last weekend",
 * the latest that has ended.
 */
export const weekendParser: Parser = {
  pattern: () => WEEKEND_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const D = isoOf(context);
    const saturday = match.groups?.past ? addDays(latestWeekday(0, addDays(D, -1)), -1) : latestWeekday(6, D);
    const offset = match[0].search(WEEKEND_TEXT_RE);
    const result = rangeResult(context, (match.index ?? 0) + offset, match[0].slice(offset), clampEnd({ start: saturday, end: addDays(saturday, 1) }, D), 'range');
    return match.groups?.by ? result.addTag(WEEKEND_OF_STORY_TAG) : result;
  },
};

/**
 * "overnight" ("during the night") in news copy is the night before publication: [D-1, D]; "overnight into Monday" is
 * the night that ends on the latest Monday.
 */
export const overnightParser: Parser = {
  pattern: () => OVERNIGHT_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const at = match.index ?? 0;
    if (/^at/i.test(match[0]) && (HABIT_BEFORE_RE.test(context.text.slice(Math.max(0, at - 80), at))
      || HABIT_AFTER_RE.test(context.text.slice(at + match[0].length, at + match[0].length + 24)))) return null;
    const D = isoOf(context);
    const weekday = match.groups?.weekday;
    const morning = weekday ? latestWeekday(WEEKDAY_NUMBERS[weekday.toLowerCase()]!, D) : D;
    return rangeResult(context, match.index ?? 0, match[0], { start: addDays(morning, -1), end: morning }, 'range');
  },
};

/**
 * "in the small hours" with no day named is the early morning of the news day: D, as "this morning"
 * is ("in the small hours of Monday" leaves the day to the weekday).
 */
export const smallHoursParser: Parser = {
  pattern: () => SMALL_HOURS_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const D = isoOf(context);
    return rangeResult(context, match.index ?? 0, match[0], { start: D, end: D }, 'day');
  },
};
