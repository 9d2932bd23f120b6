import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { hostileText } from './textArbitraries';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

describe('normalize, on any text', () => {
  it('gives paragraphs that are exact slices of the normalised text, in order, without overlap', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const { text, paragraphs } = normalize(raw);
        let end = 0;
        for (const p of paragraphs) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(end);
          end = p.end;
        }
      }),
    );
  });

  it('leaves NFC text with no control or invisible formatting characters, and no empty paragraph', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const { text, paragraphs } = normalize(raw);
        expect(text.normalize('NFC')).toBe(text);
        expect(text).not.toMatch(CONTROL);
        for (const p of paragraphs) expect(p.text.trim()).not.toBe('');
      }),
    );
  });

  it('keeps every visible character (other than spacing) of the input, in order, unless it folds a look-alike', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const { text, homoglyphs } = normalize(raw);
        fc.pre(homoglyphs.count === 0);
        const visible = (s: string) => s.normalize('NFC').replace(CONTROL, '').replace(/[\s\u0085]+/gu, '');
        expect(visible(text)).toBe(visible(raw).replace(new RegExp(CONTROL.source, 'gu'), ''));
      }),
    );
  });

  it('is idempotent: normalising normalised text changes nothing', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const once = normalize(raw);
        const twice = normalize(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.paragraphs.map((p) => p.text)).toEqual(once.paragraphs.map((p) => p.text));
      }),
    );
  });
});
