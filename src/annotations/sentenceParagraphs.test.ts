import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sentencesAsParagraphs } from './sentenceParagraphs';

/** A sentence as MDX leaves it after unravelling its paragraph: a block element at a given line. */
const sentence = (id: string, line: number): RootContent => ({
  type: 'mdxJsxFlowElement',
  name: 'S',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [{ type: 'paragraph', children: [{ type: 'text', value: `Sentence ${id}.` }] }],
  position: { start: { line, column: 1 }, end: { line, column: 30 } },
});

describe('sentencesAsParagraphs', () => {
  it('puts sentences of one source line back into one paragraph, and a blank line between starts another', () => {
    const tree: Root = { type: 'root', children: [sentence('s1', 3), sentence('s2', 3), sentence('s3', 5)] };
    sentencesAsParagraphs(tree);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    const [first] = tree.children;
    expect(first.type === 'paragraph' && first.children.map((c) => c.type)).toEqual(['mdxJsxTextElement', 'text', 'mdxJsxTextElement']);
  });

  it('regroups sentences inside a caption too', () => {
    const caption: RootContent = { type: 'mdxJsxFlowElement', name: 'Caption', attributes: [], children: [sentence('s4', 8) as never] };
    const tree: Root = { type: 'root', children: [caption] };
    sentencesAsParagraphs(tree);
    const inner = (tree.children[0] as { children: RootContent[] }).children;
    expect(inner.map((c) => c.type)).toEqual(['paragraph']);
  });
});
