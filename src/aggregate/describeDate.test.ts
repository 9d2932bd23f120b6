import { describe, expect, it } from 'vitest';
import { describeDate } from './describeDate';

describe('describeDate', () => {
  it('says a single day', () => expect(describeDate('2023-04-02')).toBe('2 April 2023'));
  it('says a range within a month with an en dash', () => expect(describeDate('2023-06-05/2023-06-11', 'week')).toBe('5–11 June 2023'));
  it('says early, mid and late parts of a month', () => {
    expect(describeDate('2021-03-01/2021-03-10', 'part-of-month')).toBe('early March 2021');
    expect(describeDate('2021-03-11/2021-03-20', 'part-of-month')).toBe('mid March 2021');
    expect(describeDate('2021-02-21/2021-02-28', 'part-of-month')).toBe('late February 2021');
  });
  it('says a whole month by its name', () => expect(describeDate('2020-11-01/2020-11-30')).toBe('November 2020'));
  it('says a season', () => expect(describeDate('2024-03-01/2024-05-31', 'season')).toBe('spring 2024'));
  it('says ranges across months and years', () => {
    expect(describeDate('2023-05-28/2023-06-03')).toBe('28 May – 3 June 2023');
    expect(describeDate('2022-12-30/2023-01-02')).toBe('30 December 2022 – 2 January 2023');
  });
});
