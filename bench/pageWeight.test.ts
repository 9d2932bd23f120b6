import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from './pageWeight';

const assets: Record<string, string> = {
  '/_astro/site.css': 'body{color:#222;margin:0 auto;max-width:40rem}',
  '/_astro/toggle.js': 'import{a}from"./shared.js";a();',
  '/_astro/shared.js': 'export function a(){document.body.dataset.ready="yes"}',
  '/pagefind/pagefind.js': 'export const search=()=>{};',
};
const read = (path: string) => assets[path];

const page = `<!doctype html><html><head><title>A page</title>
<link rel="stylesheet" href="/_astro/site.css"><style>.x{color:red}</style>
<script>document.documentElement.dataset.theme="dark"</script></head>
<body><p>Text</p><script type="module" src="../../_astro/toggle.js"></script>
<button data-search="/pagefind/pagefind.js">Search</button></body></html>`;

describe('pageWeight', () => {
  const w = pageWeight(page, '/articles/one/', read);

  it('weighs the HTML itself, raw and gzipped', () => {
    expect(w.html.raw).toBe(Buffer.byteLength(page));
    expect(w.html.gzip).toBe(gzipSync(page).length);
  });

  it('counts linked and inline stylesheets', () => {
    expect(w.css.raw).toBe(assets['/_astro/site.css'].length + '.x{color:red}'.length);
  });

  it('counts inline scripts, external modules and what they import, but not scripts loaded on demand', () => {
    const inline = 'document.documentElement.dataset.theme="dark"';
    expect(w.js.raw).toBe(inline.length + assets['/_astro/toggle.js'].length + assets['/_astro/shared.js'].length);
  });

  it('counts a module imported twice once', () => {
    const twice = page.replace('</body>', '<script type="module" src="/_astro/shared.js"></script></body>');
    expect(pageWeight(twice, '/articles/one/', read).js.raw).toBe(w.js.raw);
  });
});
