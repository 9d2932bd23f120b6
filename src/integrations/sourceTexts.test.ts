import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import sourceTexts from './sourceTexts';

/** Runs the integration's two hooks as a build would, on a project with these source files. */
function build(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'source-texts-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/sources', name), text);
  const dist = join(root, 'dist');
  mkdirSync(dist);
  const hooks = sourceTexts().hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']({ config: { root: pathToFileURL(`${root}/`) } });
  hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) });
  return join(dist, 'sources');
}

describe('sourceTexts', () => {
  it('puts every source, byte for byte, at the address its page links to', () => {
    const hostile = '---\ntitle: "{x}"\n---\n<script>alert(1)</script> \u0000 Київ\r\n';
    const sources = build({ 'kharkiv-border.txt': 'plain\n', 'Izium Report.txt': hostile, 'notes.md': 'not a source' });
    expect(readdirSync(sources).sort()).toEqual(['izium-report.txt', 'kharkiv-border.txt']);
    expect(readFileSync(join(sources, 'izium-report.txt'), 'utf8')).toBe(hostile);
    expect(readFileSync(join(sources, 'kharkiv-border.txt'), 'utf8')).toBe('plain\n');
  });
});
