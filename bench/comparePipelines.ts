/**
 * `npx tsx bench/comparePipelines.ts --old DIR [--articles N] [--read]`: this checkout's ingest
 * pipeline against the one in DIR (another checkout of the project: `git worktree add /tmp/old
 * HEAD~1`, then link this node_modules into it), in one process and one thread, each synthetic
 * article through both in turn, the first of the two alternating. This machine's speed moves by
 * 20% within minutes; taking turns puts both under the same moves, so that a change of a few
 * percent shows. Prints the median milliseconds an article of each and the ratio of their totals,
 * over the second half of the articles (the first half warms the JIT up). --read runs the pipeline
 * as a build does: each page also read as the site reads it.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageJob } from '../src/cli/ingestPage';
import { checkSources } from '../src/cli/sourceFiles';
import { median } from './median';
import { syntheticSources } from './syntheticSources';

const { values: args } = parseArgs({
  options: { old: { type: 'string' }, articles: { type: 'string', default: '400' }, read: { type: 'boolean', default: false } },
});
if (!args.old) throw new Error('say which checkout to compare with: --old DIR');
const n = Number(args.articles);
type Plan = (job: PageJob) => unknown;
const pipelineOf = async (dir: string): Promise<Plan> => (await import(join(resolve(dir), 'src/cli/ingestPage.ts'))).generatedPlan;
const pipelines = { old: await pipelineOf(args.old), new: await pipelineOf(process.cwd()) };

// Pages are planned, not written: an empty project is enough.
const root = mkdtempSync(join(tmpdir(), 'compare-pipelines-'));
mkdirSync(join(root, 'content/articles'), { recursive: true });
const files = syntheticSources(n, 1).map((a) => ({ file: `content/sources/${a.slug}.txt`, raw: a.text }));
const jobs: PageJob[] = checkSources(files).sources.map((s) => ({ root, generator: 'compared', read: args.read, ...s }));

const times = { old: [] as number[], new: [] as number[] };
jobs.forEach((job, i) => {
  for (const which of i % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
    const started = performance.now();
    pipelines[which](job);
    times[which].push(performance.now() - started);
  }
});
const late = (t: number[]) => t.slice(Math.floor(t.length / 2));
const total = (t: number[]) => late(t).reduce((a, b) => a + b, 0);
console.log(
  `${late(times.new).length} articles after ${Math.floor(n / 2)} to warm up${args.read ? ', pages read too' : ''}: ` +
    `old ${median(late(times.old)).toFixed(2)} ms, new ${median(late(times.new)).toFixed(2)} ms an article (medians); ` +
    `new/old ${(total(times.new) / total(times.old)).toFixed(3)} (totals), Node ${process.versions.node}`,
);
