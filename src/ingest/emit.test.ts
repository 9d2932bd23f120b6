import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { emit } from './emit';
import { ingest } from './ingest';
import { referenceData } from './referenceData';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const meta = { title: 'A test page', published: '2023-03-08', source: '/sources/test.txt', sourceHash: 'abc' };

function roundTrip(text: string) {
  const result = ingest(text, { published: meta.published, outlet: 'The Test Gazette', ...referenceData() });
  const mdx = emit(result, meta);
  const tree = parser.parse(mdx);
  const sentences: string[] = [];
  const code: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'S') sentences.push(toString(node));
    if (['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) code.push(node.type);
  });
  return { result, mdx, sentences, code };
}

describe('emit', () => {
  it('writes hostile article text as text: braces, tags, import/export lines, backticks', () => {
    const text = [
      'The mayor said {process.exit(1)} was printed on a leaflet.',
      '<script>alert(1)</script> appeared in the comment section, officials said.',
      'export const x = 1',
      'import fs from "fs"',
      'A `code span` and **stars** and [a link](http://example.com) and <b>bold</b> & entities &amp; stay literal.',
      '# Not a heading, just a hash at the start of a line in the source.',
    ].join('\n');
    const { result, sentences, code } = roundTrip(text);
    expect(code).toEqual([]);
    expect(sentences).toEqual(result.sentences.map((s) => s.text));
    expect(sentences.join(' ')).toContain('{process.exit(1)}');
    expect(sentences.join(' ')).toContain('<script>alert(1)</script>');
  });

  it('keeps every sentence, in order, with its id, around inline annotations', () => {
    const text = 'Officials in Kharkiv said on Monday that troops had advanced 20 km. The governor confirmed it.';
    const { result, mdx, sentences } = roundTrip(text);
    expect(sentences).toEqual(result.sentences.map((s) => s.text));
    expect(mdx).toContain('<S id="s1">');
    expect(mdx).toContain('<S id="s2">');
  });

  it('records the source hash and marks the page a draft', () => {
    const { mdx } = roundTrip('Troops crossed the river on Tuesday, the army said.');
    expect(mdx).toMatch(/^---\n/);
    expect(mdx).toContain('review: draft');
    expect(mdx).toContain('sourceHash: abc');
  });

  it('writes list items as Markdown lists, bulleted or numbered from the first number, each sentence in its <S>', () => {
    const text = ['What we know', '• The bridge reopened on Monday.', '• Trains ran again, the operator said.', '3. The port was shelled.', '4. Talks resumed.', 'A closing paragraph.'].join('\n');
    const { result, mdx, sentences } = roundTrip(text);
    expect(sentences).toEqual(result.sentences.map((s) => s.text));
    expect(sentences[0]).toBe('The bridge reopened on Monday.');
    const lists: { ordered: boolean | null | undefined; start: number | null | undefined; items: number }[] = [];
    visit(parser.parse(mdx), 'list', (node) => void lists.push({ ordered: node.ordered, start: node.start, items: node.children.length }));
    expect(lists).toEqual([{ ordered: false, start: null, items: 2 }, { ordered: true, start: 3, items: 2 }]);
    expect(mdx).toContain('- <S id="s1">');
    expect(mdx).toContain('3. <S id="s3">');
  });
});
