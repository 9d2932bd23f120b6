/**
 * The module a worker pool runs, with everything it imports from this project, as one JavaScript
 * file (esbuild; packages stay imports). Workers load it as plain JavaScript, without tsx, whose
 * transform names every function at run time (`__name`): the ingest pipeline runs 7–10% faster
 * from the bundle, and a worker starts sooner. The file goes to node_modules/.cache/worker-bundles/
 * (the packages it imports are found from there) and is removed once the pool is done.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const DIR = fileURLToPath(new URL('../../node_modules/.cache/worker-bundles/', import.meta.url));
let made = 0;

export interface WorkerBundle {
  url: URL;
  remove(): void;
}

export async function workerBundle(module: URL): Promise<WorkerBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(DIR, { recursive: true });
  // One file per pool: two processes (or two pools) never share one.
  const file = `${DIR}${process.pid}-${++made}.mjs`;
  writeFileSync(file, result.outputFiles[0].text);
  return { url: pathToFileURL(file), remove: () => rmSync(file, { force: true }) };
}
