/**
 * The country "the country" stands for in an article: the one its text names most often up to
 * that point (the latest named on a tie), as a reader would take it. "Russia now holds a fifth
 * of the country" in a report that has named Ukraine ten times and Russia twice is a fifth of
 * Ukraine. Only country names count, not demonyms ("Russian forces") or capitals ("Moscow").
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';

/** A run of up to four capitalised words, a possessive "'s" left out: "Ukraine", "the United Kingdom's". */
const NAME_RUN = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}/gu;

/**
 * A name given as a yardstick of size is not what the article is about: "roughly the size of
 * Lebanon", "bigger than Belgium", "as large as Portugal".
 */
const YARDSTICK_BEFORE = /\b(?:size\s+of|than|as\s+(?:big|large)\s+as|equivalent\s+to)\s+(?:the\s+)?$/i;
const YARDSTICK_REACH = 30;

/** The country most often named in `text` other than `except`, or undefined when it names none. */
export function articleCountry(text: string, areas: ReferenceAreas, except?: ReferenceArea): ReferenceArea | undefined {
  const seen = new Map<ReferenceArea, { count: number; last: number }>();
  for (const run of text.matchAll(NAME_RUN)) {
    if (YARDSTICK_BEFORE.test(text.slice(Math.max(0, run.index! - YARDSTICK_REACH), run.index))) continue;
    for (const { area, at } of countriesIn(run[0], areas)) {
      if (area === except) continue;
      const s = seen.get(area);
      seen.set(area, { count: (s?.count ?? 0) + 1, last: run.index! + at });
    }
  }
  let best: ReferenceArea | undefined;
  for (const [area, s] of seen) {
    const b = best && seen.get(best)!;
    if (!b || s.count > b.count || (s.count === b.count && s.last > b.last)) best = area;
  }
  return best;
}

/** The country `text` names last (not as a yardstick): what "it" stands for in "it now occupies …". */
export function lastNamedCountry(text: string, areas: ReferenceAreas): ReferenceArea | undefined {
  let last: ReferenceArea | undefined;
  for (const run of text.matchAll(NAME_RUN)) {
    if (YARDSTICK_BEFORE.test(text.slice(Math.max(0, run.index! - YARDSTICK_REACH), run.index))) continue;
    last = countriesIn(run[0], areas).at(-1)?.area ?? last;
  }
  return last;
}

/** The countries a run of capitalised words names, longest first from each word: "United Kingdom Ukraine" → both. */
function countriesIn(run: string, areas: ReferenceAreas): { area: ReferenceArea; at: number }[] {
  const words = [...run.matchAll(/\S+/g)];
  const out: { area: ReferenceArea; at: number }[] = [];
  for (let i = 0; i < words.length; ) {
    let n = words.length - i;
    for (; n > 0; n--) {
      const last = words[i + n - 1]!;
      const area = areas.findCountry(run.slice(words[i]!.index, last.index! + last[0].length));
      if (area) {
        out.push({ area, at: words[i]!.index! });
        break;
      }
    }
    i += Math.max(n, 1);
  }
  return out;
}
