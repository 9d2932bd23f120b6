import type { ArticleData } from './parseArticle';

/**
 * `fn` worked out once per list of articles: loadArticles gives every page of a build the same
 * list (and a new one once a page changes), so the timeline, the claims pages and the data
 * downloads share one result. Callers must not change what it returns.
 */
export function perArticleSet<R>(fn: (articles: readonly ArticleData[]) => R): (articles: readonly ArticleData[]) => R {
  const results = new WeakMap<readonly ArticleData[], R>();
  return (articles) => {
    if (!results.has(articles)) results.set(articles, fn(articles));
    return results.get(articles)!;
  };
}
