/**
 * Writes an ingest result as MDX: an mdast tree (front matter, headings, captions, paragraphs of
 * <S id="s1"> sentences with inline <Claim>, <Event>, <Figure>, <Place> elements) serialised by
 * remark with remark-mdx. The serialiser does all escaping, so article text can never become code.
 */
import type { Heading, List, ListItem, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import type { IngestResult } from './ingest';
import { bodyOf } from './normalize';
import { layoutSpans, type Inline } from './layoutSpans';
import { jsxTextHandler } from './jsxTextHandler';
import { textHandler } from './textHandler';
import type { Annotation, Sentence } from './types';

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', handlers: { text: textHandler, mdxJsxTextElement: jsxTextHandler } })
  .use(remarkMdx)
  // The site reads pages with GitHub-flavoured Markdown on: the serialiser must escape for it too
  // (a "*" or "~" inside a bare URL, a "|" that could start a table).
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml']);

type Attrs = Record<string, string | number | null | undefined>;

function attributes(attrs: Attrs): MdxJsxAttribute[] {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([name, v]) => ({ type: 'mdxJsxAttribute', name, value: String(v) }));
}

function textElement(name: string, attrs: Attrs, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const dateAttr = (d: { start: string; end: string }) => (d.start === d.end ? d.start : `${d.start}/${d.end}`);

/** The element an annotation becomes, with its attributes; ids are per kind in reading order. */
function elementFor(a: Annotation, id: string, claimIds: string[]): { name: string; attrs: Attrs } {
  switch (a.kind) {
    case 'claim':
      return {
        name: 'Claim',
        attrs: {
          id, by: a.claimant, kind: a.claimantKind, verb: a.verb, status: a.status,
          confirms: a.confirms === undefined ? undefined : claimIds[a.confirms],
        },
      };
    case 'event':
      return { name: 'Event', attrs: { id, date: dateAttr(a.date), precision: a.precision, summary: a.summary } };
    case 'figure':
      return {
        name: 'Figure',
        attrs: {
          id, kind: a.figureKind, value: Number.isFinite(a.value) ? a.value : undefined, unit: a.unit, km2: round(a.km2), km: round(a.km),
          qualifier: a.qualifier, by: a.reportedBy, about: a.refersTo,
        },
      };
    case 'place':
      return { name: 'Place', attrs: { id, name: a.name, lat: a.lat, lon: a.lon } };
  }
}

function toPhrasing(nodes: Inline<Annotation>[], ids: Map<Annotation, string>, claimIds: string[]): PhrasingContent[] {
  return nodes.map((n) => {
    if (typeof n === 'string') return { type: 'text', value: n };
    const { name, attrs } = elementFor(n.item, ids.get(n.item)!, claimIds);
    return textElement(name, attrs, toPhrasing(n.children, ids, claimIds));
  });
}

export interface EmitMeta {
  title: string;
  published: string;
  outlet?: string;
  url?: string;
  language?: string;
  /** Site path of the source as received, e.g. /sources/sun-izium.txt */
  source: string;
  sourceHash: string;
  /** The generator fingerprint, recorded so that a re-ingest can skip an unchanged page. */
  generator?: string;
}

const ORDINAL = /^\d+/;

/**
 * Adds a list item to the end of `body`: to the list there if it is of the same kind (numbered or
 * not), else to a new list, numbered from the item's own number ("3." starts a list at 3).
 */
function addItem(body: RootContent[], marker: string, item: ListItem): void {
  const number = ORDINAL.exec(marker)?.[0];
  const last = body.at(-1);
  if (last?.type === 'list' && last.ordered === (number !== undefined)) last.children.push(item);
  else body.push({ type: 'list', ordered: number !== undefined, start: number === undefined ? null : Number(number), spread: false, children: [item] } satisfies List);
}

/**
 * The page as an mdast tree, front matter included. Serialised (emit), its inline elements learn
 * where they stand in the MDX (jsxTextHandler sets their position), as a parser would find them.
 */
export function emitTree(result: IngestResult, meta: EmitMeta): Root {
  const { normalized, sentences, claims, events, figures, places } = result;
  const claimIds = claims.map((_, i) => `c${i + 1}`);
  const ids = new Map<Annotation, string>();
  claims.forEach((a, i) => ids.set(a, claimIds[i]));
  events.forEach((a, i) => ids.set(a, `e${i + 1}`));
  figures.forEach((a, i) => ids.set(a, `f${i + 1}`));
  places.forEach((a, i) => ids.set(a, `p${i + 1}`));
  // Widest first, so that a claim's clause can hold the figures and places inside it.
  const all: Annotation[] = [...claims, ...events, ...figures, ...places];

  const bySentence = new Map<number, Sentence[]>();
  for (const s of sentences) bySentence.set(s.paragraph, [...(bySentence.get(s.paragraph) ?? []), s]);

  const sentencePhrasing = (s: Sentence): MdxJsxTextElement => {
    const inside = all.filter((a) => a.start >= s.start && a.end <= s.end);
    const nodes = layoutSpans(normalized.text, s.start, s.end, inside, (a) => (a.kind === 'event' ? [a, a.when] : [a]));
    return textElement('S', { id: s.id }, toPhrasing(nodes, ids, claimIds));
  };
  const joinSentences = (list: Sentence[]): PhrasingContent[] =>
    list.flatMap((s, i) => (i === 0 ? [sentencePhrasing(s)] : [{ type: 'text', value: ' ' } as const, sentencePhrasing(s)]));

  const body: RootContent[] = [];
  normalized.paragraphs.forEach((p, index) => {
    if (p.kind === 'furniture') return;
    if (p.kind === 'item') {
      addItem(body, p.marker!, { type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: joinSentences(bySentence.get(index) ?? []) }] });
      return;
    }
    if (p.kind === 'heading') {
      body.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: bodyOf(p) }] } satisfies Heading);
      return;
    }
    // No empty paragraph: it would write nothing, and the page must read back as this tree.
    const children = joinSentences(bySentence.get(index) ?? []);
    const paragraphs: MdParagraph[] = children.length ? [{ type: 'paragraph', children }] : [];
    if (p.kind === 'caption') {
      body.push({
        type: 'mdxJsxFlowElement', name: 'Caption', attributes: attributes({ credit: p.credit }), children: paragraphs,
      } satisfies MdxJsxFlowElement);
    } else body.push(...paragraphs);
  });

  const frontMatter = {
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    url: meta.url,
    language: meta.language,
    source: meta.source,
    review: 'draft',
    repaired: { homoglyphs: normalized.homoglyphs.count, controls: normalized.controlsRemoved },
    furniture: normalized.paragraphs.filter((p) => p.kind === 'furniture').map((p) => p.text),
    sourceHash: meta.sourceHash,
    ...(meta.generator ? { generator: meta.generator } : {}),
    generatedHash: '',
  };
  const yaml: Yaml = { type: 'yaml', value: toYaml(frontMatter, { lineWidth: 0 }).trimEnd() };
  return { type: 'root', children: [yaml, ...body] };
}

/** `tree` (from emitTree) as MDX. */
export const stringifyTree = (tree: Root): string => processor.stringify(tree);

export const emit = (result: IngestResult, meta: EmitMeta): string => stringifyTree(emitTree(result, meta));
