import { describe, expect, it } from 'vitest';
import { makeArticle } from './fixtures';
import { describeTimeline, filterOptions, groupByMonth, monthLabel, timelineEvents } from './timeline';

const floods = makeArticle({
  slug: 'river-floods',
  title: 'The river bursts its banks',
  published: '2023-06-12',
  outlet: 'The Lowland Courier',
  sentences: {
    s2: 'Water covered Millbrook for the whole of last week, the Mayor of Millbrook said.',
    s5: 'The Relief Agency opened shelters in Eastwick in early May.',
  },
  events: [
    { id: 'e1', sentence: 's2', text: 'Water covered Millbrook for the whole of last week', date: '2023-06-05/2023-06-11', precision: 'week', summary: 'Millbrook under water' },
    { id: 'e2', sentence: 's5', text: 'opened shelters in Eastwick in early May', date: '2023-05-01/2023-05-10', precision: 'part-of-month' },
  ],
  claims: [{ id: 'c1', sentence: 's2', text: 'Water covered Millbrook', by: 'Mayor of Millbrook', kind: 'person' }],
  places: [
    { id: 'p1', sentence: 's2', text: 'Millbrook', name: 'Millbrook' },
    { id: 'p2', sentence: 's5', text: 'Eastwick', name: 'Eastwick' },
  ],
});

const agency = makeArticle({
  slug: 'agency-update',
  published: '2023-06-20',
  outlet: 'Valley Radio',
  sentences: { s1: 'Crews reached Millbrook on 14 June.' },
  events: [{ id: 'e1', sentence: 's1', text: 'Crews reached Millbrook on 14 June', date: '2023-06-14', precision: 'day' }],
  claims: [{ id: 'c1', sentence: 's9', text: 'shelters are full', by: 'Relief Agency', kind: 'org' }],
  places: [{ id: 'p1', sentence: 's1', text: 'Millbrook', name: 'Millbrook' }],
});

describe('timelineEvents', () => {
  const events = timelineEvents([agency, floods]);

  it('puts every event of every article in date order', () => {
    expect(events.map((e) => e.key)).toEqual(['river-floods#e2', 'river-floods#e1', 'agency-update#e1']);
  });

  it('says each date in words, ranges as ranges and parts of months by name', () => {
    expect(events.map((e) => e.when)).toEqual(['early May 2023', '5–11 June 2023', '14 June 2023']);
  });

  it('labels an event with its summary, else its text, and names the outlet and sentence', () => {
    expect(events[1]).toMatchObject({ summary: 'Millbrook under water', outlet: 'The Lowland Courier', sentence: 's2', start: '2023-06-05', end: '2023-06-11' });
    expect(events[0]?.summary).toBe('opened shelters in Eastwick in early May');
  });

  it('finds places in the sentence and actors among claimants of the sentence or named in it', () => {
    expect(events[1]).toMatchObject({ places: ['Millbrook'], actors: ['Mayor of Millbrook'] });
    // "Relief Agency" makes a claim in another article; its name in this sentence makes it an actor.
    expect(events[0]).toMatchObject({ places: ['Eastwick'], actors: ['Relief Agency'] });
    expect(events[2]?.actors).toEqual([]);
  });

  it('does not take a name in the possessive or after a preposition for an actor', () => {
    const other = makeArticle({
      slug: 'talks',
      published: '2023-07-01',
      sentences: { s1: 'Talks with Relief Agency began in Millbrook, at the Mayor of Millbrook’s office, on 30 June.' },
      events: [{ id: 'e1', sentence: 's1', text: 'Talks began on 30 June', date: '2023-06-30' }],
    });
    expect(timelineEvents([floods, agency, other]).find((e) => e.slug === 'talks')?.actors).toEqual([]);
  });
});

describe('groupByMonth', () => {
  it('groups events under the month they begin in, keeping their order', () => {
    const months = groupByMonth(timelineEvents([floods, agency]));
    expect(months.map((m) => [m.month, m.label, m.events.length])).toEqual([
      ['2023-05', 'May 2023', 1],
      ['2023-06', 'June 2023', 2],
    ]);
  });
  it('names a month', () => expect(monthLabel('2021-12')).toBe('December 2021'));
});

describe('filterOptions', () => {
  it('lists places by how many events they appear in, then by name', () => {
    expect(filterOptions(timelineEvents([floods, agency]), 'places')).toEqual([
      { name: 'Millbrook', count: 2 },
      { name: 'Eastwick', count: 1 },
    ]);
  });
});

describe('describeTimeline', () => {
  it('says how many events, over which months, and the busiest month', () => {
    expect(describeTimeline(groupByMonth(timelineEvents([floods, agency])))).toBe('3 events from May 2023 to June 2023; most in June 2023 (2).');
    expect(describeTimeline(groupByMonth(timelineEvents([agency])))).toBe('1 event in June 2023.');
    expect(describeTimeline([])).toBe('No dated events yet.');
  });
});
