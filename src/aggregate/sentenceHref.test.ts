import { describe, expect, it } from 'vitest';
import { sentenceHref } from './sentenceHref';

describe('sentenceHref', () => {
  it('links to the sentence anchor of the article page', () => {
    expect(sentenceHref('/', 'flood-report', 's7')).toBe('/articles/flood-report/#s7');
  });
  it('keeps a sub-path base, with or without its trailing slash', () => {
    expect(sentenceHref('/explainer/', 'flood-report', 's2')).toBe('/explainer/articles/flood-report/#s2');
    expect(sentenceHref('/explainer', 'flood-report', 's2')).toBe('/explainer/articles/flood-report/#s2');
  });
  it('links to the top of the page when the item sits in no sentence', () => {
    expect(sentenceHref('/', 'flood-report', '')).toBe('/articles/flood-report/');
  });
});
