/**
 * Ingests every source in content/sources/ into content/articles/<slug>.mdx. A page an editor has
 * changed is never overwritten: ingest leaves it alone, says so, and when its source has changed
 * since, writes the fresh proposal beside it (.ingest/proposed/<slug>.mdx) and says what changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { emit } from '../ingest/emit';
import { ingest } from '../ingest/ingest';
import { isUntouched, recordedSourceHash, sealGenerated, sha256 } from '../ingest/provenance';
import { referenceData } from '../ingest/referenceData';
import { parseSource, SourceError } from '../ingest/source';
import { sentenceChanges } from './sentenceChanges';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'kept-edited' | 'kept-edited-source-changed';

export interface IngestReport {
  slug: string;
  outcome: Outcome;
  /** Lines for the editor: what was done and what to review. */
  messages: string[];
}

export const slugOf = (file: string) =>
  basename(file, '.txt').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export class IngestError extends Error {}

export function ingestSources(root: string, only?: string[]): IngestReport[] {
  const sourcesDir = join(root, 'content/sources');
  const articlesDir = join(root, 'content/articles');
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  const problems: string[] = [];

  // Two files that map to one slug would fight over one page.
  const seen = new Map<string, string>();
  for (const f of files) {
    const slug = slugOf(f);
    if (!slug) problems.push(`content/sources/${f}:1:1 the file name gives an empty page name\n  hint: rename it with letters or digits, e.g. kharkiv-border.txt`);
    else if (seen.has(slug)) {
      problems.push(`content/sources/${f}:1:1 gives the same page name "${slug}" as content/sources/${seen.get(slug)}\n  hint: rename one of the two files`);
    } else seen.set(slug, f);
  }

  const data = referenceData();
  const reports: IngestReport[] = [];
  mkdirSync(articlesDir, { recursive: true });
  for (const f of files) {
    const slug = slugOf(f);
    if (only && !only.includes(slug)) continue;
    const rel = relative(root, join(sourcesDir, f));
    const raw = readFileSync(join(sourcesDir, f), 'utf8');
    let source;
    try {
      source = parseSource(raw, rel);
    } catch (e) {
      if (e instanceof SourceError) { problems.push(e.message); continue; }
      throw e;
    }
    if (!source.body.trim()) {
      problems.push(`${rel}:${raw.slice(0, raw.length - source.body.length).split('\n').length}:1 the article text is empty\n  hint: paste the article text below the closing --- of the front matter`);
      continue;
    }
    const sourceHash = sha256(raw);
    const result = ingest(source.body, { published: source.meta.published, outlet: source.meta.outlet, ...data });
    const mdx = sealGenerated(emit(result, { ...source.meta, source: `/sources/${slug}.txt`, sourceHash }));

    const target = join(articlesDir, `${slug}.mdx`);
    const page = `content/articles/${slug}.mdx`;
    if (!existsSync(target)) {
      writeFileSync(target, mdx);
      reports.push({ slug, outcome: 'created', messages: [`created ${page}`] });
      continue;
    }
    const current = readFileSync(target, 'utf8');
    if (isUntouched(current)) {
      if (current === mdx) reports.push({ slug, outcome: 'unchanged', messages: [] });
      else {
        writeFileSync(target, mdx);
        reports.push({ slug, outcome: 'updated', messages: [`updated ${page} (not edited by hand)`] });
      }
      continue;
    }
    if (recordedSourceHash(current) === sourceHash) {
      reports.push({ slug, outcome: 'kept-edited', messages: [`kept ${page}: an editor changed it`] });
      continue;
    }
    const proposed = join(root, '.ingest/proposed', `${slug}.mdx`);
    mkdirSync(join(root, '.ingest/proposed'), { recursive: true });
    writeFileSync(proposed, mdx);
    reports.push({
      slug,
      outcome: 'kept-edited-source-changed',
      messages: [
        `kept ${page}: an editor changed it, and its source ${rel} has changed since.`,
        `  review the page; the freshly generated version is at ${relative(root, proposed)}`,
        ...sentenceChanges(current, mdx).map((l) => `  ${l}`),
      ],
    });
  }
  if (problems.length) throw new IngestError(problems.join('\n'));
  return reports;
}
