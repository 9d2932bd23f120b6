/**
 * The format of the build's cache entries (pageCache.ts, ingestedPages.ts): a value as V8
 * serialises it, gzipped at the fastest level (about a sixth of the size, 0.5 ms a page).
 */
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';

export const pack = (value: unknown): Uint8Array => gzipSync(serialize(value), { level: 1 });

/** The value in `bytes`, as pack made them; throws when they cannot be read. */
export const unpack = <T>(bytes: Uint8Array): T => deserialize(gunzipSync(bytes)) as T;
