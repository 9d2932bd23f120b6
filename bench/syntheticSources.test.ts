import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/ingest/source';
import { syntheticSources } from './syntheticSources';

describe('syntheticSources', () => {
  const sources = syntheticSources(20, 7);

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(syntheticSources(20, 7)).toEqual(sources);
    expect(syntheticSources(20, 8)[0].text).not.toBe(sources[0].text);
  });

  it('writes valid source files of about 900 words with distinct names', () => {
    for (const s of sources) {
      const { meta, body } = parseSource(s.text, `${s.slug}.txt`);
      expect(meta.title).toMatch(/^Synthetic report/);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBe(s.words);
      expect(words).toBeGreaterThanOrEqual(850);
      expect(words).toBeLessThan(1050);
    }
    expect(new Set(sources.map((s) => s.slug)).size).toBe(sources.length);
  });

  it('contains what the extractors look for: dates, attributions, confirmations, areas', () => {
    const all = sources.map((s) => s.text).join('\n');
    for (const pattern of [/last week|on Tuesday|in early March/, /\bsaid\b/, /confirmed that/, /square (kilometres|miles)|sq km|the size of/]) {
      expect(all).toMatch(pattern);
    }
  });
});
