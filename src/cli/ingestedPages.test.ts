import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticSources } from '../../bench/syntheticSources';
import { hashOf } from '../aggregate/parsedArticle';
import { readArticle } from '../aggregate/readArticle';
import { hostileText } from '../ingest/textArbitraries';
import { ingestedKey, ingestedTree, readIngested } from './ingestedPages';
import { ingestPage, planPage } from './ingestPage';
import { checkSources } from './sourceFiles';

const GENERATOR = 'generator-of-this-test';

/** The tree saved for the page `mdx` by `generator` in the project at `root`, if any. */
function savedTree(root: string, generator: string, mdx: string) {
  const entry = readIngested(root).get(ingestedKey(generator, mdx));
  return entry && ingestedTree(entry);
}

/**
 * Ingests one source as `npm run ingest` would (into a fresh project), writes what it plans, and
 * reads the page both ways; also ingests it as a build does, whose workers read the page from
 * the tree they wrote it from (inBuild). Null for a source ingest declines (an empty body, say).
 */
function readBothWays(file: string, raw: string) {
  const root = mkdtempSync(join(tmpdir(), 'ingested-'));
  const [source] = checkSources([{ file, raw }]).sources;
  if (!source) return null;
  ingestPage({ root, generator: GENERATOR, ...source });
  const page = `content/articles/${source.slug}.mdx`;
  const mdx = readFileSync(join(root, page), 'utf8');
  const tree = savedTree(root, GENERATOR, mdx);
  const inBuild = planPage({ root: mkdtempSync(join(tmpdir(), 'ingested-')), generator: GENERATOR, read: true, ...source }).page;
  expect(inBuild?.hash).toBe(hashOf(mdx));
  return { mdx, tree, parsed: readArticle(page, mdx), fromTree: tree && readArticle(page, mdx, tree), inBuild: inBuild?.read, root };
}

const source = (body: string) => `---\ntitle: A test\npublished: 2022-09-14\noutlet: The Test\n---\n\n${body}\n`;

describe('ingested pages', () => {
  it('read from ingest’s tree exactly as parsed, for the real articles', () => {
    const dir = 'content/sources';
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { tree, parsed, fromTree, inBuild } = readBothWays(`${dir}/${name}`, readFileSync(join(dir, name), 'utf8'))!;
      expect(tree, name).toBeDefined();
      expect(parsed.article.claims.length, name).toBeGreaterThan(0);
      expect(fromTree, name).toEqual(parsed);
      expect(inBuild, name).toEqual(parsed);
    }
  });

  it('read from ingest’s tree exactly as parsed, for synthetic articles', () => {
    for (const { slug, text } of syntheticSources(12, 3)) {
      const { tree, parsed, fromTree, inBuild } = readBothWays(`content/sources/${slug}.txt`, text)!;
      expect(tree, slug).toBeDefined();
      expect(fromTree, slug).toEqual(parsed);
      expect(inBuild, slug).toEqual(parsed);
    }
  }, 30_000);

  it('read from ingest’s tree exactly as parsed, for an article with bulleted and numbered lists', () => {
    const body = ['Key events', '• Crews restored power in Dnipro on Monday, the grid operator said.', '- Schools reopened', '1. The ferry sailed at noon. It was full.', '2) Talks resumed on Friday.', 'The war goes on.'].join('\n');
    const { parsed, fromTree, inBuild } = readBothWays('content/sources/lists.txt', source(body))!;
    const html = new TextDecoder().decode(parsed.article.html);
    expect(parsed.article.problems).toEqual([]);
    expect(html).toMatch(/<ul>\s*<li><span class="s" id="s1"/);
    expect(html).toMatch(/<ol>\s*<li><span class="s" id="s3"/);
    expect(fromTree).toEqual(parsed);
    expect(inBuild).toEqual(parsed);
  });

  it('read from ingest’s tree exactly as parsed, whatever the text (markup, controls, mixed scripts)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const both = readBothWays('content/sources/hostile.txt', source(text));
        fc.pre(both !== null);
        expect(both.tree).toBeDefined();
        expect(both.fromTree).toEqual(both.parsed);
        expect(both.inBuild).toEqual(both.parsed);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('are found only for the very text ingest wrote, by the same generator', () => {
    const { mdx, root } = readBothWays('content/sources/a.txt', source('Kyiv said on Tuesday that 6,000 square kilometres had been retaken.'))!;
    expect(savedTree(root, GENERATOR, mdx)).toBeDefined();
    expect(savedTree(root, GENERATOR, mdx.replace('Tuesday', 'Wednesday'))).toBeUndefined();
    expect(savedTree(root, 'another-generator', mdx)).toBeUndefined();
  });
});
