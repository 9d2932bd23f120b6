import { describe, expect, it } from 'vitest';
import { buildPlaces, type GeoNamesCity } from './buildGazetteer';

const city = (cityId: number, name: string, population: number, adminCode = '07', country = 'UA'): GeoNamesCity => ({
  cityId, name, country, featureCode: 'PPL', adminCode, population, loc: { coordinates: [37.25, 49.21] },
});
const cities = [
  city(1, 'Izyum', 45000),
  city(2, 'Tinyvillage', 900),
  city(3, 'Mykolaiv', 15000, '15'),
  city(4, 'Mykolayiv', 480000, '16'),
  city(5, 'Moscow', 10000000, '48', 'RU'),
];

describe('buildPlaces', () => {
  it('takes Ukrainian places of 10,000+, romanised, the larger of two namesakes', () => {
    const { places } = buildPlaces(cities, { places: [] });
    expect(places.map((p) => p.name)).toEqual(['Izium', 'Mykolaiv']);
    expect(places[1]).toMatchObject({ geonameId: 4, variants: ['Mykolayiv'], kind: 'city' });
    expect(places[0]).toMatchObject({ id: 'izium', lat: 49.21, lon: 37.25, variants: ['Izyum'] });
  });
  it('applies curated names, spellings, places abroad, areas and regions', () => {
    const { places, warnings } = buildPlaces(cities, {
      places: [
        { name: 'Izium', variants: ['Izum'] },
        { name: 'Moscow', geonames: 'Moscow', country: 'RU', kind: 'capital' },
        { name: 'Chonhar', lat: 46.05, lon: 34.5, kind: 'village' },
        { name: 'Kharkiv Oblast', regionOf: 'Izium', lat: 49.5, lon: 36.5 },
      ],
    });
    const byName = new Map(places.map((p) => [p.name, p]));
    expect(byName.get('Izium')!.variants).toEqual(['Izyum', 'Izum']);
    expect(byName.get('Moscow')).toMatchObject({ country: 'RU', kind: 'capital', geonameId: 5 });
    expect(byName.get('Chonhar')!.source).toMatch(/curated/);
    expect(byName.get('Kharkiv Oblast')!.variants).toContain('Izyum region');
    expect(warnings).toEqual([]);
  });
  it('refuses a curated entry it cannot place', () => {
    expect(() => buildPlaces(cities, { places: [{ name: 'Nowhere', variants: ['Nowhere Else'] }] })).toThrow(/Nowhere/);
    expect(() => buildPlaces(cities, { places: [{ name: 'X', geonames: 'Atlantis' }] })).toThrow(/Atlantis/);
  });
});
