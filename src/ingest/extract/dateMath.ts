/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD), all in UTC so no time zone can shift a day.
 * Pure helpers for the date resolvers: the "latest X on or before D" rules live here.
 */
import type { DateRange } from '../types';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO day. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO day for a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Shift by whole months, clamping the day (31 March − 1 month = 28/29 February). */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = parts(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The Monday of the Monday–Sunday week holding the day. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The latest given weekday (0 = Sunday) on or before the day. */
export function latestWeekday(weekday: number, onOrBefore: string): string {
  return addDays(onOrBefore, -((weekdayOf(onOrBefore) - weekday + 7) % 7));
}

/** Whole month as a range. */
export function monthRange(year: number, month: number): DateRange {
  return { start: ymd(year, month, 1), end: ymd(year, month, daysInMonth(year, month)) };
}

/** Year of the latest such month whose first day is on or before D. */
export function latestMonthYear(month: number, onOrBefore: string): number {
  const { year, month: m } = parts(onOrBefore);
  return month <= m ? year : year - 1;
}

/** Year of the latest such day of the year on or before D (29 February falls back to a leap year). */
export function latestDayYear(month: number, day: number, onOrBefore: string): number {
  let year = parts(onOrBefore).year;
  for (let i = 0; i < 8; i++, year--) {
    if (day <= daysInMonth(year, month) && ymd(year, month, day) <= onOrBefore) return year;
  }
  return year;
}

/** Days 1–10, 11–20 or 21–end of a month. */
export function partOfMonth(year: number, month: number, part: 'early' | 'mid' | 'late'): DateRange {
  if (part === 'early') return { start: ymd(year, month, 1), end: ymd(year, month, 10) };
  if (part === 'mid') return { start: ymd(year, month, 11), end: ymd(year, month, 20) };
  return { start: ymd(year, month, 21), end: ymd(year, month, daysInMonth(year, month)) };
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Meteorological seasons: spring 1 Mar–31 May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb. */
export function seasonRange(season: Season, year: number): DateRange {
  const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
  const start = ymd(year, startMonth, 1);
  const last = addMonths(start, 2);
  const { year: ly, month: lm } = parts(last);
  return { start, end: ymd(ly, lm, daysInMonth(ly, lm)) };
}

/** The latest such season that has begun on or before D. */
export function latestSeason(season: Season, onOrBefore: string): DateRange {
  const year = parts(onOrBefore).year;
  const here = seasonRange(season, year);
  return here.start <= onOrBefore ? here : seasonRange(season, year - 1);
}

/** Clamp a range so it does not run past D (used for "this week", "earlier this month"). */
export function clampEnd(range: DateRange, end: string): DateRange {
  return range.end > end ? { start: range.start, end } : range;
}

const SHIFT_RE = /^(-?\d+)([dmy])$/;

/** A day moved by "3d", "-2m", "1y"; a month's last day stays its month's last day ("April" + 1m = May). */
export function shift(iso: string, by: string): string {
  const [, n = '0', unit] = SHIFT_RE.exec(by) ?? [];
  if (unit === 'd') return addDays(iso, Number(n));
  const moved = addMonths(iso, Number(n) * (unit === 'y' ? 12 : 1));
  const { year, month, day } = parts(iso);
  if (day !== daysInMonth(year, month)) return moved;
  const to = parts(moved);
  return ymd(to.year, to.month, daysInMonth(to.year, to.month));
}
