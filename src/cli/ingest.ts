/** `npm run ingest [-- slug …]`: content/sources/*.txt → content/articles/*.mdx, never overwriting an editor's change. */
import { ingestSources, ingestSummary } from './ingestSources';

const { reports, problems } = await ingestSources(process.cwd(), process.argv.slice(2).length ? process.argv.slice(2) : undefined);
for (const r of reports) for (const m of r.messages) console.log(m);
console.log(ingestSummary(reports));
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`ingest stopped: ${problems.length} source${problems.length > 1 ? 's' : ''} could not be ingested; fix the problem${problems.length > 1 ? 's' : ''} above and run it again.`);
  process.exit(1);
}
