/**
 * How the claims table is split into pages (PER_PAGE rows each: /claims/, /claims/2/ …) and
 * where a given claim's row is, so a confirmation can link to the row it confirms on any page.
 */
export const PER_PAGE = 200;

/** The fragment id of a claim's row: "kharkiv-border#c5" → "claim-kharkiv-border--c5". */
export function claimRowId(key: string): string {
  return `claim-${key.replace('#', '--')}`;
}

/** Address of page `index` (0-based): /claims/, /claims/2/ … */
export function claimsPageHref(base: string, index: number): string {
  return `${base}claims/${index === 0 ? '' : `${index + 1}/`}`;
}

/** Address of a claim's row, given the position of every row in the whole table. */
export function claimRowHref(base: string, positions: ReadonlyMap<string, number>, key: string): string {
  const position = positions.get(key) ?? 0;
  return `${claimsPageHref(base, Math.floor(position / PER_PAGE))}#${claimRowId(key)}`;
}

/** The first claims page lists this many claimants; all of them are on /claims/claimants/. */
export const SUMMARY_LIMIT = 12;
