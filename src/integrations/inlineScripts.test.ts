import { describe, expect, it } from 'vitest';
import { inlineScripts } from './inlineScripts';

describe('inlineScripts', () => {
  it('returns the literal body of an is:inline script, whitespace and all', () => {
    const body = "\n  try { document.documentElement.dataset.theme = localStorage.getItem('theme'); } catch (e) {}\n";
    expect(inlineScripts(`<head><script is:inline>${body}</script></head>`)).toEqual([body]);
  });

  it('leaves out scripts Astro bundles and hashes itself', () => {
    expect(inlineScripts('<script>import { setup } from "./x"; setup();</script>')).toEqual([]);
  });

  it('leaves out inline scripts that are not literal or have no body', () => {
    const template = [
      '<script is:inline src="/pagefind/pagefind-ui.js"></script>',
      '<script is:inline set:html={code} />',
      '<script is:inline define:vars={{ a }}>console.log(a)</script>',
      '<script is:inline>   </script>',
    ].join('\n');
    expect(inlineScripts(template)).toEqual([]);
  });

  it('finds every literal inline script of a template', () => {
    expect(inlineScripts('<script is:inline>a()</script><p>x</p><script type="module" is:inline>b()</script>')).toEqual(['a()', 'b()']);
  });
});
