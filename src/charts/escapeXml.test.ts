import { describe, expect, it } from 'vitest';
import { escapeXml } from './escapeXml';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('keeps curly quotes and dashes, drops XML-forbidden control characters', () => {
    expect(escapeXml('“the size of a county” – roughly\u0007')).toBe('“the size of a county” – roughly');
  });
});
