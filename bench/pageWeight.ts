/**
 * What a reader downloads for one page before interacting: the HTML, its stylesheets (linked and
 * inline) and its scripts (external, inline, and the modules those import statically), raw and
 * gzipped. Scripts a page loads only on demand (dynamic import()) are not counted.
 */
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
}

/** Reads a site path ("/_astro/x.css") from the built site; undefined when it does not exist. */
export type ReadAsset = (sitePath: string) => string | undefined;

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;

const weigh = (parts: string[]): Weight => ({
  raw: parts.reduce((n, p) => n + Buffer.byteLength(p), 0),
  gzip: parts.reduce((n, p) => n + gzipSync(p).length, 0),
});

function resolve(ref: string, from: string): string | undefined {
  const url = new URL(ref, `http://site${from}`);
  return url.host === 'site' ? url.pathname : undefined;
}

/** A module and everything it imports statically, each once. */
function moduleGraph(entry: string, read: ReadAsset, seen: Set<string>): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = read(entry);
  if (code === undefined) return [];
  const imports = [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1], entry)).filter((p): p is string => !!p);
  return [code, ...imports.flatMap((p) => moduleGraph(p, read, seen))];
}

export function pageWeight(html: string, pagePath: string, read: ReadAsset): PageWeight {
  const tree: Root = fromHtml(html);
  const css: string[] = [];
  const js: string[] = [];
  const seen = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'link' && String(p.rel ?? '').includes('stylesheet') && typeof p.href === 'string') {
      const path = resolve(p.href, pagePath);
      const text = path && read(path);
      if (text) css.push(text);
    } else if (node.tagName === 'style') css.push(toString(node));
    else if (node.tagName === 'script' && p.type !== 'application/json' && p.type !== 'application/ld+json') {
      if (typeof p.src === 'string') {
        const path = resolve(p.src, pagePath);
        if (path) js.push(...moduleGraph(path, read, seen));
      } else {
        const code = toString(node);
        js.push(code);
        for (const m of code.matchAll(STATIC_IMPORT)) {
          const path = resolve(m[1], pagePath);
          if (path) js.push(...moduleGraph(path, read, seen));
        }
      }
    }
  });
  return { html: weigh([html]), css: weigh(css), js: weigh(js) };
}
