/**
 * The one line the home page, the feed and search results show for an article: the editor's
 * `summary` when there is one, else the article's first sentence, cut at a word boundary.
 */

/** Longest summary in characters, ellipsis included. */
export const SUMMARY_MAX = 180;

/** Words a summary should not end on before the ellipsis ("…and the …"). */
const DANGLING = /[\s,;:–—-]+$/;

/**
 * "UKRAINE’S President Zelensky vowed to keep storming forward …" stays as it is when short;
 * a longer sentence is cut after the last whole word that fits and ends with "…".
 */
export function oneLineSummary(summary: string | undefined, firstSentence: string, max = SUMMARY_MAX): string {
  const text = (summary ?? firstSentence).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // Room for max - 1 characters and the ellipsis: cut at the last space within it.
  const lastSpace = text.lastIndexOf(' ', max - 1);
  const words = text.slice(0, lastSpace > 0 ? lastSpace : max - 1);
  return `${words.replace(DANGLING, '')}…`;
}
