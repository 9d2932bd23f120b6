import type { ArticleData } from './parseArticle';
import { perArticleSet } from './perArticleSet';

/** The articles by slug, to find one without a walk over all of them (10,000 on a large site). */
export const articlesBySlug = perArticleSet((articles) => new Map(articles.map((a) => [a.slug, a])));
