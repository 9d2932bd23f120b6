/** The mistakes an editor can make with source files; each pins its message. */
import { describe, expect, it } from 'vitest';
import { checkSources, slugOf } from './sourceFiles';

const source = (file: string, front: string, text = 'Minister Testperson said troops had retaken Fakeville.') => ({ file: `content/sources/${file}`, raw: `---\n${front}\n---\n${text}\n` });
const good = (file: string) => source(file, 'title: Fakeville retaken\npublished: 2022-09-14');

describe('slugOf', () => {
  it('makes the page name from the file name', () => {
    expect(slugOf('content/sources/Fakeville Bridge.txt')).toBe('fakeville-bridge');
    expect(slugOf('Zürich–Talks.txt')).toBe('zurich-talks');
  });
});

describe('checkSources', () => {
  it('passes sources that can be ingested', () => {
    const { sources, problems } = checkSources([good('fakeville.txt')]);
    expect(problems).toEqual([]);
    expect(sources[0]).toMatchObject({ slug: 'fakeville', source: { meta: { published: '2022-09-14' } } });
  });

  it('says a source has no published date, and where to add it', () => {
    expect(checkSources([source('fakeville.txt', 'title: Fakeville retaken')]).problems.map((p) => p.message)).toEqual([
      'content/sources/fakeville.txt:2:1 published is missing\n  hint: add the publication date as YYYY-MM-DD, e.g. published: 2022-09-14',
    ]);
  });

  it('points at malformed front matter', () => {
    expect(checkSources([source('fakeville.txt', 'title: "Fakeville: retaken\npublished: 2022-09-14')]).problems[0].message).toMatch(
      /^content\/sources\/fakeville\.txt:\d+:\d+ the front matter is not valid YAML: .*\n {2}hint: write one "field: value" per line/,
    );
  });

  it('holds back both sources that would give one page, naming the other file', () => {
    const { sources, problems } = checkSources([good('Fakeville Bridge.txt'), good('fakeville-bridge.txt'), good('other.txt')]);
    expect(sources.map((s) => s.slug)).toEqual(['other']);
    expect(problems.map((p) => p.message)).toEqual([
      'content/sources/fakeville-bridge.txt:1:1 gives the same page name "fakeville-bridge" as content/sources/Fakeville Bridge.txt\n  hint: rename one of the two files; the page name is the file name in lower case with dashes',
    ]);
  });

  it('says so when the article text is missing', () => {
    expect(checkSources([source('fakeville.txt', 'title: Fakeville retaken\npublished: 2022-09-14', '')]).problems[0].message).toBe(
      'content/sources/fakeville.txt:5:1 the article text is empty\n  hint: paste the article text below the closing --- of the front matter',
    );
  });
});
