/**
 * Reads and checks the front matter of an article page as written: YAML that does not parse, a
 * field with a value of the wrong form, a missing field, a field that does not exist. Each problem
 * names the line of the field, what was found, what is allowed, and the fix. Pure.
 */
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { didYouMean, type Problem } from './problems';
import { FRONTMATTER_FIELDS, frontmatterSchema, type Frontmatter } from './frontmatterSchema';

const FENCE = /^---[ \t]*\r?\n(?:(?<yaml>[\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Front matter fields, their line in the file and the value as written. */
function fieldLines(yamlText: string, firstLine: number) {
  const doc = parseDocument(yamlText);
  const lineAt = (offset: number) => firstLine + yamlText.slice(0, offset).split('\n').length - 1;
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineAt(pair.key.range[0]));
    }
  }
  return { doc, lines };
}

const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v));

export interface ReadFrontmatter {
  /** The checked fields, when there was no problem. */
  data?: Frontmatter;
  problems: Problem[];
}

export function readFrontmatter(mdx: string): ReadFrontmatter {
  const fence = FENCE.exec(mdx);
  if (!fence) {
    return { problems: [{ line: 1, column: 1, message: 'the page has no front matter block', hint: 'start the page with ---, the fields (title, published, source …), then --- (copy them from the page ingest generated)' }] };
  }
  const yamlText = fence.groups?.yaml ?? '';
  const { doc, lines } = fieldLines(yamlText, 2);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // An unclosed quote is noticed where the block ends: point at the line where it was opened.
    const lines = yamlText.split('\n');
    const opened = err.code === 'MISSING_CHAR' ? lines.findIndex((l) => (l.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1) : -1;
    const [line, column] = opened >= 0 ? [opened + 1, lines[opened].indexOf('"') + 1] : [err.linePos?.[0].line ?? 1, err.linePos?.[0].col ?? 1];
    return {
      problems: [{
        line: 1 + line,
        column,
        message: `the front matter is not valid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'write one "field: value" per line; put a value containing ": " or " #" or starting with a quote in double quotes, e.g. title: "Kyiv: the day after"',
      }],
    };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ line: 2, column: 1, message: 'the front matter is not a list of "field: value" lines', hint: 'write one "field: value" per line, e.g. title: "…" then published: 2022-09-14' }] };
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const values = data as Record<string, unknown>;
  const problems = parsed.error.issues.map((issue): Problem => {
    const field = String(issue.path[0] ?? '');
    const line = lines.get(field) ?? (yamlText ? yamlText.split('\n').length + 2 : 2);
    if (!(field in values)) {
      return { line, column: 1, message: `${field} is missing`, hint: `add a line ${issue.message.replace(/^.*e\.g\. /, '')} before the closing ---` };
    }
    if (!FRONTMATTER_FIELDS.includes(field)) {
      const guess = didYouMean(field, FRONTMATTER_FIELDS);
      return { line, column: 1, message: `${field}: ${shown(values[field])} — "${field}" is not a front matter field`, hint: `${guess ? `did you mean ${guess}? ` : ''}allowed fields: ${FRONTMATTER_FIELDS.join(', ')}` };
    }
    const [what, example] = issue.message.split(/, e\.g\. /);
    return { line, column: 1, message: `${field}: ${shown(values[field])} ${what}`, hint: example ? `write e.g. ${example}` : `see docs/EDITING.md for ${field}` };
  });
  return { problems };
}
