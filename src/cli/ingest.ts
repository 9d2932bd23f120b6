/** `npm run ingest [-- slug …]`: content/sources/*.txt → content/articles/*.mdx, never overwriting an editor's change. */
import { ingestSources, ingestSummary, notIngested } from './ingestSources';

const { reports, problems } = await ingestSources(process.cwd(), process.argv.slice(2).length ? process.argv.slice(2) : undefined);
for (const r of reports) for (const m of r.messages) console.log(m);
console.log(ingestSummary(reports));
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`ingest stopped: ${notIngested(problems)} and run it again.`);
  process.exit(1);
}
