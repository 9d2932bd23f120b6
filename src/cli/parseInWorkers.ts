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

export async function parseInWorkers(files: { file: string; raw: string }[], threads = availableParallelism()): Promise<number> {
  const count = Math.min(threads, Math.floor(files.length / PAGES_PER_THREAD));
  if (count < 2) return 0;
  const size = Math.ceil(files.length / count);
  const chunks = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size));
  await Promise.all(chunks.map((chunk) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.mjs', import.meta.url), { workerData: chunk });
    worker.once('message', (reads: ReadArticle[]) => {
      reads.forEach((read, i) => rememberArticle(chunk[i].file, chunk[i].raw, read));
      resolve();
    });
    worker.once('error', reject);
  })));
  return count;
}
