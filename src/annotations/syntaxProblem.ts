/**
 * Turns an MDX syntax error (a VFileMessage from the MDX parser) into a problem an editor can act
 * on: where, what the parser found, and the usual fix for that kind of slip.
 */
import type { Problem } from './problems';

interface ParseError {
  line?: number | null;
  column?: number | null;
  reason?: string;
  ruleId?: string | null;
}

const HINTS: Record<string, string> = {
  'end-tag-mismatch': 'close each element inside the one that holds it, innermost first: <S id="s3"><Claim id="c1" …>…</Claim></S>',
  'unexpected-eof': 'close what was opened: every " of an attribute value, every { and every <Element …> needs its end',
  'unexpected-character': 'in the prose write < as &lt; and { as \\{; attribute values go in double quotes: status="claimed"',
  'unexpected-closing-slash': 'a closing tag looks like </Claim>; a self-closing element like <Place … />',
  'unexpected-attribute': 'write attributes as name="value", separated by spaces',
  'unexpected-lazy': 'keep an element and its text on one paragraph: no blank line inside an element',
};

/** The problem for a parser error; anything else is not a slip of the editor and is rethrown. */
export function syntaxProblem(error: unknown): Problem {
  if (!(error instanceof Error) || !('reason' in error)) throw error;
  const e = error as ParseError & Error;
  const reason = (e.reason ?? e.message).replace(/`/g, '');
  const hint = /in expression/.test(reason)
    ? 'a { in the text starts an expression: write a curly bracket in the prose as \\{ or \\}'
    : HINTS[e.ruleId ?? ''] ?? 'compare the line with the examples in docs/EDITING.md; in the prose write < as &lt; and { as \\{';
  return { line: e.line ?? 1, column: e.column ?? 1, message: `the page is not valid MDX: ${reason}`, hint };
}
