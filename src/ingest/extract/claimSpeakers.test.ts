import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { describeSpeaker } from './claimant';
import { createMemory, notePerson, resolveSpeaker } from './claimSpeakers';
import { claimsOf, pick } from './claimTestContext';

describe('resolveSpeaker and notePerson', () => {
  it('resolves a definite epithet to the person last named, and leaves an indefinite one alone', () => {
    const memory = createMemory();
    notePerson(memory, 'Viktor Brandt', 0);
    expect(resolveSpeaker(memory, describeSpeaker('the shipping tycoon')!, 1, [])).toEqual({ name: 'Viktor Brandt', kind: 'person' });
    expect(describeSpeaker('a shipping tycoon')).toEqual({ name: 'shipping tycoon', kind: 'person' });
  });

  it('notes the last titled person a sentence names when its subject is no person', () => {
    const memory = createMemory();
    expect(notePerson(memory, 'The ceasefire', 3, 'The ceasefire began hours after President Ana Soler signed it.')).toBe(true);
    expect(memory.lastPerson).toMatchObject({ name: 'Ana Soler', sentence: 3 });
  });
});

describe('extractClaims: who speaks', () => {
  it('gives "the department" to the government office quoted before, whatever its name is made of', () => {
    const claims = claimsOf(
      'The Scottish Office said ferry grants had been paid. Some 300 islanders had applied by March, the department said.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Scottish Office', 'Scottish Office']);
  });

  it('gives "the Treasury" to a body and "the … giant" to the company quoted before', () => {
    const claims = claimsOf(
      'Norvik Oil Group said exports had fallen. The Treasury said the levy stood. The Siberian oil giant insisted its tankers were full.',
    );
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([['Norvik Oil Group', 'org'], ['Treasury', 'org'], ['Norvik Oil Group', 'org']]);
  });

  it('gives "the think tank" to the Institute or Centre quoted before', () => {
    const claims = claimsOf(
      'The harbour was shelled overnight, according to the Centre for Coastal Defence. The Oslo-based think tank assessed that the port would hold.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Centre for Coastal Defence', 'Centre for Coastal Defence']);
  });

  it('gives "the mayor" and "the governor" to the person a lower-case title named before', () => {
    const claims = claimsOf(
      'The port\'s mayor Ilse Varga said the ferries had stopped. Coastal governor Tomas Reyl said the roads were shut. The mayor also said power was back.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Ilse Varga', 'Tomas Reyl', 'Ilse Varga']);
  });

  it('gives "he" to the person named in the sentence before, though he did not speak', () => {
    const claims = claimsOf(
      'Captain Rui Dalto said the harbour was mined. The mines were laid weeks after General Ivo Marsh took command. He said clearing them would take a year.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Rui Dalto', 'Ivo Marsh']);
  });

  it('gives an epithet after an opening participle to the person last named', () => {
    const text = 'Mining magnate Olaf Krantz bought the port in May. Flanked by bodyguards and smiling for cameras, the billionaire boasted in a short clip: “It is ours.”';
    const [c] = claimsOf(text);
    expect(c.start).toBe(text.indexOf('Flanked'));
    expect(pick(c)).toEqual({ claimant: 'Olaf Krantz', kind: 'person', verb: 'boasted', status: 'claimed' });
  });

  it('takes a subject past its relative clause: "Residents who spoke to X by phone said"', () => {
    const [c] = claimsOf('Farmers who spoke to the Courier by telephone said the wells had run dry.');
    expect(pick(c)).toEqual({ claimant: 'Farmers', kind: 'person', verb: 'said', status: 'claimed' });
  });

  it('takes a subject past a participle phrase: "officials briefed on the talks said"', () => {
    const [c] = claimsOf('Diplomats briefed on the talks said a deal was close.');
    expect(c.text).toBe('Diplomats briefed on the talks said a deal was close.');
    expect(pick(c)).toMatchObject({ claimant: 'Diplomats', verb: 'said' });
  });

  it('takes a subject whose name holds digits past a participle phrase: "G20 envoys gathered in X said"', () => {
    const [c] = claimsOf('G20 diplomats gathered in Jakarta warned that the fertiliser shortage would worsen.');
    expect(pick(c)).toEqual({ claimant: 'G20 diplomats', kind: 'person', verb: 'warned', status: 'claimed' });
  });

  it('knows the plural of a role noun as people: "envoys", "ambassadors", "directors"', () => {
    const claims = claimsOf('Gulf envoys said the tanker had been seized. The hospital directors told the inquiry that supplies had run out.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([['Gulf envoys', 'person'], ['hospital directors', 'person']]);
  });

  it('gives "he" to a person described by role when nobody was named before', () => {
    const claims = claimsOf('The ageing ferry captain, who has sailed the strait for years, declared the route closed. “We wait,” he said.');
    expect(claims.map((c) => c.claimant)).toEqual(['ageing ferry captain']);
  });

  it('knows the coastguard as a body and paramedics as people', () => {
    const claims = claimsOf('A trawler capsized off the spit, the coastguard said. Three crew were hurt, paramedics said.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([['coastguard', 'org'], ['paramedics', 'person']]);
  });

  it('credits "according to the report" to the body that just reported', () => {
    const claims = claimsOf('The navy said two trawlers had sunk overnight. According to the report, the crews were rescued by a tanker.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([['navy', 'org'], ['navy', 'org']]);
  });

  it('does not take a phrase opened by a reporting verb as a subject: "dismissed rebel claims that"', () => {
    const s = 'The envoy, Maja Lind, dismissed rebel claims that the port was calm.';
    expect(findAttributions(s).map((a) => [a.verb, a.source?.text])).toEqual([['dismissed', 'The envoy']]);
  });

  it('credits a reduced passive to its agent: "images verified by X show …"', () => {
    const text = 'Images verified by Reuters show a column of trucks crossing the dam.';
    const [c] = claimsOf(text);
    expect([c.start, c.end]).toEqual([0, text.length]);
    expect(pick(c)).toEqual({ claimant: 'Reuters', kind: 'media', verb: 'verified', status: 'confirmed' });
  });

  it('does not read "told by X to …" as a report', () => {
    expect(claimsOf('The crews, told by their officers to wait, stayed on board.')).toEqual([]);
  });

  it('keeps a state coordinated with others in the claimant: "Kyiv and its allies"', () => {
    const [c] = claimsOf('Chile and most members of the Andean Community have rejected the result as fraudulent.');
    expect(pick(c)).toEqual({
      claimant: 'Chile and most members of the Andean Community', kind: 'state', verb: 'rejected', status: 'disputed',
    });
  });

  it('does not invert "told": "X, a colonel, told the Evening Post: …"', () => {
    const [c] = claimsOf('A spokesman for the garrison, Major Ilya Sand, told the Evening Post: "The pass is open."');
    expect(pick(c)).toEqual({ claimant: 'Ilya Sand', kind: 'person', verb: 'told', status: 'claimed' });
  });

  it('knows a name shaped like a newspaper’s as an outlet that could not verify', () => {
    const [c] = claimsOf('The Evening Post was unable to independently verify either account.');
    expect(pick(c)).toEqual({ claimant: 'The Evening Post', kind: 'media', verb: 'was unable to independently verify', status: 'unverified' });
  });

  it('keeps "for" inside a capitalised name after "according to"', () => {
    const [c] = claimsOf('Prices doubled, according to the Office for Budget Studies, a research group.');
    expect(c.claimant).toBe('Office for Budget Studies');
  });

  it('credits maps to their publisher: "The Coast Guard\'s maps, released on Friday, showed …"', () => {
    const [c] = claimsOf("The Coast Guard's maps, released on Friday, showed that the spill had reached the estuary.");
    expect(pick(c)).toMatchObject({ claimant: 'Coast Guard', kind: 'org', verb: 'showed' });
  });

  it('names the author of "estimates compiled by X"', () => {
    const [c] = claimsOf('Some 400 homes were lost, according to estimates compiled by the Red Cross.');
    expect(pick(c)).toMatchObject({ claimant: 'Red Cross', kind: 'org' });
  });

  it('gives "Western estimates" no author, but "the latest figures" the speaker before', () => {
    const own = claimsOf('Marta Lenz said the ferry was running. About half the island is flooded, according to unofficial estimates.');
    expect(pick(own[1]!)).toMatchObject({ claimant: 'unofficial estimates', kind: 'unknown', status: 'claimed' });
    // "Nine ships" opens the sentence but is no speaker the figures could stand for
    const back = claimsOf('The port authority said on Monday that the harbour was shut. Nine ships were lost, according to the latest figures.');
    expect(pick(back.at(-1)!)).toMatchObject({ claimant: 'port authority', kind: 'org' });
    // reports are a hedge, not a source: "according to unconfirmed reports" is unverified
    const hedged = claimsOf('Marta Lenz said the ferry was running. The captain was hurt, according to unconfirmed reports.');
    expect(pick(hedged[1]!)).toMatchObject({ claimant: 'unknown', kind: 'unknown', status: 'unverified' });
  });
  it('does not give "they" to a country: states are "it" in news English', () => {
    const claims = claimsOf('Border officials said the talks had stalled. Latvia has closed two crossings, they said.');
    expect(claims.map((c) => c.claimant)).toEqual(['Border officials', 'Border officials']);
  });
});

describe('describeSpeaker', () => {
  it('takes the personal name after a capitalised title chain: "Energy Ministry Spokesman Pavel Orlik"', () => {
    expect(describeSpeaker('Energy Ministry Spokesman Pavel Orlik')).toEqual({ name: 'Pavel Orlik', kind: 'person', proper: true });
    expect(describeSpeaker('Air Force Command Colonel-General Arvo Teder')).toMatchObject({ name: 'Arvo Teder', kind: 'person' });
    expect(describeSpeaker('Harbour Authority Chief Executive Anne Lind')).toMatchObject({ name: 'Anne Lind', kind: 'person' });
    expect(describeSpeaker('the Northern Fleet Command')).toMatchObject({ kind: 'org' });
  });

  it('strips a party post in a legislature: "Assembly Minority Leader Hana Ruml"', () => {
    expect(describeSpeaker('Assembly Minority Leader Hana Ruml')).toMatchObject({ name: 'Hana Ruml', kind: 'person' });
    expect(describeSpeaker('Senate Majority Leader Piet Oort')).toMatchObject({ name: 'Piet Oort', kind: 'person' });
  });

  it('takes a body’s own name after the common noun describing it: "the state rail company Veltrans"', () => {
    expect(describeSpeaker('Tarnland’s state rail company Veltrans')).toEqual({ name: 'Veltrans', kind: 'org' });
    expect(describeSpeaker('the volunteer group Harbour Watch')).toMatchObject({ name: 'Harbour Watch', kind: 'org' });
  });

  it('credits material made public to whoever released it: "intercepted calls released by the border guard"', () => {
    expect(describeSpeaker('intercepted calls released by the border guard')).toMatchObject({ name: 'border guard', kind: 'org' });
    expect(describeSpeaker('files obtained by Reuters')).toMatchObject({ name: 'Reuters', kind: 'media' });
    expect(describeSpeaker('conscripts trained by Nato')?.name).not.toBe('Nato');
  });

  it('reads websites, like a website, as the press: "according to ferry-tracking websites"', () => {
    expect(describeSpeaker('ferry-tracking websites')).toMatchObject({ name: 'ferry-tracking websites', kind: 'media' });
  });

  it('keeps the whole body a role speaks for, up to its head noun: "for the UN human rights office"', () => {
    expect(describeSpeaker('A spokesperson for the WHO child health office')).toEqual({ name: 'spokesperson for the WHO child health office', kind: 'person' });
    expect(describeSpeaker('a spokeswoman for the regional military administration')).toMatchObject({ name: 'spokeswoman for the regional military administration' });
    expect(describeSpeaker('a spokesman for the army in Kharkiv')).toMatchObject({ name: 'spokesman for the army' });
  });

  it('describes a phrase the same way every time, whatever became of an earlier description', () => {
    const first = describeSpeaker('the regional governor')!;
    first.name = 'changed by a caller';
    first.proper = true;
    expect(describeSpeaker('the regional governor')).toEqual({ name: 'regional governor', kind: 'person', definite: true });
  });
});

describe('a body named again by its common noun', () => {
  it('resolves "the company" and "the outlet" to the body met before, by the words that described it', () => {
    const claims = claimsOf('The state rail company Veltrans said two bridges were closed. “Repairs will take weeks,” the company said.\n'
      + 'Freight was halted, according to the regional outlet Kesk Today. The outlet reported that drivers were stranded.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([
      ['Veltrans', 'org'], ['Veltrans', 'org'], ['Kesk Today', 'media'], ['Kesk Today', 'media'],
    ]);
  });

  it('leaves "the ministry" alone when no body met nearby was described so', () => {
    const [, c] = claimsOf('The state rail company Veltrans said two bridges were closed. The ministry said repairs had begun.');
    expect([c.claimant, c.claimantKind]).toEqual(['ministry', 'org']);
  });
});

describe('"he" and "she" with two people of different sexes', () => {
  it('reads "he" as the man named before the woman who spoke last', () => {
    const text = 'Mr Taras Bondar said the pumps were running. He added that the reservoir was full. '
      + 'Dr Iryna Sokil said the water was unsafe. She said tests had found bacteria. He insisted the tests were wrong.';
    expect(claimsOf(text).map((c) => c.claimant)).toEqual(['Taras Bondar', 'Taras Bondar', 'Iryna Sokil', 'Iryna Sokil', 'Taras Bondar']);
  });

  it('learns a sex from a courtesy title before the surname alone', () => {
    const text = 'Marta Hnatiuk, a nurse, said the clinic had closed. '
      + 'Petro Lys, a driver, said the road was mined. Mr Lys had driven all night. She added that the ambulances had gone.';
    expect(claimsOf(text).map((c) => c.claimant)).toEqual(['Marta Hnatiuk', 'Petro Lys', 'Marta Hnatiuk']);
  });
});

describe('a name in apposition to a role that acts', () => {
  it('reads "she" as the named spokeswoman whose sentence had no reporting verb', () => {
    const text = 'The navy’s spokeswoman, Olena Yarema, cautioned against panic. She told reporters the port was open.';
    expect(claimsOf(text).map(pick)).toEqual([{ claimant: 'Olena Yarema', kind: 'person', verb: 'told', status: 'claimed' }]);
  });
});

describe('a nation\'s leader called by role', () => {
  it('reads "the Valdorian president" as the person titled so before, even after another speaker', () => {
    const text = 'Valdorian President Ivo Marek met the envoy. Envoy Tomas Kell said talks had gone well. The Valdorian president said the border would reopen.';
    expect(claimsOf(text).map((c) => c.claimant)).toEqual(['Tomas Kell', 'Ivo Marek']);
  });

  it('reads "the Valdorian leader" as the person just named, but not as a leader titled for another nation', () => {
    const one = claimsOf('Ivo Marek opened the parade on Sunday. Later, the Valdorian leader told troops that the war was won.');
    expect(one.map((c) => c.claimant)).toEqual(['Ivo Marek']);
    const two = claimsOf('Ostrian President Anna Lind said the talks had failed. The Valdorian president said they would resume.');
    expect(two.map((c) => c.claimant)).toEqual(['Anna Lind', 'Valdorian president']);
    const three = claimsOf('A navy officer said the port was shut. The Valdorian president said it would reopen.');
    expect(three.map((c) => c.claimant)).toEqual(['navy officer', 'Valdorian president']);
  });
});

describe('a security service named again as "the agency"', () => {
  it('resolves "the agency" to the service met before', () => {
    const claims = claimsOf('Norway\'s PST security service said two drones had been flown over the base. The agency claimed they were launched from a trawler.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([
      ["Norway's PST security service", 'org'], ["Norway's PST security service", 'org'],
    ]);
  });
});

describe('a naming participle after an action', () => {
  it('gives ", calling X Y" to the clause subject, but not ", calling for …"', () => {
    expect(claimsOf('Mayor Jonas Berg walked out of the talks, calling the new quota a betrayal.').map(pick)).toEqual([
      { claimant: 'Jonas Berg', kind: 'person', verb: 'calling', status: 'claimed' },
    ]);
    expect(claimsOf('Mayor Jonas Berg walked out of the talks, calling for a strike.')).toEqual([]);
  });
});

describe('resolveSpeaker: names with particles and spokespeople of bodies', () => {
  it('resolves "the colonel" to a titled name with a lower-case particle ("Colonel Pieter van der Berg")', () => {
    const claims = claimsOf('Defence analyst Colonel Pieter van der Berg told reporters the line would hold. The colonel added that fuel was short.');
    expect(claims.map((c) => c.claimant)).toEqual(['Pieter van der Berg', 'Pieter van der Berg']);
  });

  it('reads "a Ministry of Defence spokesperson" as a person, not the ministry', () => {
    const [c] = claimsOf('A Ministry of Transport spokesperson told the paper that the ferries had resumed.');
    expect(pick(c)).toMatchObject({ kind: 'person' });
  });
});

describe('extractClaims: bodies and roles named again', () => {
  it('gives "the watchdog" to the campaign group quoted before, whatever its name is made of', () => {
    const claims = claimsOf('Transparency Watch said the mayor had hidden the contracts. The watchdog said officials in Dravo had signed three of them.');
    expect(claims.map((c) => c.claimant)).toEqual(['Transparency Watch', 'Transparency Watch']);
  });

  it('reads "the prosecutor" as the person just named, but leaves "a prosecutor" alone', () => {
    const claims = claimsOf('Lena Ostrova told reporters the dockers had been detained. The prosecutor said charges would follow within a month.');
    expect(claims.map((c) => c.claimant)).toEqual(['Lena Ostrova', 'Lena Ostrova']);
    expect(claimsOf('A prosecutor said charges would follow within a month.').map((c) => c.claimant)).toEqual(['prosecutor']);
  });

  it('keeps a named place after the noun of a role\'s phrase ("nurses at a clinic in Dravo told …")', () => {
    const claims = claimsOf('Nurses at a clinic in Dravo told the Courier that the water supply had failed twice.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['Nurses', 'claimed']]);
  });

  it('gives "the report" to the named body that acted in an earlier sentence without speaking', () => {
    const claims = claimsOf('Transparency Watch has angered ministers with a report on the contracts.\nThe report, released on Friday, said the mayor had signed three of them.');
    expect(claims.map((c) => c.claimant)).toEqual(['Transparency Watch']);
  });

  it('keeps a capitalised particle inside a body\'s name ("the Office for Levelling Up said")', () => {
    const claims = claimsOf('The Office for Levelling Up rejected the figures, saying most grants had been paid.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['Office for Levelling Up', 'disputed']]);
  });

  it('gives a later "he" to the man, not to the female relative he quoted ("his sister had told him")', () => {
    const claims = claimsOf('Baker Piotr Halas said his sister had told him that the bakery in Sumy had burned down. He claimed the mayor had left the town.');
    expect(claims.map((c) => c.claimant)).toEqual(['Baker Piotr Halas', 'Baker Piotr Halas']);
  });

  it('gives "the MP" and "the MP for <seat>" to the member named with that title before', () => {
    const claims = claimsOf('Derby MP Lucy Harte said the depot would close. "It is a betrayal," the MP for Derby added. The MP said workers had not been told.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([
      ['Lucy Harte', 'person'], ['Lucy Harte', 'person'], ['Lucy Harte', 'person'],
    ]);
  });
});

describe('extractClaims: people of the courtroom and the firm', () => {
  it('reads a judge, a detainee and a defendant as people who speak', () => {
    const claims = claimsOf('The judge said the hearing would resume in June. A former detainee testified that the cells had no heating. The defendant admitted that he had fired first.');
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([
      ['judge', 'person'], ['former detainee', 'person'], ['defendant', 'person'],
    ]);
  });

  it('reads "…, its chief executive has confirmed." as the executive’s confirmation', () => {
    const [c] = claimsOf('The bakery will shut its doors in May, its chief executive has confirmed.');
    expect(pick(c)).toEqual({ claimant: 'chief executive', kind: 'person', verb: 'confirmed', status: 'confirmed' });
  });
});
