import { describe, expect, it } from 'vitest';
import { formatProblem } from '../annotations/problems';
import { parseArticle, type ArticleMeta } from './parseArticle';

const meta: ArticleMeta = { slug: 'fakeville', file: 'content/articles/fakeville.mdx', title: 'Fakeville', published: '2022-09-14', outlet: 'The Daily Example', review: 'draft' };
const page = (prose: string) => `---\ntitle: Fakeville\npublished: 2022-09-14\nsource: /sources/fakeville.txt\n---\n\n${prose}\n`;
const messages = (prose: string) => parseArticle(page(prose), meta).problems.map((p) => formatProblem(meta.file, p));

describe('parseArticle', () => {
  it('counts lines from the top of the file, front matter included', () => {
    expect(parseArticle(page('<S id="s1"><Claim id="c1">A.</Claim></S>'), meta).claims[0]).toMatchObject({ line: 7, column: 12 });
  });

  it('turns an element left open into a problem with its place and the fix', () => {
    expect(messages('<S id="s1"><Claim id="c1">Text.</S>')).toEqual([
      `${meta.file}:7:32 the page is not valid MDX: Unexpected closing tag </S>, expected corresponding closing tag for <Claim> (7:12-7:27)\n  hint: close each element inside the one that holds it, innermost first: <S id="s3"><Claim id="c1" …>…</Claim></S>`,
    ]);
  });

  it('explains a curly bracket in the prose', () => {
    expect(messages('<S id="s1">Text { more.</S>')).toEqual([
      `${meta.file}:7:28 the page is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for {\n  hint: a { in the text starts an expression: write a curly bracket in the prose as \\{ or \\}`,
    ]);
  });
});
