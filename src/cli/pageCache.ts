/**
 * Parsed article pages kept on disk between builds, in Astro's cache folder
 * (node_modules/.astro/parsed-pages/), so that a build after an edit parses only the pages that
 * changed. An entry is named by the page's path, the hash of its text and a fingerprint of the
 * site's code and installed packages: any change to them starts afresh. The cache only saves
 * time: an entry that cannot be read is parsed again, and a full disk only stops the saving.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadArticle } from '../aggregate/readArticle';
import { sha256 } from '../ingest/provenance';
import { filesFingerprint } from './generatorFingerprint';
import { unpackFile } from './packedFile';

export const PAGE_CACHE = 'node_modules/.astro/parsed-pages';

export interface PageCache {
  /** The page as it was parsed, if this version of it was parsed before; undefined otherwise. */
  get(file: string, hash: string): ReadArticle | undefined;
  /** `packed` is pack(read) of the page as read (the threads that read pages pack them too, to spare this one the work). */
  put(file: string, hash: string, packed: Uint8Array): void;
  /** Removes the entries of pages (or versions of pages) not asked for since the cache was opened. */
  prune(): void;
}

export function openPageCache(root: string): PageCache {
  const dir = join(root, PAGE_CACHE);
  // npm writes node_modules/.package-lock.json on every install: the versions of every package.
  const code = filesFingerprint(root, ['src', 'node_modules/.package-lock.json']);
  const used = new Set<string>();
  let writable = true;
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    writable = false;
  }
  const name = (file: string, hash: string) => {
    const entry = `${sha256(`${code}\n${file}\n${hash}`).slice(0, 32)}.v8.gz`;
    used.add(entry);
    return join(dir, entry);
  };
  return {
    get(file, hash) {
      try {
        return unpackFile<ReadArticle>(name(file, hash));
      } catch {
        return undefined;
      }
    },
    put(file, hash, packed) {
      if (!writable) return;
      try {
        // About 13 KB a page (75 KB before compression).
        writeFileSync(name(file, hash), packed);
      } catch {
        writable = false;
      }
    },
    prune() {
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const entry of entries) if (!used.has(entry)) rmSync(join(dir, entry), { force: true });
    },
  };
}
