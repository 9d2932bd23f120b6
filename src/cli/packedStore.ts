/**
 * Many entries in one file, each bytes under a name (the build's caches: pageCache.ts and
 * ingestedPages.ts keep a packed page in each), rather than a file each: creating a file costs
 * this machine 0.15 to 0.85 ms, up to a twentieth of what ingesting a page does. Caches only save
 * time: a file that cannot be read holds nothing, and one that cannot be written is not kept (a
 * file left half written by a full disk reads as none).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export type Store = Map<string, Uint8Array>;

/** The entries in the file at `path`; none when there is no such file or it cannot be read. */
export function readStore(path: string): Store {
  try {
    const entries = deserialize(readFileSync(path));
    return entries instanceof Map ? entries : new Map();
  } catch {
    return new Map();
  }
}

/** Writes `entries` to the file at `path` (replacing it), unless the disk will not take it. */
export function writeStore(path: string, entries: Store): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, serialize(entries));
  } catch {
    // a read-only or full disk: the cache is not kept
  }
}
