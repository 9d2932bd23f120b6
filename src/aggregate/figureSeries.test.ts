import { describe, expect, it } from 'vitest';
import { figureKm2, figureSeries } from './figureSeries';
import { makeArticle } from './fixtures';

const AREAS: Record<string, number> = { Northshire: 5000, 'Isle of Examples': 800 };
const lookup = (name: string) => AREAS[name];

const flood = makeArticle({
  slug: 'flood',
  published: '2023-04-02',
  outlet: 'The Lowland Courier',
  figures: [
    { id: 'f1', sentence: 's3', text: 'about 4,000 square kilometres', kind: 'area', value: 4000, unit: 'km2', km2: 4000, by: 'Relief Agency', about: 'land under water' },
    { id: 'f2', sentence: 's3', text: 'an area nearly the size of Northshire', kind: 'area', value: 1, unit: 'reference:Northshire', by: 'The Lowland Courier' },
    { id: 'f3', sentence: 's6', text: 'half the size of the Isle of Examples', kind: 'area', value: 0.5, unit: 'reference:Isle of Examples', by: 'The Lowland Courier', about: 'Eastwick' },
    { id: 'f4', sentence: 's8', text: '30 miles of road', kind: 'distance', value: 30, unit: 'mi', by: 'Highways office', about: 'road closed' },
    { id: 'f5', sentence: 's9', text: '12 bridges', kind: 'count', value: 12, unit: 'count', by: 'Council' },
  ],
});

const later = makeArticle({
  slug: 'flood-recedes',
  published: '2023-04-20',
  figures: [
    { id: 'f1', sentence: 's1', text: '600 square miles', kind: 'area', value: 600, unit: 'sq_mi', by: 'Relief Agency' },
    { id: 'f2', sentence: 's2', text: 'a tract the size of Nowhere-land', kind: 'area', value: 2, unit: 'reference:Nowhere-land', by: 'Valley Radio' },
    { id: 'f3', sentence: 's4', text: '12 km', kind: 'distance', value: 12, unit: 'km', by: 'Highways office' },
    { id: 'f4', sentence: 's5', text: 'twice the size of Someshire', kind: 'area', value: 2, unit: 'reference:Someshire', km2: 300, by: 'Valley Radio' },
  ],
});

describe('figureSeries', () => {
  const series = figureSeries([later, flood], lookup);

  it('lists reported areas with who reported them, when, and the comparison the text used', () => {
    expect(series.areas.map((a) => [a.key, a.label, Math.round(a.km2), a.reportedBy, a.published, a.comparison])).toEqual([
      ['flood#f1', 'land under water', 4000, 'Relief Agency', '2023-04-02', 'an area nearly the size of Northshire'],
      ['flood#f3', 'Eastwick', 400, 'The Lowland Courier', '2023-04-02', 'half the size of the Isle of Examples'],
      ['flood-recedes#f1', '600 square miles', 1554, 'Relief Agency', '2023-04-20', undefined],
      ['flood-recedes#f4', 'twice the size of Someshire', 300, 'Valley Radio', '2023-04-20', 'twice the size of Someshire'],
    ]);
  });

  it('draws the reference areas named by comparisons, with their areas from the table', () => {
    expect(series.references).toEqual([
      { name: 'Northshire', km2: 5000, comparisons: 1 },
      { name: 'Isle of Examples', km2: 800, comparisons: 1 },
      // Not in the table: the area the annotation implies (300 km² is twice Someshire).
      { name: 'Someshire', km2: 150, comparisons: 1 },
    ]);
  });

  it('drops a comparison with an area it cannot look up rather than guess', () => {
    expect(series.areas.some((a) => a.key === 'flood-recedes#f2')).toBe(false);
    expect(series.others.map((o) => o.key)).toEqual(['flood#f5', 'flood-recedes#f2']);
  });

  it('lists distances in km, keeping miles when the text used miles', () => {
    expect(series.distances.map((d) => [d.label, Number(d.km.toFixed(1)), d.miles])).toEqual([
      ['road closed', 48.3, 30],
      ['12 km', 12, undefined],
    ]);
  });
});

describe('figureKm2', () => {
  it('prefers the annotated km², else converts the unit', () => {
    const base = { id: 'f1', sentence: 's1', text: '', line: 1, column: 1, by: 'x', kind: 'area' as const };
    expect(figureKm2({ ...base, value: 10, unit: 'sq_mi', km2: 26 }, lookup)).toBe(26);
    expect(figureKm2({ ...base, value: 10, unit: 'sq_mi' }, lookup)).toBeCloseTo(25.9, 1);
    expect(figureKm2({ ...base, value: 500, unit: 'ha' }, lookup)).toBe(5);
    expect(figureKm2({ ...base, value: 2, unit: 'reference:Northshire' }, lookup)).toBe(10000);
    expect(figureKm2({ ...base, value: 0.2, unit: 'share' }, lookup)).toBeUndefined();
  });
});
