/**
 * Where every worker of workerPool.ts starts: applies the default export of `workerData.module`
 * (a bundle made by workerBundle.ts) to each task it is sent and posts back the result or the
 * error, with the task's index.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { default: run } = await import(workerData.module);
parentPort.on('message', async ({ index, item }) => {
  try {
    parentPort.postMessage({ index, result: await run(item) });
  } catch (error) {
    parentPort.postMessage({ index, error });
  }
});
