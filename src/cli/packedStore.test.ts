import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStore, writeStore } from './packedStore';

describe('packedStore', () => {
  it('gives back every entry written, byte for byte, under its name', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'cache/pages.v8');
    const entries = new Map([['a1', new Uint8Array([1, 2, 3])], ['b2', new Uint8Array(20_000).fill(7)]]);
    writeStore(path, entries);
    expect(readStore(path)).toEqual(entries);
  });

  it('holds nothing when the file is missing or is not a store; a disk that will not take it stops nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    expect(readStore(join(dir, 'none.v8')).size).toBe(0);
    writeFileSync(join(dir, 'broken.v8'), 'half a file');
    expect(readStore(join(dir, 'broken.v8')).size).toBe(0);
    writeFileSync(join(dir, 'file'), 'a file where a folder should be');
    expect(() => writeStore(join(dir, 'file/pages.v8'), new Map([['a', new Uint8Array(1)]]))).not.toThrow();
  });
});
