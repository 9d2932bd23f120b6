import { describe, expect, it } from 'vitest';
import { layoutSpans } from './layoutSpans';

const text = 'Officials said troops took the bridge last week.';
const span = (word: string, label: string) => {
  const start = text.indexOf(word);
  return { label, start, end: start + word.length };
};

describe('layoutSpans', () => {
  it('nests a small span inside a wider one and keeps all text', () => {
    const out = layoutSpans(text, 0, text.length, [span('bridge', 'place'), span('troops took the bridge last week', 'event')]);
    expect(out).toEqual([
      'Officials said ',
      { item: expect.objectContaining({ label: 'event' }), children: ['troops took the ', { item: expect.objectContaining({ label: 'place' }), children: ['bridge'] }, ' last week'] },
      '.',
    ]);
  });

  it('uses a fallback span when the preferred one would cross a placed span', () => {
    const claim = span('Officials said troops took the bridge', 'claim');
    const event = { ...span('took the bridge last week', 'event'), when: span('last week', 'when') };
    const items: (typeof claim & { when?: typeof claim })[] = [claim, event];
    const out = layoutSpans(text, 0, text.length, items, (a) => (a.when ? [a, a.when] : [a]));
    expect(out.map((n) => (typeof n === 'string' ? n : n.children.join('')))).toEqual(['Officials said troops took the bridge', ' ', 'last week', '.']);
  });

  it('leaves an item out rather than draw a fallback that lies outside the stretch', () => {
    const claim = span('Officials said troops took the bridge', 'claim');
    const event = { ...span('took the bridge last week', 'event'), when: { label: 'when', start: -20, end: -5 } };
    const items: (typeof claim & { when?: typeof claim })[] = [claim, event];
    const out = layoutSpans(text, 0, text.length, items, (a) => (a.when ? [a, a.when] : [a]));
    expect(out.map((n) => (typeof n === 'string' ? n : n.children.join('')))).toEqual(['Officials said troops took the bridge', ' last week.']);
  });
});
