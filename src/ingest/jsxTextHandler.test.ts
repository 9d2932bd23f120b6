import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { jsxTextHandler } from './jsxTextHandler';

const library = unified().use(remarkStringify).use(remarkMdx);
const ours = unified().use(remarkStringify, { handlers: { mdxJsxTextElement: jsxTextHandler } }).use(remarkMdx);

const attr = (name: string, value?: string | null): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const el = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[] = []): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name, attributes, children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const page = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });

const cases: Record<string, Root> = {
  'plain attributes': page(el('S', [attr('id', 's1')], [text('Kyiv said so.')])),
  'quotes, ampersands and angle brackets in values': page(el('Claim', [attr('id', 'c1'), attr('by', 'The "Rada" & <Kyiv>'), attr('verb', "it's")], [text('a claim')])),
  'an empty value and a bare attribute': page(el('Figure', [attr('about', ''), attr('hidden', null)], [text('6,000 km²')])),
  'a line break and braces in a value': page(el('Event', [attr('summary', 'one\ntwo {three}')], [text('on 3 March')])),
  'a self-closing element': page(text('before '), el('Place', [attr('name', 'Izium')]), text(' after')),
  'nested elements and text that needs escaping': page(el('S', [attr('id', 's2')], [text('*not* emphasis {x} <b> '), el('Place', [attr('name', 'Kharkiv')], [text('Kharkiv')]), text(' & more')])),
};

describe('jsxTextHandler', () => {
  for (const [name, tree] of Object.entries(cases)) {
    it(`writes what mdast-util-mdx-jsx writes: ${name}`, () => {
      expect(ours.stringify(structuredClone(tree))).toBe(library.stringify(structuredClone(tree)));
    });
  }

  it('leaves an element with an expression attribute to the library', () => {
    const tree = page(el('Claim', [{ type: 'mdxJsxExpressionAttribute', value: '...rest' } as never], [text('x')]));
    expect(ours.stringify(tree)).toBe('<Claim {...rest}>x</Claim>\n');
  });
});
