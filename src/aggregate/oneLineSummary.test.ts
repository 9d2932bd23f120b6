import { describe, expect, it } from 'vitest';
import { oneLineSummary } from './oneLineSummary';

describe('oneLineSummary', () => {
  it('prefers the summary an editor wrote', () => {
    expect(oneLineSummary('Troops reach the border.', 'A long first sentence.')).toBe('Troops reach the border.');
  });
  it('keeps a short first sentence whole, with its spaces tidied', () => {
    expect(oneLineSummary(undefined, '  Soldiers  ram a flag\ninto the ground. ')).toBe('Soldiers ram a flag into the ground.');
  });
  it('cuts a long sentence after the last whole word and adds an ellipsis', () => {
    const s = 'Residents of the eastern town said the shelling had continued through the night and into the morning';
    const out = oneLineSummary(undefined, s, 40);
    expect(out).toBe('Residents of the eastern town said the…');
    expect(out.length).toBeLessThanOrEqual(40);
  });
  it('does not end on a comma or dash before the ellipsis', () => {
    expect(oneLineSummary(undefined, 'The mayor, who fled in March, said on Sunday that', 30)).toBe('The mayor, who fled in March…');
    expect(oneLineSummary(undefined, 'Troops advanced – some 30 miles – towards the city', 24)).toBe('Troops advanced – some…');
  });
  it('cuts a single very long word at the limit', () => {
    expect(oneLineSummary(undefined, 'x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
