/**
 * Puts each source, exactly as received, at dist/sources/<page name>.txt: a file copy, rather than
 * a page Astro renders for each source. The copies start once Astro has emptied dist/ (the
 * astro:build:setup hook) and go one at a time, through Node's I/O threads, while the pages are
 * built; the build waits for the last one when it is done. `astro dev` serves the same files from
 * src/pages/sources/[slug].txt.ts, whose route gives a build no paths.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourceFiles } from '../cli/readContent';
import { slugOf } from '../cli/sourceFiles';

async function copySources(root: string, outDir: string): Promise<void> {
  const target = join(outDir, 'sources');
  await mkdir(target, { recursive: true });
  // One at a time: the pages Astro writes share the same few I/O threads.
  for (const file of sourceFiles(root)) await copyFile(join(root, file), join(target, `${slugOf(file)}.txt`));
}

export default function sourceTexts(): AstroIntegration {
  let root = '';
  let outDir = '';
  let copying: Promise<void> | undefined;
  return {
    name: 'explainer:source-texts',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        copying ??= copySources(root, outDir);
        // A failed copy fails the build in astro:build:done, not as an unhandled rejection before it.
        copying.catch(() => {});
      },
      'astro:build:done': () => copying,
    },
  };
}
