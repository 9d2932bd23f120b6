import { describe, expect, it } from 'vitest';
import { MASK, leavesQuoteOpen, maskQuotes, quotedSpans } from './claimQuotes';
import { claimsOf, pick } from './claimTestContext';

describe('quotedSpans', () => {
  it('closes at a lone straight quote ending a sentence, for a quote opened in the sentence before', () => {
    const s = 'We are holding every street."';
    expect(quotedSpans(s)).toEqual([[0, s.length]]);
    expect(maskQuotes(s)).toBe(MASK.repeat(s.length));
  });

  it('still opens at a straight quote that starts a quotation', () => {
    const s = 'He said: "We hold the bridge."';
    expect(quotedSpans(s)).toEqual([[9, s.length]]);
  });
});

describe('maskQuotes: a quoted adverb', () => {
  it('keeps a lone quoted adverb as the reporter\'s word, so the verb after it keeps its subject', () => {
    expect(maskQuotes('The admiral “flatly” refused.')).toBe('The admiral  flatly  refused.');
    const [c] = claimsOf('The port authority ‘firmly’ denied the rumour that the cranes were sabotaged.');
    expect(pick(c)).toMatchObject({ claimant: 'port authority', status: 'denied' });
  });
});

describe('maskQuotes: a quoted part of a name', () => {
  it('keeps a quoted word inside a unit\'s name, so the name can close the sentence as its speaker', () => {
    expect(maskQuotes('Task Force “Delta” said.')).toBe('Task Force  Delta  said.');
    const [c] = claimsOf('Two ferries were held at the quay overnight, the Coastal Command "West" said.');
    expect(pick(c)).toMatchObject({ claimant: 'Coastal Command West', kind: 'org', status: 'claimed' });
    // a quote after a lower-case word is still speech
    expect(maskQuotes('He said “Never” twice.')).toBe('He said ' + MASK.repeat(7) + ' twice.');
  });
});

describe('quotedSpans: a quote closing mid-sentence', () => {
  it('closes at a lone straight quote after a stop, leaving the attribution after it unmasked', () => {
    const s = 'By dawn the column had turned back," the brigade said in a statement.';
    const close = s.indexOf('"') + 1;
    expect(quotedSpans(s)).toEqual([[0, close]]);
    expect(maskQuotes(s).slice(close)).toBe(' the brigade said in a statement.');
  });
});

describe('extractClaims: a quote left open across sentences', () => {
  it('reads a sentence inside a quote its paragraph opened before as the speaker’s words, not a report', () => {
    const claims = claimsOf(
      'Harbour chief Ivo Lenz told the Courier: “The navy has gone. The spokesman said he would stay, but he fled.\n'
      + 'The mayor said the port was calm.',
    );
    expect(claims.map(pick)).toEqual([
      { claimant: 'Ivo Lenz', kind: 'person', verb: 'told', status: 'claimed' },
      { claimant: 'mayor', kind: 'person', verb: 'said', status: 'claimed' },
    ]);
  });

  it('tracks quote marks of both kinds', () => {
    expect(leavesQuoteOpen('He said: “We are ready.', false)).toBe(true);
    expect(leavesQuoteOpen('It is over,” he said.', true)).toBe(false);
    expect(leavesQuoteOpen('He said: "We are ready.', false)).toBe(true);
    expect(leavesQuoteOpen('The port is calm.', true)).toBe(true);
  });
});
