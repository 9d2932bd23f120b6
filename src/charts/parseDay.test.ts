import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './parseDay';

describe('parseDay', () => {
  it('reads days, months and years as UTC', () => {
    expect(parseDay('2024-02-29')?.date.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDay('2024-03')).toEqual({ date: new Date(Date.UTC(2024, 2, 1)), precision: 'month' });
    expect(parseDay('2024')?.precision).toBe('year');
  });
  it('rejects impossible and free-text dates', () => {
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('last Tuesday')).toBeNull();
    expect(parseDay(undefined)).toBeNull();
  });
  it('formats by precision and passes unknown text through', () => {
    expect(formatDay('2024-03-09')).toBe('9 Mar 2024');
    expect(formatDay('2024-03')).toBe('Mar 2024');
    expect(formatDay('spring')).toBe('spring');
  });
});
