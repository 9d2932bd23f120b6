/**
 * All article pages with their annotations, read from the content collection. Each page is read
 * from its file (so that lines and columns are the file's) and parsed once per version of its
 * text, so the dev server sees edits and a build parses every page once. A problem in any page,
 * or a cross-article link pointing nowhere, stops the build with every problem listed as
 * file:line:column (`npm run build` checks all content before Astro starts: src/cli/contentGuard.ts).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { formatProblem } from '../annotations/problems';
import { crossReferenceProblems } from './crossReferences';
import { parseArticle, type ArticleData } from './parseArticle';

const parsed = new Map<string, { mdx: string; data: ArticleData }>();

export async function loadArticles(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const articles = entries.map((e) => {
    const file = e.filePath ?? `content/articles/${e.id}.mdx`;
    const mdx = readFileSync(file, 'utf8');
    const hit = parsed.get(e.id);
    if (hit && hit.mdx === mdx) return hit.data;
    const data = parseArticle(mdx, { slug: e.id, file, ...e.data });
    parsed.set(e.id, { mdx, data });
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
