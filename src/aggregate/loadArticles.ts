/**
 * All article pages with their annotations, read from the content collection. Each page is
 * parsed once per content version (its digest), so the dev server sees edits and a build parses
 * every page once. A problem in any page, or a cross-article link pointing nowhere, stops the
 * build with every problem listed as file:line:column.
 */
import { getCollection } from 'astro:content';
import { formatProblem } from '../annotations/problems';
import { crossReferenceProblems } from './crossReferences';
import { parseArticle, type ArticleData } from './parseArticle';

const parsed = new Map<string, { digest: string; data: ArticleData }>();

export async function loadArticles(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const articles = entries.map((e) => {
    const digest = String(e.digest ?? e.body);
    const hit = parsed.get(e.id);
    if (hit && hit.digest === digest) return hit.data;
    const data = parseArticle(e.body ?? '', { slug: e.id, file: e.filePath ?? `content/articles/${e.id}.mdx`, ...e.data });
    parsed.set(e.id, { digest, data });
    return data;
  });
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  const problems = [
    ...articles.flatMap((a) => a.problems.map((p) => formatProblem(a.file, p))),
    ...crossReferenceProblems(articles),
  ];
  if (problems.length) throw new Error(`${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
  return articles;
}
