/**
 * Content loader for the article pages (content/articles/*.mdx): each entry is a page's front
 * matter, its file and a digest of its whole text. The prose is not compiled into a module per
 * page: src/aggregate/loadArticles.ts parses each page once and renders its HTML
 * (src/annotations/articleHtml.ts). In the preview, an edited, added or deleted page updates its
 * entry. A page whose front matter has a problem is left out and reported by the content check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFrontmatter } from './annotations/readFrontmatter';

const EXT = '.mdx';

export function articleLoader(folder: string): Loader {
  return {
    name: 'explainer:articles',
    load: async ({ store, parseData, generateDigest, watcher, config }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, folder);
      const idOf = (path: string) => basename(path, EXT);

      const sync = async (path: string) => {
        const raw = readFileSync(path, 'utf8');
        const digest = generateDigest(raw);
        const id = idOf(path);
        if (store.get(id)?.digest === digest) return;
        const { data } = readFrontmatter(raw);
        if (!data) return void store.delete(id);
        const filePath = relative(root, path).split(sep).join('/');
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
      };

      const files = readdirSync(dir).filter((f) => f.endsWith(EXT)).map((f) => join(dir, f));
      const present = new Set(files.map(idOf));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const path of files) await sync(path);

      if (!watcher) return;
      watcher.add(dir);
      const ours = (path: string) => path.startsWith(dir + sep) && path.endsWith(EXT);
      watcher.on('add', (path) => ours(path) && sync(path));
      watcher.on('change', (path) => ours(path) && sync(path));
      watcher.on('unlink', (path) => ours(path) && store.delete(idOf(path)));
    },
  };
}
