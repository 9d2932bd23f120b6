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

  it('keeps the page’s and the wire’s furniture out of the prose: sharing, copyright, update stamps, credits', () => {
    const furniture = [
      'By Olena Marsh and Tom Vey, Lowland Wire',
      'BY PETRA NOVAK Associated Press',
      'Lowland Wire writer Ada Krall in Vilnius contributed.',
      'Reporting by Ada Krall; Editing by Tom Vey',
      'Additional reporting by Ben Osei',
      'Our Standards: The Lowland Wire Trust Principles.',
      'Follow our coverage of the floods at https://news.example/floods',
      'Copyright 2023 Lowland Wire. All rights reserved. This material may not be redistributed.',
      '© The Daily Test 2023',
      'Updated 3:45 PM GMT, June 11, 2023',
      'Published: 10:02, 12 Jun 2023',
      'Share',
      'Share on Facebook',
      'Copy link',
      'Most Read',
      'Most popular in The Daily Test',
      "MORE: Lakeside's flood wall 'will not hold another night', engineers warn",
      'This article was amended on 12 June 2023 to correct the spelling of Lakeside.',
      'Correction: An earlier version of this story misstated the date of the flood.',
      '— Ada Krall (@AdaKrall) June 10, 2023',
    ];
    for (const line of furniture) expect(kinds(`${line}\nThe river rose overnight.`), line).toEqual(['furniture', 'prose']);
  });

  it('reads a credit after a caption’s last sentence, and keeps the caption’s text apart from it', () => {
    const [p] = normalize('Crews clear the road near Lakeside on Monday. Photograph: Ada Krall/Lowland Wire').paragraphs;
    expect([p!.kind, p!.credit]).toEqual(['caption', 'Ada Krall/Lowland Wire']);
    expect(kinds('The crews took a photograph: the road was clear.')).toEqual(['prose']);
  });

  it('reads a long capitalised line after "By" at once', () => {
    expect(kinds(`By ${'A'.repeat(5000)} x.`)).toEqual(['prose']);
  });

  it('leaves prose that opens like furniture in the prose', () => {
    const prose = [
      'By Monday, the crews had cleared the main road, the council said.',
      'Local journalists say Estonia contributed.',
      'Published reports say two bridges were closed on Friday.',
      'Updated figures showed 2,000 homes were damaged.',
      'Copyright lawyers for the broadcaster said the footage was theirs.',
      'Reporting on the floods has been difficult, editors said.',
    ];
    for (const line of prose) expect(kinds(line), line).toEqual(['prose']);
  });
});
