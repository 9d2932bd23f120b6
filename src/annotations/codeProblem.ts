/**
 * An article page is prose and annotation elements, nothing else: an `import`/`export` line or a
 * {…} expression in the text would be code, and the page shows its text as written. Each one is
 * a problem with its place and the fix. Pure.
 */
import type { Node } from 'unist';
import type { Problem } from './problems';

const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The problem with one node of a page, if it is code. */
export function codeProblem(node: Node & { value?: unknown }): Problem | undefined {
  if (!CODE.has(node.type)) return undefined;
  const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const written = String(node.value ?? '').split('\n')[0].slice(0, 60);
  return node.type === 'mdxjsEsm'
    ? { ...where, message: `"${written}" is an import or export line: article pages hold text and annotations only`, hint: 'to show the line as text, put it in a sentence: <S id="s9">import …</S>' }
    : { ...where, message: `{${written}} is an expression: article pages hold text and annotations only`, hint: 'to show curly brackets as text, write them as \\{ and \\}' };
}
