import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/**
 * Tick dates and labels for a UTC time axis, spaced so labels do not collide: years as "2023",
 * months as "Sep 2022", days as "12 Sep" (weekly ticks fall on Mondays). The interval is the finest whose ticks stay at least
 * `minSpacing` pixels apart.
 */
interface Step {
  interval: CountableTimeInterval;
  every: number;
  format: string;
  days: number;
}

const STEPS: Step[] = [
  { interval: utcDay, every: 1, format: '%-d %b', days: 1 },
  { interval: utcMonday, every: 1, format: '%-d %b', days: 7 },
  { interval: utcMonday, every: 2, format: '%-d %b', days: 14 },
  { interval: utcMonth, every: 1, format: '%b %Y', days: 30.4 },
  { interval: utcMonth, every: 2, format: '%b %Y', days: 61 },
  { interval: utcMonth, every: 3, format: '%b %Y', days: 91 },
  { interval: utcMonth, every: 6, format: '%b %Y', days: 182 },
  { interval: utcYear, every: 1, format: '%Y', days: 365 },
  { interval: utcYear, every: 2, format: '%Y', days: 730 },
  { interval: utcYear, every: 5, format: '%Y', days: 1826 },
  { interval: utcYear, every: 10, format: '%Y', days: 3652 },
  { interval: utcYear, every: 25, format: '%Y', days: 9131 },
  { interval: utcYear, every: 100, format: '%Y', days: 36524 },
];

export interface TimeTick {
  date: Date;
  label: string;
}

/** `minStepDays` forces a coarser step (e.g. 28 for month ticks at least). */
export function timeTicks(x: ScaleTime<number, number>, minSpacing = 80, minStepDays = 0): TimeTick[] {
  const [d0, d1] = x.domain() as [Date, Date];
  const [r0, r1] = x.range() as [number, number];
  const pxPerDay = Math.abs(r1 - r0) / Math.max(1, (d1.getTime() - d0.getTime()) / 86_400_000);
  const step = STEPS.find((s) => s.days >= minStepDays && s.days * pxPerDay >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const every = step.interval.every(step.every) ?? step.interval;
  const format = utcFormat(step.format);
  const withYear = utcFormat(`${step.format} %Y`);
  const needsYear = !step.format.includes('%Y');
  return every.range(d0, new Date(d1.getTime() + 1)).map((date, i, all) => {
    // Day ticks carry the year on the first tick and wherever the year changes.
    const newYear = i === 0 || all[i - 1]?.getUTCFullYear() !== date.getUTCFullYear();
    return { date, label: needsYear && newYear ? withYear(date) : format(date) };
  });
}

