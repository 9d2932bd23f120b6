import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { segment } from '../segment';
import { gateOf } from './dateParserGates';
import { newsChrono } from './dates';

/** At least one sentence for every gated parser, in the forms news copy uses and some it rarely does. */
const PHRASES = [
  'The talks were held on 2022-03-04 in a border town.', 'Officials met on 4/3/2022 and again on 5.3.22.',
  'The report is dated 2022/03/04.', 'Prices rose in 3/2022 and fell later.', 'Sirens sounded at 5pm and again at 23:15.',
  'The bridge was hit on 24 February 2022.', 'It reopened on the fourth of March.', 'The column was seen on March 4, 2022.',
  'Shelling resumed in SEPT. and lasted into Oct.', 'Monitors returned in 2022 March.', 'Drones struck the depot on Tuesday.',
  'The convoy left last Thurs.', 'Talks are planned for next week, on Monday.', 'The town fell three days ago.',
  'The mayor left two weeks before, aides said.', 'Troops arrived a few hours earlier.', 'The road reopened two days later.',
  'Crews worked for weeks afterwards, and 3 days after the strike the power came back.', 'The ceasefire is due to end in 2 months from now.',
  'Prices rose +2 days into the siege and again this week.', 'Fighting eased last month and this year.',
  'Sirens sounded yesterday, today and tonight.', 'Strikes were reported overnight and this morning.', 'By midnight the shelling stopped.',
  'Supplies should last until the end of the month.', 'Forces advanced in early March and late April 2022.',
  'Crews dug in during the first week of May and the second half of June.',
  'The past week was the quietest; over the past three months the front barely moved.', 'In the preceding fortnight the front held.', 'The dam burst a fortnight ago.', 'Two weeks on from the flood, crews are still pumping.', 'In recent days the shelling eased.',
  'Rebels have seized six hamlets in just 48 hours.',
  'Three months of war have emptied the city.', 'After 100 days of fighting the siege went on.', 'Last week the line held.',
  'Earlier this year the border was closed.', 'Over the weekend the bridge was repaired.', 'The depot burned overnight.', 'Drones hit the port in the small hours.', 'In the first week the queues grew.',
  'This spring the fields were mined; in the summer of 2014 they were not.', 'Since 2014 the region has been contested.',
  'The next day the convoy returned.', 'That same day the mayor resigned.', 'On the 9th the bridge reopened.', 'Since then nothing has moved.',
  'A day after Moscow announced the withdrawal, the flag went up.', 'The town was quiet the night before the assault.',
  'The dam leaked between 3 and 6 May, again between June 2 and 4 and from 9 to 12 June.', 'It leaked on 5 and 6 July and on August 19 and 20.',
  'The dam burst days ago; it had leaked a few weeks ago.', 'The dam had held the preceding week; in the weeks that followed it leaked, and over the ensuing months it burst.',
  'Sirens sounded on New Year’s Eve, on Christmas Day and on Victory Day 2022, but not on Independence Day.',
  'Two years later the dam was rebuilt; days later it leaked, within weeks it burst, and that summer the following year it was mended.',
  'Output slumped between January and May and from September to March.',
];

function seedSentences(): string[] {
  const dir = new URL('../../../content/sources/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => {
    const { paragraphs } = normalize(readFileSync(new URL(f, dir), 'utf8'));
    return segment(paragraphs).map((s) => s.text);
  });
}

const CORPUS = [...PHRASES, ...seedSentences()];
const REFERENCE = { instant: new Date('2023-06-14T12:00:00Z'), timezone: 0 };
const gated = newsChrono.parsers.flatMap((parser) => {
  const gate = gateOf(parser);
  return gate ? [{ parser, gate, name: parser.constructor.name === 'Object' ? String(parser.pattern) : parser.constructor.name }] : [];
});

describe('date parser gates', () => {
  it('gate every parser', () => {
    expect(gated.length).toBe(newsChrono.parsers.length);
  });

  it.each(gated)('$name finds nothing in a sentence without its gate word, and finds something in one with it', ({ parser, gate }) => {
    const alone = newsChrono.clone();
    alone.parsers = [parser];
    alone.refiners = [];
    const found = CORPUS.filter((sentence) => alone.parse(sentence, REFERENCE, { forwardDate: false }).length > 0);
    expect(found.length).toBeGreaterThan(0);
    for (const sentence of found) expect(gate.test(sentence), sentence).toBe(true);
  });

});
