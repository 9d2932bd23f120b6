/**
 * remark plugin for article pages: keeps one-sentence paragraphs as paragraphs, checks every
 * annotation element and stops the build with `file:line:column`, what was found, what is allowed
 * and the fix; then writes the elements out as plain HTML (annotationsToHtml).
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { annotationsToHtml } from './annotationsToHtml';
import { collectAnnotations } from './collect';
import { formatProblem } from './problems';
import { sentencesAsParagraphs } from './sentenceParagraphs';

export interface Options {
  /** Only files under this folder are article pages (default: content/articles). */
  folder?: string;
}

export default function remarkAnnotations(options: Options = {}) {
  const folder = options.folder ?? 'content/articles';
  return (tree: Root, file: VFile) => {
    const path = relative(process.cwd(), file.path ?? '');
    if (!path.startsWith(folder)) return;
    sentencesAsParagraphs(tree);
    const { problems } = collectAnnotations(tree);
    if (problems.length === 0) {
      const frontmatter = (file.data as { astro?: { frontmatter?: { review?: string } } }).astro?.frontmatter;
      annotationsToHtml(tree, frontmatter?.review);
      return;
    }
    const message = problems.map((p) => formatProblem(path, p)).join('\n');
    file.fail(`${problems.length} annotation problem${problems.length > 1 ? 's' : ''}:\n${message}`, {
      start: { line: problems[0].line, column: problems[0].column },
      end: { line: problems[0].line, column: problems[0].column },
    });
  };
}
