/**
 * The HTML of an article's prose, from its checked mdast: sentences grouped into their source
 * paragraphs, annotations written as plain HTML with their tips (annotationsToHtml), an id on
 * every heading (rehype-slug), and the list of headings for the table of contents. The pages are
 * rendered here rather than compiled into one JavaScript module each: they hold nothing but text
 * and annotations (codeProblems), so the module would only ever print this HTML. Mutates the tree.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { annotationHandlers, annotationsToHtml } from './annotationsToHtml';
import { sentencesAsParagraphs } from './sentenceParagraphs';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const toHast = unified().use(remarkRehype, { handlers: annotationHandlers });
const addSlugs = unified().use(rehypeSlug);
const toHtml = unified().use(rehypeStringify);
const HEADING = /^h([1-6])$/;

/** Whether an element below `node` is a heading: most pages have none, and rehype-slug's walk over a page costs more than this one. */
function hasHeading(node: HastRoot | Element): boolean {
  for (const child of node.children) if (child.type === 'element' && (HEADING.test(child.tagName) || hasHeading(child))) return true;
  return false;
}

export function articleHtml(tree: Root, review: string | undefined): { html: string; headings: Heading[] } {
  sentencesAsParagraphs(tree);
  annotationsToHtml(tree, review);
  const hast = toHast.runSync(tree) as HastRoot;
  if (hasHeading(hast)) addSlugs.runSync(hast);
  // Headings are blocks of the page itself (Markdown has no heading inside a paragraph).
  const headings = hast.children.flatMap((node): Heading[] => {
    const depth = node.type === 'element' && HEADING.exec(node.tagName)?.[1];
    return depth ? [{ depth: Number(depth), slug: String((node as Element).properties.id ?? ''), text: toString(node) }] : [];
  });
  return { html: toHtml.stringify(hast), headings };
}
