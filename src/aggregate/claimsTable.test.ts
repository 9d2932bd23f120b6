import { describe, expect, it } from 'vitest';
import { claimantSummary, claimKey, claimRows } from './claimsTable';
import { makeArticle } from './fixtures';

const early = makeArticle({
  slug: 'bridge-closed',
  title: 'Old bridge closed',
  published: '2023-03-01',
  outlet: 'The Lowland Courier',
  claims: [
    { id: 'c1', sentence: 's1', text: 'The bridge is unsafe.', by: 'Council engineer', kind: 'person', verb: 'said' },
    { id: 'c2', sentence: 's3', text: 'Cracks were found in two piers.', by: 'Council', kind: 'org', verb: 'said' },
    { id: 'c3', sentence: 's4', text: 'Inspectors confirmed the cracks.', by: 'Inspectorate', kind: 'org', status: 'confirmed', confirms: 'c2' },
  ],
});

const later = makeArticle({
  slug: 'bridge-row',
  published: '2023-03-08',
  outlet: 'Valley Radio',
  claims: [
    { id: 'c1', sentence: 's2', text: 'The bridge was safe all along.', by: 'Ferry Company', kind: 'org', status: 'disputed', disputes: 'bridge-closed#c1' },
    { id: 'c2', sentence: 's5', text: 'We saw the cracks too.', by: 'Council engineer', kind: 'person', status: 'confirmed', confirms: 'bridge-closed#c2' },
    { id: 'c10', sentence: 's9', text: 'Talks continue, it was said.' },
  ],
});

describe('claimRows', () => {
  const rows = claimRows([later, early]);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('gives one row per claim, oldest article first, claims in id order', () => {
    expect(rows.map((r) => r.key)).toEqual(['bridge-closed#c1', 'bridge-closed#c2', 'bridge-closed#c3', 'bridge-row#c1', 'bridge-row#c2', 'bridge-row#c10']);
  });

  it('marks a claim reviewed when its page is reviewed, unless the claim says reviewed="no"', () => {
    const page = { ...makeArticle({ slug: 'checked', published: '2023-05-01', claims: [{ id: 'c1', sentence: 's1', text: 'The road is open.', by: 'Mayor' }, { id: 'c2', sentence: 's2', text: 'It is safe.', by: 'Mayor', reviewed: 'no' }] }), review: 'reviewed' as const };
    expect(claimRows([page]).map((r) => r.reviewed)).toEqual([true, false]);
    expect(row('bridge-closed#c1').reviewed).toBe(false);
  });

  it('counts a person named by surname alone with their full name', () => {
    const page = makeArticle({ slug: 'visit', published: '2023-05-02', claims: [
      { id: 'c1', sentence: 's1', text: 'We will rebuild.', by: 'Olena Testenko', kind: 'person' },
      { id: 'c2', sentence: 's2', text: 'The bridge opens soon.', by: 'Testenko', kind: 'person' },
    ] });
    const summary = claimantSummary(claimRows([page]));
    expect(summary.map((p) => [p.name, p.claims])).toEqual([['Olena Testenko', 2]]);
  });

  it('shows confirmations on the confirmed claim, from this page and from another article', () => {
    expect(row('bridge-closed#c2').confirmedBy.map((r) => [r.key, r.by, r.outlet])).toEqual([
      ['bridge-closed#c3', 'Inspectorate', 'The Lowland Courier'],
      ['bridge-row#c2', 'Council engineer', 'Valley Radio'],
    ]);
  });

  it('shows on the confirming row what it confirms', () => {
    expect(row('bridge-row#c2').confirms).toMatchObject({ key: 'bridge-closed#c2', by: 'Council', text: 'Cracks were found in two piers.', sentence: 's3' });
    expect(row('bridge-closed#c3').confirms?.key).toBe('bridge-closed#c2');
  });

  it('links disputes both ways', () => {
    expect(row('bridge-closed#c1').disputedBy.map((r) => r.by)).toEqual(['Ferry Company']);
    expect(row('bridge-row#c1').disputes?.key).toBe('bridge-closed#c1');
    expect(row('bridge-row#c10')).toMatchObject({ by: 'unknown', status: 'claimed', confirmedBy: [], disputedBy: [] });
  });

  it('reads a claim reference as a site-wide key', () => {
    expect(claimKey('bridge-row', 'c2')).toBe('bridge-row#c2');
    expect(claimKey('bridge-row', 'bridge-closed#c2')).toBe('bridge-closed#c2');
  });
});

describe('claimantSummary', () => {
  it('counts claims per claimant and those confirmed or disputed by someone else', () => {
    const summary = claimantSummary(claimRows([early, later]));
    expect(summary[0]).toEqual({ name: 'Council engineer', kinds: ['person'], claims: 2, confirmedByOthers: 0, disputedByOthers: 1 });
    expect(summary.find((s) => s.name === 'Council')).toMatchObject({ claims: 1, confirmedByOthers: 1 });
    expect(summary.map((s) => s.name)).toEqual(['Council engineer', 'Council', 'Ferry Company', 'Inspectorate', 'unknown']);
  });

  it('does not count a claimant confirming their own claim', () => {
    const self = makeArticle({
      slug: 'self',
      published: '2023-01-01',
      claims: [
        { id: 'c1', sentence: 's1', text: 'Done.', by: 'Mayor Example', kind: 'person' },
        { id: 'c2', sentence: 's2', text: 'Really done.', by: 'mayor example', kind: 'person', confirms: 'c1' },
      ],
    });
    expect(claimantSummary(claimRows([self]))).toEqual([{ name: 'Mayor Example', kinds: ['person'], claims: 2, confirmedByOthers: 0, disputedByOthers: 0 }]);
  });
});
