/**
 * Astro integration for the preview: while `npm run dev` runs, a source added to or changed in
 * content/sources/ is ingested at once, a change to the reference data re-ingests every source
 * (pages edited by hand are kept, as always), and a change to place-variants.json rebuilds
 * places.json first. Astro's own content watcher then picks up the pages. Ingest runs in a child
 * process so that it reads the data files afresh; problems are printed, never fatal to the server.
 */
import { spawn } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { slugOf } from './sourceFiles';

const INGEST = 'src/cli/ingest.ts';
const PLACES = 'src/cli/buildGazetteer.ts';
const DATA_FOR_INGEST = ['content/data/places.json', 'content/data/reference-areas.json', 'content/data/landmark-dates.json'];

/** Runs a TypeScript CLI of this project with the Node that runs the dev server; logs what it prints. */
function runCli(root: string, script: string, args: string[], logger: AstroIntegrationLogger): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => err.push(d.toString()));
    child.on('close', () => {
      const lines = (chunks: string[]) => chunks.join('').split('\n').filter((l) => l.trim());
      for (const l of lines(out)) logger.info(l);
      if (err.length) logger.error(lines(err).join('\n'));
      resolve();
    });
  });
}

export default function ingestWatcher(): AstroIntegration {
  return {
    name: 'explainer:ingest-watcher',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        // Changes arrive in bursts (an editor's save, ingest writing pages): gather them, then run
        // one job at a time.
        let slugs = new Set<string>();
        let all = false;
        let places = false;
        let timer: NodeJS.Timeout | undefined;
        let running: Promise<void> = Promise.resolve();
        const flush = () => {
          const job = { slugs: [...slugs], all, places };
          slugs = new Set();
          all = false;
          places = false;
          running = running.then(async () => {
            if (job.places) await runCli(root, PLACES, [], logger);
            else if (job.all) await runCli(root, INGEST, [], logger);
            else if (job.slugs.length) await runCli(root, INGEST, job.slugs, logger);
          });
        };
        const onFile = (path: string) => {
          const rel = relative(root, path).split(sep).join('/');
          if (rel.startsWith('content/sources/') && rel.endsWith('.txt')) slugs.add(slugOf(rel));
          else if (DATA_FOR_INGEST.includes(rel)) all = true;
          else if (rel === 'content/data/place-variants.json') places = true;
          else return;
          clearTimeout(timer);
          timer = setTimeout(flush, 150);
        };
        server.watcher.add([`${root}/content/sources`, `${root}/content/data`]);
        server.watcher.on('add', onFile);
        server.watcher.on('change', onFile);
      },
    },
  };
}
