/**
 * The list of articles, newest first, split into pages: the first on the home page, the others
 * at page/2/, page/3/ …, so that no page lists thousands of articles. Pure.
 */
import { paginate } from './paginate';

export const ARTICLES_PER_PAGE = 60;

export function articlePageHref(base: string, index: number): string {
  return index === 0 ? base : `${base}page/${index + 1}/`;
}

/** The address of every page of the list, in order. */
export function articlePageHrefs(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => articlePageHref(base, i));
}

export function articlePages<T>(articles: readonly T[]): T[][] {
  return paginate(articles, ARTICLES_PER_PAGE);
}
