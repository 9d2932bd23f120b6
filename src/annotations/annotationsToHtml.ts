/**
 * Turns the annotation elements of an article page (<S>, <Claim>, <Event>, <Figure>, <Place>,
 * <Caption>) into plain HTML as the page is rendered (articleHtml), instead of rendering an Astro component
 * for each of the hundreds on a page: the page reads the same and builds several times faster.
 * Each claim, event and figure carries a tip that explains it on hover and focus, and says when
 * no editor has reviewed it. Runs after the elements have been checked (collectAnnotations), from articleHtml.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { Handler } from 'mdast-util-to-hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { describeDate } from '../aggregate/describeDate';
import { formatFigure } from '../aggregate/formatFigure';
import { isReviewed } from '../aggregate/isReviewed';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Attrs = Record<string, string | undefined>;
type HastChild = { type: 'text'; value: string } | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastChild[] };

const text = (value: string): HastChild => ({ type: 'text', value });

/** An mdast node that remark-rehype turns into the given HTML element around its children (annotationHandlers). */
function element(tagName: string, properties: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type: 'annotationElement', data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

/** The explanation shown on hover and focus, tied to its element by aria-describedby. */
function tip(id: string, parts: HastChild[]): RootContent {
  return { type: 'annotationTip', data: { hName: 'span', hProperties: { className: ['tip'], id: `tip-${id}` }, hChildren: parts } } as unknown as RootContent;
}

type Made = { data: { hName: string; hProperties: Properties; hChildren?: ElementContent[] } };

/**
 * remark-rehype's handlers for the nodes above: each becomes its element as it is. Without them
 * remark-rehype's fallback deep-copies every element's properties (structuredClone), a tenth of
 * the time it takes to turn a page into HTML; the properties here are made fresh for each node.
 */
export const annotationHandlers: Record<string, Handler> = {
  annotationElement: (state, node) => {
    const { hName, hProperties } = (node as Made).data;
    const result: Element = { type: 'element', tagName: hName, properties: hProperties, children: state.all(node) };
    state.patch(node, result);
    return result;
  },
  annotationTip: (_, node) => {
    const { hName, hProperties, hChildren = [] } = (node as Made).data;
    return { type: 'element', tagName: hName, properties: hProperties, children: hChildren };
  },
};

function annotated(kind: string, a: Attrs, children: RootContent[], parts: HastChild[], extraClass: string[] = [], data: Record<string, string> = {}) {
  const id = a.id ?? '';
  return element('span', { className: ['ann', kind, ...extraClass], id: `ann-${id}`, tabIndex: 0, ariaDescribedBy: `tip-${id}`, ...data }, [...children, tip(id, parts)]);
}

function convert(node: Jsx, children: RootContent[], review: string | undefined): RootContent | undefined {
  const a: Attrs = {};
  for (const attr of node.attributes) if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') a[attr.name] = attr.value;
  const machine = isReviewed(a, { review }) ? '' : ' · machine-extracted';
  switch (node.name) {
    case 'S':
      return element('span', { className: ['s'], id: a.id }, children);
    case 'Place':
      return element('span', { className: ['ann', 'place'], dataPlace: a.name }, children);
    case 'Caption':
      return element('aside', { className: ['caption'], ariaLabel: 'Picture caption' }, [
        ...children,
        ...(a.credit ? [element('p', { className: ['credit'] }, [{ type: 'text', value: `Image: ${a.credit}` }])] : []),
      ]);
    case 'Claim': {
      const status = a.status ?? 'claimed';
      const who = !a.by || a.by === 'unknown' ? 'an unnamed source' : a.by;
      const links = `${a.confirms ? `; confirms ${a.confirms}` : ''}${a.disputes ? `; disputes ${a.disputes}` : ''}`;
      return annotated('claim', a, children, [
        text(`Claim by ${who} (${a.kind ?? 'unknown'}${a.verb ? `, “${a.verb}”` : ''}): `),
        { type: 'element', tagName: 'strong', properties: {}, children: [text(status)] },
        text(`${links}${machine}`),
      ], [status], { dataStatus: status });
    }
    case 'Event':
      return annotated('event', a, children, [text(`Event, ${describeDate(a.date ?? '', a.precision)}${a.summary ? `: ${a.summary}` : ''}${machine}`)]);
    case 'Figure': {
      const figure = { kind: a.kind ?? 'area', value: a.value, unit: a.unit ?? '', km2: a.km2, km: a.km, qualifier: a.qualifier };
      return annotated('figure', a, children, [text(`Figure: ${formatFigure(figure)}${a.about ? ` (${a.about})` : ''}, reported by ${a.by ?? 'unknown'}${machine}`)]);
    }
    default:
      return undefined;
  }
}

function walk(nodes: RootContent[], review: string | undefined): RootContent[] {
  return nodes.map((node) => {
    if (!('children' in node)) return node;
    const children = walk(node.children as RootContent[], review);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return convert(node, children, review) ?? { ...node, children } as RootContent;
    return { ...node, children } as RootContent;
  });
}

export function annotationsToHtml(tree: Root, review: string | undefined): void {
  tree.children = walk(tree.children, review);
}
