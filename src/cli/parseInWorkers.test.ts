import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedArticle } from '../aggregate/parsedArticle';
import { readArticle } from '../aggregate/readArticle';
import { parseInWorkers } from './parseInWorkers';

const root = mkdtempSync(join(tmpdir(), 'parse-workers-'));
mkdirSync(join(root, 'content/articles'), { recursive: true });
const page = (i: number) => {
  const file = `content/articles/town-${i}.mdx`;
  const raw = `---\ntitle: Town ${i}\npublished: 2022-09-14\nsource: /sources/town-${i}.txt\n---\n\n<S id="s1"><Claim id="c1" by="Mayor Fakenko ${i}" kind="person" verb="said">We hold ${i} streets, the mayor said.</Claim></S>\n`;
  writeFileSync(join(root, file), raw);
  return { file, raw };
};

describe('parseInWorkers', () => {
  it('leaves every page parsed exactly as in this thread, each under its own file', async () => {
    const pages = Array.from({ length: 240 }, (_, i) => page(i));
    expect(await parseInWorkers(root, pages.map((p) => p.file), 2)).toBe(2);
    for (const { file, raw } of pages) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
    expect(parsedArticle(pages[7].file, pages[7].raw).article.claims[0].by).toBe('Mayor Fakenko 7');
  });

  it('leaves a small site to be parsed where it is needed', async () => {
    expect(await parseInWorkers(root, [page(1).file, page(2).file], 2)).toBe(0);
  });
});
