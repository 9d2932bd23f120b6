import { describe, expect, it } from 'vitest';
import { mayMatch } from './mayMatch';

describe('mayMatch', () => {
  it('drops \\b assertions and the g and y flags, nothing else', () => {
    const quick = mayMatch(/\bunconfirmed\s+reports?\b/giu);
    expect(quick.source).toBe('unconfirmed\\s+reports?');
    expect(quick.flags).toBe('iu');
    expect(mayMatch(/[\b(]x\\b\B/y).source).toBe('[\\b(]x\\\\b\\B');
  });

  it('keeps \\b inside negative lookarounds, where dropping it would narrow the pattern', () => {
    expect(mayMatch(/\bwar(?!\s+\bcrimes\b)(?<!\bpre-war)(?:\s\bzone)?\b/u).source).toBe('war(?!\\s+\\bcrimes\\b)(?<!\\bpre-war)(?:\\szone)?');
  });

  it('matches wherever the pattern matches', () => {
    const patterns = [/\bamid\s+(?:\p{L}+\s+)?reports\b/iu, /\b(?:said|says)\b/iu, /(?<=\bthe\s)war\b/iu, /\bwar\b(?!\s*\bcrimes)/iu];
    const texts = ['Amid fresh reports of shelling', 'ſaid the man', 'he says', 'the war', 'thewar', 'sayings', 'Amidst reports', 'war crimes', 'warcrimes', 'war'];
    for (const re of patterns) for (const t of texts) if (re.test(t)) expect(mayMatch(re).test(t), `${re} on ${t}`).toBe(true);
    expect(mayMatch(/\bsaid\b/iu).test('nothing here')).toBe(false);
  });
});
