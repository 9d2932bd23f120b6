/** Reads the content an editor owns (sources, article pages, data files) for `contentProblems`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './contentProblems';

const list = (root: string, dir: string, ext: string) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => ({ file: `${dir}/${f}`, raw: readFileSync(join(root, dir, f), 'utf8') }));

export function readContent(root: string): ContentFiles {
  return {
    sources: list(root, 'content/sources', '.txt'),
    articles: list(root, 'content/articles', '.mdx'),
    referenceAreas: readFileSync(join(root, 'content/data/reference-areas.json'), 'utf8'),
    placeVariants: readFileSync(join(root, 'content/data/place-variants.json'), 'utf8'),
  };
}
