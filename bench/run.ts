/**
 * `npm run bench -- --articles N [--runs R] [--seed S] [--time-limit SECONDS] [--no-rebuild] [--no-lighthouse]`
 *
 * Generates N synthetic source articles and measures, on this machine:
 *   1. ingest throughput (articles per second, median of R passes);
 *   2. our full `npm run build` (ingest + astro build + pagefind) in a scratch copy of the
 *      project, against a plain Astro + MDX build of the same texts (median of R cold builds
 *      each, with peak memory);
 *   3. the rebuild after editing one article;
 *   4. page weight per page type and Lighthouse scores.
 * A build that fails or passes --time-limit is reported with the end of its output, and the
 * steps that need its site are skipped. The last line printed is `build ratio (full/plain):
 * X.XX`. Results also go to bench/tmp/results-N.json. Nothing here is part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scratchProject } from '../src/cli/scratchProject';
import { buildPhases } from './buildPhases';
import { coldBuilds, runBuild } from './coldBuilds';
import { ingestThroughput } from './ingestThroughput';
import { lighthouseScores } from './lighthouseScores';
import { machine } from './machine';
import { pageWeight, type PageWeight } from './pageWeight';
import { plainProject } from './plainProject';
import { syntheticSources } from './syntheticSources';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'time-limit': { type: 'string' },
    'no-rebuild': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const n = Number(args.articles);
const runs = Number(args.runs);
const timeLimit = args['time-limit'] === undefined ? undefined : Number(args['time-limit']);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1 || (timeLimit !== undefined && !(timeLimit > 0))) {
  console.error('usage: npm run bench -- --articles N [--runs R] [--seed S] [--time-limit SECONDS] [--no-rebuild] [--no-lighthouse]');
  process.exit(2);
}

const root = process.cwd();
const tmp = join(root, 'bench/tmp');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (seconds: number) => seconds.toFixed(1);

// The machine and the articles.
const m = machine();
console.log(`machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB memory, Node ${m.node}, ${m.date}`);
const sources = syntheticSources(n, Number(args.seed));
const words = sources.reduce((t, a) => t + a.words, 0) / n;
console.log(`articles: ${n} synthetic sources, ${words.toFixed(0)} words on average (seed ${args.seed})`);

// The scratch copy of our project, with the sources in place of the real ones.
mkdirSync(tmp, { recursive: true });
const full = scratchProject(root, join(tmp, `full-${n}`));
for (const a of sources) writeFileSync(join(full, 'content/sources', `${a.slug}.txt`), a.text);

// 1. Ingest throughput, in this process.
const ingest = await ingestThroughput(full, runs);
console.log(`ingest: ${ingest.perSecond.toFixed(1)} articles/s (median of ${runs}: ${ingest.passes.map((p) => p.toFixed(1)).join(', ')})`);

// 2. Full and plain builds, cold each time.
console.log('building (this takes a while) …');
const plain = plainProject(root, join(tmp, `plain-${n}`), sources);
const loadBefore = loadavg()[0];
const timings = await coldBuilds([{ label: 'full', dir: full, generated: 'content/articles' }, { label: 'plain', dir: plain }], runs, timeLimit);
const fullBuild = timings.get('full')!;
const plainBuild = timings.get('plain')!;
const phases = fullBuild.phases;
const describe = (b: typeof fullBuild) =>
  b.runs.length
    ? `median ${s(b.median)} s of ${b.runs.map(s).join(' / ')} (CPU ${s(b.cpuMedian)} s), peak ${b.peakMb.toFixed(0)} MB`
    : `did not finish: ${b.failure}`;
console.log(`full build (npm run build): ${describe(fullBuild)}`);
if (phases) console.log(`  phases of the median run: ingest ${s(phases.ingest)} s, astro build ${s(phases.astro)} s, pagefind ${s(phases.pagefind)} s`);
console.log(`plain build (astro + mdx): ${describe(plainBuild)}`);
console.log(`machine load (1-minute average) before the builds ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}; CPU ratio (full/plain): ${(fullBuild.cpuMedian / plainBuild.cpuMedian).toFixed(2)}`);
const results = { machine: m, articles: n, words, runs, ingest, fullBuild, plainBuild } as Record<string, unknown>;
const save = () => writeFileSync(join(tmp, `results-${n}.json`), JSON.stringify(results, null, 2));
if (!fullBuild.runs.length || !plainBuild.runs.length) {
  save();
  console.log('build ratio (full/plain): n/a (a build did not finish, see above)');
  process.exit(1);
}

// 3. Rebuild after editing one article (caches and pages of the last full build in place).
if (!args['no-rebuild']) {
  const edited = join(full, 'content/sources', `${sources[0].slug}.txt`);
  appendFileSync(edited, 'Officials said the figures would be checked again on Friday.\n');
  const rebuild = await runBuild(full, timeLimit);
  const rebuildPhases = buildPhases(rebuild.lines, rebuild.seconds);
  results.rebuild = { seconds: rebuild.seconds, phases: rebuildPhases, failure: rebuild.failure };
  console.log(rebuild.failure
    ? `rebuild after editing one article: ${rebuild.failure}`
    : `rebuild after editing one article: ${s(rebuild.seconds)} s${rebuildPhases ? ` (ingest ${s(rebuildPhases.ingest)} s, astro build ${s(rebuildPhases.astro)} s, pagefind ${s(rebuildPhases.pagefind)} s)` : ''}`);
}

// 4. Page weight and Lighthouse, for the page types this branch has.
const dist = join(full, 'dist');
const read = (path: string) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) && !file.endsWith('/') ? readFileSync(file, 'utf8') : undefined;
};
const firstArticle = readdirSync(join(dist, 'articles')).sort()[0];
const pages: Record<string, string> = {
  home: '/', article: `/articles/${firstArticle}/`, timeline: '/timeline/', claims: '/claims/', figures: '/figures/',
};
const weights: Record<string, PageWeight> = {};
console.log('page weight (bytes, gzipped; raw in brackets):');
for (const [type, path] of Object.entries(pages)) {
  const html = read(`${path}index.html`);
  if (html === undefined) {
    console.log(`  ${type.padEnd(8)} (no such page on this branch)`);
    continue;
  }
  const w = (weights[type] = pageWeight(html, path, read));
  console.log(`  ${type.padEnd(8)} HTML ${kb(w.html.gzip)} KB (${kb(w.html.raw)}) · CSS ${kb(w.css.gzip)} KB (${kb(w.css.raw)}) · JS ${kb(w.js.gzip)} KB (${kb(w.js.raw)})`);
}

const lighthouse: Record<string, unknown> = {};
if (!args['no-lighthouse']) {
  const port = 4391;
  const server = spawn(process.execPath, ['e2e/serve.mjs', String(port)], { cwd: full, stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const urls = Object.fromEntries(Object.keys(weights).map((t) => [t, `http://127.0.0.1:${port}${pages[t]}`]));
    const scores = await lighthouseScores(Object.values(urls), runs);
    console.log(`lighthouse (median of ${runs}; performance / accessibility / best practices / SEO):`);
    for (const [type, url] of Object.entries(urls)) {
      const sc = scores.get(url)!;
      lighthouse[type] = sc;
      console.log(`  ${type.padEnd(8)} ${sc.performance} / ${sc.accessibility} / ${sc['best-practices']} / ${sc.seo}`);
    }
  } finally {
    server.kill();
  }
}

const ratio = fullBuild.median / plainBuild.median;
Object.assign(results, { weights, lighthouse, ratio });
save();
console.log(`build ratio (full/plain): ${ratio.toFixed(2)}`);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the static server at ${url} did not start`);
}
