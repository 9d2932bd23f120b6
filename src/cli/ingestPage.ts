/**
 * Ingests one checked source into content/articles/<slug>.mdx, the step ingestSources runs for
 * every source, in this thread or in a worker (the worker pool runs this module's default export,
 * planPage, and the main thread writes the files, which keeps the workers computing).
 * A page an editor has changed is never overwritten: it is left alone, and when its source has
 * changed since, the fresh proposal goes beside it (.ingest/proposed/<slug>.mdx) with what changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashOf } from '../aggregate/parsedArticle';
import { readArticle, type ReadArticle } from '../aggregate/readArticle';
import { emitTree, stringifyTree } from '../ingest/emit';
import { ingest } from '../ingest/ingest';
import { isUntouched, recordedGenerator, recordedSourceHash, sealGenerated, sha256 } from '../ingest/provenance';
import { referenceData } from '../ingest/referenceData';
import { positionsOf } from '../ingest/treePositions';
import { ingestedKey, saveIngested, type IngestedPage } from './ingestedPages';
import { pack } from './packedFile';
import { sentenceChanges } from './sentenceChanges';
import type { CheckedSource } from './sourceFiles';
import { ingestFailed, writePlan, type PagePlan } from './writePlan';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'kept-edited' | 'kept-edited-source-changed';

export interface IngestReport {
  slug: string;
  outcome: Outcome;
  /** Lines for the editor: what was done and what to review. */
  messages: string[];
}

export interface PageJob extends CheckedSource {
  /** The project root. */
  root: string;
  /** generatorFingerprint(root), recorded on the page. */
  generator: string;
  /** Also read each page written, as the build does (readArticle): a build that ingests first need not parse them again. */
  read?: boolean;
}

const pageFile = (slug: string) => `content/articles/${slug}.mdx`;
const pagePath = ({ root, slug }: PageJob) => join(root, pageFile(slug));

interface Generated {
  mdx: string;
  /** The page as the build reads it (job.read), or else what the next build's content check may reuse of it. */
  read?: ReadArticle;
  ingested?: IngestedPage;
}

/** The generated page for a source, sealed with its generatedHash. */
function generate({ slug, source, generator, read }: PageJob, sourceHash: string): Generated {
  const result = ingest(source.body, { published: source.meta.published, outlet: source.meta.outlet, title: source.meta.title, ...referenceData() });
  const meta = { ...source.meta, source: `/sources/${slug}.txt`, sourceHash, generator };
  const tree = emitTree(result, meta);
  const mdx = sealGenerated(stringifyTree(tree));
  // Serialised, the tree's elements know where they stand in the MDX (sealing changes no line): it reads as the page would.
  if (read) return { mdx, read: readArticle(pageFile(slug), mdx, tree) };
  return { mdx, ingested: { result, meta, positions: positionsOf(tree) } };
}

/** Writing the page, with the page as read or its entry for the next build (ingestedPages.ts). */
function pageWrites(job: PageJob, { mdx, read, ingested }: Generated): Pick<PagePlan, 'writes' | 'saving' | 'page'> {
  return {
    writes: [{ path: pagePath(job), text: mdx }],
    ...(read && { page: { file: pageFile(job.slug), hash: hashOf(mdx), read, packed: pack(read) } }),
    ...(ingested && { saving: { key: ingestedKey(job.generator, mdx), data: pack(ingested) } }),
  };
}

/**
 * The plan for a source whose page needs no generating, known from the page alone: unchanged
 * (same source, same generator, untouched) or kept (an editor changed it, its source has not).
 * Undefined when the pipeline must run (generating). Cheap, so ingestSources asks it first, in its own thread.
 */
function settled(job: PageJob): PagePlan | undefined {
  const { file: rel, raw, slug } = job;
  const target = pagePath(job);
  if (!existsSync(target)) return undefined;
  const current = readFileSync(target, 'utf8');
  if (recordedSourceHash(current) !== sha256(raw)) return undefined;
  if (!isUntouched(current)) return { source: rel, report: { slug, outcome: 'kept-edited', messages: [`kept ${pageFile(slug)}: an editor changed it`] }, writes: [] };
  // Same source, same generator: the pipeline would write the same page again.
  if (recordedGenerator(current) === job.generator) return { source: rel, report: { slug, outcome: 'unchanged', messages: [] }, writes: [] };
  return undefined;
}

/** The plan for a source that `settled` left to the pipeline: its page is created, updated, or proposed beside an editor's. */
function generating(job: PageJob): PagePlan {
  const { root, file: rel, raw, slug } = job;
  const sourceHash = sha256(raw);
  const target = pagePath(job);
  const page = pageFile(slug);
  if (!existsSync(target)) {
    return { source: rel, report: { slug, outcome: 'created', messages: [`created ${page}`] }, ...pageWrites(job, generate(job, sourceHash)) };
  }
  const current = readFileSync(target, 'utf8');
  if (isUntouched(current)) {
    const generated = generate(job, sourceHash);
    if (current === generated.mdx) return { source: rel, report: { slug, outcome: 'unchanged', messages: [] }, writes: [] };
    return { source: rel, report: { slug, outcome: 'updated', messages: [`updated ${page} (not edited by hand)`] }, ...pageWrites(job, generated) };
  }
  // An editor changed the page, and its source has changed since: a proposal goes beside it (nothing reads it).
  const { mdx } = generate({ ...job, read: false }, sourceHash);
  const proposed = join(root, '.ingest/proposed', `${slug}.mdx`);
  return {
    source: rel,
    report: {
      slug,
      outcome: 'kept-edited-source-changed',
      messages: [
        `kept ${page}: an editor changed it, and its source ${rel} has changed since.`,
        `  review the page; the freshly generated version is at ${relative(root, proposed)}`,
        ...sentenceChanges(current, mdx).map((l) => `  ${l}`),
        `  once the page is up to date, set its sourceHash to ${sourceHash} (as in the proposal) and this reminder stops`,
      ],
    },
    writes: [{ path: proposed, text: mdx }],
  };
}

/** `step` on one source; an error names the source file. */
function naming<R>(step: (job: PageJob) => R): (job: PageJob) => R {
  return (job) => {
    try {
      return step(job);
    } catch (e) {
      throw ingestFailed(job.file, e);
    }
  };
}

/** What ingesting one source does, without writing anything (content/articles/ must exist). */
export const planPage = naming((job) => settled(job) ?? generating(job));

/** The plan when the source's page needs no generating (see settled), else undefined. */
export const settledPlan = naming(settled);

/** The plan of a source settledPlan gave no plan for (the worker pool runs this). */
export const generatedPlan = naming(generating);

/** Ingests one source: plans it, writes the page and saves its entry for the next build. */
export function ingestPage(job: PageJob): IngestReport {
  const plan = planPage(job);
  const report = writePlan(plan);
  if (plan.saving) saveIngested(job.root, new Map([[plan.saving.key, plan.saving.data]]));
  return report;
}

export default generatedPlan;
