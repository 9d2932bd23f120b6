import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import sourceTexts from './sourceTexts';

/** Runs the integration's hooks as a build does, on a project with these source files. */
async function build(files: Record<string, string>, inDist: Record<string, string> = {}): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'source-texts-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/sources', name), text);
  const dist = join(root, 'dist');
  mkdirSync(dist);
  for (const [name, text] of Object.entries(inDist)) writeFileSync(join(dist, name), text);
  const hooks = sourceTexts().hooks as Record<string, (options: unknown) => unknown>;
  hooks['astro:config:done']({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`) } });
  hooks['astro:build:setup']({});
  await hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) });
  return join(dist, 'sources');
}

describe('sourceTexts', () => {
  it('puts every source, byte for byte, at the address its page links to, by the end of the build', async () => {
    const hostile = '---\ntitle: "{x}"\n---\n<script>alert(1)</script> \u0000 Київ\r\n';
    const sources = await build({ 'kharkiv-border.txt': 'plain\n', 'Izium Report.txt': hostile, 'notes.md': 'not a source' });
    expect(readdirSync(sources).sort()).toEqual(['izium-report.txt', 'kharkiv-border.txt']);
    expect(readFileSync(join(sources, 'izium-report.txt'), 'utf8')).toBe(hostile);
    expect(readFileSync(join(sources, 'kharkiv-border.txt'), 'utf8')).toBe('plain\n');
  });

  it('fails the build when a copy cannot be made', async () => {
    await expect(build({ 'a.txt': 'text\n' }, { sources: 'a file where the folder should be' })).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
