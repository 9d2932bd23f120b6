/**
 * Keep only links a chart may carry: relative references (paths, "#s7" fragments, queries) and
 * http(s) URLs. Any other scheme (javascript:, data:, vbscript: …) is dropped so the mark
 * renders unlinked. Browsers ignore tabs, newlines and other controls inside a scheme, so
 * the check runs on the href with those removed.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_SPACE = /[\u0000-\u0020\u007F]/g;
const SCHEME = /^(?<scheme>[a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https']);

export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  const scheme = SCHEME.exec(trimmed.replace(CONTROLS_AND_SPACE, ''))?.groups?.scheme;
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) return undefined;
  return trimmed;
}
