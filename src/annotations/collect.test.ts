/** One test per mistake an editor can make inside the prose; each pins the message the build prints. */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectAnnotations } from './collect';
import { formatProblem } from './problems';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const FILE = 'content/articles/fakeville.mdx';
/** Front matter of five lines, so the prose starts on line 7. */
const page = (prose: string) => `---\ntitle: Fakeville bridge retaken\npublished: 2022-09-14\nsource: /sources/fakeville.txt\n---\n\n${prose}\n`;
const collect = (prose: string) => collectAnnotations(parser.parse(page(prose)));
const messages = (prose: string) => collect(prose).problems.map((p) => formatProblem(FILE, p));

describe('collectAnnotations', () => {
  it('reads claims, events, figures and places with the sentence they sit in and their line', () => {
    const out = collect('<S id="s1"><Claim id="c1" by="Minister Testperson" kind="person" status="claimed">Minister Testperson said troops retook <Place id="p1" name="Fakeville" lat="49.1" lon="37.2">Fakeville</Place>.</Claim></S>\n\n<S id="s2"><Event id="e1" date="2022-09-12">On Monday</Event> they held <Figure id="f1" kind="area" value="500" unit="km2" km2="500">500 sq km</Figure>.</S>');
    expect(out.problems).toEqual([]);
    expect(out.claims[0]).toMatchObject({ id: 'c1', by: 'Minister Testperson', status: 'claimed', sentence: 's1', line: 7, column: 12 });
    expect(out.places[0]).toMatchObject({ name: 'Fakeville', lat: 49.1, sentence: 's1' });
    expect(out.events[0]).toMatchObject({ date: '2022-09-12', sentence: 's2', line: 9 });
    expect(out.figures[0]).toMatchObject({ value: 500, km2: 500, text: '500 sq km' });
    expect(out.sentences.get('s2')).toBe('On Monday they held 500 sq km.');
  });

  it('names an unknown component and lists the ones there are', () => {
    expect(messages('<S id="s1"><Claimm id="c1">Text.</Claimm></S>')).toEqual([
      `${FILE}:7:12 <Claimm>: is not an annotation element\n  hint: use one of <S>, <Caption>, <Claim>, <Event>, <Figure>, <Place> (see docs/EDITING.md)`,
    ]);
  });

  it('points at a misspelt attribute and suggests the right one', () => {
    expect(messages('<S id="s1"><Claim id="c1" by="Kyiv" staus="claimed">Text.</Claim></S>')).toEqual([
      `${FILE}:7:37 <Claim id="c1" staus="claimed">: has an unknown attribute "staus"\n  hint: did you mean status? allowed attributes: id, by, kind, verb, status, confirms, disputes, reviewed`,
    ]);
  });

  it('points at a misspelt status, lists the statuses and suggests the nearest', () => {
    expect(messages('<S id="s1"><Claim id="c1" by="Kyiv" status="confirmd">Text.</Claim></S>')).toEqual([
      `${FILE}:7:37 <Claim id="c1" status="confirmd">: status="confirmd" is not allowed: status must be one of claimed, confirmed, denied, disputed, unverified\n  hint: did you mean status="confirmed"?`,
    ]);
  });

  it('explains how to write a date it cannot read', () => {
    expect(messages('<S id="s1"><Event id="e1" date="14 September 2022">Text.</Event></S>')).toEqual([
      `${FILE}:7:27 <Event id="e1" date="14 September 2022">: date="14 September 2022" must be a day written YYYY-MM-DD or a range start/end, e.g. date="2022-09-05/2022-09-11"\n  hint: write one day as date="2022-09-14", or the days it covers as date="2022-03-01/2022-03-10" and say how exact with precision="part-of-month"`,
    ]);
  });

  it('rejects a day that does not exist', () => {
    expect(messages('<S id="s1"><Event id="e1" date="2022-02-30">Text.</Event></S>')[0]).toContain(':7:27 <Event id="e1" date="2022-02-30">: date="2022-02-30" must be a day written YYYY-MM-DD');
  });

  it('names the line of the first use of a duplicate id', () => {
    expect(messages('<S id="s1"><Claim id="c1">A.</Claim></S>\n\n<S id="s2"><Claim id="c1">B.</Claim></S>')).toEqual([
      `${FILE}:9:19 <Claim id="c1">: id="c1" is already used by the <Claim> on line 7\n  hint: give each annotation its own id, e.g. the next free number`,
    ]);
    expect(messages('<S id="s1">A.</S> <S id="s1">B.</S>')).toEqual([
      `${FILE}:7:22 <S id="s1">: id="s1" is already used by the <S> on line 7\n  hint: sentence ids must differ: give this one the next free number`,
    ]);
  });

  it('says when confirms names no claim on the page, and lists the claims there are', () => {
    expect(messages('<S id="s1"><Claim id="c1">A.</Claim></S> <S id="s2"><Claim id="c2" confirms="c9">B.</Claim></S>')).toEqual([
      `${FILE}:7:53 <Claim id="c2" confirms="c9">: confirms="c9" points at no claim on this page\n  hint: use the id of a <Claim> on this page (c1, c2), or "article-slug#c3" for another article`,
    ]);
  });

  it('reports one slip once: a claim with a bad status can still be confirmed', () => {
    const out = messages('<S id="s1"><Claim id="c1" status="confirmd">A.</Claim></S> <S id="s2"><Claim id="c2" confirms="c1">B.</Claim></S>');
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('status="confirmd" is not allowed');
  });

  it('says which units a figure may have when it cannot convert one', () => {
    expect(messages('<S id="s1"><Figure id="f1" kind="area" value="10" unit="furlongs">ten furlongs</Figure></S>')).toEqual([
      expect.stringMatching(/^content\/articles\/fakeville\.mdx:7:51 <Figure id="f1" unit="furlongs">: unit="furlongs" must be one of km2, sq_mi, .* or reference:<area> \(e\.g\. reference:Wales\)\n {2}hint: write the unit the text uses, e\.g\. unit="km2"/),
    ]);
  });

  it('says what a missing attribute may be', () => {
    expect(messages('<S id="s1"><Figure id="f1" value="10" unit="km2">ten</Figure></S>')).toEqual([
      `${FILE}:7:12 <Figure id="f1">: kind is missing\n  hint: add kind="area" (one of area, distance, share, count); see docs/EDITING.md`,
    ]);
  });

  it('asks for quotes around an attribute written as an expression, once', () => {
    expect(messages('<S id="s1"><Figure id="f1" kind="area" value={6000} unit="km2">6,000</Figure></S>')).toEqual([
      `${FILE}:7:40 <Figure id="f1">: value={6000} is an expression\n  hint: write it as text in quotes: value="6000"`,
    ]);
  });

  it('lists every problem of a page, not only the first', () => {
    expect(collect('<S id="s1"><Claim id="c1" status="claimd">A.</Claim></S>\n\n<S id="s2"><Event id="e1" date="soon">B.</Event></S>').problems.map((p) => p.line)).toEqual([7, 9]);
  });
});
