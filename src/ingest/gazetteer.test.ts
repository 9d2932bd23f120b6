import { describe, expect, it } from 'vitest';
import placesJson from '../../content/data/places.json';
import { buildGazetteerIndex, foldPlaceName, lookupPlace, parsePlaces, type PlaceEntry } from './gazetteer';

const entry = (over: Partial<PlaceEntry>): PlaceEntry => ({
  id: 'x', name: 'X', variants: [], lat: 0, lon: 0, country: 'UA', source: 'test', ...over,
});

describe('foldPlaceName', () => {
  it('folds case, diacritics, apostrophes, hyphens and spaces', () => {
    expect(foldPlaceName('Sievierodonets’k')).toBe('sievierodonetsk');
    expect(foldPlaceName('Ivano-Frankivsk')).toBe('ivano frankivsk');
    expect(foldPlaceName('  Przemyśl ')).toBe('przemysl');
    expect(foldPlaceName('St. Petersburg')).toBe('st petersburg');
    expect(foldPlaceName('Łódź')).toBe('lodz');
  });
});

describe('buildGazetteerIndex / lookupPlace', () => {
  const gaz = buildGazetteerIndex([
    entry({ id: 'izium', name: 'Izium', variants: ['Izyum'], population: 45000 }),
    entry({ id: 'lyman-small', name: 'Lyman Small', variants: ['Lyman'], population: 1000 }),
    entry({ id: 'lyman', name: 'Lyman', population: 20000 }),
    entry({ id: 'river', name: 'Dnipro River', variants: ['the Dnipro'], kind: 'river' }),
  ]);
  it('finds a place by any spelling, case and possessive', () => {
    expect(lookupPlace(gaz, 'IZYUM')?.name).toBe('Izium');
    expect(lookupPlace(gaz, 'Izium’s')?.name).toBe('Izium');
    expect(lookupPlace(gaz, 'Izyumovka')).toBeUndefined();
  });
  it('gives a shared spelling to the entry whose own name it is', () => {
    expect(lookupPlace(gaz, 'Lyman')?.id).toBe('lyman');
  });
  it('tries a spelling with and without a leading "the"', () => {
    expect(lookupPlace(gaz, 'the Dnipro')?.name).toBe('Dnipro River');
    expect(lookupPlace(gaz, 'the Izium')?.name).toBe('Izium');
  });
  it('records first words and the longest key', () => {
    expect(gaz.firstWords.has('dnipro')).toBe(true);
    expect(gaz.firstWords.has('the')).toBe(true);
    expect(gaz.maxWords).toBe(2);
  });
});

describe('content/data/places.json', () => {
  const places = parsePlaces(placesJson);
  const gaz = buildGazetteerIndex(places);
  it('validates, with unique ids and one entry per spelling', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    const owners = new Map<string, string>();
    for (const p of places) {
      for (const s of [p.name, ...p.variants]) {
        const key = foldPlaceName(s);
        expect(owners.get(key) ?? p.id, `${s} is in ${owners.get(key)} and ${p.id}`).toBe(p.id);
        owners.set(key, p.id);
      }
    }
  });
  it('names Ukrainian places in the national romanisation and keeps older spellings', () => {
    const pairs: [string, string][] = [
      ['Izyum', 'Izium'], ['Kharkov', 'Kharkiv'], ['Balakleya', 'Balakliia'], ['Kiev', 'Kyiv'],
      ['Severodonetsk', 'Sievierodonetsk'], ['Zaporozhye', 'Zaporizhzhia'], ['Mykolayiv', 'Mykolaiv'],
      ['Lugansk', 'Luhansk'], ['Odessa', 'Odesa'], ['Donbass', 'Donbas'], ['Dnieper', 'Dnipro River'],
      ['Kherson region', 'Kherson Oblast'], ['Kiev oblast', 'Kyiv Oblast'], ['Moscow', 'Moscow'],
      ['Washington', 'Washington'], ['Crimean peninsula', 'Crimea'], ['Kupyansk', 'Kupiansk'],
    ];
    for (const [spelling, name] of pairs) expect(lookupPlace(gaz, spelling)?.name, spelling).toBe(name);
  });
  it('credits GeoNames on entries taken from it and stays small', () => {
    const kyiv = lookupPlace(gaz, 'Kyiv')!;
    expect(kyiv.source).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(kyiv.country).toBe('UA');
    expect(JSON.stringify(placesJson).length).toBeLessThan(500_000);
  });
});
