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
import { byNewest } from './order';
import type { ArticleData } from './parseArticle';
import { parsedArticle } from './parsedArticle';

/** The preview's last answer, for as long as no page has changed. */
let last: { key: string; articles: ArticleData[] } | undefined;
/**
 * A build's answer: pages cannot change during a build, so every page of it gets the first one
 * without the preview's check, whose cost grows with the number of pages (paid by each of the
 * 13,000 pages of a 10,000-article build).
 */
let built: Promise<ArticleData[]> | undefined;

export function loadArticles(): Promise<ArticleData[]> {
  if (import.meta.env.DEV) return current();
  built ??= current();
  return built;
}

async function current(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest}`).join('|');
  if (last?.key === key) return last.articles;
  const articles = entries.map((e) => {
    const file = e.filePath ?? `content/articles/${e.id}.mdx`;
    return parsedArticle(file, readFileSync(file, 'utf8')).article;
  });
  articles.sort(byNewest);
  const problems = [
    ...articles.flatMap((a) => a.problems.map((p) => formatProblem(a.file, p))),
    ...crossReferenceProblems(articles),
  ];
  if (problems.length) throw new Error(`${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
  last = { key, articles };
  return articles;
}
