/**
 * Times `npm run build` in several projects, each run from a cold start (no dist/, no Astro
 * caches, no generated pages). Runs are interleaved (A, B, A, B …) so that load from elsewhere
 * on the machine falls on all projects alike. Keeps the median wall time, the median CPU time,
 * the peak memory and the phases of the median run. A run that fails or passes the time limit
 * is recorded with the end of its output, and that project is not run again.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, type BuildPhases } from './buildPhases';
import { median } from './median';
import { timedRun, type TimedResult } from './timedRun';

export interface BuildProject {
  label: string;
  dir: string;
  /** Folder of generated pages to empty before each run (ours: content/articles). */
  generated?: string;
}

export interface BuildTiming {
  /** Wall seconds of each successful run, in order. */
  runs: number[];
  median: number;
  /** Median CPU seconds (user + system) of the runs. */
  cpuMedian: number;
  /** Highest peak resident memory over the runs, MB. */
  peakMb: number;
  /** Phases of the median run, when the build has them (ours: ingest, astro, pagefind). */
  phases?: BuildPhases;
  /** Why a run did not finish, with the end of its output. */
  failure?: string;
}

const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

export function coldStart({ dir, generated }: BuildProject): void {
  for (const c of CACHES) rmSync(join(dir, c), { recursive: true, force: true });
  if (generated) {
    for (const f of readdirSync(join(dir, generated))) rmSync(join(dir, generated, f), { force: true });
  }
}

/** One `npm run build`; `failure` says why it did not finish. */
export async function runBuild(dir: string, timeLimit?: number): Promise<TimedResult & { failure?: string }> {
  const result = await timedRun('npm', ['run', 'build'], { cwd: dir, timeLimit });
  if (result.exitCode === 0) return result;
  const why = result.timedOut ? `stopped at the time limit of ${timeLimit} s` : `failed (exit ${result.exitCode}) after ${result.seconds.toFixed(0)} s`;
  const lines = result.lines.filter((l) => !/MODULE_LEVEL_DIRECTIVE|╭|use astro:head-inject|^\s*\d+: 0x/.test(l.text));
  // The last line a step logged (ingest, astro, pagefind) says where the build was.
  const step = lines.findLast((l) => /^ingest:|\[(build|vite|content|explainer:[\w-]+)\]|Completed in|Running Pagefind/.test(l.text));
  const peak = result.peakMb ? `; peak ${result.peakMb.toFixed(0)} MB` : '';
  const shown = [...(step && !lines.slice(-8).includes(step) ? [step] : []), ...lines.slice(-8)];
  return { ...result, failure: `${why}${peak}; last output:\n${shown.map((l) => `    [${l.at.toFixed(0)} s] ${l.text}`).join('\n')}` };
}

function summary(results: TimedResult[], failure?: string): BuildTiming {
  const seconds = results.map((r) => r.seconds);
  if (results.length === 0) return { runs: [], median: NaN, cpuMedian: NaN, peakMb: NaN, failure };
  const mid = results.find((r) => r.seconds === median(seconds)) ?? results[0];
  return {
    runs: seconds,
    median: median(seconds),
    cpuMedian: median(results.map((r) => r.cpuSeconds)),
    peakMb: Math.max(...results.map((r) => r.peakMb)),
    phases: buildPhases(mid.lines, mid.seconds),
    failure,
  };
}

export async function coldBuilds(projects: BuildProject[], runs: number, timeLimit?: number): Promise<Map<string, BuildTiming>> {
  const results = new Map<string, TimedResult[]>(projects.map((p) => [p.label, []]));
  const failures = new Map<string, string>();
  for (let i = 0; i < runs; i++) {
    for (const p of projects.filter((x) => !failures.has(x.label))) {
      coldStart(p);
      const r = await runBuild(p.dir, timeLimit);
      if (r.failure) {
        console.log(`  ${p.label} build ${i + 1}/${runs}: ${r.failure}`);
        failures.set(p.label, r.failure);
        continue;
      }
      console.log(`  ${p.label} build ${i + 1}/${runs}: ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), peak ${r.peakMb.toFixed(0)} MB`);
      results.get(p.label)!.push(r);
    }
  }
  return new Map([...results].map(([label, r]) => [label, summary(r, failures.get(label))]));
}
