/** Orderings shared by the aggregations: plain code-point order, and ids with numbers in order (c2 before c10). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "c2" before "c10"; one collator for every comparison (creating one per call is slow). */
export const byId: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

/** Articles newest first, then by slug: the order of the home page, the pager and every list built from all articles. */
export const byNewest = (a: { published: string; slug: string }, b: { published: string; slug: string }): number =>
  b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
