/**
 * parseArticle, once per version of a page for the whole process. The content check (run from
 * the Astro config) and the pages (run from Astro's build of them) load this module separately;
 * they share one map on globalThis, so a build parses and renders every page once.
 */
import { createHash } from 'node:crypto';
import { parseArticle, type ArticleData, type ArticleMeta } from './parseArticle';

const KEY = Symbol.for('explainer.parsedArticles');
type Parsed = Map<string, { hash: string; data: ArticleData }>;
const parsed = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Parsed;

/** `meta` is read from the front matter of `mdx`, so the file and its text decide the result. */
export function parsedArticle(mdx: string, meta: ArticleMeta): ArticleData {
  const hash = createHash('sha1').update(mdx).digest('base64');
  const hit = parsed.get(meta.file);
  if (hit?.hash === hash) return hit.data;
  const data = parseArticle(mdx, meta);
  parsed.set(meta.file, { hash, data });
  return data;
}
