/**
 * `npm run suggest-links`: lists claims in one article that may confirm or dispute a claim in
 * another (same figure, or same place within a few days), with the attribute to add. Adds nothing.
 */
import { formatSuggestion, suggestLinks } from '../aggregate/suggestLinks';
import { contentProblems } from './contentProblems';
import { readContent } from './readContent';

const { problems, articles } = contentProblems(readContent(process.cwd()));
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`suggest-links: fix the ${problems.length} problem${problems.length > 1 ? 's' : ''} above first (npm run check lists them).`);
  process.exit(1);
}
const suggestions = suggestLinks(articles);
for (const s of suggestions) console.log(formatSuggestion(s));
console.log(`suggest-links: ${suggestions.length} suggested link${suggestions.length === 1 ? '' : 's'} between ${articles.length} articles; add the attribute to accept one, or leave it.`);
