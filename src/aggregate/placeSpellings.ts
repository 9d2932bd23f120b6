/**
 * The places an article names, each once, with the other spellings a reader might search for:
 * the forms the article itself used ("Izyum") and the gazetteer's variants ("Izum"). Printed in
 * the article's Places panel, they let a search for any spelling find the page.
 */
import { foldPlaceName } from '../ingest/gazetteer';

export interface PlaceMention {
  /** Canonical name, e.g. "Izium". */
  name: string;
  /** The text as written in the article, e.g. "Izyum". */
  text: string;
  /** Sentence id of the mention, e.g. "s4". */
  sentence: string;
}

export interface PlaceSpellings {
  name: string;
  /** Sentence of the first mention. */
  sentence: string;
  /** Other spellings, each adding a word the name and earlier spellings lack, e.g. ["Izyum", "Izum"]. */
  also: string[];
}

/** Words that make a spelling a different phrase but never a different place name. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['region', 'regions', 'province', 'oblast', 'oblasts', 'the']);

const wordsOf = (text: string) => foldPlaceName(text).split(' ').filter((w) => w && !GENERIC_WORDS.has(w));

/**
 * Groups mentions by canonical name (in order of first mention) and lists the article's own
 * spellings, then the gazetteer's (`variantsOf(name)`), keeping only those that bring a new word:
 * "Zaporizhzhia region" adds nothing to "Zaporizhzhia Oblast", "Zaporozhye Oblast" does.
 */
export function placeSpellings(mentions: readonly PlaceMention[], variantsOf: (name: string) => readonly string[]): PlaceSpellings[] {
  const byName = new Map<string, { sentence: string; written: string[] }>();
  for (const m of mentions) {
    const held = byName.get(m.name);
    if (held) held.written.push(m.text);
    else byName.set(m.name, { sentence: m.sentence, written: [m.text] });
  }
  return [...byName].map(([name, { sentence, written }]) => {
    const known = new Set(wordsOf(name));
    const also: string[] = [];
    for (const spelling of [...written, ...variantsOf(name)]) {
      const fresh = wordsOf(spelling).filter((w) => !known.has(w));
      if (fresh.length === 0) continue;
      fresh.forEach((w) => known.add(w));
      also.push(spelling);
    }
    return { name, sentence, also };
  });
}
