/**
 * The files ingesting one source writes (planPage decides them; a worker thread hands them back
 * so that the main thread writes while the workers go on computing), and the writing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReadArticle } from '../aggregate/readArticle';
import type { IngestReport } from './ingestPage';

export interface PagePlan {
  /** The source, as errors name it: content/sources/<name>.txt */
  source: string;
  report: IngestReport;
  /** Files to write: the page, or a proposal beside a page an editor changed. */
  writes: { path: string; text: string }[];
  /** What the next build may reuse of the page (ingestedPages.ts), under its name: the caller saves it (ingestSources, all at once). */
  saving?: { key: string; data: Uint8Array };
  /** The page written, as the build reads it (when ingest runs as part of a build). */
  page?: WrittenPage;
}

export interface WrittenPage {
  /** content/articles/<slug>.mdx */
  file: string;
  /** hashOf its text. */
  hash: string;
  read: ReadArticle;
  /** pack(read), for the page cache. */
  packed: Uint8Array;
}

/** The error for a source that could not be ingested, naming the source file. */
export function ingestFailed(source: string, e: unknown): Error {
  return new Error(`${source}: ingest failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

function write(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Writes the plan's files (not what it is saving: see PagePlan.saving). */
export function writePlan({ source, report, writes }: PagePlan): IngestReport {
  try {
    for (const { path, text } of writes) write(path, text);
  } catch (e) {
    throw ingestFailed(source, e);
  }
  return report;
}
