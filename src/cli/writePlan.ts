/**
 * The files ingesting one source writes (planPage decides them; a worker thread hands them back
 * so that the main thread writes while the workers go on computing), and the writing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IngestReport } from './ingestPage';

export interface PagePlan {
  report: IngestReport;
  /** Files to write: the page, or a proposal beside a page an editor changed. */
  writes: { path: string; text: string }[];
}

export function writePlan({ report, writes }: PagePlan): IngestReport {
  for (const { path, text } of writes) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return report;
}
