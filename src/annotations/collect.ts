/**
 * Collects the annotations of one article's mdast tree, checks every element against its schema
 * and that the page holds no code (codeProblem). Nothing here throws: problems come back as a
 * list, each with its line and column, so that the build and `npm run check` can report all of
 * them at once.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { ELEMENTS, type ClaimAttrs, type EventAttrs, type FigureAttrs, type PlaceAttrs } from './schemas';
import { codeProblem } from './codeProblem';
import { describeIssue, type Problem } from './problems';
import { walk } from '../ingest/walk';

interface Located {
  /** Sentence id the element sits in ("s12"). */
  sentence: string;
  /** The annotated text as a reader sees it. */
  text: string;
  line: number;
  column: number;
}

export type ClaimRecord = ClaimAttrs & Located;
export type EventRecord = EventAttrs & Located;
export type FigureRecord = FigureAttrs & Located;
export type PlaceRecord = PlaceAttrs & Located;

export interface Collected {
  sentences: Map<string, string>;
  claims: ClaimRecord[];
  events: EventRecord[];
  figures: FigureRecord[];
  places: PlaceRecord[];
  problems: Problem[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Where each attribute starts, so that a problem with one points at it rather than at the element. */
function attributeStarts(node: Jsx): Map<string, { line: number; column: number }> {
  const starts = new Map<string, { line: number; column: number }>();
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.position) starts.set(a.name, { line: a.position.start.line, column: a.position.start.column });
  }
  return starts;
}

/** The element's attributes as plain strings; an expression attribute ({…}) is a problem, reported here. */
function readAttributes(node: Jsx, problems: Problem[], where: { line: number; column: number }) {
  const attrs: Record<string, string> = {};
  const expressions: { name: string; raw: string; at: { line: number; column: number } }[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') {
      problems.push({ ...where, element: node.name ?? '', message: 'has a {…} spread attribute', hint: 'write each attribute as name="value"' });
    } else if (typeof a.value === 'string') attrs[a.name] = a.value;
    else if (a.value === null || a.value === undefined) attrs[a.name] = 'yes';
    else expressions.push({ name: a.name, raw: a.value.value.trim(), at: a.position ? { line: a.position.start.line, column: a.position.start.column } : where });
  }
  for (const { name, raw, at } of expressions) {
    problems.push({ ...at, element: node.name ?? '', attrs, message: `${name}={${raw}} is an expression`, hint: `write it as text in quotes: ${name}="${raw.replace(/^["']|["']$/g, '')}"` });
  }
  return { attrs, expressions: new Set(expressions.map((e) => e.name)) };
}

export function collectAnnotations(tree: Root): Collected {
  const out: Collected = { sentences: new Map(), claims: [], events: [], figures: [], places: [], problems: [] };
  const ids = new Map<string, { line: number; element: string }>();
  const claimIds = new Set<string>();

  walk(tree, (node, ancestors) => {
    const code = codeProblem(node);
    if (code) out.problems.push(code);
    if (!isJsx(node)) return;
    const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const name = node.name ?? '';
    if (!(name in ELEMENTS)) {
      out.problems.push({ ...where, element: name || 'fragment', message: 'is not an annotation element', hint: `use one of ${Object.keys(ELEMENTS).map((n) => `<${n}>`).join(', ')} (see docs/EDITING.md)` });
      return;
    }
    const { attrs, expressions } = readAttributes(node, out.problems, where);
    const schema = ELEMENTS[name as keyof typeof ELEMENTS];
    const parsed = schema.safeParse(attrs);
    if (attrs.id !== undefined && name !== 'Caption') {
      // Every id is registered, even on an element with problems, so that one slip is reported
      // once (and not again by each confirms="…" that points at it).
      const seen = ids.get(attrs.id);
      if (seen) {
        out.problems.push({ ...(attributeStarts(node).get('id') ?? where), element: name, attrs, attribute: 'id', message: `id="${attrs.id}" is already used by the <${seen.element}> on line ${seen.line}`, hint: name === 'S' ? 'sentence ids must differ: give this one the next free number' : 'give each annotation its own id, e.g. the next free number' });
        return;
      }
      ids.set(attrs.id, { line: where.line, element: name });
      if (name === 'Claim') claimIds.add(attrs.id);
    }
    if (!parsed.success) {
      const starts = attributeStarts(node);
      // An attribute written as an expression was reported above, not again as missing.
      for (const issue of parsed.error.issues.filter((i) => !expressions.has(String(i.path[0])))) {
        const described = describeIssue(issue, schema, attrs);
        out.problems.push({ ...((described.attribute && starts.get(described.attribute)) || where), element: name, attrs, ...described });
      }
      return;
    }
    const text = toString(node);
    if (name === 'S') out.sentences.set(attrs.id, text);
    if (name === 'S' || name === 'Caption') return;
    const sentenceNode = [...ancestors].reverse().find((a) => isJsx(a) && a.name === 'S') as Jsx | undefined;
    const sentence = sentenceNode?.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const located = { sentence: typeof sentence === 'string' ? sentence : '', text, ...where };
    if (name === 'Claim') out.claims.push({ ...(parsed.data as ClaimAttrs), ...located });
    else if (name === 'Event') out.events.push({ ...(parsed.data as EventAttrs), ...located });
    else if (name === 'Figure') out.figures.push({ ...(parsed.data as FigureAttrs), ...located });
    else if (name === 'Place') out.places.push({ ...(parsed.data as PlaceAttrs), ...located });
  });

  // A confirmation or dispute on this page must point at a claim on this page.
  for (const c of out.claims) {
    for (const field of ['confirms', 'disputes'] as const) {
      const ref = c[field];
      if (ref && !ref.includes('#') && !claimIds.has(ref)) {
        out.problems.push({ line: c.line, column: c.column, element: 'Claim', attrs: { id: c.id, [field]: ref }, attribute: field, message: `${field}="${ref}" points at no claim on this page`, hint: `use the id of a <Claim> on this page (${[...claimIds].slice(0, 5).join(', ')}${claimIds.size > 5 ? ', …' : ''}), or "article-slug#c3" for another article` });
      }
    }
  }
  return out;
}
