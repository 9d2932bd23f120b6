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
