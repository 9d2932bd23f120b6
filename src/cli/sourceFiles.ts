/**
 * Checks the source files of content/sources/ as a whole before anything is written: each one's
 * front matter and text, and that no two files give one page name. Pure: the files are passed in.
 */
import { basename } from 'node:path';
import { parseSource, SourceError, type Source } from '../ingest/source';

/** The page name a source file gives: "Kharkiv Border.txt" → "kharkiv-border". */
export const slugOf = (file: string) =>
  basename(file, '.txt').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface SourceFile {
  /** Path from the project root: content/sources/kharkiv-border.txt */
  file: string;
  raw: string;
}

export interface CheckedSource extends SourceFile {
  slug: string;
  source: Source;
}

export interface SourceProblem {
  /** The page name of the file at fault. */
  slug: string;
  /** `file:line:column what was found`, then a hint line. */
  message: string;
}

export interface CheckedSources {
  /** The sources that can be ingested, in file order. */
  sources: CheckedSource[];
  problems: SourceProblem[];
}

export function checkSources(files: SourceFile[]): CheckedSources {
  const problems: SourceProblem[] = [];
  const bySlug = new Map<string, string[]>();
  for (const { file } of files) bySlug.set(slugOf(file), [...(bySlug.get(slugOf(file)) ?? []), file]);

  const sources: CheckedSource[] = [];
  for (const { file, raw } of files) {
    const slug = slugOf(file);
    if (!slug) {
      problems.push({ slug, message: `${file}:1:1 the file name gives an empty page name\n  hint: rename it with letters or digits, e.g. kharkiv-border.txt` });
      continue;
    }
    const same = bySlug.get(slug)!;
    if (same.length > 1) {
      // Two files would fight over one page: neither is ingested until one is renamed.
      if (same[0] !== file) problems.push({ slug, message: `${file}:1:1 gives the same page name "${slug}" as ${same[0]}\n  hint: rename one of the two files; the page name is the file name in lower case with dashes` });
      continue;
    }
    let source: Source;
    try {
      source = parseSource(raw, file);
    } catch (e) {
      if (e instanceof SourceError) { problems.push({ slug, message: e.message }); continue; }
      throw e;
    }
    if (!source.body.trim()) {
      problems.push({ slug, message: `${file}:${raw.slice(0, raw.length - source.body.length).split('\n').length}:1 the article text is empty\n  hint: paste the article text below the closing --- of the front matter` });
      continue;
    }
    sources.push({ file, raw, slug, source });
  }
  return { sources, problems };
}
