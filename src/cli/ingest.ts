/** `npm run ingest [-- slug …]`: content/sources/*.txt → content/articles/*.mdx, never overwriting an editor's change. */
import { IngestError, ingestSources } from './ingestSources';

try {
  const reports = ingestSources(process.cwd(), process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  for (const r of reports) for (const m of r.messages) console.log(m);
  const count = (o: string) => reports.filter((r) => r.outcome.startsWith(o)).length;
  console.log(`ingest: ${reports.length} sources, ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('kept')} kept (edited by hand)`);
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  console.error(e.message);
  console.error('ingest stopped: fix the problems above and run it again.');
  process.exit(1);
}
