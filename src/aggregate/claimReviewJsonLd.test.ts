import { describe, expect, it } from 'vitest';
import { claimReviewJsonLd, scriptSafeJson } from './claimReviewJsonLd';
import { claimRows } from './claimsTable';
import { makeArticle } from './fixtures';

const article = makeArticle({
  slug: 'harbour',
  title: 'Harbour reopens',
  published: '2023-07-03',
  outlet: 'Coast Weekly',
  claims: [
    { id: 'c1', sentence: 's2', text: 'The harbour is open </script><script>alert(1)</script> again.', by: 'Harbour Board', kind: 'org' },
    { id: 'c2', sentence: 's4', text: 'Boats came in today.', by: 'Skipper Example', kind: 'person', status: 'confirmed', confirms: 'c1' },
    { id: 'c3', sentence: 's5', text: 'Nobody knows.', status: 'unverified' },
  ],
});

const options = {
  pageUrl: 'https://example.test/claims/',
  sentenceUrl: (slug: string, s: string) => `https://example.test/articles/${slug}/#${s}`,
  rowId: (r: { slug: string; id: string }) => `claim-${r.slug}-${r.id}`,
  publisher: { name: 'Example explainer', url: 'https://example.test/' },
};

describe('claimReviewJsonLd', () => {
  const json = claimReviewJsonLd(claimRows([article]), options);
  const data = JSON.parse(json);
  const reviews = data['@graph'].filter((node: { '@type': string }) => node['@type'] === 'ClaimReview');

  it('cannot close the script element it sits in', () => {
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(reviews[0].claimReviewed).toBe('The harbour is open </script><script>alert(1)</script> again.');
  });

  it('has one ClaimReview per claim with its claimant, rating and sentence address', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(reviews).toHaveLength(3);
    expect(reviews[1]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.test/claims/#claim-harbour-c2',
      reviewRating: { '@type': 'Rating', alternateName: 'confirmed' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Skipper Example' },
        appearance: { url: 'https://example.test/articles/harbour/#s4', headline: 'Harbour reopens', publisher: { name: 'Coast Weekly' } },
      },
    });
  });

  it('says who confirmed a claim, and leaves out the author of an unattributed one', () => {
    expect(reviews[0].reviewBody).toBe('Status: claimed. Confirmed by Skipper Example (Coast Weekly, 3 July 2023).');
    expect(reviews[1].reviewBody).toBe('Status: confirmed. Confirms a claim by Harbour Board (Coast Weekly, 3 July 2023).');
    expect(reviews[2].itemReviewed.author).toBeUndefined();
  });

  it('names the site once, as the author every review refers to, and each sentence once', () => {
    const site = data['@graph'][0];
    expect(site).toEqual({ '@type': 'Organization', '@id': 'https://example.test/#publisher', name: 'Example explainer', url: 'https://example.test/' });
    for (const review of reviews) expect(review.author).toEqual({ '@id': site['@id'] });
    expect(reviews[1].itemReviewed.appearance['@id']).toBe('https://example.test/articles/harbour/#s4');
    expect(reviews[1].itemReviewed.firstAppearance).toEqual({ '@id': 'https://example.test/articles/harbour/#s4' });
  });
});

describe('scriptSafeJson', () => {
  it('escapes characters that could end a script or a JavaScript line', () => {
    const text = 'a<b>&c\u2028d';
    expect(scriptSafeJson(text)).toBe('"a\\u003cb\\u003e\\u0026c\\u2028d"');
    expect(JSON.parse(scriptSafeJson(text))).toBe(text);
  });
});
