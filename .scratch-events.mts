// dev harness (not committed): runs only the events extractor over the dev set
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { normalize } from './src/ingest/normalize';
import { segment } from './src/ingest/segment';
import { extractEvents } from './src/ingest/extract/events';
const dir = process.argv[2] ?? '../shared/eval/dev';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const name = f.replace(/\.txt$/, '');
  const published = JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')).published;
  const n = normalize(readFileSync(`${dir}/${f}`, 'utf8'));
  const sentences = segment(n.paragraphs);
  const events = extractEvents({ text: n.text, sentences, published });
  for (const e of events) if (n.text.slice(e.start, e.end) !== e.text) throw new Error('span mismatch');
  writeFileSync(`/tmp/evscore/pred/${name}.json`, JSON.stringify({ events: events.map((e) => ({ text: e.summary, date: e.date.start === e.date.end ? e.date.start : e.date, precision: e.precision, when: e.when.text, evidence: e.text })), claims: [], figures: [] }, null, 1));
  console.log('##', name, published);
  for (const e of events) console.log(' ', JSON.stringify(e.date), e.precision, '|', e.when.text, '|', e.text, '=>', e.summary);
}
