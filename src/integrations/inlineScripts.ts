/**
 * The literal inline scripts of an .astro template (`<script is:inline>…</script>`), which Astro
 * renders byte for byte but does not hash for its Content-Security-Policy. Scripts with a src,
 * set:html or define:vars are not literal and are left out (an external src is covered by 'self').
 */
const SCRIPT = /<script\b(?<attrs>[^>]*)>(?<body>[\s\S]*?)<\/script>/g;
const NOT_LITERAL = /\b(?:src|set:html|set:text|define:vars)\s*=/;

export function inlineScripts(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(SCRIPT)) {
    const { attrs = '', body = '' } = m.groups ?? {};
    if (/\bis:inline\b/.test(attrs) && !NOT_LITERAL.test(attrs) && body.trim()) out.push(body);
  }
  return out;
}
