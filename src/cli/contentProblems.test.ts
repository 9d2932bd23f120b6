import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentProblems, type ContentFiles } from './contentProblems';

const referenceAreas = readFileSync('content/data/reference-areas.json', 'utf8');
const placeVariants = readFileSync('content/data/place-variants.json', 'utf8');
const landmarkDates = readFileSync('content/data/landmark-dates.json', 'utf8');
const FRONT = 'title: Fakeville bridge retaken\npublished: 2022-09-16\nsource: /sources/fakeville-bridge.txt';
const page = (file: string, prose: string, front = FRONT) => ({ file: `content/articles/${file}`, raw: `---\n${front}\n---\n\n${prose}\n` });
const files = (over: Partial<ContentFiles>): ContentFiles => ({ sources: [], articles: [], referenceAreas, placeVariants, landmarkDates, ...over });

describe('contentProblems', () => {
  it('finds nothing wrong with correct pages, and returns them read', () => {
    const { problems, articles } = contentProblems(files({ articles: [page('fakeville-bridge.mdx', '<S id="s1"><Claim id="c1" by="Minister Testperson">Troops retook the bridge.</Claim></S>')] }));
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ slug: 'fakeville-bridge', title: 'Fakeville bridge retaken', published: '2022-09-16' });
  });

  it('lists every problem at once: sources, front matter, prose and links, each page in line order', () => {
    const { problems, unreadable } = contentProblems(
      files({
        sources: [{ file: 'content/sources/no-date.txt', raw: '---\ntitle: Undated\n---\nText.\n' }],
        articles: [
          page('a.mdx', '<S id="s1"><Claim id="c1" status="claimd">A.</Claim></S>\n\n<S id="s2"><Claim id="c2" confirms="b#c9">B.</Claim></S>', FRONT.replace('2022-09-16', '16/09/2022')),
          page('b.mdx', '<S id="s1"><Claim id="c1">C.</Claim></S>'),
        ],
      }),
    );
    expect(problems.map((p) => p.split('\n')[0])).toEqual([
      'content/sources/no-date.txt:2:1 published is missing',
      'content/articles/a.mdx:3:1 published: "16/09/2022" must be a real date written YYYY-MM-DD',
      'content/articles/a.mdx:7:27 <Claim id="c1" status="claimd">: status="claimd" is not allowed: status must be one of claimed, confirmed, denied, disputed, unverified',
      'content/articles/a.mdx:9:12 <Claim id="c2" confirms="b#c9">: confirms="b#c9" points at no claim in b',
    ]);
    expect(problems.every((p) => /\n {2}hint: \S/.test(p))).toBe(true);
    expect(unreadable).toEqual(['content/articles/a.mdx']);
  });

  it('says when a figure compares with an area we have no size for', () => {
    const { problems } = contentProblems(files({ articles: [page('a.mdx', '<S id="s1"><Figure id="f1" kind="area" value="1" unit="reference:Narnia">the size of Narnia</Figure></S>\n\n<S id="s2"><Figure id="f2" kind="area" value="1" unit="reference:Devon">the size of Devon</Figure></S>')] }));
    expect(problems).toEqual([
      'content/articles/a.mdx:7:12 <Figure id="f1" unit="reference:Narnia">: unit="reference:Narnia" names an area we have no size for, so the figure cannot be converted to km²\n  hint: give its size, e.g. km2="6707", or add "Narnia" to content/data/reference-areas.json (see docs/EDITING.md)',
    ]);
  });

  it('points at a broken entry in a data file editors extend', () => {
    const broken = referenceAreas.replace('"km2": 20779', '"km2": "20,779"');
    const line = broken.slice(0, broken.indexOf('"20,779"')).split('\n').length;
    expect(contentProblems(files({ referenceAreas: broken })).problems).toEqual([
      expect.stringMatching(new RegExp(`^content/data/reference-areas\\.json:${line}:1 areas\\[\\d+\\]\\.km2 is "20,779", but must be a number\\n {2}hint: write entries like \\{ "name": "Devon", "km2": 6707, "source": "ONS 2021" \\}$`)),
    ]);
    expect(contentProblems(files({ placeVariants: placeVariants.replace('"Kharkov",', '"Kharkov"') })).problems[0]).toMatch(/^content\/data\/place-variants\.json:\d+:\d+ the file is not valid JSON: /);
  });

  it('points at a landmark whose date is not a day written YYYY-MM-DD', () => {
    const broken = landmarkDates.replace('"date": "2022-02-24"', '"date": "24 Feb 2022"');
    expect(contentProblems(files({ landmarkDates: broken })).problems).toEqual([
      expect.stringMatching(/^content\/data\/landmark-dates\.json:\d+:1 landmarks\[0\]\.date is "24 Feb 2022": must be a day written YYYY-MM-DD\n {2}hint: write entries like \{ "name": "Russia's full-scale invasion of Ukraine", "date": "2022-02-24"/),
    ]);
  });
});
