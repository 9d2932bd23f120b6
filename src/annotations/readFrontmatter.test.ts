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

  it('points at the line where a quote was left open', () => {
    expect(messages(swap('title', 'title: "Fakeville: the day after'))).toEqual([
      `${FILE}:2:8 the front matter is not valid YAML: Missing closing "quote\n  hint: write one "field: value" per line; put a value containing ": " or " #" or starting with a quote in double quotes, e.g. title: "Kyiv: the day after"`,
    ]);
  });

  it('points at a colon that needs quotes', () => {
    expect(messages(swap('title', 'title: Fakeville: the day after'))[0]).toMatch(/^content\/articles\/fakeville\.mdx:2:8 the front matter is not valid YAML: Nested mappings are not allowed in compact mappings\n/);
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
