/**
 * A built site as data for the checks: every file's site path ("/articles/x/index.html"), and
 * the HTML pages parsed once. Reading is the only I/O; the checks themselves are pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface SitePage {
  /** Site path of the file, e.g. /articles/x/index.html (without the base path). */
  file: string;
  html: string;
  tree: Root;
}

export interface Site {
  /** Site paths of every file, HTML or not. */
  files: Set<string>;
  pages: SitePage[];
}

export function page(file: string, html: string): SitePage {
  return { file, html, tree: fromHtml(html) };
}

export function readSite(dist: string): Site {
  const all = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${join(e.parentPath, e.name).slice(dist.length).replace(/^\/+/, '')}`)
    .sort();
  return {
    files: new Set(all),
    pages: all.filter((f) => f.endsWith('.html')).map((f) => page(f, readFileSync(join(dist, f), 'utf8'))),
  };
}
