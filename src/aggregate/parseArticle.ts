/**
 * Reads one article page's MDX (as an editor left it, front matter included) into its
 * annotations, its problems and, when it has none, the HTML of its prose. Pure.
 */
import type { Root } from 'mdast';
import { articleHtml, type Heading } from '../annotations/articleHtml';
import { collectAnnotations, type Collected } from '../annotations/collect';
import { mdxParser } from '../annotations/mdxParser';
import { syntaxProblem } from '../annotations/syntaxProblem';

export interface ArticleMeta {
  slug: string;
  title: string;
  published: string;
  outlet: string;
  url?: string;
  summary?: string;
  review: 'draft' | 'reviewed';
  /** Path of the page file, for error messages: content/articles/x.mdx */
  file: string;
}

export type ArticleData = ArticleMeta & Collected & {
  /**
   * The prose as HTML, UTF-8 encoded (empty while the page has problems): as bytes it is kept
   * outside the JavaScript heap, where a site of 10,000 articles would hold 600 MB of it.
   */
  html: Uint8Array;
  headings: Heading[];
};

const utf8 = new TextEncoder();
/** The HTML of a page that has none (its text could not be read). */
export const NO_HTML = new Uint8Array();

/**
 * `mdx` is the whole page, front matter included, so that lines and columns are the file's.
 * `tree` is the page's tree when it is known without parsing (the one ingest wrote the page from).
 */
export function parseArticle(mdx: string, meta: ArticleMeta, tree?: Root): ArticleData {
  try {
    tree ??= mdxParser.parse(mdx);
  } catch (e) {
    return { ...meta, sentences: new Map(), claims: [], events: [], figures: [], places: [], problems: [syntaxProblem(e)], html: NO_HTML, headings: [] };
  }
  const collected = collectAnnotations(tree);
  if (collected.problems.length) return { ...meta, ...collected, html: NO_HTML, headings: [] };
  const { html, headings } = articleHtml(tree, meta.review);
  return { ...meta, ...collected, html: utf8.encode(html), headings };
}
