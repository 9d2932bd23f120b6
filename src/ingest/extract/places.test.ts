import { describe, expect, it } from 'vitest';
import placesJson from '../../../content/data/places.json';
import { buildGazetteerIndex, parsePlaces, type PlaceEntry } from '../gazetteer';
import type { ExtractContext, Sentence } from '../types';
import { extractPlaces } from './places';

const gaz = buildGazetteerIndex(parsePlaces(placesJson));

/** One sentence per string, joined by a space, as the segmenter would give them. */
function ctxOf(...sentences: string[]): ExtractContext {
  const text = sentences.join(' ');
  const out: Sentence[] = [];
  let start = 0;
  sentences.forEach((s, i) => {
    out.push({ id: `s${i + 1}`, paragraph: 0, start, end: start + s.length, text: s });
    start += s.length + 1;
  });
  return { text, sentences: out, published: '2023-05-02' };
}

const run = (...s: string[]) => extractPlaces(ctxOf(...s), gaz);
const spans = (...s: string[]) => run(...s).map((p) => p.text);
const names = (...s: string[]) => run(...s).map((p) => p.name);

describe('extractPlaces: spans', () => {
  it('keeps offsets into the whole text, across sentences', () => {
    const ctx = ctxOf('Shelling went on overnight.', 'Residents of Kramatorsk left by train.');
    const [p] = extractPlaces(ctx, gaz);
    expect(p).toMatchObject({ sentence: 's2', start: 41, end: 51, text: 'Kramatorsk' });
    expect(ctx.text.slice(p!.start, p!.end)).toBe(p!.text);
  });

  it('leaves a possessive ’s outside the span', () => {
    const ctx = ctxOf('Kharkiv’s mayor and Odesa\'s port chief met on Friday.');
    const found = extractPlaces(ctx, gaz);
    expect(found.map((p) => [p.start, p.end, p.text])).toEqual([
      [0, 7, 'Kharkiv'],
      [20, 25, 'Odesa'],
    ]);
  });

  it('takes the longest name: Kryvyi Rih, Bila Tserkva, Kharkiv region', () => {
    expect(spans('A drone hit Kryvyi Rih and later Bila Tserkva.')).toEqual(['Kryvyi Rih', 'Bila Tserkva']);
    expect(names('Fighting spread across the Kharkiv region.')).toEqual(['Kharkiv Oblast']);
    expect(spans('Fighting spread across the Kharkiv region.')).toEqual(['Kharkiv region']);
  });

  it('finds a place before a hyphen ("Moscow-backed") but not inside a longer word', () => {
    expect(spans('The Moscow-backed authorities left.')).toEqual(['Moscow']);
    expect(run('Kievan Rus was a medieval state; Bucharest is in Romania.').map((p) => p.name)).toEqual(['Bucharest']);
  });
});

describe('extractPlaces: spellings resolve to one place', () => {
  const cases: [string, string][] = [
    ['Izyum', 'Izium'],
    ['Izium', 'Izium'],
    ['Kharkov', 'Kharkiv'],
    ['Balakleya', 'Balakliia'],
    ['Balakliya', 'Balakliia'],
    ['Kiev', 'Kyiv'],
    ['Severodonetsk', 'Sievierodonetsk'],
    ['Sievierodonetsk', 'Sievierodonetsk'],
    ['Liman', 'Lyman'],
    ['Zaporozhye', 'Zaporizhzhia'],
    ['Zaporizhzhya', 'Zaporizhzhia'],
    ['Lugansk', 'Luhansk'],
    ['Donbass', 'Donbas'],
    ['Odessa', 'Odesa'],
    ['Nikolaev', 'Mykolaiv'],
    ['Chonhar', 'Chonhar'],
    ['Artemivsk', 'Bakhmut'],
  ];
  it.each(cases)('"%s" → %s', (spelling, canonical) => {
    const [p] = run(`Troops moved towards ${spelling} on Monday.`);
    expect(p?.text).toBe(spelling);
    expect(p?.name).toBe(canonical);
  });

  it('gives coordinates of the canonical entry', () => {
    const [a, b] = run('Izyum, or Izium as Kyiv spells it, was retaken.');
    expect([a!.lat, a!.lon]).toEqual([b!.lat, b!.lon]);
    expect(a!.lat).toBeCloseTo(49.2, 1);
    expect(a!.lon).toBeCloseTo(37.25, 1);
  });

  it('tells the Dnipro river from Dnipro the city by "the"', () => {
    expect(names('They crossed the Dnipro at night.')).toEqual(['Dnipro River']);
    expect(spans('They crossed the Dnipro at night.')).toEqual(['Dnipro']);
    expect(names('A missile struck Dnipro on Sunday.')).toEqual(['Dnipro']);
  });
});

describe('extractPlaces: declines', () => {
  it('does not match lower-case words', () => {
    expect(run('They met at a bar in the old town, near a lyman and a sumy shop.')).toEqual([]);
  });

  it('takes a place that is also a common word only after a locative cue', () => {
    expect(run('Bar owners in the capital stayed open.')).toEqual([]);
    expect(names('Shelling was reported in Bar and the town of Brody.')).toEqual(['Bar', 'Brody']);
    expect(spans('Reni, a small Danube port, was hit; Reni officials said.')).toEqual(['Reni']);
  });

  it('declines places inside names of people and outlets', () => {
    expect(run('Analyst Stephen Lyman said the line held.')).toEqual([]);
    expect(run('Mr Kherson is not a real person.')).toEqual([]);
    expect(run('The Kyiv Independent and the Washington Post reported it.')).toEqual([]);
  });

  it('keeps places after a clause opener, a possessive, a date or a nationality', () => {
    expect(spans('“Kherson is ours,” he said.')).toEqual(['Kherson']);
    expect(spans('Ukraine’s Zaporizhzhia region and Russian Belgorod were hit.')).toEqual([
      'Zaporizhzhia region',
      'Belgorod',
    ]);
    expect(spans('On Monday Moscow said the talks failed.')).toEqual(['Moscow']);
    expect(spans('He called it an Anti-Kyiv plot.')).toEqual(['Kyiv']);
  });

  it('matches all-caps datelines', () => {
    expect(names('KYIV — Air raid sirens sounded.')).toEqual(['Kyiv']);
  });
});

describe('extractPlaces: small gazetteer', () => {
  const tiny: PlaceEntry[] = [
    { id: 'a', name: 'Nova Kakhovka', variants: [], lat: 46.75, lon: 33.35, country: 'UA', source: 'test' },
    { id: 'b', name: 'Kakhovka', variants: [], lat: 46.8, lon: 33.5, country: 'UA', source: 'test' },
  ];
  const small = buildGazetteerIndex(tiny);
  it('prefers the two-word name over its last word, and finds the one-word name alone', () => {
    const found = extractPlaces(ctxOf('Nova Kakhovka lies downstream of Kakhovka.'), small);
    expect(found.map((p) => [p.start, p.text, p.name])).toEqual([
      [0, 'Nova Kakhovka', 'Nova Kakhovka'],
      [33, 'Kakhovka', 'Kakhovka'],
    ]);
  });
});
