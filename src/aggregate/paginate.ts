/**
 * Splits a list into pages of at most `perPage` items, in order. There is always at least one
 * page (possibly empty), so a section's first page exists even when there is nothing to list.
 */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const size = Math.max(1, Math.floor(perPage));
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
