/**
 * The one integration test: a real `astro build` of a scratch copy of the site with a broken page
 * stops before Astro reads any content, with our message (file:line:column, what, the fix) and
 * no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'astro-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('astro build with a broken page', () => {
  it('stops with our message first, file:line:column and hint, and no stack trace', () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(entry, join(scratch, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'), 'dir');
    const page = join(scratch, 'content/articles/zelensky-izium.mdx');
    const mdx = readFileSync(page, 'utf8');
    const broken = mdx.replace('status="claimed"', 'status="claimd"');
    writeFileSync(page, broken);
    const line = broken.slice(0, broken.indexOf('status="claimd"')).split('\n').length;
    const column = broken.indexOf('status="claimd"') - broken.lastIndexOf('\n', broken.indexOf('status="claimd"'));

    const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: scratch, encoding: 'utf8', timeout: 90_000 });
    const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);

    expect(run.status).toBe(1);
    // The build ingests first and keeps the page the editor changed.
    expect(output).toContain('kept content/articles/zelensky-izium.mdx: an editor changed it');
    expect(readFileSync(page, 'utf8')).toBe(broken);
    const first = output.split('\n').findIndex((l) => l.startsWith('content/articles/zelensky-izium.mdx:'));
    expect(output.split('\n')[first]).toBe(`content/articles/zelensky-izium.mdx:${line}:${column} <Claim id="c1" status="claimd">: status="claimd" is not allowed: status must be one of claimed, confirmed, denied, disputed, unverified`);
    expect(output.split('\n')[first + 1]).toBe('  hint: did you mean status="claimed"?');
    expect(output).toContain('The build stopped: fix the problems above');
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  }, 100_000);
});
