import { describe, expect, it } from 'vitest';
import { parseFraction, parseMultiplier, parseNumber } from './figureNumbers';

describe('parseNumber', () => {
  it('reads digits, separators, decimals and scale words', () => {
    expect(parseNumber('6,000')).toBe(6000);
    expect(parseNumber('6000')).toBe(6000);
    expect(parseNumber('1.5 million')).toBe(1_500_000);
    expect(parseNumber('2bn')).toBe(2e9);
    expect(parseNumber('8 000')).toBe(8000);
    expect(parseNumber('1\u00a0250\u00a0000')).toBe(1_250_000);
  });
  it('gives a scaled decimal exactly as written, without floating-point noise', () => {
    expect(parseNumber('4.1 million')).toBe(4_100_000);
    expect(parseNumber('0.7m')).toBe(700_000);
  });
  it('reads number words', () => {
    expect(parseNumber('twenty-five')).toBe(25);
    expect(parseNumber('three hundred')).toBe(300);
    expect(parseNumber('a hundred')).toBe(100);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseNumber('half a dozen')).toBe(6);
    expect(parseNumber('half a million')).toBe(500_000);
    expect(parseNumber('several')).toBeNull();
  });
});

describe('parseMultiplier and parseFraction', () => {
  it('reads multipliers', () => {
    expect(parseMultiplier('twice')).toBe(2);
    expect(parseMultiplier('three times')).toBe(3);
    expect(parseMultiplier('2.5 times')).toBe(2.5);
    expect(parseMultiplier('one and a half times')).toBe(1.5);
    expect(parseMultiplier('two-and-a-half times')).toBe(2.5);
    expect(parseMultiplier('half')).toBe(0.5);
  });
  it('reads fractions and refuses ordinals on their own', () => {
    expect(parseFraction('a fifth')).toBe(0.2);
    expect(parseFraction('two-thirds')).toBeCloseTo(2 / 3);
    expect(parseFraction('three quarters')).toBe(0.75);
    expect(parseFraction('third')).toBeNull();
  });
});
