import { describe, expect, it } from 'vitest';
import file from '../../content/data/landmark-dates.json';
import { LandmarkFileSchema, loadLandmarks } from './landmarkDates';

const landmarks = loadLandmarks(file);
const entry = { name: 'The storming of the fort', date: '2021-05-03', aliases: ['the storming', "the rebels' assault"], mentions: ['Fortania'], source: 'a test' };

describe('loadLandmarks', () => {
  it('the curated file validates and dates the full-scale invasion of Ukraine', () => {
    expect(LandmarkFileSchema.safeParse(file).success).toBe(true);
    const war = landmarks.forArticle('Ukrainian forces pushed east.', '2022-09-14');
    expect(war?.dateOf('the war')).toBe('2022-02-24');
    expect(war?.dateOf('Russia’s  full-scale invasion')).toBe('2022-02-24');
  });

  it('the curated file dates other landmarks reports count from, each only where its place is named', () => {
    const south = landmarks.forArticle('Crimea and Kherson, Russia and Ukraine.', '2022-12-01');
    expect(south?.dateOf('the annexation of Crimea')).toBe('2014-03-18');
    expect(south?.dateOf('the Kherson counter-offensive')).toBe('2022-08-29');
    expect(south?.dateOf('the counteroffensive in the south')).toBe('2022-08-29');
    expect(south?.dateOf('the partial mobilisation')).toBe('2022-09-21');
    expect(south?.dateOf('the liberation of Kherson')).toBe('2022-11-11');
    expect(landmarks.forArticle('Russia and Ukraine.', '2022-12-01')?.dateOf('the annexation of Crimea')).toBeUndefined();
  });

  it('applies only to an article that mentions one of its words, on or after its date', () => {
    const own = loadLandmarks({ landmarks: [entry] });
    expect(own.forArticle('Rebels in Fortania regrouped.', '2021-06-01')?.dateOf('the storming')).toBe('2021-05-03');
    expect(own.forArticle('Rebels in the hills regrouped.', '2021-06-01')).toBeUndefined();
    expect(own.forArticle('Rebels in Fortanians regrouped.', '2021-06-01')).toBeUndefined();
    expect(own.forArticle('Rebels in Fortania regrouped.', '2021-05-02')).toBeUndefined();
  });

  it('gives the aliases as one pattern, longest first, either apostrophe', () => {
    const own = loadLandmarks({ landmarks: [entry] }).forArticle('Fortania', '2021-06-01')!;
    expect(own.aliases).toBe("the\\s+rebels['’]\\s+assault|the\\s+storming");
    expect(own.dateOf('The Rebels’ assault')).toBe('2021-05-03');
  });

  it('rejects an entry without a day written YYYY-MM-DD or without its condition', () => {
    expect(LandmarkFileSchema.safeParse({ landmarks: [{ ...entry, date: '3 May 2021' }] }).success).toBe(false);
    expect(LandmarkFileSchema.safeParse({ landmarks: [{ ...entry, mentions: [] }] }).success).toBe(false);
  });
});
