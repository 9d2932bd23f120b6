import { describe, expect, it } from 'vitest';
import { clauses, qualifiesPrevious, subjectClause } from './claimClauses';
import { claimsOf, pick } from './claimTestContext';

const texts = (s: string) => clauses(s).map((c) => s.slice(c.start, c.end));

describe('clauses', () => {
  it('splits before a second reporting verb of the same subject, with or without a comma', () => {
    const s = 'The port authority confirmed the fire but said the cranes were intact.';
    const list = clauses(s);
    expect(list.map((c) => [c.start, c.end])).toEqual([[0, s.indexOf(' but')], [s.indexOf('said'), s.length]]);
    expect(texts(s)).toEqual(['The port authority confirmed the fire', 'said the cranes were intact.']);
    expect(list[1]).toMatchObject({ coordinated: true, joint: 'but' });
    expect(qualifiesPrevious(list[1])).toBe(true);
  });

  it('keeps ", and said" as a new statement rather than a qualification', () => {
    const s = 'The envoy wrote to the council, and said a reply was due.';
    const list = clauses(s);
    expect(texts(s)).toEqual(['The envoy wrote to the council', 'said a reply was due.']);
    expect(list[1]).toMatchObject({ coordinated: true, joint: ', and' });
    expect(qualifiesPrevious(list[1])).toBe(false);
  });

  it('splits "X told Y he needs A and Z insisted B": a present verb after a subject pronoun is finite', () => {
    const claims = claimsOf('The governor told reporters she needs more rangers and the council insisted the park was safe.');
    expect(claims.map((c) => [c.claimant, c.text])).toEqual([
      ['governor', 'The governor told reporters she needs more rangers'],
      ['council', 'the council insisted the park was safe.'],
    ]);
  });

  it('does not split "and" before a word that is no reporting verb', () => {
    expect(texts('The mayor said roads and bridges were closed.')).toEqual(['The mayor said roads and bridges were closed.']);
  });

  it('splits a hyphen standing for a dash before "but"', () => {
    expect(texts('Rebels say they hold the ridge - but the army denies it')).toEqual(['Rebels say they hold the ridge', 'the army denies it']);
  });

  it('splits a second report tied to the first by time: ", a day after …", ", hours before …"', () => {
    expect(texts('The ferry sailed again, the operator said, two days after the coastguard announced it was safe.'))
      .toEqual(['The ferry sailed again, the operator said', 'the coastguard announced it was safe.']);
    expect(texts('Talks resumed, hours before the deadline.')).toEqual(['Talks resumed', 'the deadline.']);
  });

  it('splits a claim noun in apposition: ", an explanation that …"', () => {
    expect(texts('The airline blamed the fog, an explanation that pilots doubted.'))
      .toEqual(['The airline blamed the fog', 'an explanation that pilots doubted.']);
  });

  it('splits an answer with its own subject: ", a claim X rejected", ", which X denied"', () => {
    expect(texts('The rebels said they held the pass, a claim the army rejected.'))
      .toEqual(['The rebels said they held the pass', 'a claim the army rejected.']);
    expect(texts('The rebels said they held the pass, which the army denied.'))
      .toEqual(['The rebels said they held the pass', 'which the army denied.']);
    expect(texts('The rebels said they held the pass, which overlooks the valley.')).toHaveLength(1);
    expect(texts('The army confirmed the fire at the depot, which the rebels had blamed on a drone.'))
      .toEqual(['The army confirmed the fire at the depot', 'which the rebels had blamed on a drone.']);
  });

  it('splits "X said A and Y said B" only once a report came before the "and"', () => {
    expect(texts('The navy said the strait was open and the rebels claimed it was mined.'))
      .toEqual(['The navy said the strait was open', 'the rebels claimed it was mined.']);
    expect(texts('The navy and the rebels said the strait was open.')).toHaveLength(1);
    expect(texts('The mayor said roads and bridges were closed.')).toHaveLength(1);
    expect(texts('The mayor said the police and the fire brigade reported no damage.')).toHaveLength(1);
    expect(claimsOf('The navy said the strait was open and the rebels claimed it was mined.').map(pick)).toEqual([
      { claimant: 'navy', kind: 'org', verb: 'said', status: 'claimed' },
      { claimant: 'rebels', kind: 'person', verb: 'claimed', status: 'claimed' },
    ]);
  });

  it('finds the clause whose subject a run of coordinated verbs shares', () => {
    const list = clauses('The minister met the envoys and said talks would go on but warned that time was short.');
    expect(list).toHaveLength(3);
    expect([0, 1, 2].map((i) => subjectClause(list, i))).toEqual([0, 0, 0]);
  });
});

describe('extractClaims: second claims in a sentence', () => {
  it('makes a second claim when the second verb changes the status', () => {
    const text = 'The port authority confirmed the fire but said the cranes were intact.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.start, c.end])).toEqual([[0, text.indexOf(' but')], [text.indexOf('said'), text.length]]);
    expect(claims.map(pick)).toEqual([
      { claimant: 'port authority', kind: 'org', verb: 'confirmed', status: 'confirmed' },
      { claimant: 'port authority', kind: 'org', verb: 'said', status: 'claimed' },
    ]);
  });

  it('keeps one claim when the second verb qualifies the first with the same status', () => {
    const text = 'The central bank said inflation had peaked but cautioned that prices would stay high.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect([claims[0].start, claims[0].end]).toEqual([0, text.length]);
    expect(pick(claims[0])).toEqual({ claimant: 'central bank', kind: 'org', verb: 'said / cautioned', status: 'claimed' });
  });

  it('keeps one claim for ", but warned that …" too', () => {
    const [c, ...rest] = claimsOf('It is the navy that spoke first. The navy said the strait was open, but warned that mines remained.');
    expect(rest).toEqual([]);
    expect(c.text).toBe('The navy said the strait was open, but warned that mines remained.');
    expect(c.verb).toBe('said / warned');
  });

  it('makes a denial after "and" its own claim: "described … and denied that …"', () => {
    const text = 'The garrison has described the move as a "rotation" and denied that its men had fled.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(['The garrison has described the move as a "rotation"', 'denied that its men had fled.']);
    expect(claims.map((c) => [c.claimant, c.verb, c.status])).toEqual([
      ['garrison', 'described', 'claimed'],
      ['garrison', 'denied', 'denied'],
    ]);
  });

  it('reads a second source after ", a day after"', () => {
    const text = 'The bridge reopened on Monday, the governor said, a day after Warsaw announced it would send engineers.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual([
      'The bridge reopened on Monday, the governor said',
      'Warsaw announced it would send engineers.',
    ]);
    expect(claims.map((c) => [c.claimant, c.claimantKind])).toEqual([['governor', 'person'], ['Warsaw', 'state']]);
  });

  it('reads a headline with "- but X insists"', () => {
    const claims = claimsOf('Rebels claim the ridge is theirs - but army insists line is holding');
    expect(claims.map((c) => c.text)).toEqual(['Rebels claim the ridge is theirs', 'army insists line is holding']);
    expect(claims.map((c) => c.verb)).toEqual(['claim', 'insists']);
  });

  it('reads a second source after ", as X claimed …" but not ", as well as …" or a closing ", as X said."', () => {
    const text = 'The navy said the strait had been cleared of mines, as the rebels claimed to have shot down two drones.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual([
      'The navy said the strait had been cleared of mines',
      'the rebels claimed to have shot down two drones.',
    ]);
    expect(claims.map(pick)).toEqual([
      { claimant: 'navy', kind: 'org', verb: 'said', status: 'claimed' },
      { claimant: 'rebels', kind: 'person', verb: 'claimed', status: 'claimed' },
    ]);
    expect(claimsOf('The dam held overnight, as the engineers said on Friday.').map((c) => c.text))
      .toEqual(['The dam held overnight, as the engineers said on Friday.']);
    expect(texts('The mayor thanked the police, as well as volunteers who said they would stay.')).toHaveLength(1);
  });

  it('reads a report inside a relative clause: "a curfew that the police said would last a week"', () => {
    const text = 'The mayor said there would be a new curfew that the police said would last a week.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(['The mayor said there would be a new curfew', 'that the police said would last a week.']);
    expect(claims.map(pick)).toEqual([
      { claimant: 'mayor', kind: 'person', verb: 'said', status: 'claimed' },
      { claimant: 'police', kind: 'org', verb: 'said', status: 'claimed' },
    ]);
    const [c, ...rest] = claimsOf('The council passed a budget which the treasurer said had been cut by a third.');
    expect(rest).toEqual([]);
    expect(pick(c)).toEqual({ claimant: 'treasurer', kind: 'person', verb: 'said', status: 'claimed' });
    expect(c.text).toBe('which the treasurer said had been cut by a third.');
  });

  it('keeps one claim when the relative clause reports the same speaker: "X said A, which they said B"', () => {
    const text = 'Rebel commanders said a dam upstream had burst, which they said had flooded three villages.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual([text]);
    expect(pick(claims[0])).toMatchObject({ claimant: 'Rebel commanders', status: 'claimed' });
  });

  it('gives a verb coordinated past a relative clause the main subject: "X ordered … that Y said would …, and warned …"', () => {
    const claims = claimsOf('The mayor ordered a curfew that the police said would last a week, and warned that looters would be shot.');
    expect(claims.map(pick)).toEqual([
      { claimant: 'police', kind: 'org', verb: 'said', status: 'claimed' },
      { claimant: 'mayor', kind: 'person', verb: 'warned', status: 'claimed' },
    ]);
  });

  it('gives a passive with its agent inside a claim noun apposition its own disputed claim', () => {
    const text = 'The ministry said a valve had failed, an explanation that was mocked by local engineers.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(['The ministry said a valve had failed', 'an explanation that was mocked by local engineers.']);
    expect(pick(claims[1])).toEqual({ claimant: 'local engineers', kind: 'person', verb: 'mocked', status: 'disputed' });
    expect(claims[1].confirms).toBe(0);
  });
});

describe('clauses: a multi-word answer coordinated with a report', () => {
  it('splits "X wrote A but poured cold water on B" into a claim and a dispute', () => {
    const claims = claimsOf('The blogger Ivo Marsh wrote that the battalion had pulled back but poured cold water on talk of a collapse.');
    expect(claims.map((c) => [c.claimant, c.status])).toEqual([['Ivo Marsh', 'claimed'], ['Ivo Marsh', 'disputed']]);
  });
});

describe('clauses: a hedged relative clause', () => {
  it('gives ", who is said to have …" its own unverified claim beside the report before it', () => {
    const claims = claimsOf('Coastguards believe the yacht was sold by its skipper, who is said to have fled to Malta last winter.');
    expect(claims.map((c) => [c.text, c.claimant, c.status])).toEqual([
      ['Coastguards believe the yacht was sold by its skipper', 'Coastguards', 'claimed'],
      ['who is said to have fled to Malta last winter.', 'unknown', 'unverified'],
    ]);
  });
});
