import { describe, expect, it } from 'vitest';
import { describeAreas, describeOverTime, overTimeMissing } from './figureDescriptions';
import { figureSeries } from './figureSeries';
import { makeArticle } from './fixtures';

const series = figureSeries(
  [
    makeArticle({
      slug: 'lake',
      published: '2023-08-01',
      figures: [
        { id: 'f1', sentence: 's1', text: '2,000 square kilometres', kind: 'area', value: 2000, unit: 'km2', by: 'Lake Authority', about: 'lake surface' },
        { id: 'f2', sentence: 's1', text: 'the size of Testshire', kind: 'area', value: 1, unit: 'reference:Testshire', by: 'Coast Weekly' },
      ],
    }),
    makeArticle({
      slug: 'lake-shrinks',
      published: '2023-09-15',
      figures: [{ id: 'f1', sentence: 's2', text: '518 square kilometres', kind: 'area', value: 518, unit: 'km2', by: 'Survey Office', about: 'dry lake bed' }],
    }),
  ],
  (name) => (name === 'Testshire' ? 2500 : undefined),
);

describe('describeAreas', () => {
  it('says how many areas, from whom, the smallest and largest, and the references, in the unit asked', () => {
    expect(describeAreas(series, 'km2')).toBe(
      '2 reported areas from 2 reporters, from 518 km² (dry lake bed, Survey Office) to 2,000 km² (lake surface, Lake Authority). Drawn for scale: Testshire (2,500 km²).',
    );
    expect(describeAreas(series, 'sq_mi')).toContain('from 200 sq mi (dry lake bed');
  });
  it('says when there is nothing to draw', () => {
    expect(describeAreas({ areas: [], references: [], distances: [], others: [] }, 'km2')).toBe('No reported areas yet.');
  });
});

describe('figures over time', () => {
  it('is drawn from two dated figures, and says why not otherwise', () => {
    expect(overTimeMissing(series.areas)).toBeUndefined();
    expect(overTimeMissing(series.areas.slice(0, 1))).toMatch(/only one dated figure/);
    expect(overTimeMissing([])).toMatch(/no reported area has a date/);
  });
  it('describes the span, the reporters and the largest figure', () => {
    expect(describeOverTime(series.areas, 'km2')).toBe(
      '2 figures between 1 Aug 2023 and 15 Sep 2023, by the date of the article, from 2 reporters (Lake Authority, Survey Office); the largest is 2,000 km² (lake surface, Lake Authority).',
    );
  });
});
