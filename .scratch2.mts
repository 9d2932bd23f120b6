import { resolveDates } from './src/ingest/extract/dates';
import { clauseAround } from './src/ingest/extract/eventClause';
for (const s of ["Russian forces captured the village of Krasnohorivka on Tuesday, the defence ministry said.", "Residents fled in early May as shelling intensified.", "Protesters gathered in March to march on the capital.", "Since February, more than 8 million people have fled the country."]) {
  const ds = resolveDates(s, '2023-06-14');
  console.log(s, JSON.stringify(ds));
  for (const d of ds) { const c = clauseAround(s, {start: d.index, end: d.index + d.text.length}); console.log('   clause:', s.slice(c.start, c.end)); }
}
