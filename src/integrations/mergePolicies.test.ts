import { describe, expect, it } from 'vitest';
import { mergePolicies } from './mergePolicies';

describe('mergePolicies', () => {
  it('keeps each directive once with the union of its sources, in first-seen order', () => {
    const home = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-CCC=';";
    const search = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';";
    expect(mergePolicies([home, search])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AAA=' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-CCC='",
    );
  });

  it('adds directives only a header can carry', () => {
    expect(mergePolicies(["default-src 'self'"], ["frame-ancestors 'none'"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('never adds a source no page asked for', () => {
    const merged = mergePolicies(["script-src 'self' 'sha256-AAA='"]);
    expect(merged).not.toMatch(/unsafe-inline|\*|https?:/);
  });
});
