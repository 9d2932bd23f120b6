/** Lists the sentences that differ between an edited page and a fresh proposal, for the editor. */
import { toString } from 'mdast-util-to-string';
import { mdxParser } from '../annotations/mdxParser';
import { visit } from 'unist-util-visit';

function sentences(mdx: string): Map<string, string> {
  const out = new Map<string, string>();
  visit(mdxParser.parse(mdx), (node) => {
    if (node.type !== 'mdxJsxTextElement' || node.name !== 'S') return;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') out.set(id, toString(node));
  });
  return out;
}

const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

export function sentenceChanges(before: string, after: string, limit = 10): string[] {
  const a = sentences(before);
  const b = sentences(after);
  const lines: string[] = [];
  for (const [id, text] of b) {
    if (!a.has(id)) lines.push(`+ ${id} ${clip(text)}`);
    else if (a.get(id) !== text) lines.push(`~ ${id} ${clip(text)}`);
  }
  for (const [id, text] of a) if (!b.has(id)) lines.push(`- ${id} ${clip(text)}`);
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}
