/**
 * Shared by the claim tests: a context built from made-up prose (paragraphs split on newlines,
 * sentences on . ! ? before a capital or a quote), and the claims extracted from it with their
 * spans checked against the text.
 */
import { expect } from 'vitest';
import type { ClaimAnnotation, ExtractContext, Sentence } from '../types';
import { extractClaims } from './claims';

export function ctxOf(text: string, outlet = 'The Northern Courier (UK)'): ExtractContext {
  const sentences: Sentence[] = [];
  for (const [paragraph, p] of [...text.matchAll(/[^\n]+/g)].entries()) {
    for (const m of p[0].matchAll(/.+?(?:[.!?…]+[”"’]?(?=\s+[“"A-Z])|$)/gsu)) {
      const lead = m[0].length - m[0].trimStart().length;
      const piece = m[0].trim();
      if (!piece) continue;
      const start = p.index + m.index + lead;
      sentences.push({ id: `s${sentences.length + 1}`, start, end: start + piece.length, text: piece, paragraph });
    }
  }
  return { text, sentences, published: '2023-06-01', outlet };
}

export function claimsOf(text: string, outlet?: string): ClaimAnnotation[] {
  const ctx = ctxOf(text, outlet);
  const claims = extractClaims(ctx);
  for (const c of claims) expect(ctx.text.slice(c.start, c.end)).toBe(c.text);
  return claims;
}

export const pick = (c: ClaimAnnotation) => ({ claimant: c.claimant, kind: c.claimantKind, verb: c.verb, status: c.status });
