/**
 * Writes the data downloads of a build (dist/data/<set>.csv and .json) in a worker thread while
 * Astro renders the pages, which keeps one core busy: the worker starts once the content check is
 * done (astro:build:start) and writes to data-downloads/ in Astro's cache folder
 * (node_modules/.astro/), since Astro empties dist/ after this hook; the files are moved into
 * dist/data/ when the build is done. `astro dev` serves the same files from src/pages/data/.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DataFilesJob } from '../cli/writeDataFiles';
import { mapInWorkers } from '../cli/workerPool';

/** Moves a file, also across file systems (node_modules may live on another one). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    rmSync(from);
  }
}

export default function dataDownloads(): AstroIntegration {
  let job: DataFilesJob | undefined;
  let writing: Promise<string[][]> | undefined;
  return {
    name: 'explainer:data-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        job = { root, site: config.site ?? 'http://localhost:4321', base: config.base, dir: fileURLToPath(new URL('data-downloads/', config.cacheDir)) };
      },
      'astro:build:start': () => {
        rmSync(job!.dir, { recursive: true, force: true });
        writing = mapInWorkers<DataFilesJob, string[]>(new URL('../cli/writeDataFiles.ts', import.meta.url), [job!], { size: 1 });
        // A failure is reported when the build is done; until then it must not end the process.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const [files] = await writing!;
        const target = join(fileURLToPath(dir), 'data');
        mkdirSync(target, { recursive: true });
        for (const file of files) move(join(job!.dir, file), join(target, file));
        rmSync(job!.dir, { recursive: true, force: true });
        logger.info(`${files.length} data downloads written to data/ (waited ${((performance.now() - started) / 1000).toFixed(1)} s for them after the pages)`);
      },
    },
  };
}
