// Worker thread of parseInWorkers.ts: reads the pages it is given and posts back the results, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readArticle } = await import('../aggregate/readArticle.ts');
parentPort.postMessage(workerData.map(({ file, raw }) => readArticle(file, raw)));
