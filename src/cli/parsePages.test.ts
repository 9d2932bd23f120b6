import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedArticle } from '../aggregate/parsedArticle';
import { readArticle } from '../aggregate/readArticle';
import { INGESTED_PAGES } from './ingestedPages';
import { ingestSources, POOL_FROM } from './ingestSources';
import { readStore } from './packedStore';
import { PAGE_CACHE } from './pageCache';
import { parsePages } from './parsePages';
import type { WrittenPage } from './writePlan';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'parse-pages-'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/code.ts'), 'export const version = 1;\n');
  return root;
}

const page = (i: number, streets = i) => ({
  file: `content/articles/town-${i}.mdx`,
  raw: `---\ntitle: Town ${i}\npublished: 2022-09-14\nsource: /sources/town-${i}.txt\n---\n\n<S id="s1"><Claim id="c1" by="Mayor Fakenko ${i}" kind="person" verb="said">We hold ${streets} streets, the mayor said.</Claim></S>\n`,
});
const SOURCE = `---
title: Testland troops retake Fakeville bridge
published: 2022-09-16
outlet: The Daily Example
---
Minister Testperson said on Thursday that troops had retaken 6,000 square kilometres around Izium.

Fakeville officials confirmed the bridge was back in Testland hands.
`;
const write = (root: string, path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const cacheEntries = (root: string) => readStore(join(root, PAGE_CACHE)).size;

describe('parsePages', () => {
  it('leaves every page parsed exactly as in this thread, each under its own file', async () => {
    const root = project();
    const pages = Array.from({ length: 240 }, (_, i) => page(i));
    expect(await parsePages(root, pages, 2)).toEqual({ cached: 0, parsed: 240, fromIngest: 0, threads: 2 });
    for (const { file, raw } of pages) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
    expect(parsedArticle(pages[7].file, pages[7].raw).article.claims[0].by).toBe('Mayor Fakenko 7');
  });

  it('leaves a small site to this thread', async () => {
    expect(await parsePages(project(), [page(1), page(2)], 2)).toEqual({ cached: 0, parsed: 2, fromIngest: 0, threads: 0 });
  });

  it('parses again only the pages edited since the last build, and forgets the old versions', async () => {
    const root = project();
    const pages = [page(1), page(2), page(3)];
    await parsePages(root, pages, 2);
    const edited = [page(1), page(2, 99), page(3)];
    expect(await parsePages(root, edited, 2)).toEqual({ cached: 2, parsed: 1, fromIngest: 0, threads: 0 });
    expect(parsedArticle(edited[1].file, edited[1].raw).article.sentences.get('s1')).toContain('99 streets');
    expect(parsedArticle(edited[0].file, edited[0].raw)).toEqual(readArticle(edited[0].file, edited[0].raw));
    expect(cacheEntries(root)).toBe(3);
  });

  it('parses every page again once the site’s code has changed', async () => {
    const root = project();
    await parsePages(root, [page(1), page(2)], 2);
    writeFileSync(join(root, 'src/code.ts'), 'export const version = 2;\n');
    expect(await parsePages(root, [page(1), page(2)], 2)).toEqual({ cached: 0, parsed: 2, fromIngest: 0, threads: 0 });
    expect(cacheEntries(root)).toBe(2);
  });

  it('reads the pages ingest has just written from its trees (not one an editor has changed since), and leaves none of those trees behind', async () => {
    const root = project();
    const sources = Array.from({ length: POOL_FROM + 160 }, (_, i) => `content/sources/bridge-${i}.txt`); // enough for two parse workers
    for (const [i, file] of sources.entries()) write(root, file, SOURCE.replace('6,000', String(1000 + i)));
    await ingestSources(root);
    const pages = readdirSync(join(root, 'content/articles')).map((name) => ({ file: `content/articles/${name}`, raw: readFileSync(join(root, 'content/articles', name), 'utf8') }));
    writeFileSync(join(root, pages[0].file), pages[0].raw.replace('Thursday', 'Friday')); // an editor's change
    pages[0].raw = pages[0].raw.replace('Thursday', 'Friday');
    expect(await parsePages(root, pages, 2)).toEqual({ cached: 0, parsed: pages.length, fromIngest: pages.length - 1, threads: 2 });
    for (const { file, raw } of pages) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
    expect(existsSync(join(root, INGESTED_PAGES))).toBe(false);
  }, 60_000);

  it('takes the pages as the ingest of the same build read them (not one an editor has changed since), and keeps them for the next build', async () => {
    const root = project();
    const sources = Array.from({ length: POOL_FROM + 2 }, (_, i) => `content/sources/bridge-${i}.txt`); // enough for ingest's workers
    for (const [i, file] of sources.entries()) write(root, file, SOURCE.replace('6,000', String(1000 + i)));
    const written = new Map<string, WrittenPage>();
    await ingestSources(root, undefined, (page) => written.set(page.file, page));
    expect(written.size).toBe(sources.length);
    expect(existsSync(join(root, INGESTED_PAGES))).toBe(false);
    const pages = readdirSync(join(root, 'content/articles')).map((name) => ({ file: `content/articles/${name}`, raw: readFileSync(join(root, 'content/articles', name), 'utf8') }));
    pages[0].raw = pages[0].raw.replace('Thursday', 'Friday'); // an editor's change since
    writeFileSync(join(root, pages[0].file), pages[0].raw);
    expect(await parsePages(root, pages, 2, written)).toEqual({ cached: 0, parsed: pages.length, fromIngest: pages.length - 1, threads: 0 });
    for (const { file, raw } of pages) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
    expect(await parsePages(root, pages, 2)).toEqual({ cached: pages.length, parsed: 0, fromIngest: 0, threads: 0 });
    for (const { file, raw } of pages) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
  }, 60_000);
});
