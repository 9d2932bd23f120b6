/**
 * Visits every node of a tree in document order (preorder), with its ancestors, nearest last.
 * Does what unist-util-visit-parents does for a visitor that never skips or stops, without its
 * cost per node (a closure, and a debugging name set on it): it runs on every page of a build.
 * The ancestors array is the walk's own stack: read it during the call, do not keep it.
 */
import type { Node, Parent } from 'unist';

export function walk(tree: Node, visitor: (node: Node, ancestors: readonly Parent[]) => void): void {
  const ancestors: Parent[] = [];
  const visit = (node: Node) => {
    visitor(node, ancestors);
    const { children } = node as Partial<Parent>;
    if (!children) return;
    ancestors.push(node as Parent);
    for (const child of children) visit(child);
    ancestors.pop();
  };
  visit(tree);
}
