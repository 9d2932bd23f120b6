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

  it('gives "he" to a person described by role when nobody was named before', () => {
    const claims = claimsOf('The ageing ferry captain, who has sailed the strait for years, declared the route closed. “We wait,” he said.');
    expect(claims.map((c) => c.claimant)).toEqual(['ageing ferry captain']);
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

  it('names the author of "estimates compiled by X"', () => {
    const [c] = claimsOf('Some 400 homes were lost, according to estimates compiled by the Red Cross.');
    expect(pick(c)).toMatchObject({ claimant: 'Red Cross', kind: 'org' });
  });
});

describe('describeSpeaker', () => {
  it('describes a phrase the same way every time, whatever became of an earlier description', () => {
    const first = describeSpeaker('the regional governor')!;
    first.name = 'changed by a caller';
    first.proper = true;
    expect(describeSpeaker('the regional governor')).toEqual({ name: 'regional governor', kind: 'person' });
  });
});
