/**
 * Ingests every source in content/sources/ into content/articles/<slug>.mdx (ingestPage.ts does
 * one source; a page an editor has changed is never overwritten). Many sources are shared out
 * among worker threads, one per core; the pages and reports are the same either way, in file order.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { generatedPlan, settledPlan, type IngestReport, type PageJob } from './ingestPage';
import { generatorFingerprint } from './generatorFingerprint';
import { saveIngested, type IngestedEntries } from './ingestedPages';
import { readSources } from './readContent';
import { checkSources } from './sourceFiles';
import { mapInWorkers } from './workerPool';
import { writePlan, type PagePlan, type WrittenPage } from './writePlan';

export type { IngestReport, Outcome } from './ingestPage';

export interface IngestResult {
  reports: IngestReport[];
  /** Sources that could not be ingested, each as `file:line:column what` and a hint line. */
  problems: string[];
}

/**
 * From this many pages to generate on, workers pay for their start-up (each loads the pipeline,
 * about a second): below it, ingest runs in this thread.
 */
export const POOL_FROM = 48;
/** Young generation of each worker: the pipeline makes many short-lived strings (32 MB: about 10% faster than the default). */
const WORKER_YOUNG_MB = 32;

/** What stops an ingest (or a build) when sources could not be ingested; the caller says what to run again. */
export const notIngested = (problems: readonly string[]): string =>
  `${problems.length} source${problems.length > 1 ? 's' : ''} could not be ingested; fix the problem${problems.length > 1 ? 's' : ''} above`;

/** The last line of an ingest's report: how many sources, and what became of their pages. */
export function ingestSummary(reports: readonly IngestReport[]): string {
  const count = (o: string) => reports.filter((r) => r.outcome.startsWith(o)).length;
  return `ingest: ${reports.length} sources, ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('kept')} kept (edited by hand)`;
}

/** Each page ingest writes, as the build reads it. */
export type OnPage = (page: WrittenPage) => void;

/**
 * Ingests every source, or only those whose page names are in `only`; a source with a problem is
 * skipped and reported. A build that ingests first passes `onPage`, and gets every page written as
 * it reads it (the workers read each page from the tree they wrote it from); otherwise ingest
 * leaves the next build an entry for each page written (ingestedPages.ts).
 */
export async function ingestSources(root: string, only?: string[], onPage?: OnPage): Promise<IngestResult> {
  const checked = checkSources(readSources(root));
  const generator = generatorFingerprint(root);
  const problems = checked.problems.filter((p) => !only || only.includes(p.slug)).map((p) => p.message);
  const jobs: PageJob[] = checked.sources.filter((s) => !only || only.includes(s.slug)).map((s) => ({ root, generator, read: !!onPage, ...s }));

  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const cores = availableParallelism();
  const saving: IngestedEntries = new Map();
  const done = (plan: PagePlan): IngestReport => {
    const report = writePlan(plan);
    if (plan.page) onPage?.(plan.page);
    if (plan.saving) saving.set(plan.saving.key, plan.saving.data);
    return report;
  };
  // Pages that need no generating are settled here; only the rest go to the pipeline (in workers when many).
  const settled = jobs.map(settledPlan);
  const todo = jobs.filter((_, i) => !settled[i]);
  const generated = todo.length >= POOL_FROM && cores > 1 ? await inWorkers(todo, cores, done) : inThisThread(todo, done);
  let next = 0;
  const reports = settled.map((plan) => (plan ? done(plan) : generated[next++]));
  saveIngested(root, saving);
  return { reports, problems };
}

function inThisThread(jobs: PageJob[], done: (plan: PagePlan) => IngestReport): IngestReport[] {
  return jobs.map((job) => done(generatedPlan(job)));
}

/** The workers plan each page; this thread writes the files as the plans come in. */
async function inWorkers(jobs: PageJob[], cores: number, done: (plan: PagePlan) => IngestReport): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  await mapInWorkers<PageJob, PagePlan>(new URL('./ingestPage.ts', import.meta.url), jobs, { size: cores, youngMb: WORKER_YOUNG_MB, onResult: (plan, i) => (reports[i] = done(plan)) });
  return reports;
}
