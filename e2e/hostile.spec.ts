/**
 * Hostile input, end to end: the sources of bench/hostile/hostileSources.ts are ingested and
 * built in a scratch copy of the project (bench/tmp/hostile). Each one either stops the ingest
 * with a message naming it, or builds into a page that shows every sentence and heading as
 * text, runs nothing (no dialog, no marker global, no console error such as a CSP refusal),
 * passes the security check and loads nothing from another origin.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { hostileSources, MARKER } from '../bench/hostile/hostileSources';
import { brokenLinks } from '../src/checks/brokenLinks';
import { pageSecurityProblems } from '../src/checks/securityProblems';
import { page as sitePage } from '../src/checks/siteFiles';
import { scratchProject } from '../src/cli/scratchProject';
import { bodyOf, normalize } from '../src/ingest/normalize';
import { segment } from '../src/ingest/segment';
import { parseSource } from '../src/ingest/source';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'bench/tmp/hostile');
const port = 4339;
const sources = hostileSources();
const built = sources.filter((s) => !s.stops);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

let ingest: ReturnType<typeof spawnSync>;
let build: ReturnType<typeof spawnSync>;
let server: ChildProcess | undefined;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(600_000);
  scratchProject(root, dir);
  for (const s of sources) writeFileSync(join(dir, 'content/sources', `${s.name}.txt`), s.text);
  ingest = spawnSync('npm', ['run', '--silent', 'ingest'], { cwd: dir, encoding: 'utf8', env });
  for (const s of sources.filter((x) => x.stops)) rmSync(join(dir, 'content/sources', `${s.name}.txt`));
  build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 26 });
  server = spawn(process.execPath, ['e2e/serve.mjs', String(port)], { cwd: dir, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test.afterAll(() => {
  server?.kill();
});

test('hostile sources stop with a message naming them, or build into pages that show every sentence as text and run nothing', async ({ page }) => {
  test.setTimeout(300_000);
  await test.step('the ingest names exactly the sources that cannot be built', () => {
    const stderr = String(ingest.stderr);
    expect.soft(ingest.status).not.toBe(0);
    for (const s of sources) {
      const named = stderr.includes(`content/sources/${s.name}.txt:`);
      expect.soft(named, `${s.name} ${s.stops ? 'should' : 'should not'} be named in:\n${stderr}`).toBe(!!s.stops);
      if (s.stops) expect.soft(stderr).toMatch(new RegExp(`content/sources/${s.name}\\.txt:\\d+:\\d+ ${s.stops.source}`));
    }
  });

  await test.step('every other source builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));

  for (const source of built) {
    await test.step(`${source.name}: every sentence and heading shows as text, and nothing runs`, async () => {
      const { meta, body } = parseSource(source.text, source.name);
      const normalized = normalize(body, meta.title);
      const sentences = segment(normalized.paragraphs);
      const headings = normalized.paragraphs.filter((p) => p.kind === 'heading').map(bodyOf);
      dialogs.length = 0;
      errors.length = 0;

      await page.goto(`http://127.0.0.1:${port}/articles/${source.name}/`);
      await expect.soft(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
      const shown: Record<string, string> = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('article span.s[id]')].map((s) => {
            const copy = s.cloneNode(true) as Element;
            copy.querySelectorAll('.tip').forEach((t) => t.remove());
            return [s.id, copy.textContent ?? ''];
          }),
        ),
      );
      expect.soft(Object.keys(shown), source.name).toHaveLength(sentences.length);
      for (const s of sentences) expect.soft(shown[s.id], `${source.name} ${s.id}`).toBe(s.text);
      const h2 = await page.locator('article h2').allTextContents();
      for (const h of headings) expect.soft(h2, source.name).toContain(h);

      expect.soft(dialogs, `${source.name}: dialogs opened`).toEqual([]);
      expect.soft(errors, `${source.name}: console errors`).toEqual([]);
      expect.soft(await page.evaluate((marker) => marker in window, MARKER), `${source.name}: a payload ran`).toBe(false);
    });
  }

  await test.step('the pages pass the security check and load nothing from another origin', () => {
    const pages = built.map((s) => {
      const file = `/articles/${s.name}/index.html`;
      return sitePage(file, readFileSync(join(dir, 'dist', file), 'utf8'));
    });
    for (const p of pages) expect.soft(pageSecurityProblems(p), p.file).toEqual([]);
    const files = new Set(pages.map((p) => p.file));
    const external = brokenLinks({ files, pages }, { base: '/', site: 'http://localhost:4321' }).filter((p) => /another origin/.test(p.problem));
    expect.soft(external).toEqual([]);
  });
});
