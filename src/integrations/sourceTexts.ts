/**
 * Puts each source, exactly as received, at dist/sources/<page name>.txt when the build is done:
 * a file copy, rather than a page Astro renders for each source. `astro dev` serves the same files
 * from src/pages/sources/[slug].txt.ts, whose route gives a build no paths.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourceFiles } from '../cli/readContent';
import { slugOf } from '../cli/sourceFiles';

export default function sourceTexts(): AstroIntegration {
  let root = '';
  return {
    name: 'explainer:source-texts',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), 'sources');
        mkdirSync(target, { recursive: true });
        for (const file of sourceFiles(root)) copyFileSync(join(root, file), join(target, `${slugOf(file)}.txt`));
      },
    },
  };
}
