import { describe, expect, it } from 'vitest';
import { formatProblem } from '../annotations/problems';
import { parseArticle, type ArticleMeta } from './parseArticle';

const meta: ArticleMeta = { slug: 'fakeville', file: 'content/articles/fakeville.mdx', title: 'Fakeville', published: '2022-09-14', outlet: 'The Daily Example', review: 'draft' };
const page = (prose: string) => `---\ntitle: Fakeville\npublished: 2022-09-14\nsource: /sources/fakeville.txt\n---\n\n${prose}\n`;
const htmlOf = (prose: string) => new TextDecoder().decode(parseArticle(page(prose), meta).html);
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

  it('renders the prose: paragraphs of sentences, annotations with their tips, heading ids', () => {
    const prose = '## Fierce battles\n\n<S id="s1"><Claim id="c1" by="Oleh Fakenko" kind="person" verb="said">Troops reached the border, he said.</Claim></S> <S id="s2">Then rain.</S>';
    const { headings } = parseArticle(page(prose), meta);
    const html = htmlOf(prose);
    expect(headings).toEqual([{ depth: 2, slug: 'fierce-battles', text: 'Fierce battles' }]);
    expect(html).toContain('<h2 id="fierce-battles">Fierce battles</h2>');
    expect(html).toMatch(/^<h2[^]*<p><span class="s" id="s1"><span class="ann claim claimed" id="ann-c1" tabindex="0" aria-describedby="tip-c1" data-status="claimed">Troops reached the border, he said.<span class="tip" id="tip-c1">Claim by Oleh Fakenko \(person, “said”\): <strong>claimed<\/strong> · machine-extracted<\/span><\/span><\/span> <span class="s" id="s2">Then rain.<\/span><\/p>$/);
  });

  it('gives a heading inside a quote its id too, and numbers a repeated heading', () => {
    expect(htmlOf('> ## Aftermath')).toBe('<blockquote>\n<h2 id="aftermath">Aftermath</h2>\n</blockquote>');
    expect(htmlOf('> ## Aftermath\n\n## Aftermath')).toBe('<blockquote>\n<h2 id="aftermath">Aftermath</h2>\n</blockquote>\n<h2 id="aftermath-1">Aftermath</h2>');
  });

  it('shows markup in the text as text', () => {
    expect(htmlOf('<S id="s1">Use &lt;script> and \\{x\\} here.</S>')).toBe('<p><span class="s" id="s1">Use &#x3C;script> and {x} here.</span></p>');
  });

  it('refuses code in a page: an expression or an import line', () => {
    expect(messages('<S id="s1">Text {1 + 1} more.</S>')).toEqual([
      `${meta.file}:7:17 {1 + 1} is an expression: article pages hold text and annotations only\n  hint: to show curly brackets as text, write them as \\{ and \\}`,
    ]);
    expect(messages('import x from "./x.js"\n\n<S id="s1">Text.</S>')).toEqual([
      `${meta.file}:7:1 "import x from \"./x.js\"" is an import or export line: article pages hold text and annotations only\n  hint: to show the line as text, put it in a sentence: <S id="s9">import …</S>`,
    ]);
    expect(htmlOf('<S id="s1">Text {1 + 1} more.</S>')).toBe('');
  });
});
