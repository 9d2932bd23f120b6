/**
 * What `npm run ingest` knew about each page it wrote, kept for the next build's content check (a
 * build's own ingest reads its pages itself, ingestPage.ts): the pipeline's result, the front
 * matter it was given, and where each inline element landed in the MDX (treePositions.ts). With
 * it, the check makes the page's tree again (emitTree) instead of parsing its MDX, which is most
 * of the check's time; the tree is the one the MDX was written from, so it reads the same
 * (ingestedPages.test.ts compares both ways on real, synthetic and hostile articles).
 *
 * The entries of all pages go into one file, node_modules/.astro/ingested-pages.v8
 * (packedStore.ts), each named by the generator fingerprint and the page's exact text: a page an
 * editor has changed, or one written by other ingest code, finds none and is parsed. The check
 * removes the file once it has run (the page cache holds the result from then on). Like that
 * cache, it only saves time: an entry that cannot be read is ignored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { emitTree, type EmitMeta } from '../ingest/emit';
import type { IngestResult } from '../ingest/ingest';
import { sha256 } from '../ingest/provenance';
import { withPositions } from '../ingest/treePositions';
import { unpack } from './packedFile';
import { readStore, writeStore, type Store } from './packedStore';

export const INGESTED_PAGES = 'node_modules/.astro/ingested-pages.v8';

/** Entries by name: each is pack(IngestedPage). */
export type IngestedEntries = Store;

export interface IngestedPage {
  result: IngestResult;
  meta: EmitMeta;
  /** positionsOf the emitted tree. */
  positions: number[];
}

/** The name of the entry for the page `mdx`, written by the generator `generator`. */
export const ingestedKey = (generator: string, mdx: string): string => sha256(`${generator}\n${mdx}`).slice(0, 32);

/** The entries saved since the check last ran. */
export const readIngested = (root: string): IngestedEntries => readStore(join(root, INGESTED_PAGES));

/** Adds `entries` to those saved. */
export function saveIngested(root: string, entries: IngestedEntries): void {
  if (entries.size > 0) writeStore(join(root, INGESTED_PAGES), new Map([...readIngested(root), ...entries]));
}

/** The tree of the page whose entry is `entry`, or undefined when it cannot be read. */
export function ingestedTree(entry: Uint8Array): Root | undefined {
  try {
    const { result, meta, positions } = unpack<IngestedPage>(entry);
    return withPositions(emitTree(result, meta), positions);
  } catch {
    return undefined;
  }
}

export function clearIngested(root: string): void {
  rmSync(join(root, INGESTED_PAGES), { force: true });
}
