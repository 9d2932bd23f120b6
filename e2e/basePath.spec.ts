/**
 * Deploying under a sub-path: one build with BASE_PATH=/explainer/ and SITE_URL set, into a
 * scratch folder, then every internal link and asset in its HTML, CSS, JavaScript, sitemap and
 * feed must start with /explainer/ (or the public origin followed by it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const BASE = '/explainer/';
const SITE = 'https://news.example';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|css|js|xml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every address a file points to: attributes in HTML, url() in CSS, module paths in scripts, <loc>/<link> in XML. */
function addressesIn(file: string, text: string): { kind: string; value: string }[] {
  const found: { kind: string; value: string }[] = [];
  const add = (kind: string, re: RegExp) => {
    for (const m of text.matchAll(re)) found.push({ kind, value: m[1]! });
  };
  if (file.endsWith('.html')) {
    add('attribute', /\s(?:href|src|action|poster|data-bundle)="([^"]*)"/g);
    add('srcset', /\ssrcset="([^"]*)"/g);
    add('meta', /<meta[^>]+content="(https?:[^"]*)"/g);
  }
  if (file.endsWith('.css') || file.endsWith('.html')) add('url()', /url\(\s*['"]?([^'")]+)['"]?\s*\)/g);
  if (file.endsWith('.js') || file.endsWith('.html')) add('module', /(?:from|import\()\s*["'](\/[^"']+)["']/g);
  if (file.endsWith('.xml')) add('feed', /<(?:loc|link)>([^<]+)</g);
  return found;
}

function problemWith(value: string): string | undefined {
  if (value.startsWith('#') || value.startsWith('data:') || value.startsWith('mailto:')) return undefined;
  if (value.startsWith('//')) return 'protocol-relative address';
  if (value.startsWith('/')) return value.startsWith(BASE) ? undefined : `does not start with ${BASE}`;
  if (/^https?:/.test(value)) {
    const url = new URL(value);
    if (url.origin !== SITE) return undefined; // another site (a source article): leaves the site only when followed
    return url.pathname.startsWith(BASE) ? undefined : `public address outside ${BASE}`;
  }
  return 'relative address (breaks on pages at other depths)';
}

test('a build for a sub-path keeps every internal link and asset under it', async () => {
  test.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'explainer-subpath-'));
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...process.env, BASE_PATH: BASE, SITE_URL: SITE },
      stdio: 'pipe',
    });
    const problems: string[] = [];
    let checked = 0;
    for (const file of filesUnder(out)) {
      for (const { kind, value } of addressesIn(file, readFileSync(file, 'utf8'))) {
        const values = kind === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value];
        for (const v of values) {
          checked++;
          const problem = problemWith(v);
          if (problem) problems.push(`${relative(out, file)}: ${kind} ${v}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain(`<link>${SITE}${BASE}articles/`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
