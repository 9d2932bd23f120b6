/**
 * Runs a function over a list in a pool of worker threads and gives the results back in the
 * order of the list, whichever worker finishes first. The function is the default export of a
 * module (`module`, a file URL, TypeScript or JavaScript), bundled for the workers (workerBundle),
 * so this works under tsx, vitest and plain Node alike; workers start from workerEntry.mjs. A task
 * that throws stops the run: no new task starts, and once the tasks in flight are done the run
 * rejects with the error of the first failed item in list order.
 */
import { Worker } from 'node:worker_threads';
import { workerBundle } from './workerBundle';

export interface PoolOptions<R = unknown> {
  /** How many workers to start (never more than there are items). */
  size: number;
  /** Tasks each worker holds at a time, so that none sits idle waiting for the next one. */
  ahead?: number;
  /** Largest heap of each worker, in MB: a small one makes it collect garbage early. */
  heapMb?: number;
  /** Young generation of each worker, in MB: a larger one collects short-lived objects less often. */
  youngMb?: number;
  /** Called in this thread with each result as it arrives (in any order); what it throws fails that item. */
  onResult?: (result: R, index: number) => void;
}

interface Reply<R> {
  index: number;
  result?: R;
  error?: Error;
}

const ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/** The default export of `module` applied to every item in worker threads; results in item order. */
export async function mapInWorkers<T, R>(module: URL, items: readonly T[], options: PoolOptions<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  if (items.length === 0) return results;
  const size = Math.max(1, Math.min(options.size, items.length));
  const ahead = Math.max(1, options.ahead ?? 2);
  const bundle = await workerBundle(module);
  // The parent's execArgv may hold tsx's loader, which the bundle does not need.
  const workers = Array.from({ length: size }, () => new Worker(ENTRY, { workerData: { module: bundle.url.href }, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: options.youngMb } }));
  const failures = new Map<number, Error>();
  let next = 0;
  let inFlight = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (next >= items.length || failures.size) return;
        worker.postMessage({ index: next, item: items[next] });
        next++;
        inFlight++;
      };
      for (const worker of workers) {
        worker.on('message', ({ index, result, error }: Reply<R>) => {
          inFlight--;
          if (error) failures.set(index, error);
          else {
            results[index] = result as R;
            try {
              options.onResult?.(result as R, index);
            } catch (e) {
              failures.set(index, e as Error);
            }
          }
          send(worker);
          if (inFlight > 0) return;
          if (failures.size) reject(failures.get(Math.min(...failures.keys())));
          else resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`worker stopped (exit code ${code}) before its tasks were done`)));
        for (let i = 0; i < ahead; i++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    bundle.remove();
  }
  return results;
}
