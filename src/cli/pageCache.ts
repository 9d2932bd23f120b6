/**
 * Parsed article pages kept on disk between builds, in Astro's cache folder
 * (node_modules/.astro/parsed-pages.v8, one file for all pages: packedStore.ts), so that a build
 * after an edit parses only the pages that changed. An entry is named by the page's path, the hash
 * of its text and a fingerprint of the site's code and installed packages: any change to them
 * starts afresh. The cache only saves time: an entry that cannot be read is parsed again, and a
 * full disk only stops the saving.
 */
import { join } from 'node:path';
import type { ReadArticle } from '../aggregate/readArticle';
import { sha256 } from '../ingest/provenance';
import { filesFingerprint } from './generatorFingerprint';
import { unpack } from './packedFile';
import { readStore, writeStore, type Store } from './packedStore';

export const PAGE_CACHE = 'node_modules/.astro/parsed-pages.v8';

export interface PageCache {
  /** The page as it was parsed, if this version of it was parsed before; undefined otherwise. */
  get(file: string, hash: string): ReadArticle | undefined;
  /** `packed` is pack(read) of the page as read (the threads that read pages pack them too, to spare this one the work). */
  put(file: string, hash: string, packed: Uint8Array): void;
  /** Writes the cache with the pages (or versions of pages) asked for or put since it was opened, and no others. */
  save(): void;
}

export function openPageCache(root: string): PageCache {
  const path = join(root, PAGE_CACHE);
  // npm writes node_modules/.package-lock.json on every install: the versions of every package.
  const code = filesFingerprint(root, ['src', 'node_modules/.package-lock.json']);
  const stored = readStore(path);
  const kept: Store = new Map();
  const name = (file: string, hash: string) => sha256(`${code}\n${file}\n${hash}`).slice(0, 32);
  return {
    get(file, hash) {
      const entry = name(file, hash);
      const packed = stored.get(entry);
      if (!packed) return undefined;
      try {
        const read = unpack<ReadArticle>(packed);
        kept.set(entry, packed);
        return read;
      } catch {
        return undefined;
      }
    },
    put(file, hash, packed) {
      // About 13 KB a page (75 KB before compression).
      kept.set(name(file, hash), packed);
    },
    save() {
      writeStore(path, kept);
    },
  };
}
