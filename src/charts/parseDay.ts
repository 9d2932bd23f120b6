import { utcFormat } from 'd3-time-format';

/**
 * Dates on charts are calendar days in UTC (YYYY-MM-DD, as the extractors write them);
 * YYYY-MM and YYYY are accepted and mean the first day of that month or year. Anything
 * else is null: a chart skips marks it cannot place rather than guess.
 */
const DAY = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export type DayPrecision = 'day' | 'month' | 'year';

export interface ParsedDay {
  date: Date;
  precision: DayPrecision;
}

export function parseDay(text: string | undefined): ParsedDay | null {
  const groups = text === undefined ? undefined : DAY.exec(text.trim())?.groups;
  if (!groups) return null;
  const year = Number(groups.year);
  const month = groups.month === undefined ? 1 : Number(groups.month);
  const day = groups.day === undefined ? 1 : Number(groups.day);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // 2022-02-30
  const precision: DayPrecision = groups.day !== undefined ? 'day' : groups.month !== undefined ? 'month' : 'year';
  return { date, precision };
}

const FORMATS: Record<DayPrecision, (d: Date) => string> = {
  day: utcFormat('%-d %b %Y'),
  month: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

/** "2022-09-12" → "12 Sep 2022"; "2022-09" → "Sep 2022"; unparseable text is returned as given. */
export function formatDay(text: string): string {
  const parsed = parseDay(text);
  return parsed ? FORMATS[parsed.precision](parsed.date) : text;
}
