/**
 * Dates counted from a landmark the article names without its date (landmarkDates.ts): "since the
 * start of the war", "since the invasion began", "since Russia's full-scale invasion" = [X, D]
 * (dates.ts reads the "since"); "at the start of the war", "on the first day of the invasion" = X;
 * "in the first weeks of the war" ≈ [X, X+20] (a few units: days ≈ the first week); "the first two
 * weeks of the war" = [X, X+13]; "the early days of the war" as its first days; "three months
 * into the war" = X + 3 months, "weeks into the war" as vague as "weeks later" (VAGUE_SPAN); "the
 * 100th day of the war" = X + 99 days (X is day 1). A
 * landmark named with nothing around it dates only after "since": "the war has killed thousands"
 * dates nothing.
 */
import type { Parser } from 'chrono-node';
import type { ArticleLandmarks } from '../landmarkDates';
import { addDays, addMonths, clampEnd, shift } from './dateMath';
import { VAGUE_SPAN } from './dateAnchorParser';
import { isoOf, NUMBER, numberOf, rangeResult } from './dateParserKit';

const START = '(?:the\\s+)?(?:very\\s+)?(?<start>start|beginning|outbreak|onset|launch|first\\s+day|opening\\s+day)\\s+of\\s+';
const FIRST = `(?:the\\s+)?(?:first|opening|early)\\s+(?:${NUMBER}\\s+)?(?<unit>day|week|month)(?<plural>s)?\\s+of\\s+`;
const INTO = `(?:${NUMBER.replace('?<n>', '?<m>')}\\s+)?(?<into>day|week|month|year)(?<intoPlural>s)?\\s+into\\s+`;
/** "the 100th day of the war", "day 100 of the invasion", "the 30th week of the war": counted from X as day 1. */
const ORDINAL = '(?:(?:the\\s+)?(?<ord>\\d{1,4})(?:st|nd|rd|th)\\s+(?<ordUnit>day|week|month)|day\\s+(?<dayN>\\d{1,4}))\\s+of\\s+';
/** A written day right before a count that restates it: "on Saturday, ", "on June 3, ", "today, ". */
const DATE_BEFORE_RE = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btoday|\byesterday|\d)\s*[,–—]\s*(?:the\s+)?$/i;
const DATE_BEFORE_REACH = 20;
const BEGAN = '(?<began>\\s+(?:began|started|broke\\s+out|was\\s+launched|erupted))?';
const SINCE_BEFORE_RE = /\bsince\s+$/i;
/** "the first weeks of the war": a few units, as the guidelines read it (three weeks); the first days are its first week. */
const FEW = 3;
const FIRST_DAYS = 7;

/** The tag of a landmark's result: dates.ts lets a date written right after it win ("the start of the war in late February"). */
export const LANDMARK_TAG = 'landmark';

const patterns = new Map<string, RegExp>();

/** The pattern for an alias alternation, built once per distinct set of aliases. */
function patternFor(aliases: string): RegExp {
  let re = patterns.get(aliases);
  if (!re) {
    re = new RegExp(`(?:${START}|${FIRST}|${INTO}|${ORDINAL})?(?<alias>${aliases})${BEGAN}(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(aliases, re);
  }
  return re;
}

/** X moved forward by n units ("3m", "2w"), as the day n units after X. */
function after(x: string, n: number, unit: string): string {
  if (unit === 'day') return addDays(x, n);
  if (unit === 'week') return addDays(x, 7 * n);
  return addMonths(x, unit === 'year' ? 12 * n : n);
}

/** The n-th day, week or month counted from X (its day 1): "the 100th day of the war" = X + 99 days. */
function nthUnit(x: string, n: number, unit: string, D: string): { start: string; end: string } {
  const start = after(x, n - 1, unit);
  return clampEnd({ start, end: unit === 'day' ? start : addDays(after(x, n, unit), -1) }, D);
}

/** The chrono parser for one article's landmarks. */
export function landmarkParser(landmarks: ArticleLandmarks): Parser {
  return {
    pattern: () => patternFor(landmarks.aliases),
    extract(context, match) {
      const g = match.groups ?? {};
      const x = landmarks.dateOf(g.alias ?? '');
      const index = match.index ?? 0;
      if (!x || /[\p{L}\p{N}]/u.test(context.text[index - 1] ?? '')) return null;
      const D = isoOf(context);
      const unit = (g.unit ?? g.into ?? '').toLowerCase();
      let range = { start: x, end: x };
      // "on Saturday, the 100th day of the war": a count set beside a written date restates it; the date wins
      if ((g.ord || g.dayN) && DATE_BEFORE_RE.test(context.text.slice(Math.max(0, index - DATE_BEFORE_REACH), index))) return null;
      if (g.ord || g.dayN) {
        range = nthUnit(x, Number(g.ord ?? g.dayN), (g.ordUnit ?? 'day').toLowerCase(), D);
      } else if (g.into && !g.m) {
        // "weeks into the war": as vague as "weeks later"
        const [near, far] = VAGUE_SPAN[`${unit}s`] ?? [];
        if (!g.intoPlural || !near || !far) return null;
        range = clampEnd({ start: shift(x, near), end: shift(x, far) }, D);
      } else if (g.into) {
        const day = after(x, numberOf(g.m), unit);
        range = { start: day, end: day };
      } else if (g.unit) {
        const n = g.n ? numberOf(g.n) : g.plural ? FEW : 1;
        const end = unit === 'day' && !g.n && g.plural ? addDays(x, FIRST_DAYS - 1) : addDays(after(x, n, unit), -1);
        range = clampEnd({ start: x, end }, D);
      } else if (!g.start && !SINCE_BEFORE_RE.test(context.text.slice(0, index))) return null;
      if (range.start > D) return null;
      return rangeResult(context, index, match[0], range, range.start === range.end ? 'day' : 'range').addTag(LANDMARK_TAG);
    },
  };
}
