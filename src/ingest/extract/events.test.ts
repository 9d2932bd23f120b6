import { describe, it, expect } from 'vitest';
import type { EventAnnotation, ExtractContext, Sentence } from '../types';
import { extractEvents, summarize } from './events';

const D = '2023-06-14'; // a Wednesday

/** A context whose sentences are the given lines, one paragraph each. */
function context(lines: string[], published = D): ExtractContext {
  const sentences: Sentence[] = [];
  let at = 0;
  lines.forEach((text, i) => {
    sentences.push({ id: `s${i + 1}`, start: at, end: at + text.length, text, paragraph: i });
    at += text.length + 2;
  });
  return { text: lines.join('\n\n'), sentences, published };
}

function events(...lines: string[]): EventAnnotation[] {
  const ctx = context(lines);
  const found = extractEvents(ctx);
  for (const e of found) {
    expect(ctx.text.slice(e.start, e.end)).toBe(e.text);
    expect(ctx.text.slice(e.when.start, e.when.end)).toBe(e.when.text);
  }
  return found;
}

describe('extractEvents: what is an event', () => {
  it('a capture tied to a weekday', () => {
    const [e, ...rest] = events('Rebel units seized the grain terminal on Monday, the ministry said.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Rebel units seized the grain terminal on Monday');
    expect(e!.when.text).toBe('on Monday');
    expect(e!.sentence).toBe('s1');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(e!.precision).toBe('day');
  });

  it('a reporting act dated by the time word is a claim, not an event', () => {
    expect(events('Port officials said on Tuesday that the terminal had been shelled.')).toEqual([]);
    expect(events('Port officials said on Tuesday the terminal had been shelled.')).toEqual([]);
    expect(events('In a radio interview on Monday, the admiral praised the crews.')).toEqual([]);
    expect(events('The agency published its findings yesterday.')).toEqual([]);
  });

  it('"X said Y happened last week" dates Y', () => {
    const [e] = events('The navy said it had sunk two patrol boats in last week’s raid on the harbour.');
    expect(e!.text).toBe('The navy said it had sunk two patrol boats in last week’s raid on the harbour');
    expect(e!.when.text).toBe('last week’s');
    expect(e!.date).toEqual({ start: '2023-06-05', end: '2023-06-11' });
    expect(e!.precision).toBe('week');
  });

  it('"now" in a quote about ongoing fighting is an event on D', () => {
    const [e] = events('He said: “There is heavy fighting around the airfield now, and it will go on.”');
    expect(e!.text).toBe('There is heavy fighting around the airfield now');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('a state in the present is not an event', () => {
    expect(events('The militia now controls both bridges.')).toEqual([]);
    expect(events('Hundreds of evacuated villagers are now being held in a stadium.')).toEqual([]);
  });

  it('plans, forecasts and negations are declined', () => {
    expect(events('The colonel predicted the fort would be taken by Friday.')).toEqual([]);
    expect(events('Negotiators are expected to meet again on Friday.')).toEqual([]);
    expect(events('The rebels have not attacked the base since April.')).toEqual([]);
  });

  it('"overnight" is the night before publication', () => {
    const [e] = events('Air defences downed eleven drones overnight, the air force said.');
    expect(e!.text).toBe('Air defences downed eleven drones overnight');
    expect(e!.date).toEqual({ start: '2023-06-13', end: D });
  });

  it('a declaration whose object is an event is one; a "held" meeting is one', () => {
    const [a] = events('In October, the junta declared the annexation of two provinces.');
    expect(a!.text).toBe('In October, the junta declared the annexation of two provinces');
    expect(a!.date).toEqual({ start: '2022-10-01', end: '2022-10-31' });
    const [b] = events('The summit, held in Oslo last month, ended without a deal.');
    expect(b!.text).toBe('The summit, held in Oslo last month');
  });

  it('"now" dates only a predicate in its own segment', () => {
    expect(events('The siege, now in its third month, has starved the town.')).toEqual([]);
  });

  it('"before March" gives no date', () => {
    expect(events('The garrison withdrew before March.')).toEqual([]);
  });

  it('a duration of detention is not a date', () => {
    expect(events('A farmer told reporters he had been held for 40 days and beaten.')).toEqual([]);
  });

  it('headlines, captions and questions are skipped', () => {
    expect(events('Rebels capture grain terminal on Monday')).toEqual([]);
    expect(events('Nothing here.', 'Troops enter the square on Tuesday (Image: Reuters)')).toEqual([]);
    expect(events('Was the depot shelled on Monday?')).toEqual([]);
  });
});

describe('extractEvents: dates', () => {
  it('"has been occupied since early March" dates the occupation to early March', () => {
    const [e] = events('The harbour town, a fishing port of 9,000 people, has been occupied since early March.');
    expect(e!.text).toBe('The harbour town, a fishing port of 9,000 people, has been occupied since early March');
    expect(e!.when.text).toBe('since early March');
    expect(e!.date).toEqual({ start: '2023-03-01', end: '2023-03-10' });
    expect(e!.precision).toBe('part-of-month');
  });

  it('an ongoing activity "since X" runs to D', () => {
    const [e] = events('Fighting has raged along the canal since Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: D });
    expect(e!.precision).toBe('range');
  });

  it('"the next day" chains from the previous sentence', () => {
    const found = events('The ferry was hijacked on 3 May.', 'The next day, marines stormed the ship.');
    expect(found.map((e) => e.date.start)).toEqual(['2023-05-03', '2023-05-04']);
    expect(found[1]!.text).toBe('The next day, marines stormed the ship');
  });

  it('three months of conflict count back from D', () => {
    const [e] = events('The agency estimated that the rebels had lost half their armour in the three months of conflict.');
    expect(e!.when.text).toBe('the three months of conflict');
    expect(e!.date).toEqual({ start: '2023-03-14', end: D });
  });
});

describe('extractEvents: evidence clauses', () => {
  it('a leading time phrase takes the clause after its comma', () => {
    const [e] = events('For the past week, the militia has been pushing the marines out of the port, officials say.');
    expect(e!.text).toBe('For the past week, the militia has been pushing the marines out of the port');
    expect(e!.date).toEqual({ start: '2023-06-07', end: D });
    expect(e!.summary).toBe('The militia has been pushing the marines out of the port');
  });

  it('a verbless time phrase reaches back across an apposition to its verb', () => {
    const [e] = events('After failing to capture the airport, a key hub, at the start of the offensive in late January, the rebels changed tack.');
    expect(e!.text).toBe('After failing to capture the airport, a key hub, at the start of the offensive in late January');
    expect(e!.date).toEqual({ start: '2023-01-21', end: '2023-01-31' });
  });

  it('a relative clause is its own clause', () => {
    const [e] = events('The envoy toured the suburb of Irpin, where dozens of homes were looted and burned by retreating troops in April.');
    expect(e!.text).toBe('where dozens of homes were looted and burned by retreating troops in April');
    expect(e!.summary).toBe('Dozens of homes were looted and burned by retreating troops in April');
    expect(e!.date).toEqual({ start: '2023-04-01', end: '2023-04-30' });
  });

  it('a conjunction opens its own clause', () => {
    const [e] = events('Relief work slowed sharply after the levee collapsed last week, causing floods.');
    expect(e!.text).toBe('after the levee collapsed last week');
    expect(e!.summary).toBe('The levee collapsed last week');
  });

  it('a "which" apposition is passed over to reach the subject', () => {
    const [e] = events('Kamianka, which had 800 residents before the war, was recaptured on Sunday.');
    expect(e!.text).toBe('Kamianka, which had 800 residents before the war, was recaptured on Sunday');
    expect(e!.date.start).toBe('2023-06-11');
  });

  it('a clause nested in another keeps its own event', () => {
    const found = events('The fort, which the rebels stormed in May, was recaptured on Sunday.');
    expect(found.map((e) => e.text)).toEqual([
      'which the rebels stormed in May',
      'The fort, which the rebels stormed in May, was recaptured on Sunday',
    ]);
    expect(found.map((e) => e.date.start)).toEqual(['2023-05-01', '2023-06-11']);
  });

  it('one event per clause, several per sentence', () => {
    const found = events('The dam was breached on Tuesday; by Thursday the river had flooded three villages.');
    expect(found.map((e) => e.when.text)).toEqual(['on Tuesday', 'by Thursday']);
    expect(found.map((e) => e.date.start)).toEqual(['2023-06-13', '2023-06-08']);
  });

  it('summarize drops a leading connective', () => {
    expect(summarize('and the bridge collapsed on Monday', 'on Monday')).toBe('The bridge collapsed on Monday');
  });
});
