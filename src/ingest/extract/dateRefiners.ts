/**
 * chrono-node refiners for news copy:
 *  - falseFriendRefiner drops words chrono reads as dates but a newspaper does not mean as dates:
 *    "The Sun" / "Read More on The Sun" (Sunday), "a march on", "it may be" and "Theresa May",
 *    lowercase month words, "sat"/"wed", "The Sunday Times", bare fractions like "1/3";
 *  - commaNumberRefiner gives back a number chrono took across a comma: "In May, 12 soldiers";
 *  - pastRefiner moves a month, day or weekday without a year to the latest one on or before D
 *    (chrono picks the nearest, which can be in the future);
 *  - futureRefiner drops what still lies after D ("next week", "tomorrow", "in December" said in June):
 *    events are things that happened.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, dayNumber, daysInMonth, latestDayYear, latestMonthYear, latestWeekday, parts, ymd } from './dateMath';
import { PART_OF_STORY_TAG } from './dateCalendarParser';
import { isoOf, MONTH } from './dateParserKit';

const ABBREVIATED_WEEKDAY_RE = /^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i;
const WEEKDAY_WORD_RE = /\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
const MONTH_WORD_RE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?/i;
/**
 * Words that make a bare "March"/"May"/abbreviation a month: "in May", "since March", "mid-May",
 * and a month before it in a list ("in February, March and April").
 */
const MONTH_CUE_RE = /(?:\b(?:in|on|since|by|until|till|of|early|mid|late|last|this|next|from|through|during|between|and|to|or|before|after|throughout|end|beginning|start|middle|as)\s+|mid-|\b(?:january|february|march|april|may|june|july|august|september|october|november|december),\s+)$/i;
const AMBIGUOUS_MONTHS = new Set(['march', 'may']);
const ABBREVIATED_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const SLASH_NO_YEAR_RE = /^\d{1,2}\/\d{1,2}$/;
const LOWERCASE_RANGE_END_RE = /\s*(?:to|-|–|until|till|through|and)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b.*$/;

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

function isNewspaperTitle(context: ParsingContext, result: ParsingResult): boolean {
  const before = context.text.slice(Math.max(0, result.index - 4), result.index);
  const after = context.text.slice(result.index + result.text.length);
  return /\bthe\s$/i.test(before) && /^\s+\p{Lu}/u.test(after);
}

function monthIsFalseFriend(context: ParsingContext, result: ParsingResult): boolean {
  const m = MONTH_WORD_RE.exec(result.text);
  if (!m) return false;
  const word = m[0];
  if (/^\p{Ll}/u.test(word) && !isUpper(result.text)) return true; // "a march on", "it may be"
  const start = result.start;
  const bare = !start.isCertain('day') && !start.isCertain('year');
  const key = word.replace(/\.$/, '').toLowerCase();
  const abbreviated = ABBREVIATED_MONTHS.has(key);
  if (!bare || (!AMBIGUOUS_MONTHS.has(key) && !abbreviated)) return false;
  const before = context.text.slice(0, result.index + m.index);
  return !MONTH_CUE_RE.test(before);
}

/** "March to march on": chrono merged a range whose second month is a lowercase word; keep the first. */
function trimLowercaseRangeEnd(r: ParsingResult): void {
  if (!r.end || isUpper(r.text)) return;
  const m = LOWERCASE_RANGE_END_RE.exec(r.text);
  if (!m) return;
  r.text = r.text.slice(0, m.index);
  r.end = undefined;
}

export const falseFriendRefiner: Refiner = {
  refine(context, results) {
    results.forEach(trimLowercaseRangeEnd);
    return results.filter((r) => {
      if (ABBREVIATED_WEEKDAY_RE.test(r.text.trim())) return false;
      if (SLASH_NO_YEAR_RE.test(r.text.trim())) return false;
      const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
      if (weekdayOnly && WEEKDAY_WORD_RE.test(r.text)) {
        const w = WEEKDAY_WORD_RE.exec(r.text)?.[0] ?? '';
        if (/^\p{Ll}/u.test(w) && !isUpper(r.text)) return false; // "sat down", "they wed"
        if (isNewspaperTitle(context, r)) return false; // "The Sunday Times"
      }
      if (monthIsFalseFriend(context, r)) return false;
      return true;
    });
  },
};

/** "from 20 May": a day, a month, and no clock time in between. */
const FROM_DAY_RE = new RegExp(`^(?<from>from\\s+)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?=${MONTH})`, 'i');

/**
 * "from 20 May", "from 3 July": chrono reads "from 20" as a clock time (20:00) and keeps only the
 * month of what follows; the number is the day. The result becomes the day alone, as "20 May".
 */
export const fromDayRefiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const m = r.start.isCertain('day') ? null : FROM_DAY_RE.exec(r.text);
      if (!m?.groups) continue;
      r.start.assign('day', Number(m.groups.day));
      r.index += m.groups.from!.length;
      r.text = r.text.slice(m.groups.from!.length);
    }
    return results;
  },
};

function isOurs(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith('precision/') || tag.startsWith('anchor/')) return true;
  return false;
}

const isWeekdayOnly = (c: ParsingComponents): boolean => c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
const dayOf = (c: ParsingComponents): string => ymd(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);

function setDay(c: ParsingComponents, iso: string): void {
  const { year, month, day } = parts(iso);
  c.imply('year', year).imply('month', month).imply('day', day);
}

/**
 * A day written without its year up to a month after D is a coming day ("the curfew lasts until
 * March 17" said on March 16), which futureRefiner drops; news names a day of an earlier year
 * with its year.
 */
const NEAR_FUTURE_DAYS = 31;

/** Latest year for a component set with a month but no year; D's year for a day just ahead of D. */
function pastYear(c: ParsingComponents, D: string): number {
  const month = c.get('month') ?? 1;
  if (!c.isCertain('day')) return latestMonthYear(month, D);
  const day = c.get('day') ?? 1;
  const { year } = parts(D);
  const ahead = day <= daysInMonth(year, month) ? dayNumber(ymd(year, month, day)) - dayNumber(D) : -1;
  return ahead > 0 && ahead <= NEAR_FUTURE_DAYS ? year : latestDayYear(month, day, D);
}

/** "on 24 February last year": chrono returns two results; the second gives the first its year. */
export const yearSuffixRefiner: Refiner = {
  refine(context, results) {
    const D = isoOf(context);
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const between = b ? context.text.slice(a.index + a.text.length, b.index) : '';
      const which = b && /^\s*,?\s*$/.test(between) ? /^(last|this)\s+year$/i.exec(b.text)?.[1] : undefined;
      if (b && which && a.start.isCertain('month') && !a.start.isCertain('year') && !isOurs(a)) {
        a.start.assign('year', parts(D).year - (which.toLowerCase() === 'last' ? 1 : 0));
        a.text = context.text.slice(a.index, b.index + b.text.length);
        out.push(a);
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  },
};

export const pastRefiner: Refiner = {
  refine(context, results) {
    const D = isoOf(context);
    for (const r of results) {
      if (isOurs(r)) continue;
      const s = r.start;
      if (s.isCertain('year')) continue;
      if (isWeekdayOnly(s)) {
        if (dayOf(s) > D) setDay(s, latestWeekday(s.get('weekday') ?? 0, D));
        // "from Friday until Sunday": the end is the first such weekday on or after the start.
        if (r.end && isWeekdayOnly(r.end)) setDay(r.end, latestWeekday(r.end.get('weekday') ?? 0, addDays(dayOf(s), 6)));
        continue;
      }
      if (!s.isCertain('month')) continue;
      if (r.end && r.end.isCertain('month') && !r.end.isCertain('year')) {
        const endYear = pastYear(r.end, D);
        r.end.imply('year', endYear);
        s.imply('year', (s.get('month') ?? 1) <= (r.end.get('month') ?? 12) ? endYear : endYear - 1);
      } else {
        s.imply('year', pastYear(s, D));
      }
    }
    return results;
  },
};

export const futureRefiner: Refiner = {
  refine(context, results) {
    const D = isoOf(context);
    return results.filter((r) => {
      const s = r.start;
      // "by the end of the month" may be the story's month, before D's (dates.ts decides)
      if ([...r.tags()].some((t) => t.startsWith(PART_OF_STORY_TAG))) return true;
      if (isOurs(r)) return ymd(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1) <= D;
      const iso = ymd(s.get('year') ?? 0, s.get('month') ?? 1, s.isCertain('day') || s.isCertain('weekday') || r.tags().has('result/relativeDate') ? (s.get('day') ?? 1) : 1);
      return iso <= D;
    });
  },
};

/** A month, or a month and day, then a comma and a short number: "In May, 12 soldiers", "On March 3, 12 died". */
const COMMA_NUMBER_RE = /,\s*\d{1,3}$/;

/**
 * "In May, 12 soldiers were killed", "On March 3, 12 died": news English writes no comma inside
 * "May 12" and a year in full, so the number after the comma opens the clause; chrono reads it as
 * the day ("May 12") or the year (2012). The month (and day) keep their date, without it.
 */
export const commaNumberRefiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const m = COMMA_NUMBER_RE.exec(r.text);
      if (!m || r.end || isOurs(r) || !MONTH_WORD_RE.test(r.text)) continue;
      r.text = r.text.slice(0, m.index);
      // the number was the day when no other number is left before it, else the year
      r.start.delete(/\d/.test(r.text) ? 'year' : 'day');
    }
    return results;
  },
};

export const NEWS_REFINERS: Refiner[] = [fromDayRefiner, falseFriendRefiner, commaNumberRefiner, yearSuffixRefiner, pastRefiner, futureRefiner];
