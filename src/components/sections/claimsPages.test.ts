import { describe, expect, it } from 'vitest';
import { PER_PAGE, claimRowHref, claimRowId, claimsPageHref } from './claimsPages';

describe('claims pages', () => {
  it('numbers pages from the section root: /claims/, /claims/2/ …', () => {
    expect(claimsPageHref('/', 0)).toBe('/claims/');
    expect(claimsPageHref('/sub/', 2)).toBe('/sub/claims/3/');
  });

  it('links to a claim’s row on whichever page it is', () => {
    const positions = new Map([['harbour#c1', 0], ['dam#c4', PER_PAGE + 3]]);
    expect(claimRowHref('/', positions, 'harbour#c1')).toBe('/claims/#claim-harbour--c1');
    expect(claimRowHref('/', positions, 'dam#c4')).toBe('/claims/2/#claim-dam--c4');
    expect(claimRowId('river-floods#c12')).toBe('claim-river-floods--c12');
  });
});
