import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersProblems, pageSecurityProblems, parsePolicy, policyProblems } from './securityProblems';
import { page } from './siteFiles';

const theme = "try{document.documentElement.dataset.theme=localStorage.getItem('theme')}catch(e){}";
const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const policy = `default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)}; style-src 'self'`;
const html = (head: string, body = '<p>Text</p>') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('pageSecurityProblems', () => {
  it('accepts a page whose inline script is hashed and whose other scripts come from the site', () => {
    expect(pageSecurityProblems(page('/index.html', html(`<script>${theme}</script><script type="module" src="/_astro/a.js"></script>`)))).toEqual([]);
  });

  it('reports an inline script the policy does not hash, as an injected one would be', () => {
    const problems = pageSecurityProblems(page('/index.html', html('', '<script>alert(1)</script>')));
    expect(problems).toEqual([expect.stringMatching(/inline script has no hash.*alert\(1\)/)]);
  });

  it('leaves JSON data blocks alone: browsers never run them', () => {
    expect(pageSecurityProblems(page('/index.html', html('<script type="application/ld+json">{"@type":"ClaimReview"}</script>')))).toEqual([]);
  });

  it('reports inline event handlers, javascript: addresses and style attributes', () => {
    const body = '<img src="/a.png" onerror="alert(1)"><a href="javascript:alert(1)">x</a><html-like style="color:red">y</html-like>';
    const problems = pageSecurityProblems(page('/index.html', html('', body)));
    expect(problems).toEqual([
      expect.stringMatching(/<img> has an inline event handler/),
      expect.stringMatching(/<a> has a javascript: address/),
      expect.stringMatching(/style attribute/),
    ]);
  });

  it('reports a page without a policy', () => {
    expect(pageSecurityProblems(page('/404.html', '<!doctype html><title>x</title>'))).toEqual(['has no Content-Security-Policy']);
  });
});

describe('policyProblems', () => {
  it('reports sources that let in other origins or inline code', () => {
    const p = parsePolicy("default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self' 'unsafe-inline' https://cdn.example; style-src data:");
    expect(policyProblems(p)).toEqual(["script-src allows 'unsafe-inline'", 'script-src allows https://cdn.example', 'style-src allows data:']);
  });

  it('lets images come from data: addresses, which are no other origin and run nothing', () => {
    expect(policyProblems(parsePolicy("default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self'; img-src 'self' data:"))).toEqual([]);
  });
});

describe('headersProblems', () => {
  const headers = `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`;

  it('accepts a header policy that holds every page policy', () => {
    expect(headersProblems(headers, [policy])).toEqual([]);
  });

  it('reports a page source the header lacks, which would block that page', () => {
    expect(headersProblems(headers, [`${policy.replace("style-src 'self'", `style-src 'self' ${hash('p{}')}`)}`])).toEqual([
      expect.stringMatching(/style-src lacks 'sha256-/),
    ]);
  });

  it('reports a missing file or a missing frame-ancestors', () => {
    expect(headersProblems(undefined, [])).toEqual(['dist/_headers is missing']);
    expect(headersProblems(headers.replace("; frame-ancestors 'none'", ''), [])).toEqual([expect.stringMatching(/frame-ancestors/)]);
  });
});
