import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import securityHeaders from './securityHeaders';

const page = (policy: string, headBefore = '', body = '') =>
  `<!DOCTYPE html><html><head>${headBefore}<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

/** Runs the hook that writes _headers over a dist/ holding these pages; returns the file. */
function headersFor(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'security-headers-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), html);
  }
  const hooks = securityHeaders().hooks as Record<string, (options: unknown) => void>;
  hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
  return readFileSync(join(dist, '_headers'), 'utf8');
}

describe('securityHeaders', () => {
  it("puts every page's policy into _headers, however long the page and its head", () => {
    const longHead = `<script type="application/ld+json">${'{"a":"Київ"}'.repeat(4000)}</script>`;
    const headers = headersFor({
      'index.html': page("script-src 'self' 'sha256-AAA='"),
      'claims/index.html': page("script-src 'self' 'sha256-BBB='", longHead, 'x'.repeat(100_000)),
      'timeline/index.html': page("style-src 'self' 'sha256-CCC='", '', '<p>text</p>'.repeat(20_000)),
    });
    expect(headers).toContain("Content-Security-Policy: script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self' 'sha256-CCC='; frame-ancestors 'none'");
  });
});
