import { describe, it, expect } from 'vitest';
import landmarkFile from '../../../content/data/landmark-dates.json';
import { loadLandmarks } from '../landmarkDates';
import { landmarkParser } from './dateLandmarkParser';
import { frameOf, resolveDates, type ResolvedDate, type YearFrame } from './dates';

const D = '2023-06-14'; // a Wednesday

/** The one expression found in the sentence; checks its span first. */
function only(sentence: string, published = D, anchor?: { start: string; end: string }, frame?: YearFrame): ResolvedDate {
  const found = resolveDates(sentence, published, anchor, frame);
  expect(found).toHaveLength(1);
  const r = found[0]!;
  expect(sentence.slice(r.index, r.index + r.text.length)).toBe(r.text);
  return r;
}

describe('resolveDates: weekdays and days', () => {
  it('a weekday is the latest such day on or before D', () => {
    const r = only('Drones struck the depot on Monday.');
    expect(r.text).toBe('on Monday');
    expect(r.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
    expect(r.precision).toBe('day');
  });

  it('a weekday that chrono would put after D is moved back a week', () => {
    const r = only('Engineers finished the pontoon by Friday.');
    expect(r.text).toBe('by Friday');
    expect(r.relation).toBe('by');
    expect(r.date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
  });

  it('the weekday of D itself is D', () => {
    expect(only('The convoy left on Wednesday.').date.start).toBe('2023-06-14');
  });

  it('yesterday is D-1, now and today are D', () => {
    expect(only('Sirens sounded yesterday across the region.').date).toEqual({ start: '2023-06-13', end: '2023-06-13' });
    const now = only('There is heavy shelling in the port now.');
    expect(now.text).toBe('now');
    expect(now.present).toBe(true);
    expect(now.date).toEqual({ start: D, end: D });
  });

  it('"last Tuesday" said on a Wednesday is the day before; "last Wednesday" a week before', () => {
    expect(only('The depot burned last Tuesday.').date.start).toBe('2023-06-13');
    expect(only('The depot burned last Wednesday.').date.start).toBe('2023-06-07');
    expect(only('The depot burned on Wednesday.').date.start).toBe(D);
  });

  it('a day and month without a year is the latest one on or before D', () => {
    expect(only('The bridge was blown up on 20 July.').date.start).toBe('2022-07-20');
    expect(only('The bridge was blown up on June 2.').date.start).toBe('2023-06-02');
  });

  it('a day up to a month after D is a coming day, not last year\'s; a span into it ends at D', () => {
    expect(resolveDates('The ferry service is suspended until 20 June.', D)).toEqual([]);
    const r = only('The ferry service was suspended from 10 June until 20 June.');
    expect(r.date).toEqual({ start: '2023-06-10', end: D });
  });

  it('the month of D named bare, or a part of it begun by D, stays whole: the guidelines\' "a bare month is that whole month"', () => {
    expect(only('The garrison pulled out of the valley in June.').date).toEqual({ start: '2023-06-01', end: '2023-06-30' });
    expect(only('Engineers rebuilt the bridge in mid-June.').date).toEqual({ start: '2023-06-11', end: '2023-06-20' });
  });

  it('a clock time is no part of a date: "from 8 p.m. on 12 June until 6 a.m. on 15 June"', () => {
    const found = resolveDates('A curfew was imposed from 8 p.m. on 12 June until 6 a.m. on 15 June.', D);
    expect(found.map((d) => d.date)).toEqual([{ start: '2023-06-12', end: '2023-06-12' }]);
  });

  it('an explicit year wins', () => {
    const r = only('The peninsula was seized in March 2014.');
    expect(r.text).toBe('March 2014');
    expect(r.date).toEqual({ start: '2014-03-01', end: '2014-03-31' });
    expect(r.precision).toBe('month');
  });

  it('a fixed-date holiday is the latest such day on or before D', () => {
    expect(only('Drones hit the rail depot on New Year’s Eve.').date).toEqual({ start: '2022-12-31', end: '2022-12-31' });
    expect(only('The bridge was shelled on Victory Day.').date).toEqual({ start: '2023-05-09', end: '2023-05-09' });
    expect(resolveDates('Crowds filled the Christmas market.', D)).toEqual([]);
  });

  it('"N days ago" counts back from D', () => {
    const r = only('The ferry sank two days ago.');
    expect(r.text).toBe('two days ago');
    expect(r.date.start).toBe('2023-06-12');
    const fortnight = only('The ferry sank a fortnight ago.');
    expect(fortnight.text).toBe('a fortnight ago');
    expect(fortnight.date).toEqual({ start: '2023-05-31', end: '2023-05-31' });
  });
});

describe('resolveDates: weeks, months, seasons', () => {
  it('"last week" is the previous Monday–Sunday, keeping a possessive', () => {
    const r = only('Officials counted the damage from last week’s storm surge.');
    expect(r.text).toBe('last week’s');
    expect(r.date).toEqual({ start: '2023-06-05', end: '2023-06-11' });
    expect(r.precision).toBe('week');
  });

  it('"late last week" is Thursday–Sunday of that week', () => {
    expect(only('The ferry docked late last week.').date).toEqual({ start: '2023-06-08', end: '2023-06-11' });
  });

  it('"over the past week" is [D-7, D]', () => {
    const r = only('Prices have climbed over the past week.');
    expect(r.text).toBe('the past week');
    expect(r.date).toEqual({ start: '2023-06-07', end: D });
    expect(r.precision).toBe('range');
  });

  it('"the past three months" counts back whole months', () => {
    expect(only('Exports fell in the past three months.').date).toEqual({ start: '2023-03-14', end: D });
  });

  it('early / mid / late Month are days 1–10 / 11–20 / 21–end of the latest such month', () => {
    const early = only('The levee broke in early March.');
    expect(early.text).toBe('early March');
    expect(early.date).toEqual({ start: '2023-03-01', end: '2023-03-10' });
    expect(early.precision).toBe('part-of-month');
    expect(only('Talks stalled in mid-September.').date).toEqual({ start: '2022-09-11', end: '2022-09-20' });
    expect(only('The strike began in late February.').date).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });

  it('"the first days of" a month is its early part, "the last days of" its late part', () => {
    expect(only('The dam was breached in the first days of March.').date).toEqual({ start: '2023-03-01', end: '2023-03-10' });
    expect(only('Ferries stopped running during the final days of February.').date).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });

  it('"mid-to-late April", "early to mid-March" run from the first part\'s start to the second\'s end', () => {
    expect(only('Convoys crossed the pass in mid-to-late April.').date).toEqual({ start: '2023-04-11', end: '2023-04-30' });
    expect(only('The ice held from early to mid-March.').date).toEqual({ start: '2023-03-01', end: '2023-03-20' });
  });

  it('a bare month is the whole latest such month', () => {
    const r = only('The port reopened in August.');
    expect(r.date).toEqual({ start: '2022-08-01', end: '2022-08-31' });
    expect(r.precision).toBe('month');
  });

  it('"days ago", "a few weeks ago" are vague spans back from D, as "days later" is after an anchor', () => {
    expect(only('The dam burst days ago.').date).toEqual({ start: '2023-06-08', end: '2023-06-12' });
    expect(only('The dam burst a few days ago.').date).toEqual({ start: '2023-06-08', end: '2023-06-12' });
    expect(only('The dam burst several weeks ago.').date).toEqual({ start: '2023-05-03', end: '2023-05-31' });
    expect(only('The dam burst three days ago.').date).toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });

  it('"on the weekend" is the latest weekend begun by D; "this past weekend" the latest ended', () => {
    expect(only('The dam burst on the weekend.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
    expect(only('The dam burst this past weekend.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
    expect(only('The dam burst this past weekend.', '2023-06-11').date).toEqual({ start: '2023-06-03', end: '2023-06-04' });
  });

  it('"last month" and "last year" are the previous calendar month and year', () => {
    expect(only('The mayor resigned last month.').date).toEqual({ start: '2023-05-01', end: '2023-05-31' });
    expect(only('The mayor resigned last year.').date).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('"by the end of the summer" is the late part of its last month, "the start of the spring" the early part of its first', () => {
    expect(only('By the end of the summer, the dam had been rebuilt.', '2023-10-02').date).toEqual({ start: '2023-08-21', end: '2023-08-31' });
    expect(only('Engineers reached the valley at the start of the spring.').date).toEqual({ start: '2023-03-01', end: '2023-03-10' });
  });

  it('"this spring" is 1 March–31 May', () => {
    const r = only('The river flooded the valley this spring.');
    expect(r.date).toEqual({ start: '2023-03-01', end: '2023-05-31' });
    expect(r.precision).toBe('season');
  });

  it('"by the weekend" in a story told day by day is the weekend after the day last named', () => {
    const r = only('By the weekend, the rebel column had stalled outside Tarn.', D, { start: '2023-05-03', end: '2023-05-03' });
    expect([r.relation, r.date]).toEqual(['by', { start: '2023-05-06', end: '2023-05-07' }]);
    // with no day named before it, the latest weekend
    expect(only('By the weekend, the rebel column had stalled outside Tarn.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
  });

  it('weekends and "overnight"', () => {
    expect(only('The depot burned over the weekend.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
    expect(only('The depot burned last weekend.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
    const night = only('The depot burned overnight.');
    expect(night.date).toEqual({ start: '2023-06-13', end: D });
    const intoMonday = only('The depot burned overnight into Monday.');
    expect(intoMonday.text).toBe('overnight into Monday');
    expect(intoMonday.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    expect(night.precision).toBe('range');
  });

  it('"during the night" and "throughout the night" are "overnight"; "the night of …" names its own night', () => {
    const r = only('Gunboats shelled the harbour throughout the night.');
    expect(r.text).toBe('throughout the night');
    expect(r.date).toEqual({ start: '2023-06-13', end: D });
    expect(only('Sirens wailed in Tarn during the night.').date).toEqual({ start: '2023-06-13', end: D });
    expect(resolveDates('Gunboats shelled the harbour during the night of 2-3 June.', D).map((x) => x.text)).not.toContain('during the night');
  });

  it('"at night" in a told act is "overnight"; "at night of …" is not', () => {
    const r = only('At night, gunboats shelled the harbour of Tarn.');
    expect(r.text).toBe('At night');
    expect(r.date).toEqual({ start: '2023-06-13', end: D });
    expect(only('Gunboats shelled the harbour at night, the navy said.').date).toEqual({ start: '2023-06-13', end: D });
    // a habit is no night of the news
    expect(resolveDates('Gunboats usually shell the harbour at night.', D)).toEqual([]);
    expect(resolveDates('Gunboats shelled the harbour at night and by day.', D)).toEqual([]);
  });

  it('"in the small hours" with no day is D; "of Tuesday" names the day', () => {
    const r = only('Sappers cut the wire in the small hours, UK time.');
    expect(r.text).toBe('in the small hours');
    expect(r.date).toEqual({ start: D, end: D });
    expect(only('Sappers cut the wire in the early hours of Tuesday.').date.start).toBe('2023-06-13');
  });

  it('"overnight" is the night before the day the sentence is reported on', () => {
    const [night] = resolveDates('Drones hit the depot overnight, the navy said on Monday.', D);
    expect(night!.date).toEqual({ start: '2023-06-11', end: '2023-06-12' });
    // a day that is not the report's leaves "overnight" to D
    const [other] = resolveDates('The town was shelled overnight, two weeks after it was retaken on 1 June.', D);
    expect(other!.date).toEqual({ start: '2023-06-13', end: D });
  });

  it('"a week on from X" puts X that long before now', () => {
    expect(only('A week on from the flood, crews are still pumping out the mine.').date).toEqual({ start: '2023-06-07', end: '2023-06-07' });
    expect(only('Two months on from the coup, the capital is calm.').date).toEqual({ start: '2023-04-14', end: '2023-04-14' });
  });

  it('"since the weekend" runs from its Saturday to D', () => {
    const r = only('Sappers have cleared 12 villages since the weekend.');
    expect([r.text, r.relation, r.date]).toEqual(['since the weekend', 'since', { start: '2023-06-10', end: D }]);
  });

  it('"overnight on <day>" is that day alone, however the outlet counts the night', () => {
    expect(only('Drones hit the depot overnight on 9 June.').date).toEqual({ start: '2023-06-09', end: '2023-06-09' });
    expect(only('Overnight on Monday, the ferry sank.').date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('"earlier this week" runs from Monday to D', () => {
    expect(only('The depot burned earlier this week.').date).toEqual({ start: '2023-06-12', end: D });
  });

  it('"three months of conflict" counts back from D', () => {
    const r = only('The city has changed hands twice in the three months of conflict.');
    expect(r.text).toBe('the three months of conflict');
    expect(r.date).toEqual({ start: '2023-03-14', end: D });
  });

  it('"ending N months of occupation" beside a date of its own leads up to that date', () => {
    const r = only('Marines landed on the island on 2 June, ending five months of occupation.');
    expect(r.text).toBe('on 2 June');
  });

  it('"today, three days after <clause>" counts back from D', () => {
    const found = resolveDates('The minister toured the port today, three days after the blockade was lifted.', D);
    expect(found.map((d) => d.date.start)).toEqual([D, '2023-06-11']);
  });

  it('"after a week of fighting" beside a date of its own leads up to that date: no span from D', () => {
    const r = only('Rebels took the airfield on 4 April, after two weeks of fighting.');
    expect(r.text).toBe('on 4 April');
    expect(only('After three months of war, the port lies in ruins.').date).toEqual({ start: '2023-03-14', end: D });
    // a hedge on the length ("after nearly", "after more than") does not make it a span from D
    expect(only('The garrison gave up the fort in April after nearly two months of siege.').text).toBe('April');
  });

  it('"since X" runs from X to D and keeps X', () => {
    const r = only('The airport has been closed since early May.');
    expect(r.text).toBe('since early May');
    expect(r.relation).toBe('since');
    expect(r.date).toEqual({ start: '2023-05-01', end: D });
    expect(r.since?.date).toEqual({ start: '2023-05-01', end: '2023-05-10' });
  });

  it('"since the start of <something> on X" and "from X onward" run from X to D', () => {
    const start = only('Rebels have shot down six drones since the start of their spring push on 2 May.');
    expect(start.text).toBe('since the start of their spring push on 2 May');
    expect(start.relation).toBe('since');
    expect(start.date).toEqual({ start: '2023-05-02', end: D });
    const onward = only('From 24 April onwards, ferries sailed only at night.');
    expect(onward.text).toBe('From 24 April onwards');
    expect(onward.date).toEqual({ start: '2023-04-24', end: D });
  });

  it('"since the <event> … X", an event named by its noun and dated, runs from X to D', () => {
    const r = only('Since the rebel pullout from the harbour last month, ferries have sailed twice a week.');
    expect(r.text).toBe('Since the rebel pullout from the harbour last month');
    expect(r.relation).toBe('since');
    expect(r.date).toEqual({ start: '2023-05-01', end: D });
    expect(r.since?.date).toEqual({ start: '2023-05-01', end: '2023-05-31' });
    expect(only('The mill has stood idle since the blockade in April.').date).toEqual({ start: '2023-04-01', end: D });
  });

  it('"since the escalation of <something> on X" runs from X to D', () => {
    const r = only('Since the escalation of the border conflict on 3 April, 9,000 families have left the valley.');
    expect(r.relation).toBe('since');
    expect(r.date).toEqual({ start: '2023-04-03', end: D });
  });

  it('"since <gerund> … X", an event named by a verb and dated, runs from X to D', () => {
    const r = only('Rebel brigades have crept forward since seizing the Dorvik bridge in early May.');
    expect(r.text).toBe('since seizing the Dorvik bridge in early May');
    expect(r.date).toEqual({ start: '2023-05-01', end: D });
    expect(r.since?.date).toEqual({ start: '2023-05-01', end: '2023-05-10' });
  });

  it('"in just 48 hours" after a present perfect is the span up to D', () => {
    const r = only('Rebel columns have overrun nine hamlets in just 48 hours.');
    expect([r.text, r.date]).toEqual(['in just 48 hours', { start: '2023-06-12', end: D }]);
    expect(only('The militia has regained the ridge in three days, its commander boasted.').date).toEqual({ start: '2023-06-11', end: D });
    // a length of a past act or a deadline is no date
    expect(resolveDates('The rebels overran the hamlet in three days.', D)).toEqual([]);
    expect(resolveDates('The ridge will fall in a week.', D)).toEqual([]);
  });

  it('"for N weeks" after a present perfect is the span up to D', () => {
    const r = only('Rebel gunners have been pounding the harbour for more than three weeks.');
    expect([r.text, r.date]).toEqual(['for more than three weeks', { start: '2023-05-24', end: D }]);
    expect(only('The militia has held the ridge for ten days.').date).toEqual({ start: '2023-06-04', end: D });
    // a length of a past act is no date
    expect(resolveDates('The rebels shelled the harbour for three weeks.', D)).toEqual([]);
  });

  it('a fronted "in the space of N days," dates the present perfect after its comma', () => {
    const r = only('In the space of four days, militia columns have overrun nine hamlets.');
    expect([r.text, r.date]).toEqual(['In the space of four days', { start: '2023-06-10', end: D }]);
    // a simple past after it tells a length, no date
    expect(resolveDates('In the space of four days, militia columns overran nine hamlets.', D)).toEqual([]);
  });

  it('"since the <event> began … X", a start told by its verb, runs from X to D, a weekday too', () => {
    const r = only('Militia units have gained ground since the rebel offensive began on Saturday.');
    expect(r.text).toBe('since the rebel offensive began on Saturday');
    expect([r.relation, r.date, r.since?.date]).toEqual(['since', { start: '2023-06-10', end: D }, { start: '2023-06-10', end: '2023-06-10' }]);
    const month = only('The ferry has not sailed since the blockade started in early April.');
    expect([month.text, month.date]).toEqual(['since the blockade started in early April', { start: '2023-04-01', end: D }]);
  });

  it('after an ordinal, a superlative or "the only", "since X" is a comparison\'s window, not a date', () => {
    expect(resolveDates('The port endured its fiercest bombardment since March.', D)).toEqual([]);
    expect(resolveDates('It was the second blackout in the city since New Year’s Day.', D)).toEqual([]);
    expect(resolveDates('Drones hit the depot in the worst loss for the southern army group since March.', D)).toEqual([]);
    expect(resolveDates('It was the only river crossing lost by the rebels since April.', D)).toEqual([]);
    // a happening named by its noun keeps its own date: "since the fall of Dorvik in May" (the fall was in May)
    const fall = only('The retreat is the worst blow to the rebels since the fall of Dorvik in May.');
    expect([fall.text, fall.relation, fall.date]).toEqual(['May', 'at', { start: '2023-05-01', end: '2023-05-31' }]);
    // and a weekday after "since the start of …" dates the main clause, not the start
    const monday = only('The navy fired its biggest salvo since the start of the blockade on Monday.');
    expect(monday.relation).toBe('at');
    expect(monday.date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('after "the first <noun> to <verb> …", "since X" is the window of the first, not a date', () => {
    const r = only('The first tanker to load diesel at the northern terminal of the island since April docked there on Tuesday.');
    expect([r.text, r.relation, r.date]).toEqual(['on Tuesday', 'at', { start: '2023-06-13', end: '2023-06-13' }]);
  });

  it('"from 4 May": the number is the day, not a clock time', () => {
    expect(only('Barges carried grain downriver from 4 August.').date).toEqual({ start: '2022-08-04', end: '2022-08-04' });
    const range = only('The border stayed shut from 4 May to 9 June.');
    expect(range.text).toBe('4 May to 9 June');
    expect(range.date).toEqual({ start: '2023-05-04', end: '2023-06-09' });
  });

  it('a bare year needs a preposition', () => {
    expect(only('The treaty was signed in 2019.').date).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    const since = only('Rebels have held the pass since 2014.');
    expect(since.text).toBe('since 2014');
    expect(since.date).toEqual({ start: '2014-01-01', end: D });
    expect(resolveDates('The unit has 2019 members.', D)).toEqual([]);
  });
});

describe('resolveDates: parts of a month', () => {
  it('"mid-October of last year", "late March this year": the year named from D', () => {
    const since = only('The town has been shelled since mid-October of last year.');
    expect(since.text).toBe('since mid-October of last year');
    expect(since.since!.date).toEqual({ start: '2022-10-11', end: '2022-10-20' });
    expect(only('The ferry sank in late March last year.').date).toEqual({ start: '2022-03-21', end: '2022-03-31' });
    expect(only('The ferry sank in early March this year.').date).toEqual({ start: '2023-03-01', end: '2023-03-10' });
  });

  it('"earlier in the week" is "earlier this week"; "in the week after" is no date', () => {
    expect(only('Earlier in the week the ferry sank.').date).toEqual({ start: '2023-06-12', end: D });
    expect(resolveDates('In the week after the vote the ferry sank.', D)).toEqual([]);
  });

  it('"the first week of May" is days 1–7, "the last week" its last seven, "the second half" 16–end', () => {
    const r = only('The dykes were breached in the first week of May.');
    expect(r.text).toBe('the first week of May');
    expect(r.date).toEqual({ start: '2023-05-01', end: '2023-05-07' });
    expect(only('Crews dug in during the third week of March 2022.').date).toEqual({ start: '2022-03-15', end: '2022-03-21' });
    expect(only('The dykes held until the last week of April.').date).toEqual({ start: '2023-04-24', end: '2023-04-30' });
    expect(only('Shelling eased in the second half of May.').date).toEqual({ start: '2023-05-16', end: '2023-05-31' });
  });
});

describe('resolveDates: chains', () => {
  const anchor = { start: '2023-05-03', end: '2023-05-03' };

  it('"the next day" is the anchor plus one day', () => {
    const r = only('The next day the ferry returned.', D, anchor);
    expect(r.text).toBe('The next day');
    expect(r.chained).toBe(true);
    expect(r.date).toEqual({ start: '2023-05-04', end: '2023-05-04' });
  });

  it('"next week" without "the" is the week after D\'s, not a chain: a plan, declined', () => {
    expect(resolveDates('A second round of talks on the ferry route is pencilled in for next week.', D, anchor)).toEqual([]);
    expect(only('The next week the ferry sailed again.', D, anchor).date).toEqual({ start: '2023-05-08', end: '2023-05-14' });
  });

  it('"two days after the vote," chains from the anchor: the bare noun names the event told before', () => {
    expect(only('Two days after the vote, the ferry sailed again.', D, anchor).date).toEqual({ start: '2023-05-05', end: '2023-05-05' });
    expect(only('A week before the handover, the crew went ashore.', D, anchor).date).toEqual({ start: '2023-04-26', end: '2023-04-26' });
    expect(resolveDates('Two days after the war, the ferry sailed again.', D, anchor).map((r) => r.date)).not.toContainEqual({ start: '2023-05-05', end: '2023-05-05' });
    // mid-sentence, the noun's own day counts back from the sentence's date, as before
    expect(resolveDates('The ferry sailed on Sunday, a day after the vote.', D).map((r) => r.date)).toContainEqual({ start: '2023-06-10', end: '2023-06-10' });
  });

  it('"48 hours later" is two days on from the anchor, "hours later" the same day', () => {
    expect(only('Forty-eight hours later the ferry returned.', D, anchor).date.start).toBe('2023-05-05');
    expect(only('Some 72 hours earlier the ferry had left.', D, anchor).date.start).toBe('2023-04-30');
    expect(only('Hours later the ferry returned.', D, anchor).date.start).toBe('2023-05-03');
    expect(only('A fortnight later the ferry returned.', D, anchor).date.start).toBe('2023-05-17');
  });

  it('"a few days later", "several weeks later" are as vague as "days later": a span, not exactly three', () => {
    expect(only('A few days later the ferry returned.', D, anchor).date).toEqual({ start: '2023-05-05', end: '2023-05-09' });
    expect(only('Several days later the ferry returned.', D, anchor).date).toEqual({ start: '2023-05-05', end: '2023-05-09' });
    expect(only('A few weeks later the ferry returned.', D, { start: '2023-01-02', end: '2023-01-02' }).date).toEqual({ start: '2023-01-16', end: '2023-02-13' });
    expect(only('A few months later the ferry returned.', D, { start: '2022-01-10', end: '2022-01-10' }).date).toEqual({ start: '2022-03-10', end: '2022-07-10' });
    // a count is still a count
    expect(only('A couple of days later the ferry returned.', D, anchor).date).toEqual({ start: '2023-05-05', end: '2023-05-05' });
  });

  it('"in the first week" counts from the start of what was last dated; "the first week of June" is the calendar\'s', () => {
    const since = { start: '2023-05-20', end: '2023-05-31' };
    expect(only('In the first week, the ferry carried 900 people.', D, since).date).toEqual({ start: '2023-05-20', end: '2023-05-26' });
    expect(only('During its first fortnight the ferry carried 900 people.', D, since).date).toEqual({ start: '2023-05-20', end: '2023-06-02' });
    expect(only('In the first week of June the ferry carried 900 people.', D, since).date).toEqual({ start: '2023-06-01', end: '2023-06-07' });
  });

  it('"a week after <clause> on 3 May" counts from the clause\'s own date and dates what comes before it', () => {
    const found = resolveDates('Pilots landed at the airstrip a week after it was reopened on 3 May.', D);
    expect(found.map((r) => [r.text, r.relation, r.date.start])).toEqual([
      ['a week after', 'offset', '2023-05-10'], ['on 3 May', 'at', '2023-05-03'],
    ]);
    expect(resolveDates('Pilots landed two days before the runway was closed on 3 May.', D)[0]!.date.start).toBe('2023-05-01');
    // across a clause break the date is another clause's
    expect(resolveDates('Pilots landed a week after the storm, and the runway was closed on 3 May.', D).map((r) => r.text)).toEqual(['on 3 May']);
  });

  it('"the previous day", "the preceding week" chain from the anchor; with a count they are D\'s rolling span', () => {
    const said = resolveDates('The mayor said on Thursday that the ferry had left the previous day.', D);
    expect(said.map((r) => [r.text, r.date.start, r.chained])).toEqual([['on Thursday', '2023-06-08', false], ['the previous day', '2023-06-07', true]]);
    expect(only('The ferry had sailed the preceding week.', D, anchor).date).toEqual({ start: '2023-04-24', end: '2023-04-30' });
    expect(only('The ferry had sailed the preceding year.', D, anchor).date).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(only('The ferry sailed twice in the previous 24 hours.', D, anchor).date).toEqual({ start: '2023-06-13', end: D });
  });

  it('"in the weeks that followed", "over the following days" run from the day after the anchor', () => {
    expect(only('In the weeks that followed, the ferry sailed again.', D, anchor).date).toEqual({ start: '2023-05-04', end: '2023-06-14' });
    expect(only('Over the following days the ferry sailed again.', D, anchor).date).toEqual({ start: '2023-05-04', end: '2023-05-09' });
    expect(only('In the ensuing months the ferry sailed again.', D, { start: '2022-05-03', end: '2022-05-03' }).date).toEqual({ start: '2022-05-04', end: '2022-11-03' });
    // "the following days" is not "the following day"
    expect(resolveDates('The following days were calm.', D, anchor)).toEqual([]);
  });

  it('"earlier in the day", "later in the day" are the anchor\'s day', () => {
    expect(only('Later in the day the ferry returned.', D, anchor).date).toEqual(anchor);
    expect(only('Earlier in the day the ferry had left.', D, anchor).date).toEqual(anchor);
  });

  it('a chain of days moves a part of a month, and has no day to count from in a year', () => {
    expect(only('Two days later the ferry returned.', D, { start: '2023-05-01', end: '2023-05-10' }).date).toEqual({ start: '2023-05-03', end: '2023-05-12' });
    expect(resolveDates('Later in the day the ferry returned.', D, { start: '2018-01-01', end: '2018-12-31' })).toEqual([]);
    expect(resolveDates('The next day the ferry returned.', D, { start: '2023-03-01', end: '2023-03-31' })).toEqual([]);
  });

  it('"by the end of the month" is the end of the month the story is in; without one, D\'s month', () => {
    const feb = { start: '2023-02-24', end: '2023-02-24' };
    const end = only('By the end of the month, the convoy had reached the capital.', D, feb);
    expect(end.relation).toBe('by');
    expect(end.date).toEqual({ start: '2023-02-21', end: '2023-02-28' });
    expect(only('At the start of the month, the convoy left.', D, feb).date).toEqual({ start: '2023-02-01', end: '2023-02-10' });
    expect(only('By the end of the year, the convoy had reached the capital.', D, { start: '2022-03-01', end: '2022-03-31' }).date)
      .toEqual({ start: '2022-09-01', end: '2022-12-31' });
    expect(only('At the start of the month, the convoy left.').date).toEqual({ start: '2023-06-01', end: '2023-06-10' });
    // an anchor over several months names no one month
    expect(only('At the start of the month, the convoy left.', D, { start: '2023-03-01', end: '2023-05-31' }).date.start).toBe('2023-06-01');
  });

  it('"by the afternoon", "in the evening", "by nightfall" are the anchor\'s day', () => {
    expect(only('By the afternoon the ferry was back in port.', D, anchor).date).toEqual(anchor);
    expect(only('Crowds gathered in the evening to watch.', D, anchor).date).toEqual(anchor);
    expect(only('By nightfall the ferry was back in port.', D, anchor).date).toEqual(anchor);
    expect(resolveDates('By the afternoon the ferry was back in port.', D)).toEqual([]);
  });

  it('"two years later", "a month earlier" move the anchor by whole months or years, keeping its shape', () => {
    expect(only('Two years later the ferry returned.', D, { start: '2016-01-01', end: '2016-12-31' }).date).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(only('A month earlier the ferry had left.', D, { start: '2022-04-01', end: '2022-04-30' }).date).toEqual({ start: '2022-03-01', end: '2022-03-31' });
    expect(only('Three months earlier the ferry had left.', D, anchor).date).toEqual({ start: '2023-02-03', end: '2023-02-03' });
  });

  it('"a decade later" moves the anchor by ten years', () => {
    expect(only('A decade later the ferry returned.', D, { start: '2005-01-01', end: '2005-12-31' }).date).toEqual({ start: '2015-01-01', end: '2015-12-31' });
  });

  it('"days later", "weeks earlier" are two to six of the unit; "within days" up to six days on', () => {
    expect(only('Days later the ferry returned.', D, anchor).date).toEqual({ start: '2023-05-05', end: '2023-05-09' });
    expect(only('Only weeks earlier the ferry had left.', D, anchor).date).toEqual({ start: '2023-03-22', end: '2023-04-19' });
    expect(only('Within days the ferry was back.', D, anchor).date).toEqual({ start: '2023-05-04', end: '2023-05-09' });
    expect(only('Within hours the ferry was back.', D, anchor).date).toEqual(anchor);
    expect(only('Within a week the ferry was back.', D, anchor).date).toEqual({ start: '2023-05-04', end: '2023-05-10' });
    expect(only('Within weeks the ferry was back.', D, anchor).date).toEqual({ start: '2023-05-04', end: D }); // cut at D
  });

  it('"within days of <event>" counts from the event, not the anchor', () => {
    expect(resolveDates('The ferry was back within days of the storm.', D, anchor)).toEqual([]);
  });

  it('"the following year", "that summer", "the previous winter" are whole units from the anchor\'s', () => {
    const year2014 = { start: '2014-07-05', end: '2014-07-05' };
    expect(only('The following year the ferry returned.', D, year2014).date).toEqual({ start: '2015-01-01', end: '2015-12-31' });
    expect(only('The ferry returned the year before.', D, year2014).date).toEqual({ start: '2013-01-01', end: '2013-12-31' });
    expect(only('That same month the ferry returned.', D, year2014).date).toEqual({ start: '2014-07-01', end: '2014-07-31' });
    expect(only('That summer the ferry returned.', D, { start: '2014-04-12', end: '2014-04-12' }).date).toEqual({ start: '2014-06-01', end: '2014-08-31' });
    expect(only('The following spring the ferry returned.', D, year2014).date).toEqual({ start: '2015-03-01', end: '2015-05-31' });
    expect(only('That winter the port froze.', D, { start: '2015-01-20', end: '2015-01-20' }).date).toEqual({ start: '2014-12-01', end: '2015-02-28' });
    expect(only('The previous winter the port froze.', D, year2014).date).toEqual({ start: '2013-12-01', end: '2014-02-28' });
  });

  it('"on the 9th" is that day in the anchor\'s month', () => {
    expect(only('Divers found the wreck on the 9th.', D, anchor).date.start).toBe('2023-05-09');
  });

  it('chains within a sentence from the date before', () => {
    const found = resolveDates('The dam failed on 3 June and two days later the town flooded.', D);
    expect(found.map((r) => r.text)).toEqual(['on 3 June', 'two days later']);
    expect(found[1]!.date.start).toBe('2023-06-05');
  });

  it('declines a chained expression with nothing to chain from', () => {
    expect(resolveDates('The next day the ferry returned.', D)).toEqual([]);
  });

  it('"since then" runs from the anchor to D', () => {
    const r = only('Engineers have rebuilt four bridges since then.', D, { start: '2023-04-01', end: '2023-04-10' });
    expect(r.text).toBe('since then');
    expect(r.relation).toBe('since');
    expect(r.date).toEqual({ start: '2023-04-01', end: D });
  });

  it('"in the days since," with nothing after it is "since then"; "in the days since the truce" is not', () => {
    const r = only('In the days since, engineers have rebuilt four bridges.', D, { start: '2023-04-01', end: '2023-04-10' });
    expect(r.text).toBe('In the days since');
    expect([r.relation, r.date]).toEqual(['since', { start: '2023-04-01', end: D }]);
    expect(resolveDates('In the days since the truce engineers have rebuilt four bridges.', D, { start: '2023-04-01', end: '2023-04-10' })).toEqual([]);
  });

  it('"a day after <clause>" counts back from the date before it in the same sentence', () => {
    const found = resolveDates('The pilots landed on Sunday, a day after the airline said it had grounded them.', D);
    expect(found.map((r) => r.text)).toEqual(['on Sunday', 'a day after']);
    expect(found[1]!.relation).toBe('after');
    expect(found[1]!.date).toEqual({ start: '2023-06-10', end: '2023-06-10' });
    const hours = resolveDates('Power returned on 5 June, barely 48 hours after the dam burst.', D);
    expect(hours[1]!.date.start).toBe('2023-06-03');
  });

  it('"days after <clause>" gives way to the clause\'s own date', () => {
    const found = resolveDates('The ferry sank on Sunday, two days after its owners were warned of a leak on 8 June.', D);
    expect(found.map((r) => r.text)).toEqual(['on Sunday', 'on 8 June']);
    const apart = resolveDates('The ferry sank on Sunday, a day after the storm broke, and on 13 June divers reached it.', D);
    expect(apart.map((r) => r.text)).toEqual(['on Sunday', 'a day after', 'on 13 June']);
  });

  it('"a day after <clause>" needs a date earlier in its own sentence', () => {
    expect(resolveDates('A day after the airline grounded them, the pilots protested.', D, anchor)).toEqual([]);
  });

  it('"X came two days after <clause>" counts back from the anchor: "came" refers X to the sentence before', () => {
    const r = only('The walkout came two days after the airline grounded the pilots.', D, anchor);
    expect(r.relation).toBe('after');
    expect(r.date).toEqual({ start: '2023-05-01', end: '2023-05-01' });
  });

  it('"in late April and early May": back-to-back parts of months listed for one happening are one range', () => {
    const r = only('The two ferry towns were lost in late April and early May.');
    expect(r.date).toEqual({ start: '2023-04-21', end: '2023-05-10' });
  });

  it('"It comes a week after <clause>" counts back from D: the present tense speaks of the news of the day', () => {
    expect(only('It comes a week after the airline grounded the pilots.', D, anchor).date).toEqual({ start: '2023-06-07', end: '2023-06-07' });
    expect(only('The strike comes just two days after the unions balloted their members.', D, anchor).date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });

  it('a present-progressive lede\'s ", three days after <clause>" counts back from D, like "It comes"', () => {
    expect(only('Bakers are rationing flour in the valley, three days after the militia shut the mill road.', D, anchor).date)
      .toEqual({ start: '2023-06-11', end: '2023-06-11' });
  });

  it('"a fortnight after <clause>" is fourteen days, like "a fortnight ago"', () => {
    expect(only('It comes a fortnight after the ferry company cut its timetable.', D, anchor).date).toEqual({ start: '2023-05-31', end: '2023-05-31' });
    expect(only('The walkout came a fortnight after the airline grounded the pilots.', D, anchor).text).toBe('a fortnight after');
  });
});

describe('resolveDates: a past year as the frame of a story', () => {
  const D22 = '2022-09-14';

  it('an earlier month in an "after" clause stays in the year of the written date it follows', () => {
    const found = resolveDates('The truce was agreed on 20 November 2016, after the siege of the port ended in early October.', D22);
    expect(found.map((d) => d.date.start)).toEqual(['2016-11-20', '2016-10-01']);
    // without "after" or "before", a later sentence part goes on from the written date
    const on = resolveDates('The truce was agreed in November 2016, and it collapsed in April.', D22);
    expect(on[1]!.date.start).not.toBe('2016-04-01');
  });

  it('a year before 1900 is read when it ends its phrase, not when a count follows', () => {
    expect(only('The fortress was built in 1709 by Swedish engineers.', D22).date).toEqual({ start: '1709-01-01', end: '1709-12-31' });
    expect(only('The Cossacks rose against the tsar in 1774, and lost.', D22).date.start).toBe('1774-01-01');
    expect(resolveDates('Shells landed in 1650 gardens along the river.', D22)).toHaveLength(0);
  });

  it('"In 2014, …" then "In March, …": the month is in the year the story is in', () => {
    const first = resolveDates('In 2014, the rebels seized the airport.', D22);
    const frame = frameOf('In 2014, the rebels seized the airport.', first, D22);
    expect(frame).toEqual({ year: 2014, month: undefined, fronted: true });
    expect(only('In March, they shelled the station.', D22, undefined, frame).date).toEqual({ start: '2014-03-01', end: '2014-03-31' });
    expect(only('On 3 March, they shelled the station.', D22, undefined, frame).date.start).toBe('2014-03-03');
    // and in the same sentence
    const same = resolveDates('In 2014, the rebels seized the airport, and in July they downed a cargo plane.', D22);
    expect(same.map((r) => r.date.start)).toEqual(['2014-01-01', '2014-07-01']);
  });

  it('a year that only lists a landmark sets no frame: "seized it in 2014 and shelled it in February"', () => {
    const found = resolveDates('The rebels seized the airport in 2014 and shelled it again in February.', D22);
    expect(found.map((r) => r.date.start)).toEqual(['2014-01-01', '2022-02-01']);
    expect(frameOf('The rebels seized the airport in 2014.', resolveDates('The rebels seized the airport in 2014.', D22), D22)?.fronted).toBe(false);
  });

  it('a frame that names a month holds for the months after it and goes on with the story', () => {
    const text = 'The rebels seized the airport in March 2014.';
    const frame = frameOf(text, resolveDates(text, D22), D22);
    expect(frame).toEqual({ year: 2014, month: 3, fronted: false });
    const april = resolveDates('In April, they shelled the station.', D22, undefined, frame);
    expect(april[0]!.date.start).toBe('2014-04-01');
    const next = frameOf('In April, they shelled the station.', april, D22, frame);
    expect(only('In June, they left.', D22, undefined, next).date.start).toBe('2014-06-01');
    // a month before the frame's is not the story going on: the latest such month
    expect(only('In February, they shelled the station.', D22, undefined, frame).date.start).toBe('2022-02-01');
    // a month placed from D, or a span up to D, keeps D's reading
    expect(only('Last March, they shelled the station.', D22, undefined, frame).date.start).toBe('2022-03-01');
    expect(only('They have shelled the station since March.', D22, undefined, frame).date).toEqual({ start: '2022-03-01', end: D22 });
    // a span up to D is no story's time
    const since = 'Since 2014, they have shelled the station.';
    expect(frameOf(since, resolveDates(since, D22), D22)).toBeUndefined();
    // a year named from D sets no frame
    const last = 'At the end of last year, they shelled the station.';
    expect(frameOf(last, resolveDates(last, D22), D22)).toBeUndefined();
    // a sentence with no date of the frame's year ends it
    expect(frameOf('They left last week.', resolveDates('They left last week.', D22), D22, frame)).toBeUndefined();
  });
});

describe('resolveDates: ranges', () => {
  it('two days in a row listed for one happening are its span: "on 5 and 6 May", "on May 19 and 20"', () => {
    const r = only('Shells hit the depot on 5 and 6 May.');
    expect(r.text).toBe('5 and 6 May');
    expect(r.date).toEqual({ start: '2023-05-05', end: '2023-05-06' });
    expect(only('Crews cleared the rubble on May 19 and 20.').date).toEqual({ start: '2023-05-19', end: '2023-05-20' });
    // days apart are two days, as chrono reads them
    expect(resolveDates('Shells hit the depot on 5 and 9 May.', D).map((d) => d.text)).toEqual(['9 May']);
  });

  it('"between X and Y" is one range from X to Y', () => {
    const r = only('The river rose between late April and 2 May.');
    expect(r.text).toBe('between late April and 2 May');
    expect(r.date).toEqual({ start: '2023-04-21', end: '2023-05-02' });
    expect(r.precision).toBe('range');
  });

  it('"between March and May", "from November to March": whole months, first start to last end', () => {
    const r = only('Fuel exports fell by a third between March and May.');
    expect(r.text).toBe('between March and May');
    expect(r.date).toEqual({ start: '2023-03-01', end: '2023-05-31' });
    expect(only('Coal output dropped from November to March.').date).toEqual({ start: '2022-11-01', end: '2023-03-31' });
  });

  it('"between 5 and 9 May", "between May 5 and 9", "from 3 to 6 May": the days of one month', () => {
    const r = only('The river rose between 5 and 9 May.');
    expect(r.text).toBe('between 5 and 9 May');
    expect(r.date).toEqual({ start: '2023-05-05', end: '2023-05-09' });
    expect(r.precision).toBe('range');
    expect(only('The river rose between May 5th and 9th, 2022.').date).toEqual({ start: '2022-05-05', end: '2022-05-09' });
    expect(only('The river rose between 9 and 5 May.').date).toEqual({ start: '2023-05-05', end: '2023-05-05' });
    expect(only('The river rose from 3 to 6 May.').date).toEqual({ start: '2023-05-03', end: '2023-05-06' });
    expect(only('The river rose from May 13-16.').date).toEqual({ start: '2023-05-13', end: '2023-05-16' });
  });

  it('"from X to Y" is one range; "X and Y" alone is two dates', () => {
    expect(only('Talks ran from early March to mid-April.').date).toEqual({ start: '2023-03-01', end: '2023-04-20' });
    const until = only('Talks ran from early March until mid-April.');
    expect(until.text).toBe('from early March until mid-April');
    expect(until.date).toEqual({ start: '2023-03-01', end: '2023-04-20' });
    expect(resolveDates('Shells hit the port in March and in May.', D)).toHaveLength(2);
  });

  it('back-to-back days or months listed together are one range', () => {
    const days = only('Ferries were grounded on Thursday and Friday.');
    expect(days.text).toBe('on Thursday and Friday');
    expect(days.date).toEqual({ start: '2023-06-08', end: '2023-06-09' });
    expect(only('Floods cut the rail line in February, March and April.').date).toEqual({ start: '2023-02-01', end: '2023-04-30' });
  });

  it('a range of weekdays ends at the first such weekday after its start, not one after D', () => {
    expect(only('Drones circled the port from Friday until Sunday.').date).toEqual({ start: '2023-06-09', end: '2023-06-11' });
    expect(only('The ferry was hit on the night of Saturday to Sunday.').date).toEqual({ start: '2023-06-10', end: '2023-06-11' });
  });
});

describe('resolveDates: declines', () => {
  it('"The Sun" and "Read More on The Sun" are a newspaper, not Sunday', () => {
    expect(resolveDates('Read More on The Sun', D)).toEqual([]);
    expect(resolveDates('The Sun has learned of the plan.', D)).toEqual([]);
    expect(resolveDates('The Sunday Times printed the letter.', D)).toEqual([]);
  });

  it('"a march on" and the modal "may" are not months', () => {
    expect(resolveDates('Veterans led a march on the parliament.', D)).toEqual([]);
    expect(resolveDates('It may be weeks before the road reopens.', D)).toEqual([]);
    expect(resolveDates('Theresa May visited the site.', D)).toEqual([]);
  });

  it('durations and future spans are not past dates', () => {
    expect(resolveDates('He was held for 40 days in a basement.', D)).toEqual([]);
    expect(resolveDates('The crossing will reopen in three months.', D)).toEqual([]);
    expect(resolveDates('Crews will return next week.', D)).toEqual([]);
  });

  it('a duration under a day is not D: "for about ten minutes", "in 30 minutes"', () => {
    expect(resolveDates('The drone circled over the dam for about ten minutes.', D)).toEqual([]);
    expect(resolveDates('Sirens went off for two hours across the city.', D)).toEqual([]);
    expect(resolveDates('The convoy is expected in 30 minutes.', D)).toEqual([]);
  });

  it('a time of day alone and a fraction are not dates', () => {
    // a clock time alone reads on the news day (events.ts leaves the schedule "starts at 10pm" undated)
    expect(resolveDates('The curfew starts at 10pm.', D).map((r) => r.date)).toEqual([{ start: D, end: D }]);
    expect(resolveDates('The shelling went on into the night.', D)).toEqual([]);
    expect(resolveDates('Only 1/3 of the budget was spent.', D)).toEqual([]);
  });

  it('rejects a malformed publication date', () => {
    expect(() => resolveDates('On Monday.', '14/06/2023')).toThrow(/YYYY-MM-DD/);
  });
});

describe('resolveDates: landmarks the article names', () => {
  const war = landmarkParser(loadLandmarks(landmarkFile).forArticle('Russia and Ukraine', D)!);

  it('"since the annexation of Crimea" runs from 18 March 2014 in an article naming Crimea', () => {
    const crimea = landmarkParser(loadLandmarks(landmarkFile).forArticle('Russia seized Crimea.', D)!);
    const [r] = resolveDates('The peninsula has been militarised since the annexation of Crimea.', D, undefined, undefined, crimea);
    expect(r!.date).toEqual({ start: '2014-03-18', end: D });
  });

  it('"since the mobilisation began" is Russia\'s partial mobilisation in an article after it', () => {
    const after = '2022-10-12';
    const mob = landmarkParser(loadLandmarks(landmarkFile).forArticle('Russian men queue at the Kazakh border.', after)!);
    const [r] = resolveDates('Thousands of Russian men have crossed into Kazakhstan since the mobilisation began.', after, undefined, undefined, mob);
    expect(r!.date).toEqual({ start: '2022-09-21', end: after });
  });

  it('reads "since" before a landmark as a span up to D, keeping the landmark as X', () => {
    const [r] = resolveDates('Grain exports have halved since the outbreak of the war.', D, undefined, undefined, war);
    expect(r!.text).toBe('since the outbreak of the war');
    expect(r!.relation).toBe('since');
    expect(r!.date).toEqual({ start: '2022-02-24', end: D });
    expect(r!.since?.date).toEqual({ start: '2022-02-24', end: '2022-02-24' });
  });

  it('"a year into the invasion" and "the first days of the war"', () => {
    expect(resolveDates('A year into the invasion, the front barely moved.', D, undefined, undefined, war)[0]!.date).toEqual({ start: '2023-02-24', end: '2023-02-24' });
    expect(resolveDates('In the first days of the war, queues formed at the border.', D, undefined, undefined, war)[0]!.date).toEqual({ start: '2022-02-24', end: '2022-03-02' });
  });

  it('a date written right after the landmark wins', () => {
    const [r] = resolveDates('Kyiv was shelled at the start of the invasion in early March.', D, undefined, undefined, war);
    expect(r!.text).toBe('early March');
    const [s] = resolveDates('Prices have doubled since the start of the war on Feb. 26.', D, undefined, undefined, war);
    expect(s!.date).toEqual({ start: '2023-02-26', end: D });
  });

  it('a landmark after "since" hands its "since" to the date written after it', () => {
    const [r] = resolveDates('Since the war began in March, 9 bridges have been blown up.', D, undefined, undefined, war);
    expect(r!.text).toBe('Since the war began in March');
    expect(r!.relation).toBe('since');
    expect(r!.date).toEqual({ start: '2023-03-01', end: D });
  });

  it('"the early days of the war" are its first week; "weeks into the invasion" is as vague as "weeks later"', () => {
    expect(resolveDates('In the early days of the war, trains left Kharkiv hourly.', D, undefined, undefined, war)[0]!.date).toEqual({ start: '2022-02-24', end: '2022-03-02' });
    expect(resolveDates('Weeks into the invasion, the convoy was still stuck.', D, undefined, undefined, war)[0]!.date).toEqual({ start: '2022-03-10', end: '2022-04-07' });
  });

  it('stays fast on hostile lines', () => {
    const lines = ['since the '.repeat(500), 'the first '.repeat(500), 'three three '.repeat(420), `the start of ${' '.repeat(5000)}war`, 'x'.repeat(5000)];
    for (const line of lines) {
      const t = performance.now();
      resolveDates(line, D, undefined, undefined, war);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});

describe('resolveDates: a number after a comma opens the clause', () => {
  it('"In May, 12 soldiers" is May, not 12 May', () => {
    const r = only('In April, 14 conscripts deserted from the base.');
    expect(r.text).toBe('April');
    expect(r.date).toEqual({ start: '2023-04-01', end: '2023-04-30' });
  });

  it('"On March 3, 12 died" is 3 March of the latest year, not 2012', () => {
    const r = only('On March 3, 12 villagers drowned in the flood.');
    expect(r.text).toBe('March 3');
    expect(r.date).toEqual({ start: '2023-03-03', end: '2023-03-03' });
    expect(only('On March 3, 2021, villagers drowned.').date).toEqual({ start: '2021-03-03', end: '2021-03-03' });
  });
});

describe('resolveDates: "earlier this week" on a Monday', () => {
  it('is the Monday itself: the only day of the week before D is D (kept, not declined)', () => {
    expect(only('Drones hit the depot earlier this week.', '2023-06-12').date).toEqual({ start: '2023-06-12', end: '2023-06-12' });
  });
});

describe('resolveDates: any superlative opens a comparison window', () => {
  it('"the quietest night since early May" dates nothing', () => {
    expect(resolveDates('It was the quietest night in the capital since early May.', D)).toEqual([]);
    expect(resolveDates('Its slowest rate of advance since March was logged.', D)).toEqual([]);
    expect(resolveDates('Farmers have held the protest since early May.', D)).toHaveLength(1);
    expect(resolveDates('Guns have pounded the northwest since early May.', D)).toHaveLength(1);
  });
});

describe('resolveDates: a "since" that holds a clause of its own', () => {
  it('"since the junta invaded on 3 May" runs from 3 May to D, as "since 3 May" does', () => {
    const d = only('Half the valley has emptied since the junta invaded on 3 May.');
    expect(d.relation).toBe('since');
    expect(d.date).toEqual({ start: '2023-05-03', end: D });
    expect(d.since!.date).toEqual({ start: '2023-05-03', end: '2023-05-03' });
    expect(only('Since it marched in on 3 May, the militia has taken four towns.').since!.date.start).toBe('2023-05-03');
    // the window of a comparison stays a date of its own
    expect(only('It was the first town to fall since the militia crossed the river on 3 May.').relation).toBe('at');
  });

  it('"since <clause> on X" runs from X to D when the clause names its act with a quoted object', () => {
    const r = only('Ferries have stopped since the governor of Tarn declared a "state of siege" on 2 May.');
    expect([r.relation, r.date]).toEqual(['since', { start: '2023-05-02', end: D }]);
  });
});

describe('resolveDates: the news day in the small hours, and "the first time … since"', () => {
  it('"in the early hours of this morning" is D, read as one phrase', () => {
    const r = only('In the early hours of this morning, gunboats fired on the pier.');
    expect([r.text, r.date]).toEqual(['In the early hours of this morning', { start: D, end: D }]);
  });

  it('"the first time … since X" is the window of a comparison, no date', () => {
    expect(resolveDates('It was the first time the northern harbour had been mined since April.', D)).toEqual([]);
  });
});

describe('resolveDates: hedged offsets, light and eves', () => {
  const friday = { start: '2023-06-09', end: '2023-06-09' };
  it('a hedged "about 20 hours after" still counts back from the date before it', () => {
    const found = resolveDates('Ferries sailed again on Friday night, about 20 hours after the storm.', D);
    expect(found.map((r) => [r.text, r.date.start])).toEqual([['on Friday night', '2023-06-09'], ['about 20 hours after', '2023-06-09']]);
  });

  it('"at dawn" or "at first light" with no day is on the day last named', () => {
    expect(only('Sappers crossed the canal at dawn.', D, friday).date).toEqual(friday);
    expect(only('The column moved off at first light.', D, friday).date).toEqual(friday);
  });

  it('"on the eve of the talks" is the day before the date last named', () => {
    const r = only('Shells fell on the port on the eve of the talks.', D, friday);
    expect(r.date).toEqual({ start: '2023-06-08', end: '2023-06-08' });
    expect(resolveDates('Tanks massed on the eve of the invasion.', D, friday)).toEqual([]);
  });
});
