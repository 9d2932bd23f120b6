/**
 * Runs a command to completion under GNU time, recording the wall-clock seconds, the peak
 * resident memory of the largest process in its tree, and when each line of its output arrived
 * (so that a build's phases can be told apart).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TimedLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface TimedResult {
  seconds: number;
  /** Peak resident set size of the largest process, in MB. */
  peakMb: number;
  /** CPU seconds (user + system) of the whole process tree: less sensitive than wall time to other load. */
  cpuSeconds: number;
  exitCode: number;
  /** True when the run was stopped at its time limit. */
  timedOut: boolean;
  lines: TimedLine[];
}

const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the whole process tree after this many seconds. */
  timeLimit?: number;
}

export function timedRun(command: string, args: string[], options: RunOptions): Promise<TimedResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(scratch, 'time.txt');
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', report, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let timedOut = false;
  const timer = options.timeLimit
    ? setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, 'SIGTERM');
      }, options.timeLimit * 1000)
    : undefined;
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: (performance.now() - started) / 1000, text }));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      // GNU time writes nothing when the time limit stops it too: memory and CPU are then unknown (0).
      const written = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '' : '';
      const [kb, user, system] = written.split(' ').map(Number);
      rmSync(scratch, { recursive: true, force: true });
      resolve({ seconds, peakMb: (kb || 0) / 1024, cpuSeconds: (user || 0) + (system || 0), exitCode: code ?? 1, timedOut, lines });
    });
  });
}
