/**
 * `npm run check:html [-- DIST]`: every HTML page of the built site (default dist/) passes the
 * Nu HTML Checker (vnu-jar, run on the machine's Java) with no errors.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const dist = process.argv[2] ?? 'dist';
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.error || !run.stderr.trim().startsWith('{')) {
  console.error(`check:html: could not run the Nu HTML Checker (java -jar ${jar}): ${run.error?.message ?? run.stderr.trim()}`);
  console.error('  hint: install a Java runtime (Debian: apt-get install default-jre-headless)');
  process.exit(2);
}
const messages: VnuMessage[] = JSON.parse(run.stderr).messages;
for (const m of messages) {
  const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : dist;
  console.error(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}${m.extract ? `\n  ${m.extract.trim()}` : ''}`);
}
if (messages.length) {
  console.error(`html: ${messages.length} errors`);
  process.exit(1);
}
console.log(`html: every page in ${dist}/ passes the Nu HTML Checker`);
