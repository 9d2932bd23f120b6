/**
 * Times `npm run build` in several projects, each run from a cold start (no dist/, no Astro
 * caches, no generated pages). Runs are interleaved (A, B, A, B …) so that load from elsewhere
 * on the machine falls on all projects alike. Keeps the median wall time, the median CPU time,
 * the peak memory and the phases of the median run. A failed build stops the benchmark.
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
  /** Wall seconds of each run, in order. */
  runs: number[];
  median: number;
  /** Median CPU seconds (user + system) of the runs. */
  cpuMedian: number;
  /** Highest peak resident memory over the runs, MB. */
  peakMb: number;
  /** Phases of the median run, when the build has them (ours: ingest, astro, pagefind). */
  phases?: BuildPhases;
}

const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

export function coldStart({ dir, generated }: BuildProject): void {
  for (const c of CACHES) rmSync(join(dir, c), { recursive: true, force: true });
  if (generated) {
    for (const f of readdirSync(join(dir, generated))) rmSync(join(dir, generated, f), { force: true });
  }
}

export async function runBuild(dir: string, label: string): Promise<TimedResult> {
  const result = await timedRun('npm', ['run', 'build'], { cwd: dir });
  if (result.exitCode !== 0) {
    throw new Error(`${label} build failed (exit ${result.exitCode}):\n${result.lines.slice(-40).map((l) => l.text).join('\n')}`);
  }
  return result;
}

function summary(results: TimedResult[]): BuildTiming {
  const seconds = results.map((r) => r.seconds);
  const mid = results.find((r) => r.seconds === median(seconds)) ?? results[0];
  return {
    runs: seconds,
    median: median(seconds),
    cpuMedian: median(results.map((r) => r.cpuSeconds)),
    peakMb: Math.max(...results.map((r) => r.peakMb)),
    phases: buildPhases(mid.lines, mid.seconds),
  };
}

export async function coldBuilds(projects: BuildProject[], runs: number): Promise<Map<string, BuildTiming>> {
  const results = new Map<string, TimedResult[]>(projects.map((p) => [p.label, []]));
  for (let i = 0; i < runs; i++) {
    for (const p of projects) {
      coldStart(p);
      const r = await runBuild(p.dir, p.label);
      console.log(`  ${p.label} build ${i + 1}/${runs}: ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), peak ${r.peakMb.toFixed(0)} MB`);
      results.get(p.label)!.push(r);
    }
  }
  return new Map([...results].map(([label, r]) => [label, summary(r)]));
}
