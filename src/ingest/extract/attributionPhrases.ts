/**
 * Finding the noun phrase next to a reporting verb in a quote-masked sentence: the subject
 * before it ("regional Kharkiv Governor Oleh Sinegubov announced"), the phrase after it ("…,”
 * said the spokesman"), and the sentence's own subject for a coordinated verb ("Zelensky
 * watched … and vowed"). Offsets are sentence-relative.
 */
import { DETERMINERS, DOC_HEADS, ORG_HEADS, PERSON_HEADS, TITLES } from './claimantLexicon';
import { MONTH_NAMES } from './dateParserKit';

export interface Phrase {
  start: number;
  end: number;
  text: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|(?:Co|Inc|Corp|Ltd|Bros)\.(?=\s|$)|[\p{L}\p{N}][\p{L}\p{N}’'.&-]*(?<![.’'-])|[^\s]/gu;

/** A preposition before a noun phrase makes it an object, not a subject ("to the horrors revealed"). */
export const PREPOSITIONS = new Set([
  'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto', 'about', 'over', 'under', 'against',
  'through', 'throughout', 'during', 'amid', 'amidst', 'among', 'between', 'without', 'within', 'across',
  'near', 'despite', 'toward', 'towards', 'upon', 'via', 'like', 'than', 'around', 'behind', 'beyond',
  'off', 'out', 'up', 'down', 'per', 'including', 'following', 'unlike', 'inside', 'outside', 'along',
]);

/** Words that end a subject phrase on its left without making it an object. */
const CLAUSE_WORDS = new Set([
  'as', 'when', 'while', 'after', 'before', 'because', 'but', 'or', 'nor', 'so', 'which', 'who', 'whom',
  'whose', 'if', 'since', 'although', 'though', 'where', 'whereas', 'until', 'unless', 'once', 'then', 'also',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'not', 'him', 'them', 'us', 'me', 'there', 'here',
  'what', 'how', 'why', 'whether', 'said', 'says', 'told', 'and', 'yet', 'i', 'we', 'you', 'that',
]);

const SUBJECT_PRONOUN = /^(?:he|she|they|it)$/i;

/** Role nouns that take "for"/"to" inside their phrase ("spokesman for", "adviser to", "data from"). */
const ROLE_HEADS = new Set([...PERSON_HEADS, ...ORG_HEADS, ...DOC_HEADS]);

/** Lower-case words that may sit inside an organisation's name. */
const NAME_CONNECTORS = new Set(['for', 'of', 'the', 'and', '&', 'in', 'on', 'de']);

function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    // a lone "&" joins the words of a name ("JPMorgan Chase & Co."), like "and"
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length, word: m[0] === '&' || /^[\p{L}\p{N}]/u.test(m[0]) });
  }
  return out;
}

const NAME_NUMERAL = /^\d{1,2}$/u;
const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text);
/** A token in lower case for word lists, but an abbreviation in capitals keeps them: "US officials" is no "us". */
const lowered = (t: Token): string => (/^\p{Lu}{2,}$/u.test(t.text) ? t.text : t.text.toLowerCase());

/** Adverb particles that a name may carry in capitals ("Levelling Up"); in lower case they end a phrase. */
const ADVERB_PARTICLES = new Set(['up', 'out', 'down', 'off']);

/** Prepositions a role noun takes inside its own phrase ("spokesman for", "officials in"). */
const ROLE_PREPOSITIONS = new Set(['for', 'to', 'at', 'in', 'from', 'with', 'on']);

/** Adjectives that put a role in touch with a matter: "people familiar with", "a source close to". */
const ROLE_LINKS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'loyal', 'opposed']);

/** toks[i] is such a preposition right after a role noun (or a role noun and its link). */
function roleComplement(toks: Token[], i: number): boolean {
  if (i < 1 || !ROLE_PREPOSITIONS.has(toks[i].text.toLowerCase()) || !toks[i - 1].word) return false;
  const before = toks[i - 1].text.toLowerCase();
  if (ROLE_HEADS.has(before)) return true;
  return ROLE_LINKS.has(before) && i > 1 && ROLE_HEADS.has(toks[i - 2].text.toLowerCase());
}

/** Prepositions that put a named place after the noun of a role's phrase: "nurses at a clinic in Dravo". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside']);
/** How far left of the place the role's own preposition may be: "at a children's hospital in". */
const PLACE_REACH = 6;

/** toks[i] puts a place (the capitalised toks[first]) after a noun that a role's preposition governs. */
function placeInRole(toks: Token[], i: number, first: number): boolean {
  if (first < 0 || !PLACE_PREPOSITIONS.has(toks[i].text.toLowerCase()) || !isCap(toks[first])) return false;
  for (let j = i - 1; j >= Math.max(1, i - PLACE_REACH); j--) {
    if (!toks[j].word) return false;
    if (roleComplement(toks, j)) return true;
  }
  return false;
}

/** The first word from `i` on that is not a name connector is capitalised. */
function capitalFrom(toks: Token[], i: number): boolean {
  while (i < toks.length && NAME_CONNECTORS.has(toks[i].text.toLowerCase())) i++;
  return i < toks.length && isCap(toks[i]);
}

/**
 * The noun phrase that ends at `end` (exclusive), scanning left: words, "of" inside names and
 * roles, "and" between capitalised names; a determiner closes it. `afterPreposition` tells
 * that the word before it is a preposition (so it is no subject).
 */
export function phraseBefore(masked: string, end: number): (Phrase & { afterPreposition: boolean }) | null {
  const toks = tokens(masked, 0, end);
  let i = toks.length - 1;
  let first = -1;
  while (i >= 0 && toks.length - i <= 12) {
    const t = toks[i];
    const low = lowered(t);
    if (!t.word) break;
    if (first >= 0 && SUBJECT_PRONOUN.test(toks[first].text)) break;
    // "Institute for the Study of War", "Ministry of Internal Affairs": connectors inside a name
    if (NAME_CONNECTORS.has(low) && first >= 0 && capitalFrom(toks, first) && i > 0 && toks[i - 1].word
      && (isCap(toks[i - 1]) || (NAME_CONNECTORS.has(toks[i - 1].text.toLowerCase()) && i > 1 && isCap(toks[i - 2])))) {
      first = i;
      i -= 1;
      continue;
    }
    // "the spokesman for Ukraine's air force", "an adviser to the president", "analysts at the think tank"
    if (ROLE_LINKS.has(low) && first >= 0 && i > 0 && roleComplement(toks, i + 1)) {
      first = i;
      i -= 1;
      continue;
    }
    if ((roleComplement(toks, i) && first >= 0) || placeInRole(toks, i, first)) {
      first = i;
      i -= 1;
      continue;
    }
    if (DETERMINERS.has(low) && low !== 'that') {
      first = i;
      // "one of the soldiers", "a spokesperson for the ministry": a determiner after such a
      // preposition does not close the phrase
      if (i >= 2 && ((toks[i - 1].text === 'of' && toks[i - 2].word) || roleComplement(toks, i - 1))) { i -= 1; continue; }
      i -= 1;
      break;
    }
    if (low === 'of') {
      if (first < 0 || i === 0 || !toks[i - 1].word) break;
      first = i;
      i -= 1;
      continue;
    }
    if ((low === 'and' || low === '&') && first >= 0 && isCap(toks[first]) && i > 0 && isCap(toks[i - 1])) {
      first = i;
      i -= 1;
      continue;
    }
    // "Department for Levelling Up", "Stand Up to Racism": a capitalised particle after a capitalised word is part of a name
    if ((PREPOSITIONS.has(low) || CLAUSE_WORDS.has(low)) && !(ADVERB_PARTICLES.has(low) && isCap(t) && i > 0 && toks[i - 1].word && isCap(toks[i - 1]))) break;
    first = i;
    i -= 1;
  }
  // "Kyiv and most members of …", "Ukraine and its allies": a name coordinated with the phrase
  if (first >= 0 && i >= 1 && toks[i].text.toLowerCase() === 'and' && toks[i - 1].word && isCap(toks[i - 1])) {
    let j = i - 1;
    while (j > 0 && toks[j - 1].word && isCap(toks[j - 1])) j--;
    const stop = j > 0 ? toks[j - 1] : undefined;
    if (!stop || !stop.word || (CLAUSE_WORDS.has(stop.text.toLowerCase()) && stop.text.toLowerCase() !== 'and')) {
      first = j;
      i = j - 1;
    }
  }
  // "Britain, France and the US said": the names listed before a coordinated pair, from the sentence's start
  if (first >= 0 && toks.slice(first).some((t) => t.text.toLowerCase() === 'and')) {
    let j = i;
    while (j >= 1 && toks[j].text === ',' && toks[j - 1].word && isCap(toks[j - 1]) && !TIME_WORD.test(toks[j - 1].text)) {
      let k = j - 1;
      while (k > 0 && toks[k - 1].word && isCap(toks[k - 1])) k--;
      // "In Rome, Italy and Spain said": an opening adverbial, not a name
      const plain = (t: Token) => PREPOSITIONS.has(lowered(t)) || CLAUSE_WORDS.has(lowered(t)) || DETERMINERS.has(lowered(t));
      if ((k > 0 && toks[k - 1].text !== ',') || toks.slice(k, j).some(plain)) break;
      if (k === 0) { first = 0; i = -1; break; }
      j = k - 1;
    }
  }
  if (first < 0) return null;
  // "of" cannot open a phrase
  while (first < toks.length && toks[first].text === 'of') first++;
  if (first >= toks.length) return null;
  const start = toks[first].start;
  const stop = i >= 0 ? toks[i] : undefined;
  return {
    start, end: toks[toks.length - 1].end, text: masked.slice(start, toks[toks.length - 1].end),
    afterPreposition: !!stop && stop.word && PREPOSITIONS.has(stop.text.toLowerCase()),
  };
}

/** An opening time word before a comma ("Yesterday, France and the US said"): no member of a list of names. */
const TIME_WORD = new RegExp(`^(?:yesterday|today|tonight|meanwhile|however|later|earlier|separately|overnight|now|then|also|last|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH_NAMES})$`, 'i');

/** Words that end a phrase read rightwards ("said the spokesman in a statement"). */
const RIGHT_STOPS = new Set([...PREPOSITIONS, ...CLAUSE_WORDS].filter((w) => w !== 'of' && w !== 'and'));

/** toks[i] is the stop of an abbreviated rank before a name: "Lt. Gen. Igor …", "Col. Anna …". */
function abbreviatedTitle(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return toks[i].text === '.' && !!prev?.word && TITLES.has(prev.text.toLowerCase()) && !!next?.word && isCap(next);
}

/**
 * The noun phrase that starts at `start`, scanning right up to punctuation or a clause or
 * preposition word (but keeping "of X" and one "from/in X" after a role). At most 14 words.
 */
export function phraseAfter(masked: string, start: number): (Phrase & { closed: boolean }) | null {
  const toks = tokens(masked, start);
  let last = -1;
  let closed = true;
  for (let i = 0; i < toks.length && i < 14; i++) {
    const t = toks[i];
    const low = lowered(t);
    if (!t.word && abbreviatedTitle(toks, i)) { last = i; continue; }
    if (!t.word) break;
    // "the Institute for the Study of War": "for" inside a capitalised name
    if (low === 'for' && last >= 0 && isCap(toks[last]) && capitalFrom(toks, i + 1)) { last = i; continue; }
    if (last >= 0 && RIGHT_STOPS.has(low)) {
      // "a report from the ministry", "residents in Kharkiv", "a spokesman for the ministry": keep one complement
      const complement = low === 'from' || low === 'by' || low === 'in' || (['for', 'to', 'at'].includes(low) && roleComplement(toks, i));
      if (complement && i + 1 < toks.length && toks[i + 1].word) { last = i; continue; }
      closed = false;
      break;
    }
    if (last < 0 && RIGHT_STOPS.has(low) && !SUBJECT_PRONOUN.test(low)) return null;
    last = i;
  }
  if (last < 0) return null;
  const end = toks[last].end;
  const next = toks[last + 1];
  if (next && next.word) closed = false;
  return { start: toks[0].start, end, text: masked.slice(toks[0].start, end), closed };
}

/** Conjunctions that open a clause of their own inside a sentence. */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'whereas', 'until', 'once', 'if']);

/**
 * Leading adverbials end at a comma: "In a televised address, …", "Later, …", "Within hours, …". An opening "And" or
 * "But" is skipped on its own: "But Mykhailo Podolyak, an adviser, …" opens with its subject.
 */
const LEADING_ADVERBIAL = /^(?:(?:and|but|yet)\b,?\s*)?(?:(?:in|on|at|within|by|for|under|amid|despite|following|since|after|before|during|when|while|later|earlier|meanwhile|however|separately|speaking|writing|asked|last|this|also|then|now|yesterday|today|overnight)\b[^,]{0,80},\s*)*/iu;
/** The tabloid's link to the news before: "It comes as Zelensky visited …", "It came just days after Putin …". */
const LEADING_FRAME = /^It\s+(?:comes?|came)\s+(?:(?:just|only)\s+)?(?:(?:a|an|one|two|three|a\s+few|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+)?(?:as|after|amid|before|following)\s+/u;
/** An opening participle phrase: "Standing in the ruins, …", "Flanked by guards, …". */
const LEADING_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ing|ed)\s+\p{Ll}[^,]{0,120},\s*/u;

/**
 * The index of a role noun among the next three lower-case words from `i`, or -1: one that a
 * name follows ("Chechen leader Ramzan Kadyrov"), or one with no verb-like word between it and
 * the opening word ("Ukrainian navy officials", not "Zelensky thanked soldiers").
 */
function roleHeadFrom(toks: Token[], i: number): number {
  for (let j = i; j < i + 3 && j < toks.length; j++) {
    if (!toks[j].word || isCap(toks[j])) return -1;
    if (!ROLE_HEADS.has(toks[j].text.toLowerCase())) continue;
    const named = toks[j + 1]?.word && isCap(toks[j + 1]);
    const opening = toks.slice(1, j).every((t) => !/(?:ed|s)$/u.test(t.text));
    return named || opening ? j : -1;
  }
  return -1;
}

/**
 * The last token of a personal name (two to four capitalised words) from toks[i] on, right after a role
 * ("His adviser Mykhailo Podolyak went …"), or null.
 */
function namedAfterRole(toks: Token[], i: number): number | null {
  let j = i;
  while (j < toks.length && j < i + 4 && toks[j].word && isCap(toks[j]) && !WEEKDAYS.has(toks[j].text)) j++;
  return j - i >= 2 ? j - 1 : null;
}
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** The subject that opens a clause starting at `from`, for a verb coordinated with its own. */
export function clauseSubject(masked: string, from = 0): Phrase | null {
  const frame = masked.slice(from).match(LEADING_FRAME)?.[0].length ?? 0;
  const head = masked.slice(from + frame);
  const participle = head.match(LEADING_PARTICIPLE)?.[0].length ?? 0;
  const skip = frame + participle + (head.slice(participle).match(LEADING_ADVERBIAL)?.[0].length ?? 0);
  const toks = tokens(masked, from + skip);
  // "The Ukrainian defence ministry released …", "Ukraine's defence ministry published …": after a
  // determiner or a possessive, run to the head noun
  if (toks.length && (DETERMINERS.has(toks[0].text.toLowerCase()) || /['’]s$/u.test(toks[0].text))) {
    let head = toks.slice(1, 7).findIndex((t) => ROLE_HEADS.has(t.text.toLowerCase()));
    // "The Kremlin spokesman", "the defence ministry press service": the head is the last of a run of them
    while (head >= 0 && head < 6 && toks[head + 2]?.word && ROLE_HEADS.has(toks[head + 2].text.toLowerCase())) head++;
    // "Her comments came as Russia's defence ministry released …": the head belongs to the clause after "as"
    const joint = head >= 0 ? toks.slice(1, head + 1).findIndex((t) => SUBORDINATORS.has(lowered(t))) : -1;
    if (joint >= 0) return joint + 2 < toks.length ? clauseSubject(masked, toks[joint + 2].start) : null;
    if (head >= 0 && toks.slice(1, head + 1).every((t) => t.word)) {
      // "The theatre's music director, Anna Vale, resigned": the name in apposition is the subject
      const apposed = toks[head + 2]?.text === ',' ? namedAfterRole(toks, head + 3) : null;
      if (apposed !== null && toks[apposed + 1]?.text === ',') return { start: toks[head + 3].start, end: toks[apposed].end, text: masked.slice(toks[head + 3].start, toks[apposed].end) };
      const end = namedAfterRole(toks, head + 2) ?? head + 1;
      return { start: toks[0].start, end: toks[end].end, text: masked.slice(toks[0].start, toks[end].end) };
    }
  }
  let last = -1;
  for (let i = 0; i < toks.length && i < 10; i++) {
    const t = toks[i];
    const low = lowered(t);
    if (!t.word) break;
    if (SUBJECT_PRONOUN.test(low) && i === 0) { last = 0; break; }
    const capital = /^[\p{Lu}]/u.test(t.text);
    // "Channel 4 News spoke to …": a numeral between capitalised words is part of the name
    const numeral = NAME_NUMERAL.test(t.text) && i > 0 && isCap(toks[i - 1]) && !!toks[i + 1] && isCap(toks[i + 1]);
    const joiner = DETERMINERS.has(low) || low === 'of' || numeral || /['’]s$/u.test(t.text);
    if (!capital && !joiner && i > 0 && !/['’]s$/u.test(toks[i - 1].text) && !DETERMINERS.has(toks[i - 1].text.toLowerCase())) {
      // "Chechen leader Ramzan Kadyrov", "Ukrainian defence officials": lower-case words up to a role noun
      const head = roleHeadFrom(toks, i);
      if (head < 0) break;
      last = i = head;
      continue;
    }
    if (PREPOSITIONS.has(low) && low !== 'of') break;
    last = i;
  }
  if (last < 0) return null;
  const start = toks[0].start;
  return { start, end: toks[last].end, text: masked.slice(start, toks[last].end) };
}
