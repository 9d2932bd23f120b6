/**
 * Turns schema issues into messages an editor can act on: what was found, what is allowed, and
 * the fix; and formats them as `file:line:column <Element attr="…">: message` + a hint line.
 */
import type { z } from 'zod';

export interface Problem {
  line: number;
  column: number;
  element: string;
  /** The attributes as written, to quote the offending one. */
  attrs?: Record<string, string>;
  message: string;
  hint: string;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The closest allowed word, if it is close enough to be a slip of the keyboard. */
export function didYouMean(word: string, allowed: readonly string[]): string | undefined {
  const best = allowed.map((w) => ({ w, d: distance(word.toLowerCase(), w.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.w : undefined;
}

export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodObject, attrs: Record<string, string>): Pick<Problem, 'message' | 'hint'> {
  const allowedKeys = Object.keys(schema.shape);
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const guess = didYouMean(key, allowedKeys);
    return {
      message: `has an unknown attribute "${key}"`,
      hint: `${guess ? `did you mean ${guess}? ` : ''}allowed attributes: ${allowedKeys.join(', ')}`,
    };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const guess = didYouMean(attrs[field] ?? '', values);
    return {
      message: `${field} must be one of ${values.join(', ')}`,
      hint: guess ? `did you mean ${field}="${guess}"?` : `write e.g. ${field}="${values[0]}"`,
    };
  }
  if (!(field in attrs)) {
    return { message: `${field} is missing`, hint: `add ${field}="…" (see docs/EDITING.md for an example)` };
  }
  return { message: `${field}="${attrs[field]}" ${issue.message}`, hint: `fix the ${field} attribute` };
}

export function formatProblem(file: string, p: Problem): string {
  const shown = p.attrs ? Object.entries(p.attrs).slice(0, 3).map(([k, v]) => ` ${k}="${v}"`).join('') : '';
  return `${file}:${p.line}:${p.column} <${p.element}${shown}>: ${p.message}\n  hint: ${p.hint}`;
}
