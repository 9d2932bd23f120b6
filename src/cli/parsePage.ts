/** The task parsePages gives each worker thread (the pool runs this module's default export): readArticle on one page. */
import { readArticle, type ReadArticle } from '../aggregate/readArticle';
import { ingestedTree } from './ingestedPages';
import { pack } from './packedFile';

export interface PageText {
  /** The page's path from the project root: content/articles/<slug>.mdx */
  file: string;
  raw: string;
  /** Ingest's entry for this very text, if it saved one (ingestedPages.ts): the page's tree is made from it instead of parsed. */
  ingested?: Uint8Array;
}

export interface ParsedPage {
  read: ReadArticle;
  /** pack(read), for the page cache: made here, in the worker. */
  packed: Uint8Array;
  /** Whether the page was read from ingest's tree rather than parsed. */
  fromIngest: boolean;
}

export default function parsePage({ file, raw, ingested }: PageText): ParsedPage {
  const tree = ingested ? ingestedTree(ingested) : undefined;
  const read = readArticle(file, raw, tree);
  return { read, packed: pack(read), fromIngest: !!tree };
}
