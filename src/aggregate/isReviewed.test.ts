import { describe, expect, it } from 'vitest';
import { isReviewed } from './isReviewed';

describe('isReviewed', () => {
  it('counts nothing on a draft page as reviewed unless the item says so', () => {
    expect(isReviewed({}, { review: 'draft' })).toBe(false);
    expect(isReviewed({ reviewed: 'no' }, { review: 'draft' })).toBe(false);
    expect(isReviewed({ reviewed: 'yes' }, { review: 'draft' })).toBe(true);
  });

  it('counts every item of a reviewed page as reviewed unless it says reviewed="no"', () => {
    expect(isReviewed({}, { review: 'reviewed' })).toBe(true);
    expect(isReviewed({ reviewed: 'yes' }, { review: 'reviewed' })).toBe(true);
    expect(isReviewed({ reviewed: 'no' }, { review: 'reviewed' })).toBe(false);
  });

  it('treats a page without a review field as a draft', () => {
    expect(isReviewed({}, {})).toBe(false);
  });
});
