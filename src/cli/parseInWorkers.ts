/**
 * Parses article pages in worker threads, one per core (parsePage), and keeps the results for
 * the rest of the process (rememberArticle), so that the content check and the pages find every
 * page parsed. Starting a worker costs about a second, so a small site is parsed where it is
 * needed instead. Returns the number of threads used (0: none).
 */
import { availableParallelism } from 'node:os';
import { rememberArticle } from '../aggregate/parsedArticle';
import type { ParsedPage } from './parsePage';
import { mapInWorkers } from './workerPool';

/** Below this many pages per thread, the threads would take longer to start than they save. */
const PAGES_PER_THREAD = 100;
/** A worker holds a page or two at a time. */
const WORKER_HEAP_MB = 512;

/** `files` are paths of page files from `root`: content/articles/<slug>.mdx */
export async function parseInWorkers(root: string, files: string[], threads = availableParallelism()): Promise<number> {
  const size = Math.min(threads, Math.floor(files.length / PAGES_PER_THREAD));
  if (size < 2) return 0;
  const pages = await mapInWorkers<{ root: string; file: string }, ParsedPage>(new URL('./parsePage.ts', import.meta.url), files.map((file) => ({ root, file })), { size, heapMb: WORKER_HEAP_MB });
  pages.forEach(({ hash, read }, i) => rememberArticle(files[i], hash, read));
  return size;
}
