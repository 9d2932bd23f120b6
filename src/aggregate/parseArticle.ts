/** Reads one article page's MDX (as an editor left it) into its annotations. Pure. */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collectAnnotations, type Collected } from '../annotations/collect';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

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

export type ArticleData = ArticleMeta & Collected;

export function parseArticle(body: string, meta: ArticleMeta): ArticleData {
  return { ...meta, ...collectAnnotations(parser.parse(body)) };
}
