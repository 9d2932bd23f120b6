import { describe, expect, it } from 'vitest';
import { buildPhases } from './buildPhases';

describe('buildPhases', () => {
  const lines = [
    { at: 0.4, text: '> astro build && pagefind --site dist' },
    { at: 9.5, text: '12:00:00 [explainer:ingest] ingest: 1000 sources, 1000 created, 0 updated, 0 unchanged, 0 kept (edited by hand)' },
    { at: 50.1, text: '12:00:00 [build] Complete!' },
    { at: 51.5, text: 'Running Pagefind v1.6.0 (Extended)' },
  ];

  it('splits a build into ingest, astro and pagefind by its marker lines', () => {
    const phases = buildPhases(lines, 60);
    expect(phases?.ingest).toBeCloseTo(9.5);
    expect(phases?.astro).toBeCloseTo(42);
    expect(phases?.pagefind).toBeCloseTo(8.5);
  });

  it('gives nothing when a step did not run', () => {
    expect(buildPhases(lines.slice(0, 3), 60)).toBeUndefined();
  });
});
