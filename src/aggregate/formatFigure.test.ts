import { describe, expect, it } from 'vitest';
import { formatFigure } from './formatFigure';

describe('formatFigure', () => {
  it('gives areas in km² with the unit as written', () => {
    expect(formatFigure({ kind: 'area', value: '6000', unit: 'km2', km2: '6000', qualifier: 'some' })).toBe('some 6,000 km²');
    expect(formatFigure({ kind: 'area', value: '100', unit: 'sq_mi', km2: '259' })).toBe('259 km² (100 sq mi)');
  });
  it('says comparisons in words with their area', () => {
    expect(formatFigure({ kind: 'area', value: '0.5', unit: 'reference:Wales', km2: '10389.5' })).toBe('half the size of Wales (≈ 10,389.5 km²)');
  });
  it('gives distances in km with miles as written', () => {
    expect(formatFigure({ kind: 'distance', value: '30', unit: 'mi', km: '48.28' })).toBe('48.3 km (30 miles)');
  });
  it('says a vague amount without inventing a number', () => {
    expect(formatFigure({ kind: 'area', unit: 'km2', qualifier: 'tens of thousands of' })).toBe('an amount the text does not give as a number');
  });
});
