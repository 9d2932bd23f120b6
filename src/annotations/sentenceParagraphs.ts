/**
 * MDX "unravels" a paragraph that holds nothing but elements, so a paragraph made of <S> sentences
 * would reach the page without its <p>. This regroups such sentences into paragraphs again: runs
 * of sentences with no blank line between them form one paragraph, as they did in the source.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type Parent = { children: RootContent[] };

const isFlowSentence = (n: RootContent): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === 'S';

function asText(node: MdxJsxFlowElement): MdxJsxTextElement {
  const children = node.children.flatMap((c): PhrasingContent[] => (c.type === 'paragraph' ? c.children : [c as PhrasingContent]));
  return { ...node, type: 'mdxJsxTextElement', children };
}

function regroup(parent: Parent): void {
  const out: RootContent[] = [];
  let current: Paragraph | undefined;
  let lastLine = -Infinity;
  for (const child of parent.children) {
    if (!isFlowSentence(child)) {
      current = undefined;
      out.push(child);
      if ('children' in child && child.type !== 'paragraph') regroup(child as Parent);
      continue;
    }
    const line = child.position?.start.line ?? lastLine;
    if (current && line - lastLine <= 1) current.children.push({ type: 'text', value: ' ' }, asText(child));
    else {
      current = { type: 'paragraph', children: [asText(child)], position: child.position };
      out.push(current);
    }
    lastLine = child.position?.end.line ?? line;
  }
  parent.children = out;
}

export function sentencesAsParagraphs(tree: Root): void {
  regroup(tree);
}
