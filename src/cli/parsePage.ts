/**
 * Reads one article page file (readArticle) with the hash of the text it read: the task
 * parseInWorkers gives each worker thread (the pool runs this module's default export).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '../aggregate/parsedArticle';
import { readArticle, type ReadArticle } from '../aggregate/readArticle';

export interface ParsedPage {
  hash: string;
  read: ReadArticle;
}

export default function parsePage({ root, file }: { root: string; file: string }): ParsedPage {
  const mdx = readFileSync(join(root, file), 'utf8');
  return { hash: hashOf(mdx), read: readArticle(file, mdx) };
}
