/**
 * All article pages with their annotations and HTML, read from the content collection. Each page
 * is read from its file (so that lines and columns are the file's) and parsed once per version of
 * its text (parsedArticle: the content check that `npm run build` runs before Astro starts has
 * usually parsed it already). A problem in any page, or a cross-article link pointing nowhere,
 * stops the build with every problem listed as file:line:column.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { formatProblem } from '../annotations/problems';
import { crossReferenceProblems } from './crossReferences';
import type { ArticleData } from './parseArticle';
import { parsedArticle } from './parsedArticle';

/** The last answer, for as long as no page has changed: every page of a build asks for it. */
let last: { key: string; articles: ArticleData[] } | undefined;

export async function loadArticles(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest}`).join('|');
  if (last?.key === key) return last.articles;
  const articles = entries.map((e) => {
    const file = e.filePath ?? `content/articles/${e.id}.mdx`;
    return parsedArticle(file, readFileSync(file, 'utf8')).article;
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
