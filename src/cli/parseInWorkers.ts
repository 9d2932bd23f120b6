/**
 * Parses article pages in worker threads, one per core (readArticle), and keeps the results for
 * the rest of the process (rememberArticle), so that the content check and the pages find every
 * page parsed. Starting a worker costs about half a second, so a small site is parsed where it is
 * needed instead. Returns the number of threads used (0: none).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { rememberArticle } from '../aggregate/parsedArticle';
import type { ReadArticle } from '../aggregate/readArticle';

/** Below this many pages per thread, the threads would take longer to start than they save. */
const PAGES_PER_THREAD = 100;
/** A worker holds one batch of results at a time: a small heap makes it collect early. */
const WORKER_HEAP_MB = 512;

/** `files` are paths of page files from `root`: content/articles/<slug>.mdx */
export async function parseInWorkers(root: string, files: string[], threads = availableParallelism()): Promise<number> {
  const count = Math.min(threads, Math.floor(files.length / PAGES_PER_THREAD));
  if (count < 2) return 0;
  const size = Math.ceil(files.length / count);
  const chunks = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size));
  await Promise.all(chunks.map((chunk) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.mjs', import.meta.url), {
      workerData: { root, files: chunk },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let next = 0;
    worker.on('message', (batch: { hash: string; read: ReadArticle }[] | null) => {
      if (batch === null) return void worker.terminate().then(() => resolve());
      for (const { hash, read } of batch) rememberArticle(chunk[next++], hash, read);
    });
    worker.once('error', reject);
  })));
  return count;
}
