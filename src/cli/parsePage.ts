/** The task parsePages gives each worker thread (the pool runs this module's default export): readArticle on one page. */
import { readArticle, type ReadArticle } from '../aggregate/readArticle';

export interface PageText {
  /** The page's path from the project root: content/articles/<slug>.mdx */
  file: string;
  raw: string;
}

export default function parsePage({ file, raw }: PageText): ReadArticle {
  return readArticle(file, raw);
}
