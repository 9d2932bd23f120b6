import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, articlePageHref, articlePages } from './articlePages';

describe('articlePages', () => {
  it('puts the newest articles on the home page and the rest on numbered pages', () => {
    const pages = articlePages(Array.from({ length: 2 * ARTICLES_PER_PAGE + 1 }, (_, i) => i));
    expect(pages.map((p) => p.length)).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 1]);
    expect(pages.map((_, i) => articlePageHref('/site/', i))).toEqual(['/site/', '/site/page/2/', '/site/page/3/']);
  });
});
