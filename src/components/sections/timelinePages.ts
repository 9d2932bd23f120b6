/**
 * How the timeline is split: the index lists every event up to INDEX_LIMIT; a month page holds
 * at most MONTH_PAGE_SIZE events, a busier month continues on /timeline/<month>/2/ and so on.
 * Both keep a page's HTML well under 1 MB (an event is under 1 KB of HTML).
 */
export const INDEX_LIMIT = 300;
export const MONTH_PAGE_SIZE = 400;

/** Address of part `index` (0-based) of a month: /timeline/2022-09/, /timeline/2022-09/2/ … */
export function monthPartHref(base: string, month: string, index: number): string {
  return `${base}timeline/${month}/${index === 0 ? '' : `${index + 1}/`}`;
}
