import { describe, expect, it } from 'vitest';
import { MASK, maskQuotes, quotedSpans } from './claimQuotes';

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

describe('quotedSpans: a quote closing mid-sentence', () => {
  it('closes at a lone straight quote after a stop, leaving the attribution after it unmasked', () => {
    const s = 'By dawn the column had turned back," the brigade said in a statement.';
    const close = s.indexOf('"') + 1;
    expect(quotedSpans(s)).toEqual([[0, close]]);
    expect(maskQuotes(s).slice(close)).toBe(' the brigade said in a statement.');
  });
});
