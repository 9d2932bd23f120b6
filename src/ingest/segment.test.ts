import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { segment } from './segment';

const sentencesOf = (text: string) => segment(normalize(text).paragraphs).map((s) => s.text);

describe('segment', () => {
  it('splits prose into sentences with ids and exact spans', () => {
    const n = normalize('Troops crossed the river. The mayor fled!\nA new paragraph starts here.');
    const s = segment(n.paragraphs);
    expect(s.map((x) => x.id)).toEqual(['s1', 's2', 's3']);
    for (const x of s) expect(n.text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('does not break after an abbreviated month, a rank or an initial', () => {
    expect(sentencesOf('The decree was signed on Sept. 30. It took effect at once.')).toEqual([
      'The decree was signed on Sept. 30.', 'It took effect at once.',
    ]);
    expect(sentencesOf('Brig. Gen. Pat Doe said the unit had withdrawn. Nobody else spoke.')).toHaveLength(2);
    expect(sentencesOf('The report by J. Smith was published on Monday.')).toHaveLength(1);
  });

  it('does not break after an initialism before a name, but does before a sentence opener', () => {
    expect(sentencesOf('Gen. Mark Milley, chairman of the U.S. Joint Chiefs of Staff, said the war could last years.')).toHaveLength(1);
    expect(sentencesOf('The U.K. Ministry of Defence said Russia had lost ground. It gave no details.')).toEqual([
      'The U.K. Ministry of Defence said Russia had lost ground.', 'It gave no details.',
    ]);
    expect(sentencesOf('The general flew to the U.S. On Monday he met the president.')).toHaveLength(2);
    expect(sentencesOf('Aid came from the E.U. "We will not stop," he said.')).toHaveLength(2);
  });

  it('does not break between a clock time and its zone, but does before a new sentence', () => {
    expect(sentencesOf('At 2:30 p.m. Kyiv time, sirens sounded. At 9 a.m. GMT the all-clear came.')).toEqual([
      'At 2:30 p.m. Kyiv time, sirens sounded.', 'At 9 a.m. GMT the all-clear came.',
    ]);
    expect(sentencesOf('The attack began at 4 a.m. Residents fled to shelters.')).toHaveLength(2);
  });

  it('gives headings and furniture no sentence ids', () => {
    expect(sentencesOf('BATTLE FOR THE CITY\nMost read in The Daily Test\nTroops advanced.')).toEqual(['Troops advanced.']);
  });

  it('reads a line opened by a bullet or a number as a list item: its sentences leave the marker out', () => {
    const n = normalize('Key points\n• Crews cleared the road. Traffic resumed.\n- Schools reopened\n2) The ferry sailed at noon.\n* * *\n• Read more: the flood in pictures');
    expect(n.paragraphs.map((p) => [p.kind, p.marker])).toEqual([
      ['heading', undefined], ['item', '•'], ['item', '-'], ['item', '2)'], ['heading', undefined], ['furniture', undefined],
    ]);
    expect(n.text).toContain('• Crews cleared the road.');
    const s = segment(n.paragraphs);
    expect(s.map((x) => x.text)).toEqual(['Crews cleared the road.', 'Traffic resumed.', 'Schools reopened', 'The ferry sailed at noon.']);
    for (const x of s) expect(n.text.slice(x.start, x.end)).toBe(x.text);
  });
});
