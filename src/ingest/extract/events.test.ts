import { describe, it, expect } from 'vitest';
import type { EventAnnotation, ExtractContext, Sentence } from '../types';
import { extractEvents, summarize } from './events';
import { loadLandmarks } from '../landmarkDates';
import landmarkFile from '../../../content/data/landmark-dates.json';

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
    expect(events('Port officials said on Tuesday that the terminal was quiet.')).toEqual([]);
    expect(events('On Tuesday the governor blamed saboteurs for the fire.')).toEqual([]);
    expect(events('Port officials said on Tuesday the terminal was quiet.')).toEqual([]);
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

  it('a schedule in the simple present is not a past event: "the session opens on Monday"', () => {
    expect(events('The new parliament session opens in Chisinau on Monday.')).toEqual([]);
    const [e, ...rest] = events('The export licence, which expires on Friday, was renewed on Tuesday.');
    expect(rest).toEqual([]);
    expect(e!.when.text).toBe('on Tuesday');
    expect(events('The new parliament session opened in Chisinau on Monday.')).toHaveLength(1);
    // a caption tells a past event in the present
    expect(events('The prime minister visits a field hospital near Kherson on Monday.')).toHaveLength(1);
  });

  it('the time belongs to its own conjunct: "stayed … and repaired the line on Friday"', () => {
    const [e, ...rest] = events('Engineers stayed in the substation for days and repaired the last power line on Friday.');
    expect(rest).toEqual([]);
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });

  it('"what happened" points ahead to events; it is none itself', () => {
    expect(events('This is what happened in the harbour over the weekend.')).toEqual([]);
  });

  it('a state in the present is not an event', () => {
    expect(events('The militia now controls both bridges.')).toEqual([]);
    expect(events('Rebel units now occupy the whole river valley.')).toEqual([]);
    expect(events('Rebel units occupied the river valley in mid-May.')).toHaveLength(1);
    expect(events('Hundreds of evacuated villagers are now being held in a stadium.')).toEqual([]);
    expect(events('The liberated area is now larger than the county.')).toEqual([]);
  });

  it('an infinitive is an order or a purpose: the urging or ordering is what is dated', () => {
    expect(events('The governor urged residents to leave on Thursday.')).toEqual([]);
    const [e] = events('The general ordered his troops to withdraw on Friday.');
    expect(e!.text).toBe('The general ordered his troops to withdraw on Friday');
  });

  it('a participle after a determiner describes a noun; the clause keeps its own verb', () => {
    const [e] = events('The captured sailors were exchanged on Friday.');
    expect(e!.text).toBe('The captured sailors were exchanged on Friday');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });

  it('leaving a place is an event; what is left, or the left bank, is not', () => {
    const [e] = events('The last rebel units left the port town on Monday.');
    expect(e!.text).toBe('The last rebel units left the port town on Monday');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('Only 300 residents were left in the port town on Monday.')).toEqual([]);
    expect(events('Rebels on the left bank on Monday.')).toEqual([]);
  });

  it('an irregular past outside the lists is the event of a clause that names none', () => {
    const [e, ...rest] = events('Sappers dug a second line of trenches along the canal last week.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Sappers dug a second line of trenches along the canal last week');
    expect(e!.date).toEqual({ start: '2023-06-05', end: '2023-06-11' });
    expect(events('The grain harvest shrank by a fifth in April.')[0]!.date).toEqual({ start: '2023-04-01', end: '2023-04-30' });
  });

  it('plans, forecasts and negations are declined', () => {
    expect(events('The colonel predicted the fort would be taken by Friday.')).toEqual([]);
    expect(events('Negotiators are expected to meet again on Friday.')).toEqual([]);
    expect(events('The envoys agreed to a prisoner swap at a handover scheduled for Friday.')).toEqual([]);
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
    const [c] = events('The plebiscites were condemned; the referendums, held from 3 to 6 June, were a sham.');
    expect(c!.text).toBe('the referendums, held from 3 to 6 June');
    expect(c!.date).toEqual({ start: '2023-06-03', end: '2023-06-06' });
  });

  it('"now" dates only a predicate in its own segment', () => {
    expect(events('The siege, now in its third month, has starved the town.')).toEqual([]);
  });

  it('"Earlier today," opening the sentence dates the clause after its comma', () => {
    const [e] = events('Earlier today, rockets struck the outskirts of the capital.');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('"X\'s barrage followed an explosion on <day>": each dated happening is an event', () => {
    const found = events('Tuesday\'s shelling followed a drone raid on the airfield on Sunday.');
    expect(found.map((e) => e.date.start)).toEqual(['2023-06-13', '2023-06-11']);
  });

  it('a present time word opening the sentence dates the clause after its comma', () => {
    const [e, ...rest] = events('This morning, divers recovered a second body from the flooded mine.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('This morning, divers recovered a second body from the flooded mine');
    expect(e!.date).toEqual({ start: D, end: D });
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
  it('a reporting or state word inside a name is no predicate: "the United States"', () => {
    const [e] = events('The navy received four patrol boats from the United States in March.');
    expect(e!.text).toBe('The navy received four patrol boats from the United States in March');
    expect(e!.date).toEqual({ start: '2023-03-01', end: '2023-03-31' });
  });

  it('an adverbed participle after a preposition or determiner describes a noun: "through thinly held trenches"', () => {
    const [e] = events('On Monday, the brigade slipped through thinly held trenches south of the lake.');
    expect(e!.text).toBe('On Monday, the brigade slipped through thinly held trenches south of the lake');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('common irregular pasts ("rose", "made") are verbs of their clause', () => {
    const [e] = events('The reservoir rose two metres overnight, engineers said.');
    expect(e!.text).toBe('The reservoir rose two metres overnight');
    const [f] = events('Rebels made gains near the pass on Tuesday.');
    expect(f!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
  });

  it('"called" names (speech) unless it calls up or off: "called the raid an outrage"', () => {
    expect(events('The premier on Friday called the raid an outrage.')).toEqual([]);
    const [e] = events('The army called up 5,000 reservists on Friday.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });

  it('talks held "via video link" are an event; so is a call "in his first call"', () => {
    const [e] = events('The two delegations held a third round of talks via video link on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    const [f] = events('The new chancellor spoke to the Latvian president on Monday in his first call with a foreign leader.');
    expect(f!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a call or a session held is an event', () => {
    const [e] = events('The president held an emergency call with Nordic leaders this afternoon.');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('images taken or footage shot on a day date the pictures, not an event', () => {
    expect(events('Satellite images taken on Sunday show burned-out lorries near the depot.')).toEqual([]);
    expect(events('Drone footage shot on Monday shows the collapsed span.')).toEqual([]);
  });

  it('criticising or denouncing is a reporting act', () => {
    expect(events('The senator criticised the defence ministry on Monday for the delays.')).toEqual([]);
    expect(events('Opposition leaders denounced the decision on Tuesday.')).toEqual([]);
  });

  it('updating a figure is a reporting act: "the ministry, which updated its tally on Monday"', () => {
    expect(events('Casualties rose to 40, according to the ministry, which updated its tally on Monday.').filter((e) => e.text.includes('updated'))).toEqual([]);
  });

  it('flags "flying" by a day are an event of that day', () => {
    const [e] = events('By Sunday, government flags were flying over the town hall.');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });

  it('an attempt at an event is an event: "tried to storm"', () => {
    const [e] = events('On Sunday, militiamen tried to storm the town hall but were driven back.');
    expect(e!.text).toBe('On Sunday, militiamen tried to storm the town hall');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });
});

describe('extractEvents: news English around the predicate', () => {
  it('an ongoing attempt is an event, its "to" past the time phrase: "have been trying for days to"', () => {
    const [e] = events('Marines have been attempting for the past four days to cross the estuary.');
    expect(e!.text).toBe('Marines have been attempting for the past four days to cross the estuary');
    expect(e!.date).toEqual({ start: '2023-06-10', end: '2023-06-14' });
    const [f] = events('Since Friday, militia units have been trying to storm the airfield.');
    expect(f!.date).toEqual({ start: '2023-06-09', end: '2023-06-14' });
  });

  it('a manned "post" is a place, not an online post: "shelled a border post on Monday"', () => {
    const [e] = events('Artillery crews shelled two observation posts near the dam on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('Drones hit a Belarusian post at the crossing on Monday.')).toHaveLength(1);
    expect(events('The mayor wrote in a Facebook post on Monday that the dam held.')).toEqual([]);
  });

  it('passes over an apposition with a verb of its own between a clause and its time', () => {
    const [e] = events('Rebels overran the depot at Pivdenne, the largest arsenal the army kept, in late April.');
    expect(e!.text).toBe('Rebels overran the depot at Pivdenne, the largest arsenal the army kept, in late April');
    expect(e!.date).toEqual({ start: '2023-04-21', end: '2023-04-30' });
  });

  it('a reported state is no event: "says the port is now in rebel hands"', () => {
    expect(events('The governor says the port is now in rebel hands.')).toEqual([]);
    expect(events('Officials said a third of the province was under army control on Monday.')).toEqual([]);
    const [e] = events('Officials said the port was shelled on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('an event noun with modifiers and a long target phrase is dated by the time after it: "A rebel drone attack on …"', () => {
    const [e] = events('A rebel drone attack on the naval fuel depot at Tarn late on Monday was confirmed by the port authority.');
    expect(e!.text.startsWith('A rebel drone attack on the naval fuel depot at Tarn late on Monday')).toBe(true);
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a modal inside a "which" relative does not make the main clause a plan', () => {
    const [e] = events('The field hospital, which will treat wounded from both sides, opened on Saturday.');
    expect(e!.text).toBe('The field hospital, which will treat wounded from both sides, opened on Saturday');
    expect(e!.date).toEqual({ start: '2023-06-10', end: '2023-06-10' });
    expect(events('The field hospital, which opened in May, will treat wounded from Saturday.').filter((x) => x.when.text.includes('Saturday'))).toEqual([]);
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

  it('an occupation "since X" in the active or "held by" passive dates its start to X; a count or talks do not', () => {
    const [e] = events('Militia fighters had occupied the ferry port since mid-April.');
    expect(e!.date).toEqual({ start: '2023-04-11', end: '2023-04-20' });
    const [f] = events('The mining town, roughly 12 miles from the coast, has been held by the rebels since late January.');
    expect(f!.date).toEqual({ start: '2023-01-21', end: '2023-01-31' });
    const [g] = events('The militia has occupied 30 villages since mid-April.');
    expect(g!.date).toEqual({ start: '2023-04-11', end: D });
    const [h] = events('The two envoys have held talks since mid-April.');
    expect(h!.date).toEqual({ start: '2023-04-11', end: D });
  });

  it('"has been under siege / in rebel hands since X" dates the start of that state to X', () => {
    const [e] = events('The river port has been under siege since mid-April.');
    expect([e!.text, e!.date]).toEqual(['The river port has been under siege since mid-April', { start: '2023-04-11', end: '2023-04-20' }]);
    const [h] = events('The ferry town, which has been in the hands of militia fighters since 2019, lies upstream.');
    expect(h!.date).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });

  it('a fronted "since X" before an occupied count spans X to D, as the count grew all along', () => {
    const [e] = events('Since mid-April, the rebels have occupied some 40 square miles of farmland in the valley.');
    expect(e!.date).toEqual({ start: '2023-04-11', end: D });
    const [f] = events('Since mid-April, the rebels have occupied the ferry port, a town of 9,000 people.');
    expect(f!.date).toEqual({ start: '2023-04-11', end: '2023-04-20' });
  });

  it('"N have been retaken since early March" runs from early March to D: a count grows all along', () => {
    const [e] = events('More than 40 villages have been retaken since early March, officials said.');
    expect(e!.date).toEqual({ start: '2023-03-01', end: D });
    const [f] = events('Hundreds of homes have been rebuilt since early March.');
    expect(f!.date).toEqual({ start: '2023-03-01', end: D });
  });

  it('a repeated act "since X" runs to D: "has been shelled almost daily since April"', () => {
    const [e] = events('The ferry terminal has been shelled almost daily since April.');
    expect(e!.date).toEqual({ start: '2023-04-01', end: D });
    const [f] = events('The dam has been repeatedly struck since early May.');
    expect(f!.date).toEqual({ start: '2023-05-01', end: D });
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

  it('"and" with a verb right after the time phrase starts the next predicate', () => {
    const [e] = events('Rebels seized the mine in early May and have held it ever since.');
    expect(e!.text).toBe('Rebels seized the mine in early May');
    expect(e!.date).toEqual({ start: '2023-05-01', end: '2023-05-10' });
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

  it('a participle with its own time nests in the clause; one same-day event, never two overlapping', () => {
    const found = events('The truce, brokered late on Friday, fell apart within hours.');
    expect(found.map((e) => e.text)).toEqual(['The truce, brokered late on Friday, fell apart within hours']);
    expect(found.map((e) => e.date.start)).toEqual(['2023-06-09']);
  });

  it('a participle dated apart from its clause keeps its own event, nested', () => {
    const found = events('The bridge, blown up on Monday, was rebuilt two days later.');
    expect(found.map((e) => e.text)).toEqual(['The bridge, blown up on Monday', 'The bridge, blown up on Monday, was rebuilt two days later']);
    expect(found.map((e) => e.date.start)).toEqual(['2023-06-12', '2023-06-14']);
  });

  it('a gapped subject of coordinated verbs is carried into the label, not the span', () => {
    const found = events('The militia seized the depot in 2019 and stormed the airport in March this year.');
    expect(found.map((e) => e.text)).toEqual(['The militia seized the depot in 2019', 'stormed the airport in March this year']);
    expect(found.map((e) => e.summary)).toEqual(['The militia seized the depot in 2019', 'The militia stormed the airport in March this year']);
    expect(found[1]!.date).toEqual({ start: '2023-03-01', end: '2023-03-31' });
  });

  it('the gapped subject stays fast on a hostile line', () => {
    const t = performance.now();
    events(`${'The men, '.repeat(300)}${'and '.repeat(500)} seized the town on Monday and shelled it on Tuesday.`);
    events(`${'a'.repeat(5000)} seized it on Monday and ${' '.repeat(5000)}shelled it on Tuesday.`);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('the gapped subject is read past a reporting frame and an aside', () => {
    const [, second] = events('Officials said the rebels, backed by drones, shelled the dam on Monday and breached it on Tuesday.');
    expect(second!.text).toBe('breached it on Tuesday');
    expect(second!.summary).toBe('The rebels breached it on Tuesday');
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

describe('extractEvents: several events in one sentence', () => {
  it('two dated clauses joined by "and" are two events', () => {
    const found = events('The navy sank the tanker in late April and escorted the convoy home in early May.');
    expect(found.map((e) => e.text)).toEqual(['The navy sank the tanker in late April', 'escorted the convoy home in early May']);
    expect(found.map((e) => e.date.start)).toEqual(['2023-04-21', '2023-05-01']);
  });

  it('a second clause without its own verb borrows the first one’s', () => {
    const found = events('Rebels seized the airport on 3 May and the harbour on 9 May.');
    expect(found.map((e) => e.text)).toEqual(['Rebels seized the airport on 3 May', 'the harbour on 9 May']);
    expect(found.map((e) => e.date.start)).toEqual(['2023-05-03', '2023-05-09']);
  });

  it('"by ordering X on … and declaring Y on …" dates each act', () => {
    const found = events('The council replied by ordering a curfew on 2 June and declaring martial law on 6 June.');
    expect(found.map((e) => e.when.text)).toEqual(['on 2 June', 'on 6 June']);
    expect(found[1]!.text).toBe('declaring martial law on 6 June');
  });

  it('two days joined by "and" alone stay one event', () => {
    expect(events('Artillery pounded the ridge on Monday and Tuesday.')).toHaveLength(1);
  });

  it('"between X and Y" keeps its end date', () => {
    const [e] = events('Engineers cleared 300 mines between late April and 2 June.');
    expect(e!.when.text).toBe('between late April and 2 June');
    expect(e!.date).toEqual({ start: '2023-04-21', end: '2023-06-02' });
  });
});

describe('extractEvents: relative and reported times', () => {
  it('"a week after it was reopened on 3 May" dates the clause before it a week on, and the reopening on 3 May', () => {
    const found = events('Cargo flights resumed at the airport a week after it was reopened on 3 May.');
    expect(found.map((e) => [e.text, e.date.start])).toEqual([
      ['Cargo flights resumed at the airport a week after it was reopened on 3 May', '2023-05-10'],
      ['after it was reopened on 3 May', '2023-05-03'],
    ]);
    expect(found[0]!.when.text).toBe('a week after');
  });

  it('"By the end of the month" after a dated sentence is the end of that month', () => {
    const [, reached] = events('The convoy left the border on 24 February.', 'By the end of the month, it had reached the outskirts of the capital.');
    expect(reached!.date).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });

  it('"a few days later" after a dated sentence is a short span after it', () => {
    const [, later] = events('Engineers reopened the bridge on 2 May.', 'A few days later, the first lorries crossed it.');
    expect(later!.date).toEqual({ start: '2023-05-04', end: '2023-05-08' });
  });

  it('"In 2014, …" frames the months of the next sentence; a landmark year in mid-sentence does not', () => {
    const found = events('In 2014, rebels seized the airport.', 'In March, they shelled the terminal.');
    expect(found.map((e) => e.date)).toEqual([{ start: '2014-01-01', end: '2014-12-31' }, { start: '2014-03-01', end: '2014-03-31' }]);
    const landmark = events('Rebels seized the airport in 2014 and shelled the terminal in February.');
    expect(landmark.map((e) => e.date.start)).toEqual(['2014-01-01', '2023-02-01']);
  });

  it('"X happened, an official said on Monday": the act takes the day of the saying and the day before', () => {
    const [e, ...rest] = events('Marines pushed deeper into the delta, a senior commander said on Monday.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Marines pushed deeper into the delta');
    expect(e!.when.text).toBe('on Monday');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    const [perfect] = events('The rebels have recaptured four villages, the governor told reporters on Tuesday.');
    expect(perfect!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
    const [lead] = events('Rebels have retaken two border posts, a spokesman said on Tuesday, as fighting spread to the north.');
    expect(lead!.text).toBe('Rebels have retaken two border posts');
    // after a dateline, the act starts after the dateline
    const [wire] = events('LAGOS, June 12 (Reuters) - Gunmen kidnapped 20 pupils from a school, police said on Monday.');
    expect(wire!.text).toBe('Gunmen kidnapped 20 pupils from a school');
  });

  it('a closing attribution with a titled speaker and a titled listener still dates the act', () => {
    const [e] = events('Marines have taken the harbour of Vell, Naval Chief of Staff Admiral Jonas Herte reported to Prime Minister Anna Ruud on Monday.');
    expect(e!.text).toBe('Marines have taken the harbour of Vell');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    // a long tail after the saying is a clause of its own, not the saying's listener
    expect(events('Marines have taken the harbour of Vell, the admiral reported to the cabinet and the press and the public at large on Monday.')).toEqual([]);
  });

  it('a verbless clock time on the day of the sentence\'s event is that event\'s hour, not another event', () => {
    const found = events('Sentries heard two blasts on Tuesday, one at 4.10am and another at 9pm.');
    expect(found.map((e) => e.date.start)).toEqual(['2023-06-13']);
    // with a verb of its own it is an act of its own
    expect(events('Marines crossed the river on Tuesday and reached the dam at 9pm.')).toHaveLength(2);
  });

  it('a closing attribution dates the act past a participle that describes the subject', () => {
    const [e] = events('The last rebels trapped inside the lighthouse have surrendered, the navy said on Monday.');
    expect([e!.text, e!.date]).toEqual(['The last rebels trapped inside the lighthouse have surrendered', { start: '2023-06-11', end: '2023-06-12' }]);
    const [p] = events('Marines holed up in the old fort have surrendered, the rebels claimed on Monday.');
    expect([p!.text, p!.date]).toEqual(['Marines holed up in the old fort have surrendered', { start: '2023-06-11', end: '2023-06-12' }]);
  });

  it('"laid down their arms" is an act', () => {
    const [e] = events('The navy said on Monday that 200 rebels had laid down their weapons at the fort.');
    expect([e!.text, e!.date]).toEqual(['200 rebels had laid down their weapons at the fort', { start: '2023-06-11', end: '2023-06-12' }]);
  });

  it('no act for the saying\'s date when the clause is a present, a plan, a negation or a quote', () => {
    expect(events('Marines are pushing deeper into the delta, a senior commander said on Monday.')).toEqual([]);
    expect(events('Marines will push deeper into the delta, a senior commander said on Monday.')).toEqual([]);
    expect(events('Marines did not enter the delta, a senior commander said on Monday.')).toEqual([]);
    expect(events('Marines never entered the delta, a senior commander said on Monday.')).toEqual([]);
    expect(events('“We have entered the delta,” a senior commander said on Monday.')).toEqual([]);
    expect(events('The delta is calm, a senior commander said on Monday.')).toEqual([]);
    expect(events('It was not immediately clear who attacked the convoy, a senior commander said on Monday.')).toEqual([]);
  });

  it('"a day after X announced it had done Y" dates Y from the clause before', () => {
    const found = events('Marines entered the port on Sunday, a day after the junta announced it had evacuated its garrison.');
    expect(found.map((e) => e.text)).toEqual([
      'Marines entered the port on Sunday',
      'a day after the junta announced it had evacuated its garrison',
    ]);
    expect(found[1]!.date).toEqual({ start: '2023-06-10', end: '2023-06-10' });
  });

  it('"a day before he flew to X" dates the trip from the date before it in the sentence', () => {
    const found = events('The minister toured the port on Monday, a day before she flew to Vienna.');
    expect(found.map((e) => [e.text, e.date])).toEqual([
      ['The minister toured the port on Monday', { start: '2023-06-12', end: '2023-06-12' }],
      ['a day before she flew to Vienna', { start: '2023-06-13', end: '2023-06-13' }],
    ]);
  });

  it('"since then" and "the next day" chain from the latest date of the sentence before', () => {
    const found = events(
      'The rebels took the dam in early April after spending this winter digging trenches.',
      'They have shelled the valley since then.',
    );
    expect(found.map((e) => e.when.text)).toEqual(['early April', 'this winter', 'since then']);
    expect(found[2]!.date).toEqual({ start: '2023-04-01', end: D });
    const chain = events('The ferry sailed on 2 May, and it docked two days later.', 'The next day, crowds gathered on the quay to welcome the crew.');
    expect(chain.map((e) => e.date.start)).toEqual(['2023-05-02', '2023-05-04', '2023-05-05']);
    expect(chain[2]!.text).toBe('The next day, crowds gathered on the quay to welcome the crew');
  });

  it('a word in scare quotes does not cut the clause it stands in', () => {
    const [e] = events('On 3 May, the governor imposed a "temporary" curfew on the port.');
    expect(e!.text).toBe('On 3 May, the governor imposed a "temporary" curfew on the port');
    expect(e!.date.start).toBe('2023-05-03');
    const [f] = events('The navy said on Monday that its ships were "redeploying" to the south.');
    expect(f!.text).toBe('its ships were "redeploying" to the south');
  });

  it('the day of a closing saying is not what the next sentence chains from', () => {
    const found = events(
      'Engineers have rebuilt four bridges since 3 May, the governor said on Tuesday.',
      'The following week, the first trains crossed the river.',
    );
    expect(found.map((e) => e.date)).toEqual([{ start: '2023-05-03', end: D }, { start: '2023-05-08', end: '2023-05-14' }]);
  });

  it('"that summer", "the following year", "days later", "by the afternoon" chain from the sentence before', () => {
    const found = events(
      'Separatists stormed the town hall in April 2014.',
      'Army units recaptured the square that summer.',
      'The following year a new mayor was elected.',
    );
    expect(found.map((e) => e.text)).toEqual([
      'Separatists stormed the town hall in April 2014', 'Army units recaptured the square that summer', 'The following year a new mayor was elected',
    ]);
    expect(found.map((e) => e.date)).toEqual([
      { start: '2014-04-01', end: '2014-04-30' }, { start: '2014-06-01', end: '2014-08-31' }, { start: '2015-01-01', end: '2015-12-31' },
    ]);
    const day = events('Paratroopers landed at the airfield on 3 May.', 'By the afternoon, a second wave had arrived, and the garrison surrendered days later.');
    expect(day.map((e) => [e.when.text, e.date])).toEqual([
      ['on 3 May', { start: '2023-05-03', end: '2023-05-03' }],
      ['By the afternoon', { start: '2023-05-03', end: '2023-05-03' }],
      ['days later', { start: '2023-05-05', end: '2023-05-09' }],
    ]);
  });

  it('a time phrase after a reported clause dates that clause', () => {
    const [e, ...rest] = events('Fishermen said there had been no patrols in the bay over the past week.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('there had been no patrols in the bay over the past week');
    expect(e!.date).toEqual({ start: '2023-06-07', end: D });
  });

  it('a reported clause headed by an irregular past dates that clause: "said guards went back in early May"', () => {
    const [e] = events('Villagers who spoke to the BBC said the border guards went back over the river in early May.');
    expect(e!.date).toEqual({ start: '2023-05-01', end: '2023-05-10' });
  });

  it('a reported clause with its own subject and a regular past dates that clause; a prepositional phrase is no clause', () => {
    const [e] = events('Farmers said soldiers searched the barns in late April.');
    expect(e!.date).toEqual({ start: '2023-04-21', end: '2023-04-30' });
    expect(events('The ministry said in a statement circulated on Monday that the barns were empty.')).toEqual([]);
  });

  it('a parenthetical attribution is passed over', () => {
    const [a] = events('By late May, port officials said, more than 40 ships had been unloaded.');
    expect(a!.text).toBe('By late May, port officials said, more than 40 ships had been unloaded');
    expect(a!.date).toEqual({ start: '2023-05-21', end: '2023-05-31' });
    const [b] = events('Since 3 April, the army says, its sappers have cleared 90 villages.');
    expect(b!.date).toEqual({ start: '2023-04-03', end: D });
  });

  it('"as of X … since Y": a running total takes its as-of date; the "since" is its window', () => {
    const found = events('As of 11 June, monitors had counted 212 damaged bridges since 2 May.');
    expect(found.map((e) => e.date)).toEqual([{ start: '2023-06-11', end: '2023-06-11' }]);
  });

  it('"by X" dates a state reached by then', () => {
    const [e] = events('By Friday, the militia held both bridges.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });

  it('"since X, when …" dates the "when" clause to X itself', () => {
    const [e] = events('Since 12 March, when the rebels stormed the capital, thousands have fled.');
    expect(e!.text).toBe('Since 12 March, when the rebels stormed the capital');
    expect(e!.date).toEqual({ start: '2023-03-12', end: '2023-03-12' });
  });

  it('", when …" after a "since" is an event of its own, at the date itself', () => {
    const since = events('The rebels have taken 40 villages since 3 April, when the ceasefire collapsed.');
    expect(since.map((e) => [e.text, e.date])).toEqual([
      ['The rebels have taken 40 villages since 3 April', { start: '2023-04-03', end: '2023-06-14' }],
      ['when the ceasefire collapsed', { start: '2023-04-03', end: '2023-04-03' }],
    ]);
    // no verb of its own: the clause before is not taken twice
    expect(events('The dam was breached on 6 June, when the river was at its highest.').map((e) => e.text)).toEqual(['The dam was breached on 6 June']);
    // a reporting act is no event: "when asked …"
    expect(events('The mayor toured the port on Monday, when asked about the blast.').map((e) => e.text)).toEqual(['The mayor toured the port on Monday']);
  });

  it('", when …" after an event at the same date tells the same moment again: one event', () => {
    const found = events('The siege of the harbour began in late May, when marines landed north of the town.');
    expect(found.map((e) => [e.text, e.date.start])).toEqual([['The siege of the harbour began in late May', '2023-05-21']]);
    // with no event of its own before it, the "when" clause is the event
    expect(events('Talks stalled in early May, when the envoys walked out.').length).toBe(1);
  });

  it('a bare past spelt like its noun is the verb before its object\'s determiner: "cut the road"', () => {
    const [e] = events('On Tuesday, rebel sappers cut the only rail line into the valley.');
    expect([e!.text, e!.date.start]).toEqual(['On Tuesday, rebel sappers cut the only rail line into the valley', '2023-06-13']);
    // a compound noun before it is still the noun: "a power cut the next morning"
    expect(events('A power cut the next morning darkened the ward.')).toEqual([]);
  });

  it('a bare past right after a name is its verb: "Gazprom cut supplies"', () => {
    const [e] = events('Norgas cut deliveries to the smelter on Tuesday.');
    expect([e!.text, e!.date.start]).toEqual(['Norgas cut deliveries to the smelter on Tuesday', '2023-06-13']);
  });

  it('"kept shelling": to keep doing an act is the act', () => {
    const [e] = events('Rebel gunners last week kept pounding the ridge above the dam.');
    expect([e!.text, e!.date]).toEqual(['Rebel gunners last week kept pounding the ridge above the dam', { start: '2023-06-05', end: '2023-06-11' }]);
    // keeping a state is no act
    expect(events('The garrison last week kept control of the ridge.')).toEqual([]);
  });

  it('"today" in a quote is the day the quote was said', () => {
    const [e, ...rest] = events('The colonel boasted in a clip posted on Sunday: “Today we crushed their last battalion.”');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Today we crushed their last battalion');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });

  it('a dateline is not an event', () => {
    const [e, ...rest] = events('ODESA, June 12 (Wire) - Divers recovered the second black box on Monday, investigators said.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Divers recovered the second black box on Monday');
  });

  it('a dateline filed from two cities is not an event', () => {
    const [e, ...rest] = events('VILNIUS/RIGA, June 13 (Wire) - Border guards turned back a convoy of lorries on Sunday, the agency said.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Border guards turned back a convoy of lorries on Sunday');
  });

  it('a dateline naming a town and its country is not an event', () => {
    const [e, ...rest] = events('TARTU, Estonia, June 13 (Wire) - Firefighters extinguished a blaze at a fuel depot on Monday, police said.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('Firefighters extinguished a blaze at a fuel depot on Monday');
  });

  it('"X occurred a day after Y said it had done Z" dates Z from the sentence before', () => {
    const found = events('A blast shook the harbour on Tuesday.', 'The blast occurred a day after rebels said they had mined the pier.');
    expect(found.map((e) => e.text)).toEqual(['A blast shook the harbour on Tuesday', 'a day after rebels said they had mined the pier']);
    expect(found[1]!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });
});

describe('extractEvents: a fronted "by X" before a saying', () => {
  it('dates the reported act to X, not the saying', () => {
    const [e, ...rest] = events('By Tuesday, the governor said rescuers had pulled 40 people from the rubble.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('By Tuesday, the governor said rescuers had pulled 40 people from the rubble');
    expect(e!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
  });

  it('gives nothing when what was said is no act', () => {
    expect(events('By Tuesday, the governor said she was ready to resign.')).toEqual([]);
  });
});

describe('extractEvents: acts and reports', () => {
  it('a past spelt like its noun is a verb after "was"/"had" or before a particle: "power was cut", "set up"', () => {
    const [cut] = events('Water was cut in three districts overnight, the utility said.');
    expect(cut!.text).toBe('Water was cut in three districts overnight');
    const [, setUp] = events('The port closed on 19 July.', 'In the weeks that followed, traders set up a new route.');
    expect(setUp!.text).toBe('In the weeks that followed, traders set up a new route');
    expect(setUp!.date).toEqual({ start: '2022-07-20', end: '2022-08-30' });
    expect(events('The cut in rations was reported on Monday.')).toEqual([]);
  });

  it('quitting a deal or an alliance is an act: "quit the alliance in mid-May"', () => {
    expect(events('The rebels quit the alliance in mid-May.')[0]!.date).toEqual({ start: '2023-05-11', end: '2023-05-20' });
  });

  it('a declaration in the passive with an event for its subject is an act: "the ceasefire was announced on Monday"', () => {
    const [e] = events('The ceasefire was announced by the army chief on Monday.');
    expect(e!.text).toBe('The ceasefire was announced by the army chief on Monday');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('The results were announced on Monday.')).toEqual([]);
  });

  it('a declaration with a direct object is an act; "declared that" reports', () => {
    const [e] = events('The parliament declared the province a free zone on 30 May.');
    expect(e!.text).toBe('The parliament declared the province a free zone on 30 May');
    expect(e!.date.start).toBe('2023-05-30');
    expect(events('The parliament declared on Monday that the vote was void.')).toEqual([]);
  });

  it('a response made by an act and a call by phone are events', () => {
    const [e] = events('On Sunday, the garrison responded with a counter-attack on the ridge.');
    expect(e!.text).toBe('On Sunday, the garrison responded with a counter-attack on the ridge');
    expect(e!.date.start).toBe('2023-06-11');
    const [f] = events('On Friday, the two defence ministers spoke by phone about the grain corridor.');
    expect(f!.date.start).toBe('2023-06-09');
    expect(events('On Friday, the two defence ministers spoke to reporters about the grain corridor.')).toEqual([]);
    expect(events('On Sunday, the garrison responded that the ridge was still held.')).toEqual([]);
  });

  it('finishing an act is an act: "said on Monday that its sappers finished clearing the bridge"', () => {
    const [e] = events('The army said on Monday that its sappers finished clearing the bridge.');
    expect(e!.text).toBe('its sappers finished clearing the bridge');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
  });

  it('an unshifted present perfect or a pluperfect after a dated saying is of its day, unless it has a time of its own', () => {
    const [e] = events('The navy confirmed on Monday that its marines have landed on the spit.');
    expect(e!.text).toBe('its marines have landed on the spit');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    const [f] = events('The navy confirmed on Monday that its marines had landed on the spit.');
    expect(f!.text).toBe('its marines had landed on the spit');
    expect(f!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    const [g] = events('The navy confirmed on Monday that its marines had landed on the spit in May.');
    expect(g!.date).toEqual({ start: '2023-05-01', end: '2023-05-31' });
  });

  it('a participle with a place after its noun is no verb of the reported clause: "the gunboats moored near the cape had withdrawn"', () => {
    const [e] = events('The coastguard said on Monday that the gunboats moored near the cape had withdrawn.');
    expect(e!.text).toBe('the gunboats moored near the cape had withdrawn');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
  });

  it('a participle after a determiner is an adjective, not a verb: "the accepted view was"', () => {
    expect(events('In May, the accepted view among the monks was that the roof would hold.')).toEqual([]);
  });

  it('refusing an ultimatum or an offer is an act; rejecting a claim reports', () => {
    const [e] = events('The garrison rejected a fresh ultimatum to lay down its arms on Tuesday.');
    expect(e!.text).toBe('The garrison rejected a fresh ultimatum to lay down its arms on Tuesday');
    expect(e!.date.start).toBe('2023-06-13');
    expect(events('The ministry on Tuesday rejected claims that the depot had been hit.')).toEqual([]);
  });

  it('a fronted day with no comma dates the act its saying tells: that day and the day before', () => {
    const [e] = events('On Tuesday the coastguard said it had rescued the crew of a burning trawler.');
    expect(e!.text).toBe('it had rescued the crew of a burning trawler');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('a queue or line that "stretched" somewhere is a state, not a happening', () => {
    expect(events('Queues of tankers stretched along the quay on Sunday.')).toEqual([]);
  });

  it('"added" with an object and "to" is an addition, an act; "added that" still reports', () => {
    const [e] = events('The league added the two clubs to its register of foreign agents on Monday.');
    expect(e!.date.start).toBe('2023-06-12');
    expect(events('The governor added on Monday that the levee was holding.')).toEqual([]);
    expect(events('"We are ready," added the governor on Monday, speaking to reporters.')).toEqual([]);
    expect(events('The mayor added the closure was a response to pressure from the capital on Tuesday.')).toEqual([]);
  });

  it('an assessment or judgement dated by its time word is a reporting act', () => {
    expect(events('The monitors assessed on Monday that the dam was sound.')).toEqual([]);
    expect(events('The inspectors judged on Tuesday that the reactor was stable.')).toEqual([]);
  });

  it('"X in <place> said on Monday" dates the saying, not what was said', () => {
    expect(events('Volunteers in Mykolaiv said on Monday they were evacuating the hospital.')).toEqual([]);
    // the act its "that" clause reports took the day of the saying or the day before (as "said on Friday that …")
    expect(events('Officials in Sumy told reporters on Friday that the convoy had left.').map((e) => e.date)).toEqual([{ start: '2023-06-08', end: '2023-06-09' }]);
  });

  it('the release of a video or statement is a reporting act', () => {
    expect(events('The mayor spoke in a video released on Monday.')).toEqual([]);
    expect(events('The ministry replied in a statement issued on Tuesday.')).toEqual([]);
  });

  it('asides in the clause do not take the time: "including …", ", where …,"', () => {
    const [e] = events('The junta proclaimed the annexation of two districts, including Orlova, where the mine lies, at a ceremony on 4 May.');
    expect(e!.text).toBe('The junta proclaimed the annexation of two districts, including Orlova, where the mine lies, at a ceremony on 4 May');
    expect(e!.date.start).toBe('2023-05-04');
  });

  it('a state word used as a noun is not the predicate', () => {
    const [e] = events('By mid-May, after two offensives, the share of the island under rebel control had fallen to a third.');
    expect(e!.date).toEqual({ start: '2023-05-11', end: '2023-05-20' });
    const [f] = events('The militia regained control of the mine on 2 June, according to the council.');
    expect(f!.text).toBe('The militia regained control of the mine on 2 June');
    expect(f!.date.start).toBe('2023-06-02');
  });

  it('a report word after "a" and a modifier is a noun: "launched an emergency appeal on 3 May"', () => {
    const [e] = events('The Red Cross launched an emergency appeal for the flooded valley on 3 May.');
    expect(e!.date.start).toBe('2023-05-03');
  });

  it('a time phrase running into a subjectless predicate dates the event noun before it', () => {
    const [e] = events('The raid on the depot, in early May, destroyed two tanks.');
    expect(e!.text).toBe('The raid on the depot, in early May');
    const [f] = events('The river is wide here, and the collapse of the dam, a mile upstream, in April flooded it.');
    expect(f!.text).toBe('and the collapse of the dam, a mile upstream, in April');
    expect(events('Amid heavy fighting, on Monday the marines captured the port.')[0]!.text).toBe('on Monday the marines captured the port');
  });
});

describe('extractEvents: a happening named in a comparison', () => {
  it('dates "the fall of X in May" after "the worst blow since", though the comparison has no window', () => {
    const [e, ...rest] = events('The retreat is the worst blow to the rebels since the fall of Dorvik in May.');
    expect(rest).toEqual([]);
    expect(e!.text).toContain('the fall of Dorvik in May');
    expect(e!.date).toEqual({ start: '2023-05-01', end: '2023-05-31' });
  });
});

describe('extractEvents: dates counted from a landmark (content/data/landmark-dates.json)', () => {
  const landmarks = loadLandmarks(landmarkFile);
  const dated = (...lines: string[]): EventAnnotation[] => extractEvents({ ...context(lines), landmarks });

  it('"since the start of the war" runs from the day the invasion began to D', () => {
    const [e] = dated('Since the start of the war, Kyiv has received 40 howitzers from Poland.');
    expect(e!.when.text).toBe('Since the start of the war');
    expect(e!.date).toEqual({ start: '2022-02-24', end: D });
  });

  it('"since the invasion began" and "since Russia’s full-scale invasion" likewise', () => {
    expect(dated('Power plants in Ukraine have been hit 300 times since the invasion began.')[0]!.date).toEqual({ start: '2022-02-24', end: D });
    const [e] = dated('Since Russia’s full-scale invasion, four million Ukrainians have found work abroad.');
    expect(e!.when.text).toBe('Since Russia’s full-scale invasion');
    expect(e!.date).toEqual({ start: '2022-02-24', end: D });
  });

  it('"on the first day of the invasion" is the day; "in the first weeks of the war" its first three weeks', () => {
    expect(dated('On the first day of the invasion, Russian helicopters attacked the airfield.')[0]!.date).toEqual({ start: '2022-02-24', end: '2022-02-24' });
    expect(dated('In the first weeks of the war, Russian columns stalled north of Kyiv.')[0]!.date).toEqual({ start: '2022-02-24', end: '2022-03-16' });
    expect(dated('In the first two weeks of the war, Russian columns stalled north of Kyiv.')[0]!.date).toEqual({ start: '2022-02-24', end: '2022-03-09' });
  });

  it('"the 40th day of the war" counts from its start as day 1; a weekday written before the count wins', () => {
    expect(dated('On the 40th day of the war, Russian gunners shelled the grain terminal at Izmail.')[0]!.date).toEqual({ start: '2022-04-04', end: '2022-04-04' });
    expect(dated('Russian marines stormed the causeway on day 12 of the invasion.')[0]!.date).toEqual({ start: '2022-03-07', end: '2022-03-07' });
    const found = dated('Ukrainian sappers blew up the rail bridge on Tuesday, the 475th day of the war.');
    expect(found.map((e) => e.date)).toEqual([{ start: '2023-06-13', end: '2023-06-13' }]);
  });

  it('"three months into the war" counts forward from its start', () => {
    expect(dated('Three months into the war, Russian artillery destroyed the bridge at Rubizhne.')[0]!.date).toEqual({ start: '2022-05-24', end: '2022-05-24' });
  });

  it('gives nothing in an article that names neither Ukraine nor Russia, or for the war named bare', () => {
    expect(dated('Since the start of the war, the rebels have taken 14 villages in the north.')).toEqual([]);
    expect(dated('Ukraine’s first grain ship sailed from Odesa long after the invasion.')).toEqual([]);
    expect(dated('Since the start of the war, Kyiv has received 40 howitzers.').length).toBe(1);
    expect(events('Since the start of the war, Kyiv has received 40 howitzers from Poland.')).toEqual([]);
  });
});

describe('extractEvents: blind-round words and clauses', () => {
  it('a "since" clause with its own verb is an event at X, though the main clause reports nothing', () => {
    const landmarks = loadLandmarks(landmarkFile);
    const line = 'The Kremlin has not disclosed its losses in Ukraine since the invasion began on February 24.';
    const [e, ...rest] = extractEvents({ ...context([line], '2022-05-10'), landmarks });
    expect(rest).toEqual([]);
    expect(e!.text).toBe('the invasion began on February 24');
    expect(e!.date).toEqual({ start: '2022-02-24', end: '2022-02-24' });
  });

  it('a military column is no newspaper column: its verb is the event', () => {
    const [e] = events('The enemy column was first sighted by drones on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a fronted speech dates the act its main clause tells: "Addressing cadets on Monday, the general ordered …"', () => {
    const [e, ...rest] = events('Addressing cadets at the academy on Monday, the general ordered two brigades to the border.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('the general ordered two brigades to the border');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('Speaking to reporters on Monday, the general said the brigades were ready.')).toEqual([]);
  });

  it('a declaration after "a day after" is an act: "a day after the council declared it neutral ground"', () => {
    const found = events('The first tanker docked on Friday, a day after the council declared it neutral ground.');
    expect(found.map((e) => [e.text, e.date.start])).toEqual([
      ['The first tanker docked on Friday', '2023-06-09'],
      ['a day after the council declared it neutral ground', '2023-06-08'],
    ]);
  });

  it('"pounding" is shelling', () => {
    const [e] = events('Howitzers have been pounding the harbour district since early May.');
    expect(e!.date).toEqual({ start: '2023-05-01', end: D });
  });
});

describe('extractEvents: blind-round 4 (live blogs, wires, assessments)', () => {
  it('a time phrase\'s own preposition does not put the verb before it further away: "laid siege in late February, remains"', () => {
    const [e, ...rest] = events('Chernihiv, where the invaders laid siege in late February, remains surrounded.');
    expect(rest).toEqual([]);
    expect(e!.date).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });

  it('"a day after the signing, …": the main clause is the event, dated from the sentence before', () => {
    const [, e] = events('The treaty was ratified in Vienna on Tuesday.', 'A day after the signing, customs officers reopened the bridge.');
    expect(e!.text).toBe('A day after the signing, customs officers reopened the bridge');
    expect(e!.date).toEqual({ start: '2023-06-14', end: '2023-06-14' });
  });

  it('a decision announced with the day between verb and object is an act: "announced Tuesday a new package"', () => {
    const [e] = events('Norway announced Tuesday a fresh package of demining equipment for Kyiv.');
    expect(e!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
    const [f] = events('The bloc announced on Monday further sanctions on Minsk.');
    expect(f!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('Norway announced Tuesday that a package was ready.')).toEqual([]);
  });

  it('announcing a decision (an aid package, sanctions) is an act; announcing "that …" is speech', () => {
    const [e] = events('Canada announced a further C$500 million military package for Kyiv on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('Canada announced on Monday that the package was ready.')).toEqual([]);
  });

  it('"accounted for" a share is a state: "grain accounted for a tenth of exports last year"', () => {
    expect(events('Grain accounted for a tenth of Moldovan exports last year.')).toEqual([]);
  });

  it('"cut" is an act: "the lender cut its deposit rate on Monday"', () => {
    const [e] = events('The lender cut rates to 6 per cent on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a plural after a past verb is its object, not a state verb: "tightened export controls on Friday"', () => {
    const [e] = events('The regulator tightened export controls on Friday.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
    expect(events('Officials insisted it controls the dam now.')).toEqual([]);
  });

  it('a firm announcing it would exit a market or cut supplies is an act: "announced on Friday it would quit"', () => {
    const [e] = events('The Danish brewer announced on Friday it would quit Belarus and sell its two breweries.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
    const [f] = events('The utility announced on Tuesday that it would cut power exports to Moldova.');
    expect(f!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
  });

  it('a package named by five words is still a decision: "a new $90 million fuel aid package"', () => {
    const [e] = events('Japan announced a new $90 million fuel aid package on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a perfect "had spoken" to a named counterpart by phone is a meeting, asides and all', () => {
    const [e] = events('The envoy said she had spoken to her Turkish counterpart, Mevlut Cavusoglu, by phone on Thursday.');
    expect(e!.date).toEqual({ start: '2023-06-08', end: '2023-06-08' });
  });

  it('a conversation with a leader is a meeting: "spoke with Zelensky on Tuesday"', () => {
    const [e] = events('The Polish president spoke with Zelensky on Tuesday about the grain deal.');
    expect(e!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
    const [f] = events('The king spoke to the Italian prime minister last week, urging calm.');
    expect(f!.date).toEqual({ start: '2023-06-05', end: '2023-06-11' });
    expect(events('The general spoke to Sky News on Monday about the harbour.')).toEqual([]);
    expect(events('The mayor spoke to Ukrainian television on Monday.')).toEqual([]);
    expect(events('The minister spoke to Polish farmers on Monday.')).toEqual([]);
    expect(events('The minister spoke with Estonian president Karis on Monday.')).toHaveLength(1);
  });

  it('a happening "reported" in the passive is dated by the time: "clashes were reported in Avdiivka on Sunday"', () => {
    const [e] = events('Heavy clashes were also reported in Avdiivka on Sunday.');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });

  it('"this morning" reaches its verb across a list of places', () => {
    const [e] = events('Drones struck depots in Kharkiv, Sumy and Poltava this morning.');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('"have now cleared … since X" is one event over [X, D], not a "now" of its own', () => {
    const found = events('Sappers have now cleared 40 towns and villages since early May.');
    expect(found.map((e) => [e.text, e.date])).toEqual([
      ['Sappers have now cleared 40 towns and villages since early May', { start: '2023-05-01', end: D }],
    ]);
  });

  it('a landmark with its own date after a superlative is an event at that date', () => {
    const landmarks = loadLandmarks(landmarkFile);
    const line = 'Soledar is the largest Ukrainian town to change hands since the invasion began on February 24.';
    const [e, ...rest] = extractEvents({ ...context([line], '2022-08-10'), landmarks });
    expect(rest).toEqual([]);
    expect(e!.date).toEqual({ start: '2022-02-24', end: '2022-02-24' });
  });
});

describe('extractEvents: blind-round 5 (recaps, wires, state media)', () => {
  it('a name given in "in what X called …" is no saying: the time dates the main verb', () => {
    const [e] = events('Rebel columns rolled into the valley on May 3 in what the governor called a brutal raid.');
    expect(e!.date).toEqual({ start: '2023-05-03', end: '2023-05-03' });
    expect(e!.text.startsWith('Rebel columns rolled into the valley')).toBe(true);
  });

  it('troop movements are events: "are now moving artillery north", "redeployed last week"', () => {
    const [e] = events('Militia units are now moving artillery north to the river.');
    expect(e!.date).toEqual({ start: D, end: D });
    const [f] = events('The brigade redeployed to the coast last week.');
    expect(f!.date).toEqual({ start: '2023-06-05', end: '2023-06-11' });
  });

  it('the evidence of an event "a day after" names starts at "a day after"', () => {
    const [shelled, raid, ...rest] = events('Rebels shelled the port again on May 9, a day after their heaviest raid of the spring.');
    expect(rest).toEqual([]);
    expect([shelled!.text, shelled!.date]).toEqual(['Rebels shelled the port again on May 9', { start: '2023-05-09', end: '2023-05-09' }]);
    expect([raid!.text, raid!.date]).toEqual(['a day after their heaviest raid of the spring', { start: '2023-05-08', end: '2023-05-08' }]);
  });

  it('a fronted time dates the act of a clause coordinated after a saying', () => {
    const [e, ...rest] = events('On 4 May, the governor announced a curfew and rebel troops crossed the river at dawn.');
    expect(rest).toEqual([]);
    expect([e!.text, e!.date]).toEqual(['rebel troops crossed the river at dawn', { start: '2023-05-04', end: '2023-05-04' }]);
    const [q] = events('On 4 May, the governor announced a "state of siege" and rebel troops crossed the river at dawn.');
    expect(q!.text).toBe('rebel troops crossed the river at dawn');
    expect(events('On Monday, the general said the line was holding and praised his men.')).toEqual([]);
    expect(events('In March, Kyiv warned of an attack, but the rebels held their fire.')).toEqual([]);
    // the saying dates what it reports (the day and the day before), not a coordinated clause on its own
    expect(events('On Tuesday, port officials said the terminal had been shelled and two dockers died.').map((e) => [e.text, e.date]))
      .toEqual([['the terminal had been shelled and two dockers died', { start: '2023-06-12', end: '2023-06-13' }]]);
  });
});

describe('extractEvents: blind-round 7 (timelines, explainers)', () => {
  it('a date that labels a timeline line dates it: "June 3 - …", "June 5: …"', () => {
    const [e] = events('June 3 - Rebel gunboats shell the harbour at Ostrova.');
    expect([e!.text, e!.date]).toEqual(['June 3 - Rebel gunboats shell the harbour at Ostrova', { start: '2023-06-03', end: '2023-06-03' }]);
    const [f] = events('June 5: The garrison surrenders the fortress to the militia.');
    expect(f!.date).toEqual({ start: '2023-06-05', end: '2023-06-05' });
    expect(f!.text).toContain('surrenders the fortress');
    // a dateline still names its place or agency
    expect(events('OSTROVA, June 3 (Wire) - Rebel gunboats shelled the harbour.')).toHaveLength(0);
  });

  it('"on 4 May and now hold …": the present state after "and now" is a predicate of its own', () => {
    const found = events('The militia seized the airfield on 4 May and now hold the runway.');
    const e = found.find((x) => x.date.start === '2023-05-04');
    expect(e!.text).toBe('The militia seized the airfield on 4 May');
  });

  it('a participle after a comma with its own time is an act of its own', () => {
    const found = events('The rebels seized the depot in late April.', 'Since then they have pushed north, taking the ferry port in early May.');
    const e = found.find((x) => x.date.start === '2023-05-01');
    expect(e!.text).toBe('taking the ferry port in early May');
  });

  it('an "after" that governs a time is its preposition, not a clause of its own', () => {
    const found = events('The rebels have now lost half of the land they seized after 4 March.');
    expect(found.map((x) => x.text)).not.toContain('after 4 March');
  });
});

describe('extractEvents: announced withdrawals under other names', () => {
  it('"announced the pull-out / redeployment of its forces" is a formal act', () => {
    const [e] = events('The junta announced the pull-out of its forces from the delta on 9 June.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
    const [f] = events('June 10 - The rebel command announces the redeployment of its units to the coast.');
    expect(f!.date).toEqual({ start: '2023-06-10', end: '2023-06-10' });
  });
});

describe('extractEvents: blind-round 9', () => {
  it('a range: "have fled since the junta invaded on 3 May" runs to D', () => {
    const e = events('Thousands of villagers have fled the valley since the junta invaded on 3 May.').find((x) => x.text.startsWith('Thousands'));
    expect(e!.date).toEqual({ start: '2023-05-03', end: D });
  });

  it('a forecast with its subject between ("officials expect the militia to attack") is no event', () => {
    expect(events('Aid workers expect the militia to attack the port over the summer.')).toEqual([]);
  });

  it('a saying on a day dates the act its "that" clause tells in a simple past or progressive', () => {
    const [e] = events('On Monday, the harbour authority announced that its crews were evacuating the pier.');
    expect(e!.text).toBe('its crews were evacuating the pier');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    const [f] = events('The rebel council said on Tuesday that its fighters stormed the customs post.');
    expect(f!.text).toBe('its fighters stormed the customs post');
    // a denial tells what did not happen
    expect(events('The army denied on Tuesday that its gunners shelled the customs post.')).toEqual([]);
  });

  it('a time after an event noun\'s phrase dates the noun, not the verb after it', () => {
    const [e] = events('The collapse of the dam on 2 June gave the rebels a moat.');
    expect(e!.date).toEqual({ start: '2023-06-02', end: '2023-06-02' });
    expect(e!.text).toBe('The collapse of the dam on 2 June gave the rebels a moat');
  });

  it('a clause with no event word only sets the time of its "when" clause', () => {
    const [e, ...rest] = events('The reply came on Monday, when rebel drones hit the fuel depot at the airfield.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('when rebel drones hit the fuel depot at the airfield');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('an event noun declared in an object relative ("the pull-out, which the junta announced on Monday") is an act', () => {
    const [e] = events('The retreat from the delta, which the junta announced on Monday as a regrouping, left the port exposed.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(e!.text.startsWith('which the junta announced on Monday')).toBe(true);
    expect(events('The report, which the junta announced on Monday, ran to forty pages.')).toEqual([]);
  });

  it('an event noun declared in a reduced relative ("the pull-out, announced by the junta on Monday") is an act', () => {
    const [e] = events('The junta\'s pull-out from the delta, announced by its spokesman, Colonel Arvo Lind, on Monday, stunned the capital.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(e!.text.startsWith('The junta\'s pull-out from the delta')).toBe(true);
    expect(events('The colonel, announced by the palace on Monday as envoy, is a veteran of the delta.')).toEqual([]);
  });

  it('a digest header\'s day dates the one-line items under it that tell a past act', () => {
    const found = events(
      'Main events on Tuesday:',
      'Rebel gunboats shelled the harbour at Tarn, the navy said.',
      'Colonel Ivo Marek, the head of the garrison, resigned over the losses.',
      'The talks will resume next month.',
      'The port authority reported a second strike on Wednesday.',
    );
    expect(found.map((e) => [e.text, e.date.start, e.when.text])).toEqual([
      ['Rebel gunboats shelled the harbour at Tarn, the navy said', '2023-06-13', 'on Tuesday'],
      ['Colonel Ivo Marek, the head of the garrison, resigned over the losses', '2023-06-13', 'on Tuesday'],
      ['The port authority reported a second strike on Wednesday', D, 'on Wednesday'],
    ]);
    // a line that is not a header (no colon) dates nothing beneath it
    expect(events('Main events on Tuesday', 'Rebel gunboats shelled the harbour at Tarn.')).toEqual([]);
  });

  it('slow advances and finished operations are events: "grinding", "completed"', () => {
    const [e] = events('The militia has spent the past fortnight grinding its way into the old town.');
    expect(e!.date).toEqual({ start: '2023-05-31', end: D });
    const [f] = events('Engineers completed the pontoon bridge on Monday.');
    expect(f!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });
});

describe('extractEvents: blind-round 15 (factbox timelines, coordinated clauses)', () => {
  it('a timeline entry that is a saying dates the act it reports, with no "that"', () => {
    const [e, ...rest] = events('May 6 - The rebels say they have retaken the ferry terminal at Ostrova.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('they have retaken the ferry terminal at Ostrova');
    expect(e!.date).toEqual({ start: '2023-05-05', end: '2023-05-06' });
  });

  it('a timeline entry tells its coordinated act in the present: "… declares X and units cross …"', () => {
    const [e] = events('May 2 - The president appeals for calm and rebel units cross the river at Ostrova.');
    expect(e!.text).toBe('rebel units cross the river at Ostrova');
    expect(e!.date).toEqual({ start: '2023-05-02', end: '2023-05-02' });
  });

  it('"sinks" is an event verb in a timeline entry', () => {
    const [e] = events('May 4 - A supply barge sinks after a storm off Ostrova.');
    expect(e!.date).toEqual({ start: '2023-05-04', end: '2023-05-04' });
  });

  it('an auxiliary and its verb count once in the first of two coordinated clauses', () => {
    const [e] = events('In April, the governor had signalled his intention to strike in the south, and the army sent two brigades into the valley.');
    expect(e!.text).toBe('the army sent two brigades into the valley');
    expect(e!.date).toEqual({ start: '2023-04-01', end: '2023-04-30' });
  });

  it('a participle after its noun is not the verb of a reported "that" clause', () => {
    const [e] = events('May 8 - The navy says the sailors holding out at the lighthouse have surrendered.');
    expect(e!.text).toBe('the sailors holding out at the lighthouse have surrendered');
    expect(e!.date).toEqual({ start: '2023-05-07', end: '2023-05-08' });
  });
});

describe('extractEvents: blind-round 16 (sayings dated before their complement)', () => {
  it('a wire saying drops the "that": "said Monday its cutters had seized …"', () => {
    const [e, ...rest] = events('The coastguard said Monday its cutters had seized two smuggling boats near the harbour.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('its cutters had seized two smuggling boats near the harbour');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
  });

  it('a part of the day between the saying and its day: "said early Tuesday that …"', () => {
    const [e] = events('The governor said early Tuesday that saboteurs had blown up the pumping station.');
    expect(e!.text).toBe('saboteurs had blown up the pumping station');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('a saying with its hearer before the day: "told the prime minister on Monday that …"', () => {
    const [e] = events('The general told the prime minister on Monday that his brigades had crossed the river.');
    expect(e!.text).toBe('his brigades had crossed the river');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
  });

  it('a saying dated by a chained "later that day" dates its complement too', () => {
    const found = events('Rebel units stormed the garrison on Saturday.', 'The army confirmed later that day that its soldiers had abandoned the fort.');
    expect(found.map((e) => e.date)).toEqual([
      { start: '2023-06-10', end: '2023-06-10' },
      { start: '2023-06-09', end: '2023-06-10' },
    ]);
  });

  it('an outcome in the speaker’s quoted word is a claim: told … on Monday that his men had "freed" …', () => {
    expect(events('The colonel told the council on Monday that his men had "freed" the whole valley.')).toEqual([]);
  });

  it('a movement under a quoted name still dates: announced on Monday that its units were "realigning"', () => {
    const [e] = events('The junta announced on Monday that its units were "withdrawing" from the delta.');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
  });

  it('a fronted time before a subject with appositives and a saying with no "that"', () => {
    const [e, ...rest] = events('On Tuesday, the commander of the northern group, Colonel Ivan Petrenko, said his sappers had destroyed the last bridge.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('his sappers had destroyed the last bridge');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('a saying with no complement after its day dates nothing: "said on Monday in a statement"', () => {
    expect(events('The ministry said on Monday in a statement.')).toEqual([]);
  });
});

describe('extractEvents: blind-round 16 (states told with a participle)', () => {
  it('"was now fully occupied" is the state reached, not the seizure', () => {
    expect(events('The mayor told reporters that the harbour district was now fully occupied by rebel units.')).toEqual([]);
  });

  it('"has now been occupied" still tells the seizure', () => {
    const [e] = events('The harbour district has now been occupied by rebel units.');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('"stuck" and "stranded" since a date are states, not happenings', () => {
    expect(events('Thousands of lorries have been stuck in the port since April.')).toEqual([]);
    expect(events('Two ferries have been stranded in the harbour since May.')).toEqual([]);
  });
});

describe('extractEvents: blind-round 16 (a control regained)', () => {
  it('"returned to Ukrainian control" is the act, "control" there a noun', () => {
    const [e] = events('More than 40 hamlets have been returned to Ukrainian control since April.');
    expect(e!.date).toEqual({ start: '2023-04-01', end: D });
  });
});

describe('extractEvents: blind-round 19 (wire sayings, since, votes, datelines, decisions)', () => {
  it('a day between the subject and its saying dates the reported act: "The navy on Tuesday conceded that …"', () => {
    const [e, ...rest] = events('The navy on Tuesday conceded that its frigates had withdrawn from the strait.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('its frigates had withdrawn from the strait');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
    expect(events('The army on Tuesday said the rebels would attack the capital.')).toEqual([]);
  });

  it('a fronted "since X" before a saying dates the reported act from X to D', () => {
    const [e] = events('Since mid-May, the junta says it has seized 14 hamlets in the north.');
    expect(e!.date).toEqual({ start: '2023-05-11', end: D });
  });

  it('abstaining in a vote is an act, not the saying its object names', () => {
    const [e] = events('Brazil abstained on Monday on a resolution condemning the junta.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('"this morning" dates a verb before a place and its country set off by commas', () => {
    const [e] = events('The donor summit opened in Bergen, Norway, this morning.');
    expect(e!.date).toEqual({ start: D, end: D });
  });

  it('a decision announced in reported speech is an act: "announced Tuesday it would impose sanctions"', () => {
    const [e] = events('Chile announced Tuesday it would impose sanctions on the junta.');
    expect(e!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
    expect(events('Chile announced Tuesday it would host the peace talks.')).toEqual([]);
  });

  it('"refused" or "rebuffed" an offer, or rejected "a call for" a truce, is an act', () => {
    const [e] = events('On Friday the mayor of Tarn refused an offer of safe passage for his family.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
    const [f] = events('The junta on Monday rejected a call from the envoys for a truce.');
    expect(f!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(events('On Friday the mayor refused to comment on the blast.')).toEqual([]);
  });

  it('a decision announced with "on <date>" between verb and object is an act', () => {
    const [e] = events('The bloc announced on 2 June a €90 million package of fuel aid for Tarn.');
    expect(e!.date).toEqual({ start: '2023-06-02', end: '2023-06-02' });
  });

  it('"said on Monday that X had again left": an adverb between the auxiliary and the act', () => {
    const [e] = events('The navy said on Monday that the frigate had finally withdrawn from the cape.');
    expect(e!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    // "already" tells the state reached, not an act
    expect(events('The navy said on Monday that the rebel flag was already flying over the cape.')).toEqual([]);
  });

  it('a clock time with no day of its own chains to the day last named', () => {
    const found = events('On 2 May, rebel gunboats shelled the port of Tarn.', 'At 6am, marines landed on the beach north of the port.', 'Sappers blew the causeway shortly before noon.');
    expect(found.map((e) => e.date.start)).toEqual(['2023-05-02', '2023-05-02', '2023-05-02']);
  });

  it('going on television to address the nation is a reporting act, not an event', () => {
    expect(events('On 3 May, the junta leader went on national television to address the nation.')).toEqual([]);
    expect(events('On 3 May, the junta leader went on a tour of the front.')).toHaveLength(1);
  });

  it('a clock time before any day is named reads on the news day', () => {
    const [e] = events('Sirens sounded as mortars hit the harbour of Tarn at about 7.40am.');
    expect(e!.date).toEqual({ start: D, end: D });
    expect(events('The curfew starts at 10pm.')).toEqual([]);
  });

  it('a rush hour with no day of its own reads as a clock time: the day last named, else the news day', () => {
    const [e] = events('Drones struck a tram depot in Tarn during the evening rush hour.');
    expect(e!.date).toEqual({ start: D, end: D });
    const found = events('On 2 May, gunboats shelled the port.', 'Mortars hit the ferry queue in the morning rush-hour.');
    expect(found.map((x) => x.date.start)).toEqual(['2023-05-02', '2023-05-02']);
  });

  it('a decision announced with its verb in reported speech is an act: "announced it would send troops"', () => {
    const [e] = events('Vardia announced on Monday it would send troops to the northern frontier.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('judging an act dates the judging: "praised the advances on Friday" is speech', () => {
    expect(events('The envoy praised the "remarkable" advances on Friday.')).toEqual([]);
    expect(events('The premier condemned the shelling of Tarn on Sunday.')).toEqual([]);
  });

  it('a phrasal "went down" in a reported clause is an act: the saying day and the day before', () => {
    const [e] = events('The coastguard said on Tuesday the ferry went down while under tow off Tarn.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('a clock time followed by "local time" still chains to the day last named; a day after it wins', () => {
    const found = events('On 2 May, rebel gunboats shelled the port of Tarn.', 'Drones hit the fuel depot shortly before 9pm local time, the navy said.');
    expect(found.map((e) => e.date.start)).toEqual(['2023-05-02', '2023-05-02']);
    const [own] = events('On 2 May, rebel gunboats shelled the port of Tarn.', 'Drones hit the depot at 9pm local time on Sunday.').slice(1);
    expect(own!.date.start).toBe('2023-06-11');
  });

  it('a closing saying followed by a span back to an earlier act still dates the reported act', () => {
    const [e] = events('Rebel units have left the dam at Tarn, the governor said Tuesday, more than a month after seizing it.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('securing a release and knocking out a target are acts', () => {
    const [freed] = events('The navy has secured the release of 40 sailors, the admiral said on Tuesday.');
    expect(freed!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
    const [hit] = events('Drones have knocked the Tarn ferry out of service, the coastguard said on Tuesday.');
    expect(hit!.date).toEqual({ start: '2023-06-12', end: '2023-06-13' });
  });

  it('a crew rotated after a relative clause with its own verb is an act', () => {
    const [e] = events('The ferry crew, who had worked without relief, were rotated on 20 May.');
    expect(e!.date).toEqual({ start: '2023-05-20', end: '2023-05-20' });
  });

  it('"known as" in an aside names a place; the act before it keeps its time', () => {
    const [e] = events('Sappers mined the marsh, known as the Black Meadow, in early May.');
    expect(e!.date).toEqual({ start: '2023-05-01', end: '2023-05-10' });
  });

  it('an -ing noun measured in length is a structure, not an act; a measured advance stays one', () => {
    expect(events('On 2 May, rebels shelled Tarn.', 'Drone video showed flames engulfing the 3km crossing at about 6am.')).toHaveLength(1);
    expect(events('On 2 May, rebels made a 3km advance near Tarn.')).toHaveLength(1);
  });
});

describe('extractEvents: round-ups and milestones', () => {
  it('a day label with a colon dates a saying and the act it reports', () => {
    const [e, ...rest] = events('FRIDAY: Moldova said its border guards had detained the smugglers.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('its border guards had detained the smugglers');
    expect(e!.date).toEqual({ start: '2023-06-08', end: '2023-06-09' });
  });

  it('photos emerging is a reporting act, not an event', () => {
    expect(events('On Tuesday, grim photos emerged from the villages along the river.')).toEqual([]);
  });

  it('a milestone of the calendar is not an event, whatever follows it', () => {
    expect(events('The blockade enters its third month on Tuesday, with shelling intensifying along the coast.')).toEqual([]);
  });

  it('a fronted time before a milestone verb dates the milestone, not an event', () => {
    expect(events('On Monday, the siege of the port entered its sixth week.')).toEqual([]);
    expect(events('Last Thursday, the standoff at the dam reached its 40th day.')).toEqual([]);
  });

  it('"became the last town to fall": the ranked infinitive is the act', () => {
    const [e] = events('In late May, the port became the last town to fall to the rebels.');
    expect(e!.date).toEqual({ start: '2023-05-21', end: '2023-05-31' });
  });

  it('"that weekend" before a saying is the determiner of the time, not the complementizer', () => {
    const [e, ...rest] = events('The army announced that weekend that its units were withdrawing from the ridge.');
    expect(rest).toEqual([]);
    expect(e!.text).toBe('its units were withdrawing from the ridge');
  });

  it('a holding that goes on is a state, even with "as of": "the rebels still occupied 40 villages as of Friday"', () => {
    expect(events('The rebels still occupied about 40 villages in the valley as of Friday.')).toEqual([]);
    const [e] = events('The rebels occupied about 40 villages in the valley on Friday.');
    expect(e!.date.start).toBe('2023-06-09');
  });

  it('a near-negation before the verb declines the act: "has barely shifted since March"', () => {
    expect(events('The frontline near the lake has barely shifted since March.')).toEqual([]);
    expect(events('The militia has hardly advanced in the hills since April.')).toEqual([]);
    const [e] = events('The militia has advanced barely three miles in the hills since April.');
    expect(e!.date).toEqual({ start: '2023-04-01', end: '2023-06-14' });
  });

  it('a present state "as of X" is the condition of the day, not a state reached', () => {
    expect(events('The rebels control about a third of the province as of Friday, monitors say.')).toEqual([]);
    expect(events('As of Friday, the militia holds both bridges.')).toEqual([]);
    const [e] = events('As of Friday, the militia held both bridges.');
    expect(e!.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });
});

describe('extractEvents: findings of surveys', () => {
  it('what a poll or study "found" on a day is a reporting act', () => {
    expect(events('Most voters back the plan, a survey found on Monday.')).toEqual([]);
    const [e] = events('Divers found the wreck on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });
});

describe('extractEvents: "state" as a noun', () => {
  it('"state" before a noun ("state broadcaster") is no reporting verb', () => {
    const [e] = events('Activists jammed two Russian state broadcasters on Monday.');
    expect(e!.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });
});

describe('extractEvents: a life told in a profile', () => {
  it('"was born in 1980" and "founded the firm in 2009" are events', () => {
    const [born, founded] = events('The engineer was born in Lviv in 1980.', 'She founded the ferry company in 2009.');
    expect(born!.date).toEqual({ start: '1980-01-01', end: '1980-12-31' });
    expect(founded!.date).toEqual({ start: '2009-01-01', end: '2009-12-31' });
  });

  it('"became mayor in 2010" is taking an office, an act', () => {
    const [e] = events('The lawyer became mayor of the port city in 2010.');
    expect(e!.date).toEqual({ start: '2010-01-01', end: '2010-12-31' });
  });

  it('"In 2010, after the floods …, the mayor enlisted": the main clause after a fronted subordinate one is an event too', () => {
    const found = events('In 2010, after the floods destroyed the harbour, the mayor enlisted in the coastguard.');
    expect(found.map((e) => e.text)).toContain('the mayor enlisted in the coastguard');
    expect(found.every((e) => e.date.start === '2010-01-01')).toBe(true);
  });

  it('"Hours after his arrest, …": a possessive noun names the last event told, as "the signing" does', () => {
    const [, e] = events('The mayor was arrested on Tuesday.', 'Hours after his arrest a crowd blocked the harbour road.');
    expect(e!.date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
  });
});
