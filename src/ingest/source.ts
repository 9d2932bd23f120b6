/**
 * Reads a source file: a YAML front-matter block (title, published, outlet?, url?, language?)
 * followed by the article text exactly as received. Problems come back as a SourceError that
 * names the line and column, what was wrong and how to fix it.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from './isoDate';

export const sourceMetaSchema = z.object({
  /** Headline or honest description of the article, e.g. "Zelensky visits liberated Izium". */
  title: z.string().trim().min(1),
  /** Publication date, YYYY-MM-DD, e.g. 2022-09-14: relative dates in the text resolve against it. */
  published: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD, e.g. published: 2022-09-14'),
  /** The outlet in its own name, e.g. "The Sun". */
  outlet: z.string().trim().min(1).optional(),
  /** Where the article was published, e.g. https://example.org/news/123. */
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).optional(),
  /** BCP 47 language tag of the text, e.g. en-GB. */
  language: z.string().default('en'),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

export interface Source {
  meta: SourceMeta;
  /** The article text as received, after the front matter. */
  body: string;
}

export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${file}:${line}:${column} ${problem}\n  hint: ${hint}`);
    this.name = 'SourceError';
  }
}

const FENCE = /^---[ \t]*\r?\n(?<yaml>[\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const FIELD_HINTS: Record<string, string> = {
  title: 'add a line such as: title: "Zelensky visits liberated Izium"',
  published: 'add the publication date as YYYY-MM-DD, e.g. published: 2022-09-14',
  outlet: 'write the outlet as text, e.g. outlet: The Sun',
  url: 'write the full address, e.g. url: https://www.example.com/news/article',
  language: 'write a language tag such as en or en-GB',
};

export function parseSource(raw: string, file: string): Source {
  const fence = FENCE.exec(raw);
  if (!fence?.groups) {
    throw new SourceError(file, 1, 1, 'the file has no front matter block',
      'start the file with ---, then title: and published: (YYYY-MM-DD) lines, then --- and the article text');
  }
  const doc = parseDocument(fence.groups.yaml);
  const lineOf = (offset: number) => 2 + fence.groups!.yaml.slice(0, offset).split('\n').length - 1;
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const [line, col] = err.linePos?.[0] ? [err.linePos[0].line + 1, err.linePos[0].col] : [2, 1];
    throw new SourceError(file, line, col, `the front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      'write one "field: value" per line; put values containing ":" or "#" in double quotes');
  }
  const data = doc.toJS() ?? {};
  const parsed = sourceMetaSchema.safeParse(typeof data === 'object' ? data : {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? 'front matter');
    const node = doc.getIn([field], true) as { range?: [number, number] } | undefined;
    const present = data && typeof data === 'object' && field in data;
    const line = node?.range ? lineOf(node.range[0]) : 2;
    const problem = present
      ? `${field}: ${JSON.stringify(data[field])} ${issue.message.startsWith('must') ? issue.message : `is not allowed (${issue.message})`}`
      : `${field} is missing`;
    throw new SourceError(file, line, 1, problem, FIELD_HINTS[field] ?? 'check the front matter fields');
  }
  return { meta: parsed.data, body: raw.slice(fence[0].length) };
}
