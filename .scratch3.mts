import { anchorParser } from './src/ingest/extract/dateParsers';
const re = anchorParser.pattern({} as any);
console.log(re, re.exec("and on the 9th they returned."));
