/**
 * `npm run --silent extract -- FILE --published YYYY-MM-DD [--outlet NAME]`
 * Prints the annotations of one article as JSON on stdout (the scorer's contract). A source file
 * with front matter is read as such; a plain text file may have a NAME.json sidecar with "outlet".
 * Bad input exits 1 with a one-line reason on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest/ingest';
import { isIsoDate } from '../ingest/isoDate';
import { referenceData } from '../ingest/referenceData';
import { parseSource } from '../ingest/source';
import { toEvalJson } from '../ingest/toEvalJson';

function fail(reason: string): never {
  process.stderr.write(`extract: ${reason}\n`);
  process.exit(1);
}

function sidecarOutlet(file: string): string | undefined {
  const sidecar = file.replace(/\.txt$/, '.json');
  if (sidecar === file || !existsSync(sidecar)) return undefined;
  try {
    const outlet = JSON.parse(readFileSync(sidecar, 'utf8')).outlet;
    return typeof outlet === 'string' ? outlet.replace(/\s*\([^)]*\)\s*$/, '') : undefined;
  } catch {
    return undefined;
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, outlet: { type: 'string' } },
});
const file = positionals[0];
if (!file) fail('usage: extract FILE --published YYYY-MM-DD');
if (!existsSync(file)) fail(`no such file: ${file}`);
let raw = readFileSync(file, 'utf8');
let published = values.published;
let outlet = values.outlet ?? sidecarOutlet(file);
if (raw.startsWith('---')) {
  const source = parseSource(raw, file);
  raw = source.body;
  published ??= source.meta.published;
  outlet ??= source.meta.outlet;
}
if (!published) fail('--published YYYY-MM-DD is required');
if (!isIsoDate(published)) fail(`--published "${published}" is not a date written YYYY-MM-DD`);
if (!raw.trim()) fail(`${file} has no text`);

const result = ingest(raw, { published, outlet, ...referenceData() });
process.stdout.write(`${JSON.stringify(toEvalJson(result), null, 2)}\n`);
