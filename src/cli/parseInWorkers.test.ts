import { describe, expect, it } from 'vitest';
import { parsedArticle } from '../aggregate/parsedArticle';
import { readArticle } from '../aggregate/readArticle';
import { parseInWorkers } from './parseInWorkers';

const page = (i: number) => ({
  file: `content/articles/town-${i}.mdx`,
  raw: `---\ntitle: Town ${i}\npublished: 2022-09-14\nsource: /sources/town-${i}.txt\n---\n\n<S id="s1"><Claim id="c1" by="Mayor Fakenko ${i}" kind="person" verb="said">We hold ${i} streets, the mayor said.</Claim></S>\n`,
});

describe('parseInWorkers', () => {
  it('leaves every page parsed exactly as in this thread, each under its own file', async () => {
    const files = Array.from({ length: 240 }, (_, i) => page(i));
    expect(await parseInWorkers(files, 2)).toBe(2);
    for (const { file, raw } of files) expect(parsedArticle(file, raw)).toEqual(readArticle(file, raw));
    expect(parsedArticle(files[7].file, files[7].raw).article.claims[0].by).toBe('Mayor Fakenko 7');
  });

  it('leaves a small site to be parsed where it is needed', async () => {
    expect(await parseInWorkers([page(1), page(2)], 2)).toBe(0);
  });
});
