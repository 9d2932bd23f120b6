/**
 * One article page file as the site reads it: its front matter (with its problems) and
 * parseArticle's annotations, problems and HTML. A page whose front matter is broken is still
 * parsed, under its file name, so that every problem in it is reported at once. Pure.
 */
import type { Root } from 'mdast';
import type { Frontmatter } from '../annotations/frontmatterSchema';
import type { Problem } from '../annotations/problems';
import { readFrontmatter } from '../annotations/readFrontmatter';
import { parseArticle, type ArticleData } from './parseArticle';

export interface ReadArticle {
  article: ArticleData;
  /** The checked front matter; missing when it has a problem. */
  frontmatter?: Frontmatter;
  /** Problems of the front matter: Astro cannot load such a page at all. */
  frontmatterProblems: Problem[];
}

/** `file` is the page's path from the project root: content/articles/<slug>.mdx; `tree` as for parseArticle. */
export function readArticle(file: string, mdx: string, tree?: Root): ReadArticle {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const front = readFrontmatter(mdx);
  const meta = front.data ?? { title: slug, published: '', outlet: '', review: 'draft' as const };
  return { article: parseArticle(mdx, { ...meta, slug, file }, tree), frontmatter: front.data, frontmatterProblems: front.problems };
}
