/**
 * Number formatting for chart labels: thousands separators, en-GB style ("12,345.6").
 * Written by hand rather than with Intl so the output is byte-identical on every ICU build.
 */
import { KM2_PER_UNIT } from '../annotations/units';

export type AreaUnit = 'km2' | 'sq_mi';

/** Square kilometres in one square mile. */
export const KM2_PER_SQ_MI = KM2_PER_UNIT.sq_mi;

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** "12345.67" → "12,345.7" with `decimals` fraction digits at most (trailing zeros dropped). */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + whole.replace(THOUSANDS, ',') + (trimmed ? '.' + trimmed : '');
}

/** km² converted to the chart unit. */
export function toUnit(km2: number, unit: AreaUnit): number {
  return unit === 'sq_mi' ? km2 / KM2_PER_SQ_MI : km2;
}

/** The unit as printed after a number. */
export function unitSymbol(unit: AreaUnit): string {
  return unit === 'sq_mi' ? 'sq mi' : 'km²';
}

/**
 * A value already in the chart unit, rounded sensibly: "6,000 km²", "2.5 sq mi", and below 1 to two
 * significant digits, so that a football pitch reads "0.0071 km²", not "0 km²".
 */
export function formatArea(value: number, unit: AreaUnit): string {
  const size = Math.abs(value);
  const decimals = size >= 100 ? 0 : size >= 1 || size === 0 ? 1 : 1 - Math.floor(Math.log10(size));
  return `${formatNumber(value, decimals)} ${unitSymbol(unit)}`;
}
