/**
 * `npm run check:security [-- DIST]`: every page of the built site (default dist/) carries a
 * Content-Security-Policy that allows no other origin and no unhashed inline code, runs no inline
 * event handler, and dist/_headers serves the same policy to static hosts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersProblems, pageSecurityProblems } from '../checks/securityProblems';
import { readSite } from '../checks/siteFiles';

const dist = process.argv[2] ?? 'dist';
const site = readSite(dist);
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const problems = [
  ...site.pages.flatMap((p) => pageSecurityProblems(p).map((m) => `${dist}${p.file}: ${m}`)),
  ...headersProblems(
    existsSync(join(dist, '_headers')) ? readFileSync(join(dist, '_headers'), 'utf8') : undefined,
    site.pages.map((p) => META_CSP.exec(p.html)?.[1]).filter((p): p is string => !!p),
  ).map((m) => `${dist}/_headers: ${m}`),
];
for (const p of problems) console.error(p);
if (problems.length) {
  console.error(`security: ${problems.length} problems`);
  process.exit(1);
}
console.log(`security: ${site.pages.length} pages with a hash-based Content-Security-Policy, no inline handlers; _headers matches`);
