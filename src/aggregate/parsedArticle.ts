/**
 * readArticle, once per version of a page for the whole process. The content check (run from
 * the Astro config) and the pages (run from Astro's build of them) load this module separately;
 * they share one map on globalThis, so a build parses and renders every page once.
 */
import { createHash } from 'node:crypto';
import { readArticle, type ReadArticle } from './readArticle';

const KEY = Symbol.for('explainer.parsedArticles');
type Parsed = Map<string, { hash: string; read: ReadArticle }>;
const parsed = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Parsed;

/** What a page's version is known by. */
export const hashOf = (mdx: string) => createHash('sha1').update(mdx).digest('base64');

export function parsedArticle(file: string, mdx: string): ReadArticle {
  const hash = hashOf(mdx);
  const hit = parsed.get(file);
  if (hit?.hash === hash) return hit.read;
  const read = readArticle(file, mdx);
  parsed.set(file, { hash, read });
  return read;
}

/** Keeps what readArticle(file, mdx) returned elsewhere (in a worker thread), under hashOf(mdx). */
export function rememberArticle(file: string, hash: string, read: ReadArticle): void {
  parsed.set(file, { hash, read });
}
