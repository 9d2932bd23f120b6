/**
 * Hashes that record where a generated MDX page came from, so that a re-ingest can tell an
 * untouched page (safe to regenerate) from one an editor has changed (never overwritten).
 * `generatedHash` is the SHA-256 of the page as written, with the hash's own value left empty.
 */
import { createHash } from 'node:crypto';

const GENERATED = /^generatedHash: *(?<hash>['"]?[0-9a-f]*['"]?) *$/m;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Fills in the generatedHash field of a freshly emitted page. */
export function sealGenerated(mdx: string): string {
  const blank = mdx.replace(GENERATED, 'generatedHash: ""');
  return blank.replace(GENERATED, `generatedHash: ${sha256(blank)}`);
}

/** True when the page still is exactly what ingest wrote. */
export function isUntouched(mdx: string): boolean {
  const hash = GENERATED.exec(mdx)?.groups?.hash.replace(/['"]/g, '');
  return !!hash && sha256(mdx.replace(GENERATED, 'generatedHash: ""')) === hash;
}

/** The sourceHash recorded in a page's front matter. */
export function recordedSourceHash(mdx: string): string | undefined {
  return /^sourceHash: *['"]?(?<hash>[0-9a-f]+)/m.exec(mdx)?.groups?.hash;
}

/** The generator fingerprint recorded in a page's front matter. */
export function recordedGenerator(mdx: string): string | undefined {
  return /^generator: *['"]?(?<hash>[0-9a-f]+)/m.exec(mdx)?.groups?.hash;
}
