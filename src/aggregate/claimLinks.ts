/**
 * The claims a claim confirms or disputes, resolved to the article and claim they name, for the
 * article page: "confirms Ukraine in “Zelensky vows …”". A reference that names nothing is left
 * out (the build has already stopped on it). Pure.
 */
import type { ClaimRecord } from '../annotations/collect';
import { articlesBySlug } from './articlesBySlug';
import type { ArticleData } from './parseArticle';

export interface ClaimLink {
  field: 'confirms' | 'disputes';
  article: ArticleData;
  claim: ClaimRecord;
}

export function claimLinks(claim: ClaimRecord, from: ArticleData, articles: readonly ArticleData[]): ClaimLink[] {
  return (['confirms', 'disputes'] as const).flatMap((field) => {
    const ref = claim[field];
    if (!ref) return [];
    const [slug, id] = ref.includes('#') ? ref.split('#') : [from.slug, ref];
    const article = slug === from.slug ? from : articlesBySlug(articles).get(slug);
    const target = article?.claims.find((c) => c.id === id);
    return article && target ? [{ field, article, claim: target }] : [];
  });
}
