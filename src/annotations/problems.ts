/**
 * Turns schema issues into messages an editor can act on: what was found, what is allowed, and
 * the fix; and formats them as `file:line:column <Element id="…" attr="…">: message` + a hint line.
 */
import type { z } from 'zod';

export interface Problem {
  line: number;
  column: number;
  /** The element at fault ("Claim"); left out for problems of the page itself (front matter, syntax). */
  element?: string;
  /** The attributes as written, to quote the element by its id and the offending attribute. */
  attrs?: Record<string, string>;
  /** The attribute at fault, quoted after the id. */
  attribute?: string;
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

/** How to fix an attribute whose value has the wrong form, by attribute name. */
const VALUE_HINTS: Record<string, string> = {
  id: 'start with a letter, then letters, digits or dashes: id="c3" (sentences: id="s12")',
  date: 'write one day as date="2022-09-14", or the days it covers as date="2022-03-01/2022-03-10" and say how exact with precision="part-of-month"',
  value: 'write digits only, with a point for decimals and no commas or units: value="6000"',
  km2: 'write digits only, no commas or units: km2="6000"',
  km: 'write digits only, no commas or units: km="48.3"',
  lat: 'write decimal degrees between -90 and 90: lat="49.21"',
  lon: 'write decimal degrees between -180 and 180: lon="37.26"',
  unit: 'write the unit the text uses, e.g. unit="km2" or unit="sq_mi"; for "the size of Wales" write unit="reference:Wales"',
  confirms: 'write the id of the confirmed claim: confirms="c3", or confirms="kharkiv-border#c3" for a claim on another page',
  disputes: 'write the id of the disputed claim: disputes="c3", or disputes="kharkiv-border#c3" for a claim on another page',
};

export function describeIssue(
  issue: z.core.$ZodIssue,
  schema: z.ZodObject,
  attrs: Record<string, string>,
): Pick<Problem, 'message' | 'hint' | 'attribute'> {
  const allowedKeys = Object.keys(schema.shape);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const guess = didYouMean(key, allowedKeys);
    return {
      attribute: key,
      message: `has an unknown attribute "${key}"`,
      hint: `${guess ? `did you mean ${guess}? ` : ''}allowed attributes: ${allowedKeys.join(', ')}`,
    };
  }
  const field = String(issue.path[0] ?? '');
  const values = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
  if (!(field in attrs)) {
    const example = values ? `${field}="${values[0]}" (one of ${values.join(', ')})` : (VALUE_HINTS[field]?.match(/\w+="[^"]*"/)?.[0] ?? `${field}="…"`);
    return { message: `${field} is missing`, hint: `add ${example}; see docs/EDITING.md` };
  }
  if (values) {
    const guess = didYouMean(attrs[field], values);
    return {
      attribute: field,
      message: `${field}="${attrs[field]}" is not allowed: ${field} must be one of ${values.join(', ')}`,
      hint: guess ? `did you mean ${field}="${guess}"?` : `write e.g. ${field}="${values[0]}"`,
    };
  }
  return { attribute: field, message: `${field}="${attrs[field]}" ${issue.message}`, hint: VALUE_HINTS[field] ?? `fix the ${field} attribute` };
}

export function formatProblem(file: string, p: Problem): string {
  const quoted = p.attrs ? [...new Set(['id', p.attribute ?? 'id'])].filter((k) => k in p.attrs!) : [];
  const shown = quoted.map((k) => ` ${k}="${p.attrs![k]}"`).join('');
  const what = p.element ? `<${p.element}${shown}>: ` : '';
  return `${file}:${p.line}:${p.column} ${what}${p.message}\n  hint: ${p.hint}`;
}
