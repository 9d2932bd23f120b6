/**
 * Writes a build's data downloads (dataTables.ts: every set as <set>.csv and <set>.json) into
 * `dir`. The build runs this in a worker thread while Astro renders the pages
 * (src/integrations/dataDownloads.ts): page generation keeps one core busy, and this work (about
 * 4 s at 1,000 articles) goes to the other. Each page comes from the page cache the content check
 * has just filled, or is parsed here when the cache could not keep it.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FORMATS, DATA_SETS, dataTable, siteDataOptions } from '../aggregate/dataTables';
import { byNewest } from '../aggregate/order';
import { NO_HTML } from '../aggregate/parseArticle';
import { hashOf } from '../aggregate/parsedArticle';
import { readArticle } from '../aggregate/readArticle';
import { openPageCache } from './pageCache';
import { readArticles } from './readContent';

export interface DataFilesJob {
  /** The project root. */
  root: string;
  /** The site's origin and base path, for the absolute sentence addresses. */
  site: string;
  base: string;
  /** Where the files go. */
  dir: string;
}

/** Writes the files; returns their names (events.csv …), in the order written. */
export default function writeDataFiles({ root, site, base, dir }: DataFilesJob): string[] {
  const cache = openPageCache(root);
  const articles = readArticles(root).map(({ file, raw }) => {
    const { article } = cache.get(file, hashOf(raw)) ?? readArticle(file, raw);
    // The tables need no HTML: left out, 10,000 pages hold some 350 MB less.
    return { ...article, html: NO_HTML };
  });
  articles.sort(byNewest);
  const options = siteDataOptions(site, base);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of DATA_SETS) {
    for (const [format, parts] of Object.entries(DATA_FORMATS)) {
      const file = `${name}.${format}`;
      const fd = openSync(join(dir, file), 'w');
      try {
        for (const part of parts(dataTable(name, articles, options))) writeSync(fd, part);
      } finally {
        closeSync(fd);
      }
      written.push(file);
    }
  }
  return written;
}
