/**
 * Ingests every source in content/sources/ into content/articles/<slug>.mdx. A page an editor has
 * changed is never overwritten: ingest leaves it alone, says so, and when its source has changed
 * since, writes the fresh proposal beside it (.ingest/proposed/<slug>.mdx) and says what changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emit } from '../ingest/emit';
import { ingest } from '../ingest/ingest';
import { isUntouched, recordedSourceHash, sealGenerated, sha256 } from '../ingest/provenance';
import { referenceData } from '../ingest/referenceData';
import { sentenceChanges } from './sentenceChanges';
import { checkSources } from './sourceFiles';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'kept-edited' | 'kept-edited-source-changed';

export interface IngestReport {
  slug: string;
  outcome: Outcome;
  /** Lines for the editor: what was done and what to review. */
  messages: string[];
}

export interface IngestResult {
  reports: IngestReport[];
  /** Sources that could not be ingested, each as `file:line:column what` and a hint line. */
  problems: string[];
}

/** Ingests every source, or only those whose page names are in `only`; a source with a problem is skipped and reported. */
export function ingestSources(root: string, only?: string[]): IngestResult {
  const articlesDir = join(root, 'content/articles');
  const files = readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ file: `content/sources/${f}`, raw: readFileSync(join(root, 'content/sources', f), 'utf8') }));
  const checked = checkSources(files);
  const problems = checked.problems.filter((p) => !only || only.includes(p.slug)).map((p) => p.message);

  const data = referenceData();
  const reports: IngestReport[] = [];
  mkdirSync(articlesDir, { recursive: true });
  for (const { file: rel, raw, slug, source } of checked.sources) {
    if (only && !only.includes(slug)) continue;
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
        `  once the page is up to date, set its sourceHash to ${sourceHash} (as in the proposal) and this reminder stops`,
      ],
    });
  }
  return { reports, problems };
}
