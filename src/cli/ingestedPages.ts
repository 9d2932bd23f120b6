/**
 * What `npm run ingest` knew about each page it wrote, kept for the next build's content check (a
 * build's own ingest reads its pages itself, ingestPage.ts): the pipeline's result, the front
 * matter it was given, and where each inline element landed in the MDX (treePositions.ts). With
 * it, the check makes the page's tree again (emitTree) instead of parsing its MDX, which is most
 * of the check's time; the tree is the one the MDX was written from, so it reads the same
 * (ingestedPages.test.ts compares both ways on real, synthetic and hostile articles).
 *
 * An entry lives in node_modules/.astro/ingested-pages/, named by the generator fingerprint and
 * the page's exact text: a page an editor has changed, or one written by other ingest code, finds
 * none and is parsed. The check removes every entry once it has run (the page cache holds the
 * result from then on). Like that cache, it only saves time: an entry that cannot be read is
 * ignored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { emitTree, type EmitMeta } from '../ingest/emit';
import type { IngestResult } from '../ingest/ingest';
import { sha256 } from '../ingest/provenance';
import { withPositions } from '../ingest/treePositions';
import { unpackFile } from './packedFile';

export const INGESTED_PAGES = 'node_modules/.astro/ingested-pages';

export interface IngestedPage {
  result: IngestResult;
  meta: EmitMeta;
  /** positionsOf the emitted tree. */
  positions: number[];
}

/** Where the entry of the page `mdx`, written by the generator `generator`, is or would be. */
export const ingestedEntry = (root: string, generator: string, mdx: string): string =>
  join(root, INGESTED_PAGES, `${sha256(`${generator}\n${mdx}`).slice(0, 32)}.v8.gz`);

/** The tree of the page whose entry is at `path`, or undefined when there is none (or it cannot be read). */
export function ingestedTree(path: string): Root | undefined {
  try {
    const { result, meta, positions } = unpackFile<IngestedPage>(path);
    return withPositions(emitTree(result, meta), positions);
  } catch {
    return undefined;
  }
}

export function clearIngested(root: string): void {
  rmSync(join(root, INGESTED_PAGES), { recursive: true, force: true });
}
