import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('gives one empty page for an empty list', () => {
    expect(paginate([], 200)).toEqual([[]]);
  });
  it('treats a size below one as one', () => {
    expect(paginate(['a', 'b'], 0)).toEqual([['a'], ['b']]);
  });
});
