/**
 * Ingest speed as `npm run ingest` does the work (read each source, run the pipeline, write the
 * MDX page; in worker threads when there are many sources, their start-up included), in this
 * process so that the process's own start-up is left out: every pass starts from an empty
 * content/articles/, and the median pass is reported in articles per second.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources } from '../src/cli/ingestSources';
import { median } from './median';

export interface IngestSpeed {
  /** Median over the passes, articles per second. */
  perSecond: number;
  /** Articles per second of each pass, in order. */
  passes: number[];
}

export async function ingestThroughput(projectDir: string, passes: number): Promise<IngestSpeed> {
  const articles = join(projectDir, 'content/articles');
  const count = readdirSync(join(projectDir, 'content/sources')).filter((f) => f.endsWith('.txt')).length;
  const rates: number[] = [];
  for (let i = 0; i < passes; i++) {
    rmSync(articles, { recursive: true, force: true });
    const started = performance.now();
    await ingestSources(projectDir);
    rates.push(count / ((performance.now() - started) / 1000));
  }
  return { perSecond: median(rates), passes: rates };
}
