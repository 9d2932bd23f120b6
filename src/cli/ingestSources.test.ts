/** Ingest in a scratch folder: pages are created and regenerated, and an editor's page is never lost. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPage } from './ingestPage';
import { ingestSources, POOL_FROM } from './ingestSources';
import { generatorFingerprint } from './generatorFingerprint';
import { checkSources } from './sourceFiles';

const SOURCE = `---
title: Testland troops retake Fakeville bridge
published: 2022-09-16
outlet: The Daily Example
---
Minister Testperson said on Thursday that troops had retaken the bridge at Izium.

Fakeville officials confirmed the bridge was back in Testland hands.
`;

let root: string;
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const PAGE = 'content/articles/fakeville-bridge.mdx';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ingest-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  write('content/sources/fakeville-bridge.txt', SOURCE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ingestSources', () => {
  it('creates a draft page, then leaves it alone while nothing changes', async () => {
    expect((await ingestSources(root)).reports).toEqual([{ slug: 'fakeville-bridge', outcome: 'created', messages: [`created ${PAGE}`] }]);
    expect(read(PAGE)).toMatch(/^---\ntitle: Testland troops retake Fakeville bridge\npublished: 2022-09-16\n[\s\S]*review: draft/);
    expect((await ingestSources(root)).reports[0].outcome).toBe('unchanged');
  });

  it('writes the page even where it cannot keep what the next build may reuse of it', async () => {
    mkdirSync(join(root, 'node_modules'));
    write('node_modules/.astro', 'a file where the cache folder would go');
    expect((await ingestSources(root)).reports[0].outcome).toBe('created');
    expect(read(PAGE)).toContain('Testperson');
  });

  it('records the generator on the page, and regenerates an untouched page when the generator changes', async () => {
    await ingestSources(root);
    const before = /^generator: (\w+)$/m.exec(read(PAGE))?.[1];
    expect(before).toBe(generatorFingerprint(root));
    mkdirSync(join(root, 'content/data'), { recursive: true });
    write('content/data/reference-areas.json', '[]');
    expect((await ingestSources(root)).reports[0]).toMatchObject({ outcome: 'updated' });
    expect(read(PAGE)).toContain(`generator: ${generatorFingerprint(root)}`);
    expect(generatorFingerprint(root)).not.toBe(before);
  });

  it('regenerates a page no editor has touched when its source changes', async () => {
    await ingestSources(root);
    write('content/sources/fakeville-bridge.txt', SOURCE.replace('on Thursday', 'on Friday'));
    expect((await ingestSources(root)).reports[0]).toMatchObject({ outcome: 'updated' });
    expect(read(PAGE)).toContain('on Friday');
  });

  it('keeps a page an editor changed, even when its source changes, and shows what changed', async () => {
    await ingestSources(root);
    const edited = read(PAGE).replace('review: draft', 'review: reviewed').replace(/status="confirmed"/, 'status="claimed"');
    write(PAGE, edited);
    expect((await ingestSources(root)).reports[0]).toEqual({ slug: 'fakeville-bridge', outcome: 'kept-edited', messages: [`kept ${PAGE}: an editor changed it`] });

    write('content/sources/fakeville-bridge.txt', SOURCE.replace('on Thursday', 'on Friday'));
    const [report] = (await ingestSources(root)).reports;
    expect(read(PAGE)).toBe(edited);
    expect(report.outcome).toBe('kept-edited-source-changed');
    expect(report.messages).toEqual([
      `kept ${PAGE}: an editor changed it, and its source content/sources/fakeville-bridge.txt has changed since.`,
      '  review the page; the freshly generated version is at .ingest/proposed/fakeville-bridge.mdx',
      '  ~ s1 Minister Testperson said on Friday that troops had retaken the bridge at Izium.',
      expect.stringMatching(/^ {2}once the page is up to date, set its sourceHash to [0-9a-f]{64} \(as in the proposal\) and this reminder stops$/),
    ]);
    const proposal = read('.ingest/proposed/fakeville-bridge.mdx');
    expect(proposal).toContain('on Friday');

    // The editor takes the change over and records the new source: ingest is content with the page.
    const hash = /^sourceHash: (\w+)/m.exec(proposal)![1];
    write(PAGE, edited.replace('on Thursday', 'on Friday').replace(/^sourceHash: \w+/m, `sourceHash: ${hash}`));
    expect((await ingestSources(root)).reports[0].outcome).toBe('kept-edited');
  });

  it('reports every source in file order, whether its page needed generating or not', async () => {
    write('content/sources/a-unchanged.txt', SOURCE);
    write('content/sources/b-edited.txt', SOURCE);
    write('content/sources/c-changed.txt', SOURCE);
    await ingestSources(root);
    write('content/articles/b-edited.mdx', `${read('content/articles/b-edited.mdx')}\nAn editor's note.\n`);
    write('content/sources/c-changed.txt', SOURCE.replace('Thursday', 'Friday'));
    const { reports } = await ingestSources(root);
    expect(reports.map((r) => [r.slug, r.outcome])).toEqual([
      ['a-unchanged', 'unchanged'],
      ['b-edited', 'kept-edited'],
      ['c-changed', 'updated'],
      ['fakeville-bridge', 'unchanged'],
    ]);
    expect(read('content/articles/c-changed.mdx')).toContain('Friday');
  });

  it('ingests the good sources and lists the broken ones without writing their pages', async () => {
    write('content/sources/no-date.txt', SOURCE.replace('published: 2022-09-16\n', ''));
    write('content/sources/Fakeville Bridge.txt', SOURCE);
    const { reports, problems } = await ingestSources(root);
    expect(reports).toEqual([]);
    expect(problems).toEqual([
      'content/sources/fakeville-bridge.txt:1:1 gives the same page name "fakeville-bridge" as content/sources/Fakeville Bridge.txt\n  hint: rename one of the two files; the page name is the file name in lower case with dashes',
      'content/sources/no-date.txt:2:1 published is missing\n  hint: add the publication date as YYYY-MM-DD, e.g. published: 2022-09-14',
    ]);
    expect(existsSync(join(root, PAGE))).toBe(false);
    expect(existsSync(join(root, 'content/articles/no-date.mdx'))).toBe(false);
  });

  it('ingests only the sources asked for, and reports only their problems', async () => {
    write('content/sources/no-date.txt', SOURCE.replace('published: 2022-09-16\n', ''));
    expect(await ingestSources(root, ['fakeville-bridge'])).toEqual({ reports: [expect.objectContaining({ outcome: 'created' })], problems: [] });
  });

  it('with many sources, writes in worker threads the same pages and reports as in this thread', async () => {
    const slugs = Array.from({ length: POOL_FROM }, (_, i) => `bridge-${String(i).padStart(2, '0')}`);
    for (const [i, slug] of slugs.entries()) write(`content/sources/${slug}.txt`, SOURCE.replace('Thursday', ['Monday', 'Tuesday', 'Wednesday'][i % 3]!));
    const { reports } = await ingestSources(root);
    const pages = slugs.map((slug) => read(`content/articles/${slug}.mdx`));

    const files = slugs.map((slug) => ({ file: `content/sources/${slug}.txt`, raw: read(`content/sources/${slug}.txt`) }));
    rmSync(join(root, 'content/articles'), { recursive: true });
    mkdirSync(join(root, 'content/articles'));
    const here = checkSources(files).sources.map((s) => ingestPage({ root, generator: generatorFingerprint(root), ...s }));
    expect(reports.map((r) => r.slug)).toEqual(['fakeville-bridge', ...slugs].sort());
    expect(reports.filter((r) => r.slug !== 'fakeville-bridge')).toEqual(here);
    expect(slugs.map((slug) => read(`content/articles/${slug}.mdx`))).toEqual(pages);
  }, 60_000);

  it('names the source file when ingesting it fails, in this thread or in a worker', async () => {
    mkdirSync(join(root, PAGE), { recursive: true }); // a folder where the page should be: it cannot be read
    await expect(ingestSources(root)).rejects.toThrow(/^content\/sources\/fakeville-bridge\.txt: ingest failed: /);
    for (let i = 0; i < POOL_FROM; i++) write(`content/sources/other-${String(i).padStart(2, '0')}.txt`, SOURCE);
    await expect(ingestSources(root)).rejects.toThrow(/^content\/sources\/fakeville-bridge\.txt: ingest failed: /);
  }, 60_000);
});
