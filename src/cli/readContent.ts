/** Reads the content an editor owns (sources, article pages, data files) for `contentProblems`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './contentProblems';

const paths = (root: string, dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => `${dir}/${f}`);
const list = (root: string, dir: string, ext: string) => paths(root, dir, ext).map((file) => ({ file, raw: readFileSync(join(root, file), 'utf8') }));

/** The article page files, from the project root: content/articles/<slug>.mdx */
export const articleFiles = (root: string) => paths(root, 'content/articles', '.mdx');

/** The article pages with their text, in file order: content/articles/<slug>.mdx */
export const readArticles = (root: string) => list(root, 'content/articles', '.mdx');

/** The source files, from the project root: content/sources/<name>.txt */
export const sourceFiles = (root: string) => paths(root, 'content/sources', '.txt');

/** The sources with their text, in file order: content/sources/<name>.txt */
export const readSources = (root: string) => list(root, 'content/sources', '.txt');

export function readContent(root: string): ContentFiles {
  return {
    sources: readSources(root),
    articles: readArticles(root),
    referenceAreas: readFileSync(join(root, 'content/data/reference-areas.json'), 'utf8'),
    placeVariants: readFileSync(join(root, 'content/data/place-variants.json'), 'utf8'),
    landmarkDates: readFileSync(join(root, 'content/data/landmark-dates.json'), 'utf8'),
  };
}
