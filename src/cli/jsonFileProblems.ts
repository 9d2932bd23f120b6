/**
 * Checks a JSON data file an editor may extend (content/data/*.json) against its schema, naming
 * the line of each entry at fault, what is wrong and what is allowed. Pure.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';

export interface JsonFileCheck<T> {
  data?: T;
  /** `file:line:column what`, then a hint line. */
  problems: string[];
}

const JSON_POSITION = /line (\d+) column (\d+)/;

export function jsonFileProblems<S extends z.ZodType>(file: string, raw: string, schema: S, example: string): JsonFileCheck<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    const [, line = '1', column = '1'] = JSON_POSITION.exec(String((e as Error).message)) ?? [];
    return { problems: [`${file}:${line}:${column} the file is not valid JSON: ${(e as Error).message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}\n  hint: check the commas and quotes near that place: entries are separated by commas, the last one has none; names and text go in "double quotes"`] };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const doc = parseDocument(raw);
  const lineOf = (offset: number) => raw.slice(0, offset).split('\n').length;
  return {
    problems: parsed.error.issues.map((issue) => {
      // Point at the field, or at the nearest enclosing entry that exists.
      let path = [...issue.path] as (string | number)[];
      let node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
      while (!node?.range && path.length > 0) {
        path = path.slice(0, -1);
        node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
      }
      const line = node?.range ? lineOf(node.range[0]) : 1;
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'the file';
      const found = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), json);
      const what = found === undefined ? `${where} is missing` : issue.code === 'invalid_type' ? `${where} is ${JSON.stringify(found)}, but must be a ${issue.expected}` : `${where} is ${JSON.stringify(found)}: ${issue.message}`;
      return `${file}:${line}:1 ${what}\n  hint: write entries like ${example}`;
    }),
  };
}
