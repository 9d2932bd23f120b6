/** `npm run check` (first half): lists every problem in the content at once, without building; exits 1 on any. */
import { suggestLinks } from '../aggregate/suggestLinks';
import { contentProblems } from './contentProblems';
import { readContent } from './readContent';

const { problems, articles } = contentProblems(readContent(process.cwd()));
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check: ${problems.length} problem${problems.length > 1 ? 's' : ''} in the content; fix them and run npm run check again.`);
  process.exit(1);
}
const n = suggestLinks(articles).length;
const suggestions = n ? `; ${n} suggested link${n > 1 ? 's' : ''} between articles (npm run suggest-links lists them)` : '';
console.log(`check: ${articles.length} article pages and their sources are in order${suggestions}.`);
