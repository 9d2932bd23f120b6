/**
 * Whether an editor has reviewed a claim, event or figure: the item says reviewed="yes", or its
 * page says `review: reviewed` and the item does not say reviewed="no". Everything else is
 * machine-extracted. Pure.
 */
export interface Reviewable {
  /** The item's own say, as written: "yes", "no" or absent. */
  reviewed?: string;
}

export interface ReviewedPage {
  /** The page's front matter: "draft" (the default) or "reviewed". */
  review?: string;
}

export function isReviewed(item: Reviewable, article: ReviewedPage): boolean {
  if (item.reviewed === 'yes') return true;
  if (item.reviewed === 'no') return false;
  return article.review === 'reviewed';
}
