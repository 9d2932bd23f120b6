import { describe, expect, it } from 'vitest';
import { parseSource, SourceError } from './source';

const file = 'content/sources/example.txt';

function errorOf(raw: string): SourceError {
  try {
    parseSource(raw, file);
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('parseSource', () => {
  it('reads the metadata and keeps the body exactly as received', () => {
    const body = 'First line {with braces}.\n\nSecond  line.\n';
    const src = parseSource(`---\ntitle: Troops cross the river\npublished: 2023-04-02\noutlet: The Daily Bugle\n---\n${body}`, file);
    expect(src.meta).toMatchObject({ title: 'Troops cross the river', published: '2023-04-02', outlet: 'The Daily Bugle', language: 'en' });
    expect(src.body).toBe(body);
  });

  it('names the file, line and the fix when published is missing', () => {
    const e = errorOf('---\ntitle: A title\n---\nText.');
    expect(e.message).toContain(`${file}:2:1 published is missing`);
    expect(e.hint).toContain('YYYY-MM-DD');
  });

  it('points at the line of a malformed date', () => {
    const e = errorOf('---\ntitle: A title\npublished: 2022-13-45\n---\nText.');
    expect(e.line).toBe(3);
    expect(e.message).toContain('published: "2022-13-45" must be a real date written YYYY-MM-DD');
  });

  it('says so when there is no front matter at all', () => {
    expect(errorOf('Just an article.').message).toContain(`${file}:1:1 the file has no front matter block`);
  });

  it('reports broken YAML with its position', () => {
    const e = errorOf('---\ntitle: "unclosed\npublished: 2022-01-01\n---\nText.');
    expect(e.message).toMatch(/example\.txt:\d+:\d+ the front matter is not valid YAML/);
  });
});

describe('parseSource url', () => {
  it('accepts only web addresses, so a page never links to a javascript: address', () => {
    const e = errorOf('---\ntitle: A title\npublished: 2022-01-01\nurl: "javascript:alert(1)"\n---\nText.');
    expect(e.message).toContain('url: "javascript:alert(1)" must be a web address starting with http:// or https://');
    expect(parseSource('---\ntitle: A\npublished: 2022-01-01\nurl: https://www.example.com/a\n---\nText.', file).meta.url).toBe('https://www.example.com/a');
  });
});
