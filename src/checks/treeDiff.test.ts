import { describe, expect, it } from 'vitest';
import { treeDiff } from './treeDiff';

const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([f, t]) => [f, Buffer.from(t)]));

describe('treeDiff', () => {
  it('finds nothing between identical builds', () => {
    const a = tree({ '/index.html': '<h1>A</h1>', '/_astro/a.css': 'p{}' });
    expect(treeDiff(a, tree({ '/_astro/a.css': 'p{}', '/index.html': '<h1>A</h1>' }))).toEqual({ onlyInFirst: [], onlyInSecond: [], different: [] });
  });

  it('names files that differ by a byte, and files only one build has', () => {
    const a = tree({ '/index.html': '<p>built 1</p>', '/_astro/a.1x.css': 'p{}' });
    const b = tree({ '/index.html': '<p>built 2</p>', '/_astro/a.2y.css': 'p{}' });
    expect(treeDiff(a, b)).toEqual({ onlyInFirst: ['/_astro/a.1x.css'], onlyInSecond: ['/_astro/a.2y.css'], different: ['/index.html'] });
  });
});
