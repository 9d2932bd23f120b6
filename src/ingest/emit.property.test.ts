import fc from 'fast-check';
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { emit } from './emit';
import { ingest } from './ingest';
import { bodyOf } from './normalize';
import { referenceData } from './referenceData';
import { hostileText } from './textArbitraries';

/** The dialect the site reads pages in: MDX with GitHub-flavoured Markdown (Astro's default, on in astro.config.mjs). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const meta = { title: 'T', published: '2022-09-14', outlet: 'The Sun', source: '/sources/t.txt', sourceHash: 'h' };

/** What a reader of the page gets back: each <S>'s text by id, and the headings, in order. */
function readBack(mdx: string) {
  const tree = parser.parse(mdx) as Root;
  const sentences = new Map<string, string>();
  const headings: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxTextElement' && (node as MdxJsxTextElement).name === 'S') {
      const id = (node as MdxJsxTextElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      sentences.set(String(id), toString(node));
    }
    if (node.type === 'heading') headings.push(toString(node));
  });
  return { sentences, headings };
}

describe('emit, on any text', () => {
  it('writes MDX in which every sentence reads back as exactly the normalised text, and nothing else becomes code', () => {
    const data = referenceData();
    fc.assert(
      fc.property(hostileText, (raw) => {
        const result = ingest(raw, { published: '2022-09-14', outlet: 'The Sun', ...data });
        const mdx = emit(result, meta);
        const back = readBack(mdx);
        expect([...back.sentences.keys()]).toEqual(result.sentences.map((s) => s.id));
        for (const s of result.sentences) expect(back.sentences.get(s.id)).toBe(s.text);
        expect(back.headings).toEqual(result.normalized.paragraphs.filter((p) => p.kind === 'heading').map(bodyOf));
        expect(mdx).not.toMatch(/^(?:import|export)\b/m);
        expect(parser.parse(mdx).children.some((n) => n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression')).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
