/**
 * The country "the country" stands for in an article: the one its text names most often up to
 * that point (the latest named on a tie), as a reader would take it. "Russia now holds a fifth
 * of the country" in a report that has named Ukraine ten times and Russia twice is a fifth of
 * Ukraine. Only country names count, not demonyms ("Russian forces") or capitals ("Moscow"), but
 * a demonym on land names the country as a place ("four Ukrainian provinces", "Ukrainian soil").
 * A country named as holding land ("Russia now controls a fifth of Ukraine", "Russia held …")
 * is the occupier, not the country whose share the article counts, so that naming counts for nothing.
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

/** Land a demonym qualifies: "Ukrainian territory", "four Ukrainian provinces". */
const LAND_AFTER = /^\s+(?:territory|territories|land|lands|soil|ground|provinces|regions|oblasts|cities|towns|villages)\b/;
/** A verb of holding right after a name: "Russia now controls", "Russia's forces still hold", "Russia has annexed". */
const HOLDS_AFTER = /^(?:['’]s\s+(?:forces|troops|army|military))?(?:\s+(?:now|still|already|currently|effectively))*\s+(?:controls?|controlled|holds?|held|occupies|occupied|annexed|has\s+(?:occupied|annexed|seized|captured))\b/;
const AFTER_REACH = 60;

/** The country most often named in `text` other than `except`, or undefined when it names none. */
export function articleCountry(text: string, areas: ReferenceAreas, except?: ReferenceArea): ReferenceArea | undefined {
  const seen = new Map<ReferenceArea, { count: number; last: number }>();
  for (const run of namingRuns(text)) {
    const after = text.slice(run.index! + run[0].length, run.index! + run[0].length + AFTER_REACH);
    if (HOLDS_AFTER.test(after)) continue;
    const named = countriesIn(run[0], areas);
    const demonym = !named.length && LAND_AFTER.test(after) ? areas.findDemonym(run[0].split(/\s+/).at(-1)!) : undefined;
    for (const { area, at } of demonym ? [{ area: demonym, at: 0 }] : named) {
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
  for (const run of namingRuns(text)) {
    last = countriesIn(run[0], areas).at(-1)?.area ?? last;
  }
  return last;
}

/** The runs of capitalised words in `text` that may name what it is about (not its yardsticks). */
function* namingRuns(text: string): Generator<RegExpExecArray> {
  for (const run of text.matchAll(NAME_RUN)) {
    if (!YARDSTICK_BEFORE.test(text.slice(Math.max(0, run.index! - YARDSTICK_REACH), run.index))) yield run;
  }
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
