import { describe, expect, it } from 'vitest';
import { pageWindow } from './pageWindow';

describe('pageWindow', () => {
  it('shows every page of a short section', () => {
    expect(pageWindow(1, 0)).toEqual([0]);
    expect(pageWindow(5, 2)).toEqual([0, 1, 2, 3, 4]);
  });

  it('shows the ends and the pages around the current one, with gaps', () => {
    expect(pageWindow(100, 0)).toEqual([0, 1, 2, null, 99]);
    expect(pageWindow(100, 50)).toEqual([0, null, 48, 49, 50, 51, 52, null, 99]);
    expect(pageWindow(100, 99)).toEqual([0, null, 97, 98, 99]);
  });

  it('shows a lone page rather than a gap standing for it', () => {
    expect(pageWindow(10, 4)).toEqual([0, 1, 2, 3, 4, 5, 6, null, 9]);
  });
});
