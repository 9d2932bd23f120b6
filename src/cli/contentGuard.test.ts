/**
 * The integration tests: a real `astro build` of a scratch copy of the site with a broken page, or
 * a source that cannot be ingested, stops before Astro reads any content, with our message
 * (file:line:column, what, the fix) and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch copy of the site (node_modules linked). */
function scratchSite(): string {
  const scratch = mkdtempSync(join(tmpdir(), 'astro-build-'));
  scratches.push(scratch);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(entry, join(scratch, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'), 'dir');
  return scratch;
}

function build(scratch: string) {
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: scratch, encoding: 'utf8', timeout: 90_000 });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
}

describe('astro build with a broken page', () => {
  it('stops with our message first, file:line:column and hint, and no stack trace', () => {
    const scratch = scratchSite();
    const page = join(scratch, 'content/articles/zelensky-izium.mdx');
    const mdx = readFileSync(page, 'utf8');
    const broken = mdx.replace('status="claimed"', 'status="claimd"');
    writeFileSync(page, broken);
    const line = broken.slice(0, broken.indexOf('status="claimd"')).split('\n').length;
    const column = broken.indexOf('status="claimd"') - broken.lastIndexOf('\n', broken.indexOf('status="claimd"'));

    const { status, output } = build(scratch);

    expect(status).toBe(1);
    // The build ingests first and keeps the page the editor changed.
    expect(output).toContain('kept content/articles/zelensky-izium.mdx: an editor changed it');
    expect(readFileSync(page, 'utf8')).toBe(broken);
    const first = output.split('\n').findIndex((l) => l.startsWith('content/articles/zelensky-izium.mdx:'));
    expect(output.split('\n')[first]).toBe(`content/articles/zelensky-izium.mdx:${line}:${column} <Claim id="c1" status="claimd">: status="claimd" is not allowed: status must be one of claimed, confirmed, denied, disputed, unverified`);
    expect(output.split('\n')[first + 1]).toBe('  hint: did you mean status="claimed"?');
    expect(output).toContain('The build stopped: fix the problems above');
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  }, 100_000);

  it('stops at a source that cannot be ingested, naming it, before anything is built', () => {
    const scratch = scratchSite();
    writeFileSync(join(scratch, 'content/sources/no-date.txt'), '---\ntitle: No date\noutlet: The Test\n---\nSomebody said something.\n');
    const { status, output } = build(scratch);

    expect(status).toBe(1);
    expect(output).toContain('content/sources/no-date.txt:2:1 published is missing\n  hint: add the publication date as YYYY-MM-DD');
    expect(output).toContain('The build stopped: 1 source could not be ingested; fix the problem above and build again.');
    expect(existsSync(join(scratch, 'dist'))).toBe(false);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  }, 100_000);
});
