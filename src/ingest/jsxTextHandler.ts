/**
 * The serialiser's handler for inline JSX elements (<S>, <Claim>, <Event> …), writing what
 * mdast-util-mdx-jsx writes with its default options, for less work. The library escapes each
 * quoted attribute value with stringify-entities and a new one-character subset array per
 * attribute, so stringify-entities builds (and caches, under that throw-away array) a new regular
 * expression for every attribute of every element: 5% of ingest. This handler escapes with the
 * same function and one shared subset. An element with an expression attribute (which ingest never
 * writes) goes to the library's own handler. It also records where the element is in the output
 * (node.position: line and column, as a parser would give them; see treePositions.ts).
 */
import type { Handle } from 'mdast-util-to-markdown';
import { mdxJsxToMarkdown, type MdxJsxAttribute, type MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { stringifyEntitiesLight } from 'stringify-entities';

const QUOTE = '"';
const QUOTE_SUBSET = [QUOTE];
const libraryHandler = mdxJsxToMarkdown().handlers!.mdxJsxTextElement as Handle;

const onlyText = (node: MdxJsxTextElement) =>
  node.attributes.every((a) => a.type === 'mdxJsxAttribute' && a.name && (a.value === null || a.value === undefined || typeof a.value === 'string'));

const handle: Handle = (node: MdxJsxTextElement, parent, state, info) => {
  if (!node.name || !onlyText(node)) return libraryHandler(node, parent, state, info);
  const selfClosing = node.children.length === 0;
  const exit = state.enter('mdxJsxTextElement');
  const tracker = state.createTracker(info);
  const attributes = (node.attributes as MdxJsxAttribute[]).map(({ name, value }) =>
    typeof value === 'string' ? `${name}=${QUOTE}${stringifyEntitiesLight(value, { subset: QUOTE_SUBSET })}${QUOTE}` : name);
  const start = tracker.current().now;
  let value = tracker.move(`<${node.name}${attributes.length ? ` ${attributes.join(' ')}` : ''}${selfClosing ? ' />' : '>'}`);
  if (!selfClosing) {
    value += tracker.move(state.containerPhrasing(node, { ...tracker.current(), before: '>', after: '<' }));
    value += tracker.move(`</${node.name}>`);
  }
  node.position = { start, end: tracker.current().now };
  exit();
  return value;
};

/** `peek` tells the serialiser what the element starts with, as the library's handler does. */
export const jsxTextHandler = Object.assign(handle, { peek: () => '<' });
