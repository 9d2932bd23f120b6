import { describe, expect, it } from 'vitest';
import { placeSpellings } from './placeSpellings';

const gazetteer: Record<string, string[]> = {
  Izium: ['Izyum', 'Izum'],
  Kharkiv: ['Kharkov', 'Charkiw'],
  'Zaporizhzhia Oblast': ['Zaporizhzhia region', 'Zaporizhzhia province', 'Zaporozhye Oblast', 'Zaporozhye region'],
};
const variantsOf = (name: string) => gazetteer[name] ?? [];

describe('placeSpellings', () => {
  it('lists each place once, at its first mention, with the article’s spelling before the gazetteer’s', () => {
    const out = placeSpellings(
      [
        { name: 'Izium', text: 'Izium', sentence: 's2' },
        { name: 'Kharkiv', text: 'Kharkiv', sentence: 's3' },
        { name: 'Izium', text: 'Izyum', sentence: 's4' },
      ],
      variantsOf,
    );
    expect(out).toEqual([
      { name: 'Izium', sentence: 's2', also: ['Izyum', 'Izum'] },
      { name: 'Kharkiv', sentence: 's3', also: ['Kharkov', 'Charkiw'] },
    ]);
  });
  it('keeps only spellings that bring a new word, not just “region” or a case change', () => {
    const out = placeSpellings([{ name: 'Zaporizhzhia Oblast', text: 'ZAPORIZHZHIA region', sentence: 's10' }], variantsOf);
    expect(out[0]!.also).toEqual(['Zaporozhye Oblast']);
  });
  it('keeps what the article wrote when the gazetteer has nothing', () => {
    const out = placeSpellings([{ name: 'Crimea', text: 'Crimean peninsula', sentence: 's11' }], variantsOf);
    expect(out[0]!.also).toEqual(['Crimean peninsula']);
  });
  it('folds accents, so that “Kharkív” is no new spelling', () => {
    const out = placeSpellings([{ name: 'Kharkiv', text: 'Kharkív', sentence: 's1' }], () => []);
    expect(out[0]!.also).toEqual([]);
  });
});
