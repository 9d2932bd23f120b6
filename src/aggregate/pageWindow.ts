/**
 * Which page numbers a page navigation shows: the first and the last, and the current one with
 * two on each side; a gap between them is `null` (shown as "…"). A section of any length then
 * links each page to a few dozen others at most, not to all of them. 0-based indexes. Pure.
 */
const AROUND = 2;

export function pageWindow(count: number, current: number): (number | null)[] {
  const shown = [...new Set([0, count - 1, ...Array.from({ length: 2 * AROUND + 1 }, (_, i) => current - AROUND + i)])]
    .filter((i) => i >= 0 && i < count)
    .sort((a, b) => a - b);
  return shown.flatMap((i, k) => (k > 0 && i - shown[k - 1] === 2 ? [i - 1, i] : k > 0 && i - shown[k - 1] > 2 ? [null, i] : [i]));
}
