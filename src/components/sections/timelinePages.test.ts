import { describe, expect, it } from 'vitest';
import { monthPartHref } from './timelinePages';

describe('monthPartHref', () => {
  it('gives a month its page, and a busy month numbered parts', () => {
    expect(monthPartHref('/', '2022-09', 0)).toBe('/timeline/2022-09/');
    expect(monthPartHref('/sub/', '2022-09', 1)).toBe('/sub/timeline/2022-09/2/');
  });
});
