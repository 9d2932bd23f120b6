import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('keeps relative references and http(s) URLs', () => {
    for (const href of ['/articles/a#s7', '#s7', 'a.html#s2', '../b', '?q=1', 'https://example.org/x']) expect(safeHref(href)).toBe(href);
  });
  it('drops other schemes, even disguised', () => {
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '']) expect(safeHref(href)).toBeUndefined();
  });
});
