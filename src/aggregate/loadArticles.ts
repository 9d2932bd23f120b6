/**
 * All article pages with their annotations, read from the content collection. Each page is read
 * from its file (so that lines and columns are the file's) and parsed once per version of its
 * text (the collection's digest), so the dev server sees edits and a build parses every page once. A problem in any page,
 * or a cross-article link pointing nowhere, stops the build with every problem listed as
 * file:line:column (`npm run build` checks all content before Astro starts: src/cli/contentGuard.ts).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { formatProblem } from '../annotations/problems';
import { crossReferenceProblems } from './crossReferences';
import { parseArticle, type ArticleData } from './parseArticle';

const parsed = new Map<string, { digest: string; data: ArticleData }>();
/** The last answer, for as long as no page has changed: every page of a build asks for it. */
let last: { key: string; articles: ArticleData[] } | undefined;

export async function loadArticles(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest}`).join('|');
  if (last?.key === key) return last.articles;
  const articles = entries.map((e) => {
    const digest = String(e.digest ?? '');
    const hit = parsed.get(e.id);
    if (hit && digest && hit.digest === digest) return hit.data;
    const file = e.filePath ?? `content/articles/${e.id}.mdx`;
    const data = parseArticle(readFileSync(file, 'utf8'), { slug: e.id, file, ...e.data });
    parsed.set(e.id, { digest, data });
    return data;
  });
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  const problems = [
    ...articles.flatMap((a) => a.problems.map((p) => formatProblem(a.file, p))),
    ...crossReferenceProblems(articles),
  ];
  if (problems.length) throw new Error(`${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
  last = { key, articles };
  return articles;
}
