/**
 * Parses every article page for the rest of the process (rememberArticle), so that the content
 * check and the pages find each page parsed: pages parsed by an earlier build come from the disk
 * cache (pageCache.ts), the others are read in worker threads, one per core (parsePage), or in
 * this thread when they are few (starting a worker costs about a second). A page ingest has just
 * written, as it wrote it, is not parsed: a build that ingested it read it then (`written`), and
 * otherwise it is read from ingest's own tree (ingestedPages.ts).
 */
import { availableParallelism } from 'node:os';
import { hashOf, rememberArticle } from '../aggregate/parsedArticle';
import { generatorFingerprint } from './generatorFingerprint';
import { clearIngested, ingestedKey, readIngested } from './ingestedPages';
import { openPageCache } from './pageCache';
import parsePage, { type PageText, type ParsedPage } from './parsePage';
import { mapInWorkers } from './workerPool';
import type { WrittenPage } from './writePlan';

/** Below this many pages per thread, the threads would take longer to start than they save. */
const PAGES_PER_THREAD = 100;
/** A worker holds a page or two at a time. */
const WORKER_HEAP_MB = 512;

export interface ParseCount {
  /** Pages read from the cache. */
  cached: number;
  /** Pages parsed (or read from the tree ingest wrote them from). */
  parsed: number;
  /** Of those, pages read from ingest's tree (or by the ingest of this build). */
  fromIngest: number;
  /** Worker threads used (0: none). */
  threads: number;
}

/** Pages as ingest, run by this build, wrote and read them (ingestSources' onPage), by file. */
export type WrittenPages = ReadonlyMap<string, WrittenPage>;

/**
 * `pages` are page files from `root` (content/articles/<slug>.mdx) with their text; `written`,
 * the pages ingest has just written in this process, which need no reading (unless their text
 * has changed since).
 */
export async function parsePages(root: string, pages: PageText[], threads = availableParallelism(), written?: WrittenPages): Promise<ParseCount> {
  const cache = openPageCache(root);
  const hashes = new Map(pages.map((p) => [p.file, hashOf(p.raw)]));
  const uncached: PageText[] = [];
  let cached = 0;
  let fromIngest = 0;
  for (const page of pages) {
    const hash = hashes.get(page.file)!;
    const ingested = written?.get(page.file);
    if (ingested?.hash === hash) {
      rememberArticle(page.file, hash, ingested.read);
      cache.put(page.file, hash, ingested.packed);
      fromIngest++;
      continue;
    }
    const read = cache.get(page.file, hash);
    if (read) {
      rememberArticle(page.file, hash, read);
      cached++;
    } else uncached.push(page);
  }
  // Only pages left to read may have been written by ingest (its fingerprint reads every ingest file).
  const generator = uncached.length ? generatorFingerprint(root) : '';
  const saved = uncached.length ? readIngested(root) : new Map<string, Uint8Array>();
  const todo = uncached.map((page) => ({ ...page, ingested: saved.get(ingestedKey(generator, page.raw)) }));
  const keep = ({ file }: PageText, parsed: ParsedPage) => {
    rememberArticle(file, hashes.get(file)!, parsed.read);
    cache.put(file, hashes.get(file)!, parsed.packed);
    if (parsed.fromIngest) fromIngest++;
  };
  const size = Math.min(threads, Math.floor(todo.length / PAGES_PER_THREAD));
  const workers = size >= 2 ? size : 0;
  if (workers) {
    await mapInWorkers<PageText, ParsedPage>(new URL('./parsePage.ts', import.meta.url), todo, { size: workers, heapMb: WORKER_HEAP_MB, onResult: (parsed, i) => keep(todo[i], parsed) });
  } else {
    for (const page of todo) keep(page, parsePage(page));
  }
  cache.save();
  clearIngested(root);
  return { cached, parsed: pages.length - cached, fromIngest, threads: workers };
}
