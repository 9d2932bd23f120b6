import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

const kinds = (text: string) => normalize(text).paragraphs.map((p) => p.kind);

describe('normalize', () => {
  it('does not take a figure, a year or an em dash at the start of a line for a list marker', () => {
    expect(kinds('1.5 million people had left the region by the end of March, officials said.')).toEqual(['prose']);
    expect(kinds('2022. That was the year the dam was hit, the engineer recalled.')).toEqual(['prose']);
    expect(kinds('— We will stay, a nurse said, as the shelling went on through the night.')).toEqual(['prose']);
  });

  it('takes a first line that repeats the headline for page furniture, and only the first', () => {
    const n = normalize('Dam breached near Lakeside\nThe dam at Lakeside was breached on Monday.\nDam breached near Lakeside', 'Dam  breached near lakeside');
    expect(n.paragraphs.map((p) => p.kind)).toEqual(['furniture', 'prose', 'heading']);
    expect(normalize('Dam breached near Lakeside\nThe dam was breached.').paragraphs[0]?.kind).toBe('heading');
  });
});
