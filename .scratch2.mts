import { resolveDates } from './src/ingest/extract/dates';
import { extractEvents } from './src/ingest/extract/events';
const s = "The town, which Russia captured in May, was retaken on Sunday.";
console.log(JSON.stringify(resolveDates(s, '2023-06-14')));
console.log(JSON.stringify(extractEvents({text: s, sentences: [{id:'s1', start:0, end:s.length, text:s, paragraph:0}], published:'2023-06-14'}).map(e=>e.text)));
