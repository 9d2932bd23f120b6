/**
 * Splits the output of `npm run build` (ingest, then astro build, then pagefind) into the time
 * each step took, from when their marker lines arrived.
 */
import type { TimedLine } from './timedRun';

export interface BuildPhases {
  ingest: number;
  astro: number;
  pagefind: number;
}

/** The ingest CLI's summary line, Astro's last line, and pagefind's first line. */
const INGEST_DONE = /^ingest: \d+ sources/;
const PAGEFIND_START = /^Running Pagefind/;

export function buildPhases(lines: readonly TimedLine[], totalSeconds: number): BuildPhases | undefined {
  const ingestDone = lines.find((l) => INGEST_DONE.test(l.text))?.at;
  const pagefindStart = lines.find((l) => PAGEFIND_START.test(l.text))?.at;
  if (ingestDone === undefined || pagefindStart === undefined) return undefined;
  return { ingest: ingestDone, astro: pagefindStart - ingestDone, pagefind: totalSeconds - pagefindStart };
}
