import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { COLUMNS, DATA_SETS } from '../aggregate/dataTables';
import { byNewest } from '../aggregate/order';
import { readArticle } from '../aggregate/readArticle';
import { parsePages } from './parsePages';
import { readArticles } from './readContent';
import writeDataFiles from './writeDataFiles';

const REAL = 'content/articles';

/** A project holding the two real article pages. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'data-files-'));
  mkdirSync(join(root, REAL), { recursive: true });
  for (const file of readdirSync(REAL)) copyFileSync(join(REAL, file), join(root, REAL, file));
  return root;
}

const write = (root: string) => {
  const dir = join(root, 'out');
  return { dir, names: writeDataFiles({ root, site: 'https://news.example', base: '/explainer', dir }) };
};

describe('writeDataFiles', () => {
  it('writes every set as CSV and JSON, with absolute sentence addresses under the base path', () => {
    const root = project();
    const { dir, names } = write(root);
    expect(names).toEqual(DATA_SETS.flatMap((name) => [`${name}.csv`, `${name}.json`]));
    const claims = csvParse(readFileSync(join(dir, 'claims.csv'), 'utf8'));
    expect(claims.columns).toEqual(COLUMNS.claims);
    const pages = readArticles(root).map(({ file, raw }) => readArticle(file, raw).article);
    expect(claims).toHaveLength(pages.reduce((n, a) => n + a.claims.length, 0));
    for (const row of claims) expect(row.url).toMatch(/^https:\/\/news\.example\/explainer\/articles\/[a-z-]+\/#s\d+$/);
    // Article by article, newest first, as the site lists them.
    const figures = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')) as { key: string }[];
    expect(figures.map((f) => f.key)).toEqual(pages.sort(byNewest).flatMap((a) => a.figures.map((f) => `${a.slug}#${f.id}`)));
  });

  it('writes the same files whether the pages come from the content check’s cache or are parsed here', async () => {
    const parsedHere = write(project());
    const root = project();
    await parsePages(root, readArticles(root));
    const cached = write(root);
    for (const name of parsedHere.names) expect(readFileSync(join(cached.dir, name), 'utf8')).toBe(readFileSync(join(parsedHere.dir, name), 'utf8'));
  });
});
