/**
 * What the security check asks of every built page: a Content-Security-Policy that allows no
 * other origin and no inline code without a hash, every inline script and style of the page
 * hashed in it (else the browser refuses it), no inline event handlers, no javascript: URLs,
 * and no style attributes (which a hash-based policy blocks). And of dist/_headers: the same
 * policy for every page, plus frame-ancestors.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { SitePage } from './siteFiles';

export type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const out: Policy = new Map();
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Sources a policy may use: this origin, nothing, or exact hashes. */
const SAFE_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|'strict-dynamic'|'report-sample'|'sha(?:256|384|512)-[A-Za-z0-9+/=]+')$/;
const DATA_SCRIPTS = new Set(['application/json', 'application/ld+json']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'data'];

/** Problems with a policy as written: sources that open it up, directives it lacks. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  for (const name of ['default-src', 'script-src', 'object-src', 'base-uri']) {
    if (!policy.has(name)) problems.push(`the policy has no ${name}`);
  }
  for (const [name, sources] of policy) {
    if (name === 'frame-ancestors' || name === 'form-action') {
      for (const s of sources) if (s !== "'self'" && s !== "'none'") problems.push(`${name} allows ${s}`);
      continue;
    }
    // data: images are no other origin and run nothing (Pagefind's search icon is one).
    for (const s of sources) if (!SAFE_SOURCE.test(s) && !(name === 'img-src' && s === 'data:')) problems.push(`${name} allows ${s}`);
  }
  return problems;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function allowed(policy: Policy, kind: 'script' | 'style'): Set<string> {
  const sources = policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
  return new Set(sources);
}

export function pageSecurityProblems(page: SitePage): string[] {
  const problems: string[] = [];
  let policyText: string | undefined;
  visit(page.tree, 'element', (el: Element) => {
    if (el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      policyText = String(el.properties.content ?? '');
    }
  });
  if (policyText === undefined) return ['has no Content-Security-Policy'];
  const policy = parsePolicy(policyText);
  problems.push(...policyProblems(policy));
  const scripts = allowed(policy, 'script');
  const styles = allowed(policy, 'style');

  visit(page.tree, 'element', (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'script' && p.src === undefined && !DATA_SCRIPTS.has(String(p.type ?? ''))) {
      const code = toString(el);
      if (!scripts.has(hashOf(code))) problems.push(`an inline script has no hash in the policy: ${code.trim().slice(0, 80)}`);
    }
    if (el.tagName === 'style' && !styles.has(hashOf(toString(el)))) problems.push('an inline <style> has no hash in the policy');
    for (const [name, value] of Object.entries(p)) {
      if (/^on/i.test(name)) problems.push(`<${el.tagName}> has an inline event handler (${name})`);
      if (name === 'style') problems.push(`<${el.tagName}> has a style attribute, which the policy blocks: move it into the stylesheet`);
      if (URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(String(value))) problems.push(`<${el.tagName}> has a javascript: address`);
    }
  });
  return problems;
}

/** dist/_headers must serve, for every path, a policy holding every page's sources plus frame-ancestors. */
export function headersProblems(headersFile: string | undefined, pagePolicies: readonly string[]): string[] {
  if (headersFile === undefined) return ['dist/_headers is missing'];
  const block = /^\/\*\n((?:[ \t]+.*\n?)*)/m.exec(headersFile)?.[1] ?? '';
  const line = /^\s*Content-Security-Policy:\s*(.*)$/im.exec(block)?.[1];
  if (!line) return ['dist/_headers has no Content-Security-Policy for /*'];
  const header = parsePolicy(line);
  const problems = policyProblems(header);
  if (header.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("the header policy lacks frame-ancestors 'none'");
  for (const text of pagePolicies) {
    for (const [name, sources] of parsePolicy(text)) {
      const missing = sources.filter((s) => !header.get(name)?.includes(s));
      if (missing.length) problems.push(`the header's ${name} lacks ${missing.join(' ')}, which a page allows`);
    }
  }
  return [...new Set(problems)];
}
