import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/annotations/problems';
import { crossReferenceProblems } from '../src/aggregate/crossReferences';
import { parseArticle } from '../src/aggregate/parseArticle';
import { syntheticArticles } from './synthetic';

const parse = (a: { slug: string; mdx: string }) => {
  const [, front = '', body = ''] = a.mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const meta = Object.fromEntries(front.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  return parseArticle(body, { slug: a.slug, file: `${a.slug}.mdx`, title: meta.title!, published: meta.published!, outlet: meta.outlet!, review: 'draft' });
};

describe('syntheticArticles', () => {
  const pages = syntheticArticles(30, 7);
  const parsed = pages.map(parse);

  it('writes pages every annotation of which is valid, cross-article links included', () => {
    const problems = parsed.flatMap((a) => a.problems.map((p) => formatProblem(a.file, p)));
    expect(problems).toEqual([]);
    expect(crossReferenceProblems(parsed)).toEqual([]);
  });

  it('gives each page events, claims with confirmations, area comparisons and places, under fake names', () => {
    for (const a of parsed) {
      expect(a.events.length).toBeGreaterThan(3);
      expect(a.claims.length).toBeGreaterThan(3);
      expect(a.figures.some((f) => f.unit.startsWith('reference:'))).toBe(true);
      expect(a.places.length).toBeGreaterThan(3);
    }
    expect(parsed.some((a) => a.claims.some((c) => c.confirms?.includes('#')))).toBe(true);
    expect(parsed.some((a) => a.claims.some((c) => c.disputes))).toBe(true);
    expect(pages[0]?.mdx).toMatch(/Fakeville|Testgrad|Mockford|Sampleton|Dummyburg|Placeholder Bay|Lorem Heights|Stubbsville|Fixture Falls|Examplepol/);
  });

  it('is about 900 words a page and the same for the same seed, whatever n', () => {
    const words = pages[0]!.mdx.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(700);
    expect(words).toBeLessThan(1300);
    expect(syntheticArticles(3, 7)).toEqual(pages.slice(0, 3));
    expect(syntheticArticles(3, 8)[0]).not.toEqual(pages[0]);
  });
});
