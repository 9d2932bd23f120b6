/**
 * Splits the output of `npm run build` (astro build, which ingests first, then pagefind) into the
 * time each step took, from when their marker lines arrived: "astro" is the build after ingest.
 */
import type { TimedLine } from './timedRun';

export interface BuildPhases {
  ingest: number;
  astro: number;
  pagefind: number;
}

/** Ingest's summary line (Astro's logger puts a time and a label before it), and pagefind's first line. */
const INGEST_DONE = /\bingest: \d+ sources/;
const PAGEFIND_START = /^Running Pagefind/;

export function buildPhases(lines: readonly TimedLine[], totalSeconds: number): BuildPhases | undefined {
  const ingestDone = lines.find((l) => INGEST_DONE.test(l.text))?.at;
  const pagefindStart = lines.find((l) => PAGEFIND_START.test(l.text))?.at;
  if (ingestDone === undefined || pagefindStart === undefined) return undefined;
  return { ingest: ingestDone, astro: pagefindStart - ingestDone, pagefind: totalSeconds - pagefindStart };
}
