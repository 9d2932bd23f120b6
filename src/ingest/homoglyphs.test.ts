import { describe, expect, it } from 'vitest';
import { foldHomoglyphs } from './homoglyphs';

describe('foldHomoglyphs', () => {
  it('folds Cyrillic look-alikes inside Latin words and counts them', () => {
    const { text, report } = foldHomoglyphs('The cаpitаl wаs quiet.');
    expect(text).toBe('The capital was quiet.');
    expect(report.count).toBe(3);
    expect(report.byChar).toEqual({ 'а→a': 3 });
  });

  it('folds a lone look-alike letter used as an English word between Latin words', () => {
    expect(foldHomoglyphs('It was а long day').text).toBe('It was a long day');
  });

  it('leaves genuine Cyrillic words alone', () => {
    const input = 'The sign read «Слава Україні» on the gate.';
    const { text, report } = foldHomoglyphs(input);
    expect(text).toBe(input);
    expect(report.count).toBe(0);
  });

  it('leaves a short Cyrillic word inside a Cyrillic phrase alone', () => {
    const input = 'Он сказал а потом ушёл';
    expect(foldHomoglyphs(input).text).toBe(input);
  });

  it('folds Greek omicron in a Latin word', () => {
    expect(foldHomoglyphs('Mοscow').text).toBe('Moscow');
  });
});
