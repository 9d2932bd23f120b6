import { describe, expect, it } from 'vitest';
import { formatArea, formatNumber, toUnit } from './formatNumber';

describe('formatNumber', () => {
  it('adds thousands separators and trims trailing zeros', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12345.678, 1)).toBe('12,345.7');
    expect(formatNumber(2.5, 2)).toBe('2.5');
    expect(formatNumber(999.96, 1)).toBe('1,000');
    expect(formatNumber(-4200)).toBe('−4,200');
    expect(formatNumber(-0.01)).toBe('0');
  });
  it('formats areas in either unit', () => {
    expect(formatArea(toUnit(2589.99, 'sq_mi'), 'sq_mi')).toBe('1,000 sq mi');
    expect(formatArea(6707, 'km2')).toBe('6,707 km²');
    expect(formatArea(12.34, 'km2')).toBe('12.3 km²');
  });
  it('keeps two significant digits below 1, so that a small reference area is not shown as 0', () => {
    expect(formatArea(0.00714, 'km2')).toBe('0.0071 km²');
    expect(formatArea(toUnit(0.00714, 'sq_mi'), 'sq_mi')).toBe('0.0028 sq mi');
    expect(formatArea(0.5, 'km2')).toBe('0.5 km²');
    expect(formatArea(0, 'km2')).toBe('0 km²');
  });
});
