/**
 * Where emit put each inline element of a page (jsxTextHandler records it on the node while
 * serialising), as a flat list in document order: start line, start column, end line, end
 * column, then the next element. With it, a tree that emitTree makes again from the same ingest
 * result carries the positions a parser would give it, for annotations' line:column.
 */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { walk } from './walk';

const isInline = (node: Node): node is MdxJsxTextElement => node.type === 'mdxJsxTextElement';

export function positionsOf(tree: Root): number[] {
  const out: number[] = [];
  walk(tree, (node) => {
    if (!isInline(node)) return;
    const { start, end } = node.position!;
    out.push(start.line, start.column, end.line, end.column);
  });
  return out;
}

/** Puts `positions` (from positionsOf on the same tree, made again) back on `tree`. */
export function withPositions(tree: Root, positions: readonly number[]): Root {
  let i = 0;
  walk(tree, (node) => {
    if (!isInline(node)) return;
    const [line, column, endLine, endColumn] = positions.slice(i, (i += 4));
    node.position = { start: { line, column }, end: { line: endLine, column: endColumn } };
  });
  if (i !== positions.length) throw new Error(`withPositions: ${positions.length / 4} positions for ${i / 4} elements`);
  return tree;
}
