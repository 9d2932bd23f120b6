/**
 * `npm run check:links [-- DIST]`: no broken internal link or anchor anywhere in the built site
 * (default dist/), and no resource from another origin. Reads BASE_PATH and SITE_URL like
 * astro.config.mjs does, so it checks the site as it was built.
 */
import { brokenLinks } from '../checks/brokenLinks';
import { readSite } from '../checks/siteFiles';

const dist = process.argv[2] ?? 'dist';
const site = readSite(dist);
const problems = brokenLinks(site, { base: process.env.BASE_PATH || '/', site: process.env.SITE_URL || 'http://localhost:4321' });
for (const p of problems) console.error(`${dist}${p.page}: ${p.href} ${p.problem}`);
if (problems.length) {
  console.error(`links: ${problems.length} broken in ${site.pages.length} pages`);
  process.exit(1);
}
console.log(`links: ${site.pages.length} pages, every internal link and anchor resolves`);
