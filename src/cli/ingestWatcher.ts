/**
 * Astro integration for the preview: while `npm run dev` runs, a source added to or changed in
 * content/sources/ is ingested at once, and the page it produces is picked up by Astro's own
 * content watcher. Problems are printed, never fatal to the dev server.
 */
import { basename, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { IngestError, ingestSources, slugOf } from './ingestSources';

export default function ingestWatcher(): AstroIntegration {
  return {
    name: 'explainer:ingest-watcher',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const run = (path: string) => {
          const rel = relative(root, path);
          if (!rel.startsWith('content/sources/') || !rel.endsWith('.txt')) return;
          try {
            for (const r of ingestSources(root, [slugOf(basename(path))])) for (const m of r.messages) logger.info(m);
          } catch (e) {
            if (e instanceof IngestError) logger.error(e.message);
            else throw e;
          }
        };
        server.watcher.add(`${root}/content/sources`);
        server.watcher.on('add', run);
        server.watcher.on('change', run);
      },
    },
  };
}
