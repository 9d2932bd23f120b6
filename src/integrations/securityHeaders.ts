/**
 * Content-Security-Policy for the whole site, built on Astro's hash-based CSP (security.csp):
 *  - scripts and styles only from this origin or with a hash of their exact text; WebAssembly
 *    may compile (Pagefind's search index needs it); images from this origin or data: URIs
 *    (Pagefind's search box draws its icon with one); no plugins, no <base>, forms post home;
 *  - the literal `<script is:inline>` blocks of our own templates are hashed too (Astro hashes
 *    only the scripts it bundles), so they run and nothing else inline does;
 *  - after the build, dist/_headers carries the same policy as a header for static hosts that
 *    read that file (Netlify, Cloudflare Pages), with frame-ancestors, which a <meta> policy
 *    cannot express, and two more headers that cost nothing.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScripts } from './inlineScripts';
import { mergePolicies } from './mergePolicies';

export const DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] as const;
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** Directives a browser ignores in a <meta> policy, so they go in the header only. */
export const HEADER_ONLY = ["frame-ancestors 'none'"];
const OTHER_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

/**
 * The start of an HTML file, up to the end of its <head> (or all of it when there is none), where
 * Astro writes the policy: read a piece at a time, so that a long page is not read whole. As
 * latin1, which keeps every ASCII character of the policy as it is.
 */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const piece = Buffer.alloc(16 * 1024);
    let text = '';
    for (let n = readSync(fd, piece); n > 0; n = readSync(fd, piece)) {
      text += piece.toString('latin1', 0, n);
      if (text.includes('</head>', text.length - n - '</head>'.length)) break;
    }
    return text;
  } finally {
    closeSync(fd);
  }
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'explainer:security-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const templates = files(fileURLToPath(config.srcDir), '.astro');
        const hashes = [...new Set(templates.flatMap((t) => inlineScripts(readFileSync(t, 'utf8')).map(sha256)))];
        updateConfig({
          security: { csp: { algorithm: 'SHA-256', directives: [...DIRECTIVES], scriptDirective: { resources: SCRIPT_SOURCES, hashes } } },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Pages share a few policies: each is kept once (and with it, only the page it came from).
        const policies = new Set<string>();
        let pages = 0;
        for (const page of files(out, '.html')) {
          const policy = META_CSP.exec(headOf(page))?.[1];
          if (!policy) continue;
          pages++;
          policies.add(policy);
        }
        const policy = mergePolicies([...policies], HEADER_ONLY);
        writeFileSync(join(out, '_headers'), ['/*', `  Content-Security-Policy: ${policy}`, ...OTHER_HEADERS.map((h) => `  ${h}`), ''].join('\n'));
        logger.info(`_headers written: one Content-Security-Policy for ${pages} pages`);
      },
    },
  };
}
