/**
 * Rough text metrics for layout without a DOM. Font is inherited, so widths are estimates
 * on the generous side (average glyph ≈ 0.6 em) to avoid overlaps rather than gaps.
 */
const NARROW = /[iljtf.,:;'’!|() ]/;
const WIDE = /[MWmw@%—]/;

export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) em += NARROW.test(ch) ? 0.35 : WIDE.test(ch) ? 0.9 : /[A-Z0-9]/.test(ch) ? 0.68 : 0.58;
  return em * fontSize;
}

/** Shorten `text` with an ellipsis so it fits `maxWidth` pixels. */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : chars.slice(0, lo).join('').trimEnd() + '…';
}
