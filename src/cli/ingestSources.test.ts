/** Ingest in a scratch folder: pages are created and regenerated, and an editor's page is never lost. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestSources } from './ingestSources';

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
  it('creates a draft page, then leaves it alone while nothing changes', () => {
    expect(ingestSources(root).reports).toEqual([{ slug: 'fakeville-bridge', outcome: 'created', messages: [`created ${PAGE}`] }]);
    expect(read(PAGE)).toMatch(/^---\ntitle: Testland troops retake Fakeville bridge\npublished: 2022-09-16\n[\s\S]*review: draft/);
    expect(ingestSources(root).reports[0].outcome).toBe('unchanged');
  });

  it('regenerates a page no editor has touched when its source changes', () => {
    ingestSources(root);
    write('content/sources/fakeville-bridge.txt', SOURCE.replace('on Thursday', 'on Friday'));
    expect(ingestSources(root).reports[0]).toMatchObject({ outcome: 'updated' });
    expect(read(PAGE)).toContain('on Friday');
  });

  it('keeps a page an editor changed, even when its source changes, and shows what changed', () => {
    ingestSources(root);
    const edited = read(PAGE).replace('review: draft', 'review: reviewed').replace(/status="confirmed"/, 'status="claimed"');
    write(PAGE, edited);
    expect(ingestSources(root).reports[0]).toEqual({ slug: 'fakeville-bridge', outcome: 'kept-edited', messages: [`kept ${PAGE}: an editor changed it`] });

    write('content/sources/fakeville-bridge.txt', SOURCE.replace('on Thursday', 'on Friday'));
    const [report] = ingestSources(root).reports;
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
    expect(ingestSources(root).reports[0].outcome).toBe('kept-edited');
  });

  it('ingests the good sources and lists the broken ones without writing their pages', () => {
    write('content/sources/no-date.txt', SOURCE.replace('published: 2022-09-16\n', ''));
    write('content/sources/Fakeville Bridge.txt', SOURCE);
    const { reports, problems } = ingestSources(root);
    expect(reports).toEqual([]);
    expect(problems).toEqual([
      'content/sources/fakeville-bridge.txt:1:1 gives the same page name "fakeville-bridge" as content/sources/Fakeville Bridge.txt\n  hint: rename one of the two files; the page name is the file name in lower case with dashes',
      'content/sources/no-date.txt:2:1 published is missing\n  hint: add the publication date as YYYY-MM-DD, e.g. published: 2022-09-14',
    ]);
    expect(existsSync(join(root, PAGE))).toBe(false);
    expect(existsSync(join(root, 'content/articles/no-date.mdx'))).toBe(false);
  });

  it('ingests only the sources asked for, and reports only their problems', () => {
    write('content/sources/no-date.txt', SOURCE.replace('published: 2022-09-16\n', ''));
    expect(ingestSources(root, ['fakeville-bridge'])).toEqual({ reports: [expect.objectContaining({ outcome: 'created' })], problems: [] });
  });
});
