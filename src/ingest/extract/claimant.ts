/**
 * Turns the noun phrase that stands before a reporting verb (or after "according to") into a
 * claimant as news English names it: a person's name without titles or epithets ("regional
 * Kharkiv Governor Oleh Sinegubov" → "Oleh Sinegubov"), a role ("a resident of Balakliya"), an
 * organisation ("the UK's Ministry of Defence"), a state ("Ukraine", "Moscow") or an outlet.
 * Returns null when the phrase cannot be a speaker ("the horrors", "the fighting").
 */
import countries from 'world-countries';
import type { ClaimantKind } from '../types';
import {
  DETERMINERS, DOC_HEADS, EPITHET_HEADS, GIVEN_NAME_TITLES, MEDIA_NAMES, NOT_AGENT, ORG_HEADS, ORG_NAMES, PERSON_HEADS,
  SUBJECT_PRONOUNS, TITLES,
} from './claimantLexicon';
import { MONTH_NAMES } from './dateParserKit';

export interface Speaker {
  /** The claimant as it should be shown. */
  name: string;
  kind: ClaimantKind;
  /** "he", "she", "they", "it": to be resolved against earlier speakers. */
  pronoun?: string;
  /** "the statement", "the report": speaks for an author named elsewhere. */
  document?: boolean;
  /** A personal name (not a role): can be remembered and shortened later ("Sir Richard"). */
  proper?: boolean;
  /** The name is a given name after "Sir", "Queen" …: look it up by first name. */
  givenName?: boolean;
  /** "the tycoon", "the 61-year-old": stands for the person last named. */
  epithet?: boolean;
  /** "the colonel", "the company", not "a colonel": a role or body the reader has met, maybe by name ("Colonel X", "Energoatom"). */
  definite?: boolean;
}

/** The preposition between a report and where it comes from: "reports from Kharkiv", "reports in Moscow". */
const PLACE_OF_NEWS = new Set(['from', 'in']);
const PLURAL_REPORTS = /^(?:reports|rumou?rs)$/i;
/** "reports in March" tell when, not where. */
const MONTH_NAME = new RegExp(`^(?:${MONTH_NAMES})$`);

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}’'.&-]*(?<![.’'-])/gu;
const POSSESSIVE = /(?:['’]s|s['’])$/u;
/** "Mum-of-two", "Father-of-three", "Grandmother-of-five": the tabloid's family label. */
const FAMILY_LABEL = /^(?:mum|mom|mother|dad|father|grand(?:mother|father|mum|ma|pa|dad)|gran|granny|nan)-of-[a-z]+$/i;
/** A phrase opened by "the": someone the reader has met. */
const DEFINITE = /^\s*the\s/iu;
/** The most words a personal name runs to after its titles. */
const HOLDER_NAME_MAX = 4;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'von', 'van', 'der', 'al', 'bin', 'on', '&']);
const QUANTIFIERS = new Set([
  'one', 'some', 'many', 'several', 'most', 'all', 'none', 'each', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'dozen', 'dozens', 'hundred',
  'hundreds', 'thousand', 'thousands', 'few', 'both', 'any', 'members', 'group',
]);
/** Heads of phrases naming the press: "Russian state media", "local newspapers". */
const MEDIA_HEADS = new Set(['media', 'press', 'newspaper', 'newspapers', 'broadcaster', 'broadcasters', 'television',
  'tv', 'outlet', 'outlets', 'channel', 'channels', 'paper', 'papers', 'website', 'websites', 'tabloid', 'tabloids', 'magazine', 'magazines']);

/** Words that say what kind of press a body is, capitalised only to open a sentence: "State television said". */
const PRESS_QUALIFIERS = new Set(['state', 'public', 'national', 'local', 'regional', 'independent', 'official', 'private',
  'online', 'opposition', 'foreign', 'western', 'news', 'the']);

/** "Pro-Kremlin", "Anti-war": a side taken, not a name. */
const SIDE_PREFIX = /^(?:pro|anti|non|ex)-/iu;

/** Bodies that are the press when "news" qualifies them: "news agency", "news service". */
const NEWS_BODIES = new Set(['agency', 'agencies', 'service', 'site', 'portal', 'wire']);

/** Words that open a sentence with a capital but never name a speaker on their own. */
const FUNCTION_WORDS = new Set(['both', 'this', 'these', 'those', 'such', 'there', 'here', 'what', 'other', 'another',
  'each', 'every', 'either', 'neither', 'all', 'none', 'no', 'any', 'some', 'many', 'most', 'several', 'few']);
const POST_PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'for', 'with', 'on', 'near', 'inside', 'outside', 'to']);
const ROLE_LINKS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'loyal', 'opposed']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or', 'meanwhile', 'however', 'now', 'then']);
const ORG_WORDS_CAPITALISED = new Set([...ORG_HEADS, 'institute', 'watch', 'international', 'foundation',
  'corporation', 'corp', 'inc', 'ltd', 'plc', 'staff', 'forces', 'guard', 'front', 'republic', 'news',
  'ministry', 'office', 'nations', 'organisation', 'organization', 'federation', 'centre', 'center', 'technologies', 'labs']);
/** Object pronouns and the subject pronoun each stands for. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
const AGENT_SUFFIX = /(?:ers?|ors?|ists?|ians?|men|man|ants|ents|ees|eers|ives)$/u;

/** Country codes that British copy writes as titles: "the MP", "the PM". */
const TITLE_CODES = new Set(['MP', 'PM']);

/** Country names, short forms and capitals that stand for a state ("Ukraine said", "Moscow denies"). */
const STATES: ReadonlySet<string> = new Set([
  ...countries.flatMap((c) => [
    c.name.common,
    ...c.capital,
    // (not a code that is also a British title: "MP" is a member of parliament long before the Northern Marianas)
    ...c.altSpellings.filter((a) => a.length > 3 || (/^[A-Z]{2,3}$/.test(a) && !TITLE_CODES.has(a))),
  ]).map((s) => s.toLowerCase()),
  'britain', 'great britain', 'america', 'washington', 'the us', 'the uk', 'us', 'uk', 'usa', 'kiev', 'u.s.', 'u.k.',
]);

/** "Russian", "British", "Ukrainian": a nationality adjective alone names no speaker. */
const DEMONYMS: ReadonlySet<string> = new Set(
  countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((d): d is string => !!d).map((d) => d.toLowerCase()),
);

/** Country, capital and demonym (lower case) → the country's code: "moscow", "russian", "russia" → "RUS". */
const NATIONS: ReadonlyMap<string, string> = new Map([
  ...countries.flatMap((c) => [c.name.common, ...c.capital, c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .filter((w): w is string => !!w).map((w) => [w.toLowerCase(), c.cca3] as [string, string])),
  ['kiev', 'UKR'], ['kremlin', 'RUS'], ['britain', 'GBR'], ['british', 'GBR'], ['washington', 'USA'], ['us', 'USA'], ['uk', 'GBR'],
]);

/** The country a word names ("Kyiv's", "Ukrainian", "the Kremlin"), as a code; undefined for any other word. */
export const nationOf = (word: string): string | undefined => NATIONS.get(word.toLowerCase().replace(/['’]s?$/u, ''));

/** A country, its capital or its people ("Ukraine", "Moscow", "Russian"): a side in the story, not a topic. */
export const isNationWord = (word: string): boolean => STATES.has(word.toLowerCase()) || DEMONYMS.has(word.toLowerCase());

const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w);
const lower = (w: string) => {
  const l = w.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};
const bare = (w: string) => lower(w).replace(/['’]s$|['’]$/u, '').replace(/\.$/, '');

/** True for a country, its usual short form or its capital. */
export function isState(name: string): boolean {
  return STATES.has(lower(name).replace(/^the\s+/, '')) || STATES.has(lower(name));
}

/** True for a known news outlet ("Reuters", "the BBC", "The Sun"). */
/**
 * Capitalised names ending like a newspaper's, a broadcaster's or its fact-checking desk's: "Kyiv Post", "BBC Verify", "AFP Fact Check";
 * or a news website's name, as UK outlets sign their own checks: "Express.co.uk", "MailOnline".
 */
const MEDIA_NAME_SHAPE = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+)*(?:Herald|Post|Times|News|Journal|Gazette|Telegraph|Tribune|Chronicle|Mirror|Express|Observer|Mail|Courier|Radio|Television|TV|Magazine|Verify|Fact\s+Check)$|^[\p{Lu}][\p{L}]*(?:Online|\.co\.uk|\.com|\.com\.au|\.ie)$/u;

/** True for a known news outlet ("Reuters", "the BBC", "The Sun") or a name shaped like one. */
export function isMedia(name: string): boolean {
  const l = lower(name);
  return MEDIA_NAMES.has(l) || MEDIA_NAMES.has(l.replace(/^the\s+/, '')) || MEDIA_NAME_SHAPE.test(name.trim());
}

function isOrgName(name: string): boolean {
  const l = lower(name);
  return ORG_NAMES.has(l) || ORG_NAMES.has(l.replace(/^the\s+/, ''));
}

function isAgentNoun(w: string): boolean {
  const l = bare(w);
  return PERSON_HEADS.has(l) || (AGENT_SUFFIX.test(l) && !NOT_AGENT.has(l) && l.length > 4);
}

/** A capitalised word that is still a role: "Officials", "Ukrainians" (but "Kofman" is a name). */
function isCapitalisedRole(w: string): boolean {
  const l = bare(w);
  return (PERSON_HEADS.has(l) && !TITLES.has(l)) || /[a-z](?:ians|eans|ese|ish)$/u.test(l);
}

/** Drops "increasingly desperate"-style adverb + adjective runs and leading determiners. */
function tidyPremodifiers(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const l = lower(words[i]);
    if (/^[a-z]{3,}ly$/.test(l) && !PERSON_HEADS.has(l) && i + 1 < words.length - 1) {
      i++; // skip the adverb and the adjective it modifies
      continue;
    }
    out.push(words[i]);
  }
  while (out.length > 1 && DETERMINERS.has(lower(out[0]))) out.shift();
  return out;
}

/** A role phrase: head noun plus at most one short "of/in/from …" complement. */
/** `noun` may be the noun an adjective `adjective` qualifies: a lower-case word after a word that is no plural noun nor a verb form. */
const adjectiveThenNoun = (adjective: string, noun: string | undefined): boolean =>
  !!noun && !isCapitalised(noun) && !CONNECTORS.has(noun) && !POST_PREPOSITIONS.has(noun) && !/(?:ed|ing|en)$/u.test(noun)
  && !/[^s]s$/u.test(adjective);

/** At most this many words of a role's object are kept whole. */
const OBJECT_WORDS = 4;
/** A lower-case word that can sit inside a noun phrase's premodifiers or end it. */
const plainWord = (w: string): boolean => !isCapitalised(w) && !CONNECTORS.has(w) && !POST_PREPOSITIONS.has(w) && !ROLE_LINKS.has(w);
const ADJECTIVE_END = /(?:ed|al|ern|ic|ive|ian|ese|ish|ful|ous)$/u;
/** A word that cannot end a noun phrase: a number or an adjective ("four", "occupied", "eastern"). */
const premodifier = (w: string): boolean => QUANTIFIERS.has(lower(w)) || /^\d/u.test(w) || ADJECTIVE_END.test(lower(w));
/** "held", "fighting": a participle ends a reduced relative, not a noun phrase. */
const PARTICIPLE_END = /(?:ed|ing)$/u;

/** After the connectors from words[k] on ("for the"), a capitalised word follows. */
function capitalAhead(words: string[], k: number): boolean {
  let i = k;
  while (i < words.length && CONNECTORS.has(words[i])) i++;
  return i < words.length && isCapitalised(words[i]);
}

function rolePhrase(words: string[]): { words: string[]; head: string } | null {
  let prep = words.findIndex((w, i) => i > 0 && POST_PREPOSITIONS.has(w));
  if (prep < 0) prep = words.length;
  let headIdx = prep - 1;
  // "officials familiar with the matter", "a source close to the talks": the adjective is no head
  if (headIdx > 0 && ROLE_LINKS.has(lower(words[headIdx]))) headIdx--;
  let keep = words.slice(0, prep);
  if (prep < words.length) {
    // object of the preposition: [the] [adjective] Capitalised… [noun]  |  [the] noun
    const rest = words.slice(prep + 1);
    let j = 0;
    if (j < rest.length && DETERMINERS.has(lower(rest[j]))) j++;
    const objStart = j;
    if (j < rest.length && !isCapitalised(rest[j]) && j + 1 < rest.length && isCapitalised(rest[j + 1])) j++;
    // "at the Institute for the Study of War": connectors, even several, between capitalised words
    while (j < rest.length && (isCapitalised(rest[j]) || (CONNECTORS.has(rest[j]) && capitalAhead(rest, j)))) j++;
    if (j < rest.length && !isCapitalised(rest[j]) && !CONNECTORS.has(rest[j]) && !POST_PREPOSITIONS.has(rest[j])) {
      j++;
      // "of Ukraine's armed forces", "for the UN human rights office": more lower-case words only up to a head noun
      const head = [j + 1, j].find((k) => rest[k] && (ORG_HEADS.has(bare(rest[k])) || PERSON_HEADS.has(bare(rest[k]))));
      if (head !== undefined && rest.slice(j, head).every((w) => !isCapitalised(w) && !CONNECTORS.has(w) && !POST_PREPOSITIONS.has(w))) j = head + 1;
      // "of Ukraine's second-largest city", "in the occupied city of Nova Kakhovka": after an adjective (not a
      // plural noun: "mothers of conscripts held …"), the object's own noun ends the phrase
      else if (adjectiveThenNoun(rest[j - 1]!, rest[j]) && (j + 1 === rest.length || (rest[j + 1] === 'of' && isCapitalised(rest[j + 2] ?? '')))) {
        j++;
      }
      // …and a capitalised name after its "of"
      if (rest[j] === 'of' && isCapitalised(rest[j + 1] ?? '')) {
        j += 2;
        while (j < rest.length && isCapitalised(rest[j])) j++;
      }
    }
    // "officials in four occupied regions": a short lower-case object that ends the phrase is kept whole
    if (j > objStart && j < rest.length && rest.length - objStart <= OBJECT_WORDS && premodifier(rest[j - 1]!)
      && rest.slice(j).every(plainWord) && !PARTICIPLE_END.test(rest.at(-1)!)) {
      j = rest.length;
    }
    // "proxies in four occupied regions of Ukraine": an object cut after a number or an adjective names nothing
    const cutShort = j < rest.length && premodifier(rest[j - 1] ?? '');
    if (j > objStart && !cutShort) keep = [...keep, words[prep], ...rest.slice(0, j)];
    // "one of the soldiers", "some of the residents": the head is the object's noun
    if (QUANTIFIERS.has(lower(words[headIdx] ?? '')) && words[prep] === 'of' && j > objStart) {
      return { words: keep, head: rest[j - 1] };
    }
  }
  if (headIdx < 0) return null;
  return { words: keep, head: words[headIdx] };
}

/** Strips the titles inside a capitalised name run: "Kharkiv Governor Oleh Sinegubov" → "Oleh Sinegubov". */
function personalName(run: string[]): { name: string; givenName: boolean } {
  let lastTitle = -1;
  // "Lieutenant-General Igor …": a hyphenated rank is a title too
  run.forEach((w, i) => { if ((isTitle(w) || EPITHET_HEADS.has(bare(w))) && i < run.length - 1) lastTitle = i; });
  const rest = run.slice(lastTitle + 1);
  const titled = lastTitle >= 0 ? bare(run[lastTitle]) : '';
  if (rest.length === 1 && GIVEN_NAME_TITLES.has(titled)) {
    return { name: `${run[lastTitle]} ${rest[0]}`, givenName: true };
  }
  return { name: rest.join(' '), givenName: false };
}

const isTitle = (w: string) => bare(w).split('-').every((part) => TITLES.has(part));
const isBody = (w: string) => ORG_WORDS_CAPITALISED.has(bare(w));
/** Particles inside a personal name ("Ursula von der Leyen"), unlike "of", "for", "the" inside a body's name. */
const NAME_PARTICLES = new Set(['de', 'du', 'von', 'van', 'der', 'al', 'bin']);

/**
 * The personal name closing a capitalised chain of a body and titles, as agency copy writes it:
 * "Kremlin Spokesman Dmitry Peskov", "Defence Ministry Spokesman Lieutenant-General Igor Konashenkov",
 * "European Commission President Ursula von der Leyen". Null when the run is a body's own name.
 */
function nameAfterTitles(run: string[]): string | null {
  const last = run.findLastIndex((w) => isTitle(w) || isBody(w));
  if (last < 0 || !run.slice(0, last + 1).some(isBody)) return null;
  const tail = run.slice(last + 1);
  if (!tail.length || tail.length > 5 || !isCapitalised(tail[0]) || tail.some((w) => CONNECTORS.has(w) && !NAME_PARTICLES.has(w))) return null;
  // one word after a body is part of its name ("Ministry Kyiv" is none); after a title it is a surname
  if (tail.length === 1 && !isTitle(run[last])) return null;
  const name = tail.join(' ');
  return isState(name) || isOrgName(name) || isMedia(name) ? null : name;
}

/**
 * "Ambassador to Russia Rodion Miroshnik", "Secretary of State Antony Blinken": a post's capitalised
 * complement runs on into its holder's name, its last two words, when the complement keeps a word of
 * its own and the two are no title, body, state or outlet. (Only after a title and its preposition: the caller checks.)
 */
function nameClosingPost(run: string[]): string | null {
  if (run.length < 3) return null;
  const name = run.slice(-2);
  if (!name.every((w) => isCapitalised(w) && !isTitle(w) && !isBody(w) && !CONNECTORS.has(w) && !POSSESSIVE.test(w))) return null;
  const joined = name.join(' ');
  return isState(joined) || isState(name[1]) || isOrgName(joined) || isMedia(joined) ? null : joined;
}

/**
 * "Secretary General Antonio Guterres of the United Nations", "Foreign Minister Dmytro Kuleba of
 * Ukraine": titles, a personal name, then the body or state the title belongs to (the NYT's order).
 */
function titledHolderOf(run: string[]): string | null {
  const of = run.lastIndexOf('of');
  let k = 0;
  while (k < of && isTitle(run[k])) k++;
  const name = run.slice(k, of);
  if (k === 0 || !name.length || name.length > HOLDER_NAME_MAX || !name.every(isCapitalised)) return null;
  const body = run.slice(of + 1).filter((w) => w !== 'the').join(' ');
  const bodyKind = describe(body)?.kind;
  return (bodyKind === 'org' || bodyKind === 'state') && !isState(name.join(' ')) && !isOrgName(name.join(' ')) ? name.join(' ') : null;
}

/** Words that say which of an author's documents is meant, not whose it is: "the latest figures". */
const EDITION_WORDS = new Set(['latest', 'new', 'newest', 'updated', 'preliminary', 'final', 'earlier', 'previous', 'recent',
  'daily', 'weekly', 'monthly', 'annual', 'same', 'full', 'first', 'second', 'last', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * "a report from the UK's Ministry of Defence", "the ministry's statement", "a UN report": a
 * document speaks for its author. undefined when the phrase names no document.
 */
function documentSpeaker(words: string[], possessor: number, indefinite: boolean): Speaker | null | undefined {
  // "estimates compiled by the institute": a participle may stand between the document and its author;
  // "reports in Russian media": the press a report ran in is its author (not "a report in March")
  const inPress = (i: number) => words[i + 1] === 'in' && describeSpeaker(words.slice(i + 2).join(' '))?.kind === 'media';
  // "reports in Moscow": plural reports and the one place they come from, as "reports from Moscow"
  const inPlace = (i: number) => words[i + 1] === 'in' && PLURAL_REPORTS.test(words[i]) && words.length === i + 3
    && isCapitalised(words[i + 2]) && !MONTH_NAME.test(words[i + 2]);
  const by = (i: number) => ['from', 'by', 'of'].includes(words[i + 1]) || inPress(i) || inPlace(i) ? 2 : /ed$/u.test(words[i + 1] ?? '') && words[i + 2] === 'by' ? 3 : 0;
  const doc = words.findIndex((w, i) => DOC_HEADS.has(w) && (i === words.length - 1 || by(i) > 0));
  // "Images circulating online", "footage shared on social media": pictures nobody is named for
  if (doc < 0 && PICTURES.has(lower(words[0] ?? '')) && PARTICIPLE_AFTER.test(words[1] ?? '') && !words.includes('by')) {
    return { name: words.join(' '), kind: 'unknown' };
  }
  if (doc < 0) return undefined;
  const author = (inner: Speaker | null) => inner && !inner.pronoun && !inner.document && inner.kind !== 'person' ? inner : null;
  let found: Speaker | null = null;
  if (doc < words.length - 1) {
    const authorWords = words.slice(doc + by(doc));
    found = describeSpeaker(authorWords.join(' '));
    // "reports from Kharkiv", "reports in Moscow", "reports from the front": a place the news comes from is no
    // author (one word, as a place is named; a person reporting is named in full)
    const place = found ? found.kind === 'state' || (!!found.proper && authorWords.length === 1) : !authorWords.some(isCapitalised);
    if (PLACE_OF_NEWS.has(words[doc + 1]) && place) {
      return { name: words.join(' '), kind: 'unknown' };
    }
    // "data from the Aviasales booking site": a named author the lexicon does not know is still this
    // document's author (called by its name, "Aviasales"), never a speaker named before
    if (!found && authorWords.some(isCapitalised)) {
      const first = authorWords.findIndex(isCapitalised);
      return { name: authorWords.slice(first, authorWords.findLastIndex(isCapitalised) + 1).join(' '), kind: 'org' };
    }
  }
  else if (possessor >= 0 && possessor < doc) {
    found = describeSpeaker(words.slice(0, possessor + 1).join(' ').replace(/['’]s?$/u, ''));
    if (found?.pronoun) found = null;
    else if (found) return found;
  } else {
    const modifiers = words.slice(0, doc).filter(isCapitalised);
    if (modifiers.length) found = author(describeSpeaker(modifiers.join(' ')));
    // "port authority data", "army figures": a body named by a common noun
    else if (doc > 0) found = author(describeSpeaker(words.slice(0, doc).join(' ')));
    // "U.S. estimates", "Russian data": a state's documents keep their own words as the name
    if (found?.kind === 'state') return { name: words.slice(0, doc + 1).join(' '), kind: 'state' };
  }
  if (found && !found.pronoun && !found.document) return found;
  const name = words.slice(0, doc + 1).join(' ');
  // "Western estimates", "official figures": a document its own words describe is a source of its
  // own, with no author to name; "the report", "the latest figures" point back to one named before
  // "Images show …", "A video claims …": pictures or an indefinite document nobody is named for stand on
  // their own (unlike "the statement")
  if (indefinite || words.slice(0, doc).some((w) => !EDITION_WORDS.has(lower(w))) || PICTURES.has(lower(words[doc]))) {
    return { name, kind: 'unknown' };
  }
  return { name, kind: 'org', document: true };
}

/** Plural pictures: evidence without an author unless one is named ("images released by the ministry"). */
const PICTURES = new Set(['images', 'imagery', 'photos', 'photographs', 'pictures', 'videos', 'footage']);
/** A participle that opens a reduced relative after pictures: "circulating online", "shared on Telegram". */
const PARTICIPLE_AFTER = /^\p{Ll}+(?:ing|ed)$|^(?:shown|seen|taken)$/u;

/** Phrases already described: an article names its speakers again and again ("the governor", "he"). */
const described = new Map<string, Speaker | null>();
/** Enough for the speakers of many articles; the memo starts again when full. */
const DESCRIBED_MAX = 20_000;

/** Describes a speaker noun phrase, or null when it names no possible speaker. */
export function describeSpeaker(phrase: string): Speaker | null {
  let sp = described.get(phrase);
  if (sp === undefined) {
    if (described.size >= DESCRIBED_MAX) described.clear();
    sp = describeAnew(phrase);
    described.set(phrase, sp);
  }
  // A copy: callers may change what they are given.
  return sp && { ...sp };
}

function describeAnew(phrase: string): Speaker | null {
  const sp = describe(phrase);
  // give back the capital taken off a common noun ("Officials said", "the Kremlin denied")
  const head = sp?.name.match(/^[\p{Ll}]+/u)?.[0];
  const original = head ? (phrase.match(/[\p{L}]+/gu) ?? []).find((w) => w.toLowerCase() === head && w !== head) : undefined;
  if (sp && original) sp.name = original + sp.name.slice(original.length);
  return sp;
}

/** "figures released by the ministry", "intercepted calls published by the SBU": material speaks for whoever made it public. */
const RELEASED_BY = /^(?<material>.+?)\s+(?:released|published|issued|obtained|shared|posted|compiled|provided)\s+by\s+(?<agent>.+)$/u;
const MATERIAL = /\b(?:calls|recordings|intercepts|tapes|messages|documents?|files|figures|data|footage|videos?|images|photos|letters?|emails)$/iu;
/** The time of the release after its agent: "published by Planet Labs on Thursday" names Planet Labs. */
const RELEASE_TIME = /\s+(?:(?:on|last|this|earlier|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|weekend)|yesterday|today|overnight|tonight)\b.*$/iu;

/**
 * "documents seen by Reuters", "a memo reviewed by the BBC": the press was only shown them, so the
 * material speaks, with no author named (unlike "figures released by the ministry" or "files obtained by
 * Reuters", whose holder makes them public).
 */
const SEEN_BY = /^(?<material>.+?)\s+(?:seen|reviewed|viewed)\s+by\s+(?<agent>.+)$/u;
const HELD_PAPERS = /\b(?:documents?|files|papers|memos?|letters?|emails|reports?|records|recordings|messages|plans?|assessments?|minutes)$/iu;

function describe(phrase: string): Speaker | null {
  const seen = phrase.includes(' by ') ? phrase.match(SEEN_BY)?.groups : undefined;
  if (seen && HELD_PAPERS.test(seen.material) && describe(seen.agent)?.kind === 'media') return { name: phrase, kind: 'unknown' };
  const released = phrase.includes(' by ') ? phrase.match(RELEASED_BY)?.groups : undefined;
  if (released && MATERIAL.test(released.material)) {
    const agent = describe(released.agent.replace(RELEASE_TIME, ''));
    if (agent && !agent.pronoun) return agent;
  }
  let words: string[] = phrase.match(WORD) ?? [];
  while (words.length && LEADING_CONJUNCTIONS.has(lower(words[0]))) words = words.slice(1);
  // "A video claims …", "a report said": a document nobody is named for
  const indefinite = words.length > 1 && /^an?$/iu.test(words[0]);
  while (words.length > 1 && DETERMINERS.has(lower(words[0])) && !isMedia(words.join(' '))) words = words.slice(1);
  // "Mum-of-two Olena": the tabloid's family label before a name is no part of it
  if (words.length > 1 && FAMILY_LABEL.test(words[0]) && isCapitalised(words[1])) words = words.slice(1);
  if (!words.length) return null;
  // "one mother-of-two told …": the tabloid's family label, with no name after it, is a person described by role
  if (FAMILY_LABEL.test(words.at(-1)!)) return { name: words.join(' '), kind: 'person' };
  // a sentence-initial capital on a common noun: "Officials said", "Reports suggest", "Police told"
  const first = lower(words[0]);
  // "Another claimed …": one more of a group named before (see ./claimSpeakers)
  if (first === 'another' && words.length === 1) return { name: words[0], kind: 'person' };
  // "Some analysts said …, while others claimed …": the rest of a group named before (see ./claimSpeakers)
  if (first === 'others' && words.length === 1) return { name: 'others', kind: 'person' };
  if (FUNCTION_WORDS.has(first) && words.length === 1) return null;
  if ((PERSON_HEADS.has(first) || ORG_HEADS.has(first) || DOC_HEADS.has(first) || QUANTIFIERS.has(first)) && !TITLES.has(first)
    && !(words[1] && isCapitalised(words[1]))) {
    words = [first, ...words.slice(1)];
  }
  const joined = words.join(' ');
  const l0 = lower(words[0]);
  if (words.length === 1 && SUBJECT_PRONOUNS.has(l0)) return { name: words[0], kind: 'person', pronoun: l0 };
  // "according to him": the object form stands for the same speaker
  if (words.length === 1 && OBJECT_PRONOUNS.has(l0)) return { name: words[0], kind: 'person', pronoun: OBJECT_PRONOUNS.get(l0) };
  if (words.length === 1 && ['i', 'we', 'you', 'us', 'me'].includes(l0)) return null; // inside a speaker's own words
  if (words.length === 1 && DETERMINERS.has(l0)) return null;
  // "the Financial Times" mid-sentence: a lower-case article is no part of the title ("The Guardian" may be)
  if (isMedia(joined) || isMedia(phrase.trim())) return { name: phrase.trim().replace(/^(?:the\s+|The\s+(?=[A-Z]{2,}))/, ''), kind: 'media' };
  if (isOrgName(joined)) return { name: joined, kind: 'org' };
  if (isState(joined)) return { name: joined, kind: 'state' };
  // "Kyiv and its allies", "Moscow and the separatists": a state or body leads a coordinated subject
  const and = words.indexOf('and');
  if (and > 0 && and < words.length - 1) {
    const lead = describe(words.slice(0, and).join(' '));
    if (lead && !lead.pronoun && (lead.kind === 'state' || lead.kind === 'org')) return { name: joined, kind: lead.kind };
  }

  const possessor = words.findLastIndex((w) => POSSESSIVE.test(w));
  const document = documentSpeaker(words, possessor, indefinite);
  if (document !== undefined) return document;
  // "the Russian tyrant's spokesman": an epithet as possessor is dropped; "Nato's secretary general" keeps it
  // (not inside a complement: "the press service of the region's governor")
  if (possessor >= 0 && possessor < words.length - 1 && !isCapitalised(words[possessor])
    && !PERSON_HEADS.has(bare(words[possessor])) && !ORG_HEADS.has(bare(words[possessor]))
    && !words.slice(0, possessor).some((w) => POST_PREPOSITIONS.has(w))) {
    words = words.slice(possessor + 1);
  }

  // "the MP", "the MP for Wallasey": a title in capitals is a role, the member named with it before
  if (TITLE_CODES.has(words[0]) && DEFINITE.test(phrase) && (words.length === 1 || lower(words[1]) === 'for')) {
    return { name: words[0], kind: 'person', definite: true };
  }
  // a trailing run of capitalised words is a name (of a person, an organisation or a state)
  let runStart = words.length;
  while (runStart > 0) {
    const w = words[runStart - 1];
    if (isCapitalised(w) && !POSSESSIVE.test(w)) { runStart--; continue; }
    if (CONNECTORS.has(w) && runStart < words.length) {
      // "Institute for the Study of War": connectors between capitalised words stay in the name
      let k = runStart - 1;
      while (k > 0 && CONNECTORS.has(words[k - 1])) k--;
      if (k > 0 && isCapitalised(words[k - 1]) && !POSSESSIVE.test(words[k - 1])) { runStart = k; continue; }
    }
    break;
  }
  while (runStart < words.length && CONNECTORS.has(words[runStart])) runStart++;
  const run = words.slice(runStart);
  if (words.length === 1 && DEMONYMS.has(bare(words[0]))) return null;
  // "residents of Kharkiv", "many Ukrainians": a role whose complement happens to be a name
  const nameIsComplement = words.slice(0, runStart).some((w) => POST_PREPOSITIONS.has(w));
  // "acting head of the Donetsk People's Republic Denis Pushilin": a titled role's body, then its holder's name
  const holder = nameIsComplement && run.length ? nameAfterTitles(run) ?? nameClosingPost(run) : null;
  if (holder && TITLES.has(bare(words[words.findIndex((w) => POST_PREPOSITIONS.has(w)) - 1] ?? ''))) {
    return { name: holder, kind: 'person', proper: true };
  }
  const nameIsRole = run.length === 1 && isCapitalisedRole(run[0]);
  if (run.length && !nameIsComplement && !(nameIsRole && runStart > 0)) {
    const full = words.join(' ');
    const holder = titledHolderOf(run);
    if (holder) return { name: holder, kind: 'person', proper: true };
    const titled = nameAfterTitles(run);
    if (titled) return { name: titled, kind: 'person', proper: true };
    // "Ukraine's state nuclear company Energoatom", "the mercenary group Wagner": a body's own name after
    // the common noun that describes it
    if (runStart > 0 && ORG_HEADS.has(words[runStart - 1]) && !MEDIA_HEADS.has(words[runStart - 1])) {
      return { name: run.join(' '), kind: isMedia(run.join(' ')) ? 'media' : 'org' };
    }
    // "the UK MoD", "Ukraine's SBU": a body's short name after a nation word
    const nationsBody = run.length > 1 && isOrgName(run.at(-1)!) && run.slice(0, -1).every((w) => isNationWord(bare(w)));
    if (nationsBody || run.some((w) => ORG_WORDS_CAPITALISED.has(bare(w))) || isOrgName(run.join(' '))) {
      return { name: full, kind: isMedia(run.join(' ')) ? 'media' : 'org' };
    }
    // "public broadcaster Suspilne", "the news agency Interfax": a press body's name after its description
    if (runStart > 0 && (MEDIA_HEADS.has(bare(words[runStart - 1])) || (NEWS_BODIES.has(bare(words[runStart - 1])) && words.includes('news')))) {
      return { name: run.join(' '), kind: 'media' };
    }
    if (isMedia(run.join(' ')) || isMedia(run[0]) || (run.length > 2 && isMedia(run.slice(0, 2).join(' ')))) {
      // "Reuters", "BBC Verify", "Sky News Arabia"; "Russian state TV" keeps the words that say whose it is
      const generic = run.length === 1 && MEDIA_HEADS.has(bare(run[0]));
      return { name: generic ? full : run.join(' '), kind: 'media' };
    }
    if (isState(run.join(' ')) && runStart === 0) return { name: run.join(' '), kind: 'state' };
    if (run.length === 1 && runStart === 0 && isCapitalisedRole(run[0])) {
      // a sentence-initial common noun: "Officials said", "Witnesses told …"
      return { name: run[0], kind: 'person' };
    }
    if (run.length === 1 && isState(run[0])) return { name: full, kind: 'state' };
    // "The President of Russia", "the Prime Minister of Vesland": a title and its state is a role, not a name
    const of = run.findIndex((w) => w === 'of' || w === 'for');
    const body = of > 0 && run.slice(0, of).every(isTitle) ? run.slice(of + 1).join(' ') : '';
    if (body && (isState(body) || isOrgName(body))) return { name: run.join(' '), kind: 'person' };
    // "Commissioner for Human Rights Dmytro Lubinets", "Minister of Foreign Affairs Dmytro Kuleba": the post's
    // complement is inside the run, its holder's name closes it
    const holderOfPost = of > 0 && run.slice(0, of).every(isTitle) ? nameClosingPost(run.slice(of + 1)) : null;
    if (holderOfPost) return { name: holderOfPost, kind: 'person', proper: true };
    const { name, givenName } = personalName(run);
    return { name, kind: 'person', proper: true, ...(givenName ? { givenName } : {}) };
  }

  // otherwise a role or collective noun phrase: "war crimes investigators", "the UK military"
  const role = rolePhrase(tidyPremodifiers(words));
  if (!role) return null;
  const head = bare(role.head);
  const name = role.words.join(' ');
  if (EPITHET_HEADS.has(head) || /^\d+-year-old$/u.test(head)) {
    return { name, kind: 'person', ...(DEFINITE.test(phrase) ? { epithet: true } : {}) };
  }
  // "Russia's RIA news agency", "the state news service": a body of the press, by its own name when it has one
  // ("RIA"), not the words that describe it
  if (MEDIA_HEADS.has(head) || (NEWS_BODIES.has(head) && role.words.some((w) => lower(w) === 'news'))) {
    const own = role.words.filter((w) => isCapitalised(w) && !POSSESSIVE.test(w) && !isNationWord(bare(w)) && !PRESS_QUALIFIERS.has(bare(w)) && !SIDE_PREFIX.test(w));
    return { name: own.length ? own.join(' ') : name, kind: 'media', ...(DEFINITE.test(phrase) && !own.length ? { definite: true } : {}) };
  }
  // "a Ministry of Defence spokesperson": a person of the body whose name comes just before the noun (not "the
  // press service of the region's governor")
  const last = bare(role.words.at(-1)!);
  if (ORG_HEADS.has(head) && last !== head && PERSON_HEADS.has(last) && isCapitalised(role.words.at(-2)!)) {
    return { name, kind: 'person', ...(DEFINITE.test(phrase) ? { definite: true } : {}) };
  }
  if (ORG_HEADS.has(head)) return { name, kind: 'org', ...(DEFINITE.test(phrase) ? { definite: true } : {}) };
  if (isAgentNoun(role.head)) return { name, kind: 'person', ...(DEFINITE.test(phrase) ? { definite: true } : {}) };
  // "most members of the United Nations": members of an institution speak as it does
  const of = role.words.indexOf('of');
  const body = of > 0 && isCapitalised(role.head) ? describe(role.words.slice(of + 1).join(' ')) : null;
  if (body && (body.kind === 'org' || body.kind === 'state')) return { name, kind: body.kind };
  return null;
}

/** The person a phrase names or describes by role ("Kirill Stremousov", "the head of the office"); null for a pronoun or no person. */
export function describePerson(phrase: string): Speaker | null {
  const sp = describeSpeaker(phrase);
  return sp?.kind === 'person' && !sp.pronoun ? sp : null;
}

/** Folds a name token for matching spelling variants (Zelenskiy ~ Zelensky). */
export function nameKey(token: string): string {
  return lower(token).normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]s$/, '')
    .replace(/kh/g, 'h').replace(/[yj]/g, 'i').replace(/i+$/, '');
}
