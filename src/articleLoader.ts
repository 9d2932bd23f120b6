/**
 * Content loader for the article pages (content/articles/*.mdx): each entry is a page's front
 * matter, its file and a digest of its whole text. The prose is not compiled into a module per
 * page: each page is parsed once (parsedArticle, which the content check has usually done before
 * Astro loads content) into its annotations and HTML, which src/aggregate/loadArticles.ts hands
 * to the pages. In the preview, an edited, added or deleted page updates its entry. A page whose
 * front matter has a problem is left out and reported by the content check.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parsedArticle } from './aggregate/parsedArticle';
import { articleFiles } from './cli/readContent';

const EXT = '.mdx';

export function articleLoader(): Loader {
  return {
    name: 'explainer:articles',
    load: async ({ store, parseData, generateDigest, watcher, config }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const idOf = (file: string) => basename(file, EXT);

      /** `file` from the project root: content/articles/<slug>.mdx */
      const sync = async (file: string) => {
        const raw = readFileSync(join(root, file), 'utf8');
        const digest = generateDigest(raw);
        const id = idOf(file);
        if (store.get(id)?.digest === digest) return;
        const { frontmatter } = parsedArticle(file, raw);
        if (!frontmatter) return void store.delete(id);
        store.set({ id, data: await parseData({ id, data: frontmatter, filePath: file }), filePath: file, digest });
      };

      const files = articleFiles(root);
      const present = new Set(files.map(idOf));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const file of files) await sync(file);

      if (!watcher) return;
      const dir = join(root, 'content/articles');
      watcher.add(dir);
      const ours = (path: string) => path.startsWith(dir + sep) && path.endsWith(EXT);
      const fileOf = (path: string) => relative(root, path).split(sep).join('/');
      watcher.on('add', (path) => ours(path) && sync(fileOf(path)));
      watcher.on('change', (path) => ours(path) && sync(fileOf(path)));
      watcher.on('unlink', (path) => ours(path) && store.delete(idOf(path)));
    },
  };
}
