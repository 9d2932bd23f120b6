// Worker thread of parseInWorkers.ts: reads the page files it is given and posts back what it
// read (the text's hash and readArticle's result) in order, a batch at a time, then null.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const BATCH = 50;

register();
const { readArticle } = await import('../aggregate/readArticle.ts');
const { hashOf } = await import('../aggregate/parsedArticle.ts');
const { root, files } = workerData;
for (let i = 0; i < files.length; i += BATCH) {
  parentPort.postMessage(files.slice(i, i + BATCH).map((file) => {
    const mdx = readFileSync(join(root, file), 'utf8');
    return { hash: hashOf(mdx), read: readArticle(file, mdx) };
  }));
}
parentPort.postMessage(null);
