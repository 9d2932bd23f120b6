/**
 * Place names in an article, each resolved to one gazetteer entry ("Izyum" → Izium) with its span.
 *
 * Each sentence is cut into words once; a place starts at a capitalised word and is the longest
 * run of words joined by a space or a hyphen whose folded spelling is a gazetteer key
 * ("Kryvyi Rih" before "Kryvyi", "Kharkiv region" before "Kharkiv"). A possessive ’s ends
 * the run and stays outside the span. Lookups are Map hits, so a sentence costs
 * O(words × longest key), never a pattern per place.
 *
 * Declined: lower-case words ("a bar"), places in names of people ("Stephen Lyman",
 * "Mr Brody"), of outlets ("the Kyiv Independent", "Washington Post"), and places that are
 * also common words unless a locative cue comes first ("in Bar", "the town of Brody").
 */
import { foldPlaceName, type Gazetteer, type PlaceEntry } from '../gazetteer';
import type { ExtractContext, PlaceAnnotation, Sentence } from '../types';

/** A word, with apostrophes inside it ("Zin’kiv", "Kharkiv’s"). */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/i;
/** What may join two words of one name: a space, a hyphen, or the dot of "St. Petersburg". */
const SPACE = /^[ \u00a0]$/;
const HYPHEN = /^[-‐‑]$/;
const ABBREVIATION_DOT = /^\. $/;
const ABBREVIATIONS = new Set(['st', 'mt']);
/** Punctuation after which a capitalised word starts a clause, like the first word of a sentence. */
const CLAUSE_OPENER = /^\s*[“”"‘'(\[:;—–.!?][\s“”"‘'(\[:;—–.!?]*$/;

/** Words before a place that make it a locative reference. */
const LOCATIVE_CUES = new Set([
  'in', 'near', 'outside', 'around', 'from', 'to', 'towards', 'toward', 'into', 'at', 'across',
  'through', 'throughout', 'via', 'of', 'between', 'beyond', 'past', 'inside', 'within', 'on',
]);
/** An apposition after a place that says what it is: "Bar, a town in Vinnytsia region". */
const APPOSITION = /^,? (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:town|city|village|port|settlement|district|region|suburb)\b/u;
/** Titles that make the next capitalised word part of a person's name. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'gen', 'general', 'col',
  'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'governor',
  'gov', 'minister', 'sir', 'lord', 'lady', 'dame', 'rev', 'father', 'senator', 'sen', 'rep',
  'judge', 'justice', 'commander', 'admiral', 'adm', 'marshal', 'chancellor', 'premier', 'king',
  'queen', 'prince', 'princess', 'pope', 'patriarch', 'bishop', 'officer', 'private', 'corporal',
]);
/** Capitalised words that may stand before a place inside one run ("Eastern Kharkiv"). */
const MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northeastern', 'northwest', 'northwestern', 'southeast', 'southeastern',
  'southwest', 'southwestern', 'greater', 'upper', 'lower', 'occupied', 'liberated', 'annexed',
  'free', 'old', 'downtown', 'the', 'and', 'or', 'nato', 'soviet', 'german', 'french', 'dutch',
  'czech', 'slovak', 'american', 'moldovan', 'chechen', 'kremlin', 'if', 'but', 'as', 'while',
  'when', 'after', 'before', 'since', 'until', 'once', 'although', 'though', 'because', 'unlike',
  'eu', 'un', 'us', 'uk', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);
/** Adjectives of nationality or direction: "Ukrainian Kherson", "Russian Belgorod". */
const ADJECTIVE_ENDING = /(?:ian|ean|ern|ese|ish)$/;
/** Words after a place that make it the name of an outlet or a club. */
const OUTLET_WORDS = new Set([
  'post', 'times', 'independent', 'herald', 'journal', 'gazette', 'tribune', 'telegraph',
  'pravda', 'insider', 'chronicle', 'examiner', 'dynamo',
]);

interface Word {
  /** Offsets in the whole text. */
  start: number;
  end: number;
  folded: string;
  /** Without a possessive ’s: end and folded form ("Kharkiv’s" → "Kharkiv"). */
  baseEnd: number;
  baseFolded: string;
  capitalised: boolean;
  /** Joined to the previous word by a space or hyphen (may continue a name). */
  joined: boolean;
  /** Joined to the previous word by a hyphen ("Anti-Kyiv", "Moscow-backed"). */
  hyphenated: boolean;
  /** Only spaces, quotes, brackets or dashes stand between the previous word and this one. */
  clauseStart: boolean;
}

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const text = sentence.text;
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = sentence.start + m.index;
    const gap = text.slice(prevEnd, m.index);
    const prev = words[words.length - 1];
    const possessive = POSSESSIVE.test(raw) && raw.length > 2;
    const folded = foldPlaceName(raw);
    words.push({
      start,
      end: start + raw.length,
      folded,
      baseEnd: possessive ? start + raw.length - 2 : start + raw.length,
      baseFolded: possessive ? foldPlaceName(raw.slice(0, -2)) : folded,
      capitalised: CAPITALISED.test(raw),
      joined:
        prev !== undefined &&
        (SPACE.test(gap) || HYPHEN.test(gap) || (ABBREVIATION_DOT.test(gap) && ABBREVIATIONS.has(prev.folded))),
      hyphenated: prev !== undefined && HYPHEN.test(gap),
      clauseStart: prev === undefined || CLAUSE_OPENER.test(gap),
    });
    prevEnd = m.index + raw.length;
  }
  return words;
}

interface Match {
  place: PlaceEntry;
  /** Index of the last word of the name. */
  last: number;
  end: number;
}

/** The longest name starting at word i, if any. */
function longestAt(words: readonly Word[], i: number, gaz: Gazetteer): Match | undefined {
  const first = words[i]!;
  if (!gaz.firstWords.has(first.folded) && !gaz.firstWords.has(first.baseFolded)) return undefined;
  const prev = words[i - 1];
  const afterThe = prev !== undefined && first.joined && prev.folded === 'the';
  let last = i;
  while (last + 1 < words.length && last + 1 - i < gaz.maxWords && words[last + 1]!.joined) last++;
  for (let j = last; j >= i; j--) {
    const head = words.slice(i, j).map((w) => w.folded);
    const tail = words[j]!;
    const forms = tail.baseFolded === tail.folded ? [tail.folded] : [tail.baseFolded, tail.folded];
    for (const form of forms) {
      const key = [...head, form].join(' ');
      const place = (afterThe ? gaz.byKey.get(`the ${key}`) : undefined) ?? gaz.byKey.get(key);
      if (place) return { place, last: j, end: form === tail.folded ? tail.end : tail.baseEnd };
    }
  }
  return undefined;
}

/** Whether the words around a match show it is not a place reference. */
function declined(text: string, words: readonly Word[], i: number, m: Match, gaz: Gazetteer): boolean {
  const prev = words[i - 1];
  const next = words[m.last + 1];
  if (m.place.ambiguous) {
    const cued = (prev && LOCATIVE_CUES.has(prev.folded)) || APPOSITION.test(text.slice(m.end, m.end + 60));
    if (!cued) return true;
  }
  if (next?.joined && next.capitalised && OUTLET_WORDS.has(next.folded)) return true;
  if (!prev || !words[i]!.joined || !prev.capitalised) return false;
  if (TITLES.has(prev.folded)) return true;
  if (OUTLET_WORDS.has(prev.folded)) return true;
  if (prev.baseEnd !== prev.end || words[i]!.hyphenated) return false; // "Ukraine’s Kharkiv", "Pro-Kyiv"
  // A capitalised word before the place, inside one run: a person's or organisation's name
  // ("Stephen Lyman"), unless it opens the clause or qualifies a place ("Eastern Kharkiv").
  if (prev.clauseStart || MODIFIERS.has(prev.folded) || ADJECTIVE_ENDING.test(prev.folded)) return false;
  return !gaz.firstWords.has(prev.folded);
}

/** Places named in the article, in reading order, each with its sentence and span. */
export function extractPlaces(ctx: ExtractContext, gazetteer: Gazetteer): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  for (const sentence of ctx.sentences) {
    const words = wordsOf(sentence);
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.capitalised) continue;
      const m = longestAt(words, i, gazetteer);
      if (!m) continue;
      if (declined(ctx.text, words, i, m, gazetteer)) {
        i = m.last;
        continue;
      }
      // "the Dnipro" picks the river, but the span is the name: "The Hague" keeps its article.
      const skipThe = words[i]!.folded === 'the' && m.last > i && !/^the /i.test(m.place.name);
      const start = words[skipThe ? i + 1 : i]!.start;
      out.push({
        kind: 'place',
        sentence: sentence.id,
        start,
        end: m.end,
        text: ctx.text.slice(start, m.end),
        name: m.place.name,
        lat: m.place.lat,
        lon: m.place.lon,
      });
      i = m.last;
    }
  }
  return out;
}
