/**
 * `npx tsx bench/ingestOnly.ts [--articles N] [--runs R] [--seed S]`: ingest throughput alone
 * (the first step of `npm run bench`, without the long builds), on N synthetic sources in a
 * scratch copy of the project under bench/tmp/. Run it through npx (or npm), whose PATH puts the
 * project's Node 24 first: node_modules/.bin/tsx called directly runs on the system's Node.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scratchProject } from '../src/cli/scratchProject';
import { ingestThroughput } from './ingestThroughput';
import { syntheticSources } from './syntheticSources';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const n = Number(args.articles);
const runs = Number(args.runs);
const dir = scratchProject(process.cwd(), join(process.cwd(), `bench/tmp/ingest-${n}`));
for (const a of syntheticSources(n, Number(args.seed))) writeFileSync(join(dir, 'content/sources', `${a.slug}.txt`), a.text);
const load = loadavg()[0];
const speed = await ingestThroughput(dir, runs);
console.log(`ingest: ${speed.perSecond.toFixed(1)} articles/s (median of ${runs}: ${speed.passes.map((p) => p.toFixed(1)).join(', ')}), load ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}, Node ${process.versions.node}`);
