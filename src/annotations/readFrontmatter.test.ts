/** The mistakes an editor can make in an article page's front matter; each pins its message. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { readFrontmatter } from './readFrontmatter';

const FILE = 'content/articles/fakeville.mdx';
const GOOD = ['title: Fakeville bridge retaken', 'published: 2022-09-14', 'outlet: The Daily Example', 'source: /sources/fakeville.txt', 'review: draft'];
const page = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n<S id="s1">Text.</S>\n`;
const messages = (lines: string[]) => readFrontmatter(page(lines)).problems.map((p) => formatProblem(FILE, p));
const swap = (field: string, line: string) => GOOD.map((l) => (l.startsWith(`${field}:`) ? line : l));

describe('readFrontmatter', () => {
  it('reads a page written by ingest, with defaults for what it leaves out', () => {
    expect(readFrontmatter(page(GOOD))).toEqual({
      problems: [],
      data: expect.objectContaining({ title: 'Fakeville bridge retaken', published: '2022-09-14', review: 'draft', language: 'en', furniture: [] }),
    });
  });

  it('points at YAML that does not parse and says how to quote', () => {
    const [message] = messages(swap('title', 'title: "Fakeville: the day after'));
    expect(message).toMatch(/^content\/articles\/fakeville\.mdx:\d+:\d+ the front matter is not valid YAML: /);
    expect(message).toContain('hint: write one "field: value" per line; put a value containing ": "');
  });

  it('points at a publication date it cannot read', () => {
    expect(messages(swap('published', 'published: 14 September 2022'))).toEqual([
      `${FILE}:3:1 published: "14 September 2022" must be a real date written YYYY-MM-DD\n  hint: write e.g. published: 2022-09-14`,
    ]);
  });

  it('lists the review states when one is misspelt', () => {
    expect(messages(swap('review', 'review: done'))).toEqual([`${FILE}:6:1 review: "done" must be draft or reviewed\n  hint: write e.g. review: reviewed`]);
  });

  it('suggests the field an unknown one was meant to be', () => {
    expect(messages(swap('review', 'reviewd: reviewed'))).toEqual([
      expect.stringMatching(/^content\/articles\/fakeville\.mdx:6:1 reviewd: "reviewed" — "reviewd" is not a front matter field\n {2}hint: did you mean review\? allowed fields: title, published, /),
    ]);
  });

  it('says where to add a missing field', () => {
    expect(messages(GOOD.filter((l) => !l.startsWith('title:')))).toEqual([`${FILE}:6:1 title is missing\n  hint: add a line title: "Ukrainian troops reach the Russian border" before the closing ---`]);
  });

  it('says so when a page has no front matter at all', () => {
    expect(readFrontmatter('<S id="s1">Text.</S>\n').problems.map((p) => formatProblem(FILE, p))).toEqual([
      `${FILE}:1:1 the page has no front matter block\n  hint: start the page with ---, the fields (title, published, source …), then --- (copy them from the page ingest generated)`,
    ]);
  });
});
