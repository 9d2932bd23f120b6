/**
 * Ingests every source in content/sources/ into content/articles/<slug>.mdx (ingestPage.ts does
 * one source; a page an editor has changed is never overwritten). Many sources are shared out
 * among worker threads, one per core; the pages and reports are the same either way, in file order.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { IngestReport, PageJob } from './ingestPage';
import { generatorFingerprint } from './generatorFingerprint';
import { readSources } from './readContent';
import { checkSources } from './sourceFiles';
import { mapInWorkers } from './workerPool';
import { writePlan, type PagePlan } from './writePlan';

export type { IngestReport, Outcome } from './ingestPage';

export interface IngestResult {
  reports: IngestReport[];
  /** Sources that could not be ingested, each as `file:line:column what` and a hint line. */
  problems: string[];
}

/**
 * From this many sources on, workers pay for their start-up (each loads the pipeline, about a
 * second): below it, ingest runs in this thread.
 */
export const POOL_FROM = 48;
/** Young generation of each worker: the pipeline makes many short-lived strings (32 MB: about 10% faster than the default). */
const WORKER_YOUNG_MB = 32;

/** Ingests every source, or only those whose page names are in `only`; a source with a problem is skipped and reported. */
export async function ingestSources(root: string, only?: string[]): Promise<IngestResult> {
  const checked = checkSources(readSources(root));
  const generator = generatorFingerprint(root);
  const problems = checked.problems.filter((p) => !only || only.includes(p.slug)).map((p) => p.message);
  const jobs: PageJob[] = checked.sources.filter((s) => !only || only.includes(s.slug)).map((s) => ({ root, generator, ...s }));

  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const cores = availableParallelism();
  const reports = jobs.length >= POOL_FROM && cores > 1 ? await inWorkers(jobs, cores) : await inThisThread(jobs);
  return { reports, problems };
}

/** The pipeline is loaded only here, so that a run with workers does not load it twice. */
async function inThisThread(jobs: PageJob[]): Promise<IngestReport[]> {
  const { ingestPage } = await import('./ingestPage');
  return jobs.map((job) => ingestPage(job));
}

/** The workers plan each page; this thread writes the files as the plans come in. */
async function inWorkers(jobs: PageJob[], cores: number): Promise<IngestReport[]> {
  const plans = await mapInWorkers<PageJob, PagePlan>(new URL('./ingestPage.ts', import.meta.url), jobs, { size: cores, youngMb: WORKER_YOUNG_MB, onResult: writePlan });
  return plans.map((p) => p.report);
}
