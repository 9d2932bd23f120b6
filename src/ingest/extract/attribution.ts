/**
 * Finds where a sentence attributes what it says: a reporting verb with its subject ("X said
 * that …", "…, X said.", "“…,” he added", "…,” said X"), "according to X", a passive with its
 * agent ("was confirmed by X"), a relative clause ("a report from X, which estimated that …"),
 * multi-word phrases ("issued a warning", "released a video showing") and an absolute clause with a
 * speaker of its own ("…, with officials saying that …"). Runs on the
 * quote-masked sentence; offsets are sentence-relative. The speaker is only the raw phrase
 * here: ./claimant describes it and ./claimSpeakers resolves pronouns.
 */
import type { ClaimStatus } from '../types';
import { phraseAfter, phraseBefore, type Phrase } from './attributionPhrases';
import { answeringStatus, closesQuote, closingStatus, complementOk, frontedComplementOk, namedPredicate, passiveNaming, statusOf } from './attributionComplements';
import { ACTION_NOUNS, ANSWERED_NOUNS, CLAIM_NOUNS, PLURAL_ANSWERED, WITH_PARTICIPLES } from './claimClauses';
import { describePerson, describeSpeaker, isMedia } from './claimant';
import { EDITORIAL_LABELS, ORG_HEADS, PERSON_HEADS } from './claimantLexicon';
import { REPORTING_PHRASES, REPORTING_VERBS, type ReportingVerb } from './claimVerbs';
import { mayMatch } from './mayMatch';

export type AttributionForm =
  /** "X said …", "…, X said." */
  | 'subject'
  /** "…,” said X" */
  | 'inverted'
  /** "according to X" */
  | 'according'
  /** "… was confirmed by X" */
  | 'passive'
  /** "X, which estimated that …" */
  | 'relative'
  /** "X hailed … but warned that …": the second verb shares the first's subject */
  | 'coordinated';

export interface Attribution {
  form: AttributionForm;
  /** The verb or phrase as a label: "said", "according to", "issued a warning". */
  verb: string;
  verbStart: number;
  verbEnd: number;
  status: ClaimStatus;
  /** The phrase naming the source; for `coordinated`, the clause's subject when there is one. */
  source?: Phrase;
  /** An appositive that may name the source better ("the governor, Vladimir Saldo, said"). */
  alias?: Phrase;
  /** The assertion follows the attribution ("X said that …") rather than preceding it. */
  forward: boolean;
  /** "vowed to fight", "told residents to leave", "issued a statement.": a speaker, but no assertion. */
  declined?: 'commissive' | 'directive' | 'notice';
  /** "X reportedly said": the reporter hedges the attribution itself. */
  hedged?: boolean;
  /** "our correspondent saw": the outlet's eyewitness. */
  eyewitness?: boolean;
  /** "…, a figure ISW assesses is inflated": it speaks of a claim fronted before its subject. */
  frontedClaim?: boolean;
}

/**
 * Adverbs ("officials there said", "Moscow meanwhile claimed"), auxiliaries and a stressing reflexive ("Putin himself said")
 * between a subject and its verb ("Moscow has only admitted"), and the aspect of a repeated stance ("the Kremlin continues to
 * deny"), a capacity ("was able to confirm": it did confirm); a phrase of frequency ("has at times admitted",
 * "has on occasion said"); not "will", "may", "could" …:
 * "the tyrant will announce …" reports nothing yet.
 */
const ADVERB_BEFORE_VERB = /\s+(?:there|here|meanwhile|however|likewise|instead|himself|herself|itself|themselves|also|later|earlier|previously|then|now|once|again|long|always|often|since|twice|first|repeatedly|publicly|separately|further|too|subsequently|initially|originally|recently|quickly|immediately|already|just|only|even|still|never|not|reportedly|allegedly|supposedly|apparently|(?:appears?|appeared|seems?|seemed)\s+to|(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|alleged|rumou?red)\s+to|(?:continues|continued|continue)\s+to|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+able\s+to|managed\s+to|has|have|had|did|does|do|would|[a-z]{3,}ly|at\s+(?:times|first|one\s+point|least\s+once)|on\s+occasion|more\s+than\s+once|in\s+the\s+past|so\s+far|by\s+now)$/u;
const NOT_ADVERBS = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'italy', 'reply', 'monopoly', 'anomaly', 'july', 'folly']);
/** A time of day or week: "late on Tuesday", "last week", "this morning". */
const TIME_WORDS = String.raw`(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|weekend|yesterday|today|tonight|overnight)(?:\s+(?:night|morning|evening|afternoon))?`;
const TIME_BEFORE_VERB = new RegExp(String.raw`\s+${TIME_WORDS}$`, 'iu');
const NEGATION = /\s*\b(?:\p{L}+n['’]t|cannot)$/iu;
/** "neither confirmed nor denied": a verb of answering in a "neither … nor" pair asserts nothing. */
const NEITHER_NOR = /\b(?:neither|nor)$/iu;
/**
 * An appositive that may name the subject: "…, Vladimir Saldo, claimed", "His guest, a retired general, claimed",
 * "A caller to the show, retired colonel Ivan Petrov, claimed" (a bare role before a full name; not "released on Friday"),
 * "One survivor, 70-year-old Hanna, said" (a name after the age a reporter gives it).
 */
const APPOSITIVE = /^\s*(?:\d{1,3}-year-old\s+\p{Lu}|\p{Lu}|(?:a|an|the)\s|(?:(?!(?:on|in|at|by|from|for|with|to|of|near|during|after|before|since)\s)\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}[\p{L}’'-]+\s+\p{Lu})[^,]*$/u;
/**
 * An appositive that gives the only name a source is known by: "…, who gave his name only as Dmytro, said",
 * "…, identified only as Olga, said", "The agency, known as the GUR, said".
 */
const GIVEN_NAME = /\b(?:(?:gave|gives|give)\s+(?:his|her|their)\s+(?:first\s+)?name|(?:identified|named|known|called))(?:\s+only)?\s+as\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?\s*$/u;
/** A bracketed abbreviation after a name: "The Ministry of Defence (MoD) said", "the State Emergency Service (DSNS) reported". */
const ABBREVIATION = /\s*\(\p{Lu}[\p{L}.&-]{0,11}\)$/u;
const PASSIVE_AUX = /\s(?:is|are|was|were|be|been|being)$/iu;
const NEGATED_AUX = /(?:\bnot|\bnever|n['’]t)\s+(?:be|been|being)$/iu;
/** A modal passive ("could be verified by AFP", "will be confirmed by"): what might be done, not a report. */
const MODAL_PASSIVE = /\b(?:could|can|would|may|might|must|should|will|cannot)\s+be$/iu;
/** An aside between a subject and its verb: "Moscow, for its part, says …", "Kyiv, in turn, said …". */
const ASIDE_BEFORE_VERB = /,\s*(?:for\s+(?:its|his|her|their|our)\s+part|in\s+turn|meanwhile|however|though|too|in\s+response|by\s+contrast|in\s+contrast|instead|likewise)\s*,$/iu;
/** The reporter hedges the attribution itself: "reportedly said", "appeared to suggest", "is said to have told". */
const HEDGE_ADVERB = /\b(?:reportedly|allegedly|supposedly|purportedly|reputedly|apparently|appears?\s+to|appeared\s+to|seems?\s+to|seemed\s+to|(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|alleged|rumou?red)\s+to)\b/iu;
/** The reporter rejects what is reported: "Moscow falsely claimed …" (scepticism, not a denial). */
const FALSELY = /\b(?:falsely|wrongly|baselessly|erroneously|mistakenly)\s+$/iu;
/** "claimed, without evidence, that …": the reporter's hedge on an unsupported claim. */
const WITHOUT_EVIDENCE = /^\s*,?\s*without\s+(?:(?:providing|offering|giving|citing|presenting|producing)\s+)?(?:any\s+)?(?:evidence|proof)\b/iu;
/** "X accused Y of …, without providing evidence.": the same hedge closing the speaker's clause. */
const UNSUPPORTED_TAIL = /,\s*without\s+(?:(?:providing|offering|giving|citing|presenting|producing)\s+)?(?:any\s+)?(?:evidence|proof)\b/iu;
/**
 * The writer's own doubt closing a report: "…, which is unlikely given …", "…, which is implausible"
 * (not "which is unlikely to change": a forecast about the fact, not doubt of the report).
 */
const DOUBTED_TAIL = /[,¤]\s*which\s+(?:is|was|seems|seemed|appears|appeared)\s+(?:(?:very|highly|most|extremely)\s+)?(?:unlikely|implausible|improbable|doubtful|questionable|dubious)\b(?!\s+to\b)/iu;
/** Where the clause after a verb ends: another report may follow. */
const NEXT_CLAUSE = /;|,\s+(?:but|while|whereas|and)\s/u;
/** "and", "but" before a second verb of one subject (not "or": "refused to confirm or deny" asserts nothing). */
const COORDINATOR = /(?:^|[\s,])(?:and|but)$/iu;
const RELATIVE = /(?:,\s*|\s)(?:which|who)$/iu;
const RELATIVE_OPEN = /,\s*(?:which|who|whose)\s/giu;
/** A bare age set off by commas after a name: "Olha Bondar, 34, …". */
const AGE = /^\d{1,3}$/u;
const AGENT_BY = /\bby\s*$/iu;
/** A masked quote, and the words that call something by it, at the end of an antecedent: "calling itself “X”". */
const QUOTED_NAME_END = /\s+(?:(?:calling|called|naming|named)\s+(?:itself|himself|herself|themselves)|(?:called|named|known\s+as|dubbed))\s+¤+$/u;
const DOC_FROM = /\b(?:report|statement|assessment|update|analysis|study|survey|estimate|tally|count|review|figures|data|briefing|bulletin|message|post|video|investigation|inquiry|probe|audit)\s+(?:from|by)\s*$/iu;
/**
 * "warned critics to keep quiet", "told residents to leave": an object, then "to" and a verb. A clause
 * word or an auxiliary before "to" opens a statement instead ("warned that Russia was trying to …").
 */
const DIRECTIVE = /^\s+(?!(?:that|whether|how|if)\b)(?:(?!(?:is|are|was|were|has|have|had|would|will|could|can)\s)[\p{L}’'-]+\s+){1,4}?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|reporters\b|journalists\b)[\p{Ll}]+/u;
/** An agent that an infinitive follows: "was told by commanders to retreat" (not "by sources close to the Kremlin"). */
const AGENT_THEN_TO = /^[^,;:.¤]*?\sto\s+(?!(?:the|a|an|his|her|their|its)\b)\p{Ll}/u;
/** "vowed to fight", "vowed never to surrender", "promised not to": a commitment, negated or not. */
const COMMISSIVE = /^\s+(?:not\s+|never\s+)?to\s+\p{L}/u;
/** "intelligence reports said", "claims suggest": a noun that another verb follows. */
const NOUN_USE = /^\s+(?:are|were|is|was|have|has|had|will|would|could|can|may|might|must|should|of|little|nothing|much|said|says|say|showed|shows|show|suggested|suggests|suggest|indicated|indicates|indicate)\b/iu;
/** Nothing follows a hit but punctuation: a noun ("that claim."), not a verb. */
const NOTHING_AFTER = /^\s*(?:[.,;:!?]|$)/u;
/** A past form of a reporting verb, which cannot be a noun ("claims", "reports" can). */
const PAST_FORM = /^(?:\p{L}+ed|said|told|wrote|saw|heard|learnt)$/u;
/** A participle whose object ends in "reports" or "claims" (a noun, then) within three words: "…, confirming earlier Ukrainian reports". */
const OBJECT_OF_PARTICIPLE = /\b(?:confirming|corroborating|verifying|denying|refuting|rejecting|dismissing|disputing|questioning|contradicting|citing|echoing|quoting|following|despite)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
/** The agent of a passive, after the name it gave a claim if any: "was dismissed as disinformation by Kyiv". */
const BY_AGENT = /^\s+(?:as\s+(?:[¤“"‘’”\p{L}-]+\s+){1,4}?)?by\s+/iu;
const FRONTED_CLAIM = new RegExp(`^(?:(?:a|an|the|this|that|these|those)\\s+)?(?:${CLAIM_NOUNS})\\s+(?:that\\s+|which\\s+)?`, 'iu');
/** A bare plural fronted as what a second source answers: ", claims Kyiv rejects", ", allegations Moscow denies". */
const BARE_PLURAL_REPORT = new RegExp(`^(?:${PLURAL_ANSWERED})$`, 'iu');
/** ", a report Moscow denied": after a comma, a report (not "The report by the ministry said") answered by the subject. */
const FRONTED_REPORT = new RegExp(`^(?:a|an)\\s+(?:${ANSWERED_NOUNS})\\s+(?:that\\s+|which\\s+)?`, 'iu');
/** "…, a move Kyiv described as a rout": an action fronted as the object of a naming verb. */
const FRONTED_ACTION = new RegExp(`^(?:a|an|the|this|that)\\s+(?:${ACTION_NOUNS})\\s+(?:that\\s+|which\\s+)?`, 'iu');
/** "in what analysts say is …", "what Moscow called a regrouping": a fused relative fronts the object. */
const WHAT_BEFORE = /\bwhat\s+(?:[\p{L}’'.-]+\s+){0,5}$/iu;
const whatBefore = (prefix: string): boolean => /what\s/iu.test(prefix) && WHAT_BEFORE.test(prefix);
/** The relative pronoun of an object gap just before a subject: "a mobilisation that officials had predicted". */
const GAP_BEFORE = /\b(?:that|which)\s+$/iu;
/** A claim fronted before the subject of the verb that follows: "…, a figure ISW assesses …", "— a claim that Kyiv believes …". */
const FRONTED_BEFORE_VERB = new RegExp(`[,–—-]\\s+(?:a|an)\\s+(?:${CLAIM_NOUNS})\\s+(?:that\\s+|which\\s+)?(?:[\\p{L}’'.-]+\\s+){1,4}$`, 'iu');
const CLAIM_BEFORE = new RegExp(`\\b(?:${CLAIM_NOUNS})\\s+(?:that\\s+|which\\s+)?$|,\\s*which\\s+$`, 'iu');
/** The nouns for an outlet's reporting staff. */
const REPORTER_NOUNS = 'correspondents?|reporters?|journalists?|photographers?';
const REPORTER_HEAD = new RegExp(String.raw`\b(?:${REPORTER_NOUNS}|team|crew)$`, 'iu');
/** A subject phrase without what follows its head: "our correspondent in Izium" → "our correspondent". */
const headOf = (phrase: string): string => phrase.split(/\s+(?:in|at|on|from|with|for)\s/u)[0]!;
/** "a Reuters witness": a witness is the outlet's own only when an outlet names them. */
const MEDIA_WITNESS = /^(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?<outlet>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)\s+(?:eye)?witness(?:es)?$/u;

/** "Our man on the ground saw …": in the reporter's voice, "our" is the outlet. */
const OURS = /^our\s+\p{L}/iu;

/** "The BBC's Quentin Sommerville", "Al Jazeera's correspondent": an outlet and one of its staff. */
const OUTLET_STAFF = /^(?:[Tt]he\s+)?(?<outlet>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})['’]s?\s+(?<staff>.+)$/u;
/** "ITV News correspondent John Ray", "BBC reporter Jane Doe": the outlet as a title before its staff, no possessive. */
const OUTLET_TITLED = new RegExp(String.raw`^(?:[Tt]he\s+)?(?<outlet>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+(?<staff>(?:\p{Ll}+\s+){0,2}(?:${REPORTER_NOUNS}|editor)(?:\s+\p{Lu}[\p{L}’'-]+){0,3})$`, 'u');
/** What names a member of staff after the outlet: a reporter's noun, a desk editor, or a personal name. */
const STAFF = new RegExp(String.raw`(?:\b(?:${REPORTER_NOUNS}|team|crew|editor)|(?:^|\s)\p{Lu}[\p{L}’'-]+)$`, 'u');

/**
 * The phrase names the outlet's own reporting staff ("our correspondent in Kyiv", "The BBC's Quentin
 * Sommerville"): what they report is the outlet's (not "the Kremlin's spokesman", "Reuters' sources").
 */
export function ownReporter(phrase: string): boolean {
  const head = headOf(phrase);
  if (OURS.test(head)) return REPORTER_HEAD.test(head) || STAFF.test(head);
  const staff = (head.match(OUTLET_STAFF) ?? head.match(OUTLET_TITLED))?.groups;
  return !!staff && isMedia(staff.outlet) && STAFF.test(staff.staff);
}

const REPORTER_WORD = new RegExp(String.raw`\b(?:${REPORTER_NOUNS})\b`, 'iu');
/** The phrase calls its person a reporter: "ITV News Correspondent Jane Doe", "a reporter for the paper". */
export const namesReporter = (phrase: string): boolean => REPORTER_WORD.test(headOf(phrase));

/** The reporter's own voice outside quotes (quotes are masked): "I watched as …", "we saw …". */
export const FIRST_PERSON = /^\s*(?:I|we)(?:['’](?:ve|d))?\s*$/iu;
/** The reporter's "I" or "we" just before a verb, opening the sentence or a clause. */
const FIRST_PERSON_BEFORE = /(?:^|[,;]\s*|\b(?:and|but|as|when|where)\s+)(I|[Ww]e)\s*$/u;

/** The subject of "saw" is the outlet's own: its reporters, the outlet itself, a witness it names, or the reporter's "I". */
export function ownWitness(phrase: string): boolean {
  if (FIRST_PERSON.test(phrase)) return true;
  const head = headOf(phrase);
  const outlet = head.match(MEDIA_WITNESS)?.groups?.outlet;
  return REPORTER_HEAD.test(head) || OURS.test(head) || isMedia(phrase) || (!!outlet && isMedia(outlet)) || ownReporter(phrase);
}
const ACCORDING = /\baccording\s+to\s+/giu;
/** A personal name set off by a comma after a role: ", Serhiy Khlan." */
const NAME_AFTER = /^,\s*((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)\s*(?:[,.;]|$)/u;
/** An opening "according to" role followed by a name in commas: ", Andriy Yermak," (a closed aside). */
const OPENING_ROLE_NAMED = /^,\s*(?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+,/u;

/** A person described by role alone: "the head of the office", not "Kyiv" or "Mr Yermak". */
function roleOnly(phrase: string): boolean {
  const sp = describePerson(phrase);
  return !!sp && !sp.proper;
}
/** Verbs whose bare participle reports with its agent ("videos verified by", "as reported by"); not "told by X to …". */
const REDUCED_PASSIVE = new Set(['verify', 'confirm', 'report', 'estimate', 'claim', 'deny', 'dispute', 'reject',
  'dismiss', 'question', 'challenge', 'contest', 'ridicule', 'mock', 'publish', 'allege', 'announce', 'echo', 'corroborate', 'geolocate']);
/** A past participle that can head a reduced passive ("figures released by", "videos verified by"). */
const PARTICIPLE = /^(?:\p{L}+ed|told|said|written|shown|seen)$/u;
/** Documents and data that "show" or "suggest" things. */
const DOC_SUBJECT = /\b(?:data|figures|statistics|estimates|numbers|images|imagery|footage|videos?|photos|photographs|pictures|maps?|records|analysis|reports?|surveys?|polls?|study|studies|research|assessments?|documents?|tallies|counts?|results)$/iu;
/**
 * "Residents who spoke to the paper by phone said", "a woman whose son serves there said", "officials
 * briefed on the talks said", "a medic serving with the brigade said", "a video shared thousands of
 * times on X claims", "the firm that built the bridge said", "one post viewed 9,000 times said": a
 * subject with its relative clause (a name may hold digits: "G20 envoys gathered in Bali said").
 */
const RELATIVE_SUBJECT = /(?<lead>^|[,;:]\s+|\b(?:and|but|while|as|when|after)\s+)(?<np>(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}\p{N}’'-]+)\s+(?:(?:who(?:se)?|that)\s+[^,;:¤.]{1,60}|\p{Ll}+(?:ed|ing)\s+(?:\p{Ll}+ly\s+|(?:[\p{L}\p{N},]+\s+){1,4}?times\s+)?(?:by|on|in|at|from|with|near|outside|inside|along|across|behind|for|under)\s+[^,;:¤.]{1,40}|\p{Ll}+ed\s+(?:[\p{L}\p{N},]+\s+){1,4}?times)$/u;
/** What follows a document's head: "figures from the ministry", "images provided by Maxar". */
const DOC_TAIL = /\s+(?:\p{Ll}+ed\s+)?(?:from|by|of|in)\s/u;
/** "whether", "if" just before a subject: the clause is a question, not a report. */
const EMBEDDED_QUESTION = /\b(?:whether|if)\s+$/iu;
/** A reduced relative that names a document's author: " provided by Maxar", " released by the ministry". */
const AUTHORED = /^\s+\p{Ll}+ed\s+by\s/u;
/** Pictures and footage are shown, not speakers: "videos posted on Telegram showed …" is a reduced passive. */
const VISUAL_HEAD = /\b(?:videos?|images?|footage|photos?|photographs?|pictures?|clips?)$/iu;

/** Verbs of saying that pictures do as well as people: "geolocated footage indicates that …", "a video claims to show …". */
const EVIDENCE_VERBS = new Set(['suggest', 'indicate', 'claim']);

/**
 * A verb of answering (confirming, denying, rejecting) inside the phrase before a hit: the phrase
 * is no subject but that verb's subject and object ("X disputed Russian claims that …").
 */
function answersInside(phrase: string): boolean {
  return phrase.split(/\s+/u).some((w) => {
    const verb = REPORTING_VERBS.get(w);
    return !!verb && (verb.status !== 'claimed' || verb.complement === 'claim');
  });
}

/** What is posted when a post is announced, not yet quoted: "posted a short video", "posted a message". */
const POSTED_THING = /^\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:video|message|statement|update|clip|photo|picture|post)\b/u;

/** Phrases that announce a statement without saying anything ("issued a statement"), unlike "issued a warning". */
const EMPTY_NOTICE = /\ba (?:statement|update)$/u;

/** Finite verbs that end an agent phrase read rightwards ("verified by the paper show …"). */
const FINITE_AFTER_AGENT = /^(?:show|shows|showed|say|says|said|is|are|was|were|has|have|had|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|appear|appears|appeared|confirm|confirms|confirmed|found|depict|depicts|depicted)$/u;

/** What may end a sentence after an inverted speaker: "… on Tuesday.", "… with the matter, adding that …". */
const INVERTED_TAIL = /^\s+(?:with|on|in|at|to|of|about|over|for|from|during|after|before|late|later|earlier|last|this)\s[^.;:¤]{0,80}[.!]?\s*$/u;
/** A "who" clause on an inverted speaker, to the end of the sentence: "…, said a nurse who fled the city." */
const RELATIVE_TAIL = /^,?\s+(?:who|whose)\s[^.;:¤]{0,120}[.!]?\s*$/u;
/** A speaker's last word that needs its phrase: "a person familiar (with …)", "a diplomat briefed (on …)". */
const OPEN_MODIFIER = /\s(?:familiar|close|knowledgeable|\p{Ll}+ed)$/u;

/** The medium a speaker used, kept by phraseAfter as a complement: "the ministry in a statement". */
const MEDIUM_COMPLEMENT = /\s+in\s+an?\s.*$/u;

/** "…, said the ministry in a statement.": the speaker without the medium. */
function withoutMedium(np: Phrase & { closed: boolean }): Phrase & { closed: boolean } {
  const text = np.text.replace(MEDIUM_COMPLEMENT, '');
  return text === np.text || !text ? np : { ...np, end: np.start + text.length, text };
}

/**
 * An inverted speaker followed only by a trailing phrase closes the sentence ("…, said the ministry on
 * Tuesday."); a modifier that needs its phrase takes it along ("…, said a person familiar with the matter.").
 */
function closedByTail(masked: string, np: Phrase & { closed: boolean }): Phrase & { closed: boolean } {
  // "…,” said a sergeant who asked not to be named.": a relative clause on the speaker ends the sentence
  if (RELATIVE_TAIL.test(masked.slice(np.end))) return { ...np, closed: true };
  const tail = masked.slice(np.end).match(INVERTED_TAIL);
  if (!tail) return np;
  if (!OPEN_MODIFIER.test(np.text)) return { ...np, closed: true };
  const text = masked.slice(np.start, np.end + tail[0].length).replace(/[\s,.!]+$/u, '').split(',')[0]!;
  return { start: np.start, end: np.start + text.length, text, closed: true };
}

/**
 * An aside on the speaker before the verb: "An official, speaking on condition of anonymity, said …",
 * "A diplomat, who asked not to be named, said …".
 */
const SPEAKER_ASIDE = /,\s*(?:speaking|asking|requesting|declining|who|whose)\s[^,¤]{0,100},$/iu;

/** `left` is a sentence-opening subject and an aside ("Moscow, for its part,"), not a statement ("The town is calm, however,"). */
function asideAfterSubject(masked: string, left: string): boolean {
  const aside = left.match(ASIDE_BEFORE_VERB) ?? left.match(SPEAKER_ASIDE);
  return !!aside && phraseBefore(masked, aside.index!)?.start === 0;
}

/**
 * A word after the first, before any relative pronoun, is a finite verb: "the tapes showed sailors …" is a
 * clause, not a speaker ("an official who has seen the report" is one).
 */
function holdsFiniteVerb(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const relative = words.findIndex((w) => /^(?:who|which|that|whose)$/iu.test(w));
  return words.slice(1, relative < 0 ? undefined : relative).some((w) => FINITE_AFTER_AGENT.test(w));
}

/** The agent after "by", cut before the main verb of a reduced passive ("videos verified by X showed …"). */
function agentAfter(masked: string, start: number): Phrase | null {
  const np = phraseAfter(masked, start);
  if (!np) return null;
  const words = [...np.text.matchAll(/\S+/gu)];
  const cut = words.findIndex((w, k) => k > 0 && FINITE_AFTER_AGENT.test(w[0]));
  if (cut < 0) return np;
  const text = np.text.slice(0, words[cut].index).trimEnd();
  return { start: np.start, end: np.start + text.length, text };
}

/** "according to him", "according to them": an object pronoun standing for a speaker named before. */
function objectPronoun(masked: string, start: number): Phrase | null {
  const m = masked.slice(start).match(/^(?:him|them)\b/u);
  return m ? { start, end: start + m[0].length, text: m[0] } : null;
}

/** The phrase after "by" names someone who can speak (not "by phone", "by the river"). */
function isAgent(phrase: string): boolean {
  const sp = describeSpeaker(phrase);
  return !!sp && !sp.pronoun;
}
const TRAILING_TAIL = /^[\s,]*(?:(?:on|in|at|late|later|earlier|last|this|to|during|after|before|adding|citing|without)\b[^.;:¤]{0,60})?[.!?]?\s*$/u;
/** "“It is a lie,” he said of the report.": what a quote before the speaker was said of, a few words and no clause. */
const SAID_OF_TAIL = /^\s+(?:of|about)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+[.!?]?\s*$/u;
/** The masked text before a speaker ends with a quote: "“¤¤¤,” ". */
const QUOTE_BEFORE = /[¤”"’],?\s*$/u;

const verbPattern = new RegExp(`\\b(?:${[...REPORTING_VERBS.keys()].join('|')})\\b`, 'giu');

/** What follows "reports" in a sign-on: a place and the end of the sentence, no content clause. */
const FROM_PLACE = /^\s+from\s+[^.;:¤]{1,80}[.!]?\s*$/u;
const signOn = (after: string): boolean => FROM_PLACE.test(after) && !/\bthat\b/u.test(after);

/** Strips adverbs, auxiliaries and time phrases between a subject and its verb. */
function trimBeforeVerb(prefix: string): { end: number; hedged: boolean; passive: boolean; negated: boolean; seeming?: string } {
  let end = prefix.trimEnd().length;
  let hedged = false;
  let negated = false;
  let seeming: string | undefined;
  for (;;) {
    const p = prefix.slice(0, end);
    // "has not been confirmed by X": a negated passive attributes nothing (see ./claimHedges)
    if (PASSIVE_AUX.test(p)) return { end, hedged, passive: true, negated: negated || NEGATED_AUX.test(p), seeming };
    const m = p.match(ADVERB_BEFORE_VERB) ?? p.match(TIME_BEFORE_VERB) ?? p.match(NEGATION) ?? (p.endsWith(')') ? p.match(ABBREVIATION) : null);
    if (!m || NOT_ADVERBS.has(m[0].trim().toLowerCase())) return { end, hedged, passive: false, negated, seeming };
    if (HEDGE_ADVERB.test(m[0])) hedged = true;
    if (/^\s*(?:appear|seem)/iu.test(m[0])) seeming = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
    if (NEGATION.test(m[0]) || /\bnot$|\bnever$/u.test(m[0])) negated = true;
    end -= m[0].length;
  }
}

/** The speaker a relative or a reduced relative ends on: "residents who fled …", "a soldier stationed near …". */
function relativeSubject(prefix: string): Phrase | null {
  const rel = prefix.match(RELATIVE_SUBJECT);
  if (!rel?.groups || !isAgent(rel.groups.np)) return null;
  const start = rel.index! + rel.groups.lead.length;
  // "satellite images provided by Maxar": a document keeps the author its participle names
  const authored = DOC_SUBJECT.test(rel.groups.np) && AUTHORED.test(prefix.slice(start + rel.groups.np.length));
  const text = authored ? prefix.slice(start) : rel.groups.np;
  return { start, end: start + text.length, text };
}

/** A personal name, not a role or a body: "Kirill Stremousov". */
function namesPerson(phrase: string): boolean {
  return !!describePerson(phrase)?.proper;
}

/**
 * The sentence opens with a person and an aside set off by commas, ending at `end`: "The mayor, Vitali
 * Klitschko, …", "Anthony Albanese, who visited Kyiv, …": that person is the subject, not a closing attribution.
 */
function namedSubjectOpens(masked: string, end: number): boolean {
  const subject = subjectBefore(masked, end);
  if (!subject?.source || /[\p{L}\p{N}¤]/u.test(masked.slice(0, subject.source.start))) return false;
  return subject.alias ? namesPerson(subject.alias.text) : namesPerson(subject.source.text);
}

/** A place or a time closing the phrase before "who": "near Izium", "in the village", "this week". */
const PLACE_TAIL = /\s+(?:in|near|from|at|outside|inside|around)\s*$/iu;
const TIME_PHRASE = new RegExp(`^${TIME_WORDS}`, 'iu');

/**
 * "who" stands for a person, never a place or a time: "a farmer near Izium who said", "an official this
 * week who insisted" (and "I spoke to a soldier who said": a person after a preposition still speaks).
 */
function whoAntecedent(masked: string, before: string, np: ReturnType<typeof phraseBefore>): ReturnType<typeof phraseBefore> {
  if (!np) return null;
  const isPerson = (p: { text: string }) => !!describePerson(p.text);
  const left = masked.slice(0, np.start);
  const skipped = TIME_PHRASE.test(np.text) ? left.replace(/\s+$/u, '') : PLACE_TAIL.test(left) ? left.replace(PLACE_TAIL, '') : null;
  const head = skipped ? phraseBefore(masked, skipped.length) : null;
  if (head && isPerson(head)) return { ...head, afterPreposition: false };
  if (np.afterPreposition && isPerson(np) && !PLACE_TAIL.test(left)) return { ...np, afterPreposition: false };
  return np;
}

/** Where a relative aside holding commas of its own opens ("…, which includes A, B and C"), or -1. */
function relativeAsideStart(prefix: string): number {
  let open = -1;
  for (const m of prefix.matchAll(RELATIVE_OPEN)) open = m.index;
  return open >= 0 && prefix.indexOf(',', open + 1) > 0 && !/[;:¤]/u.test(prefix.slice(open)) ? open : -1;
}

/** The subject of a verb whose left context ends at `end`: direct, past an appositive, or a relative's antecedent. */
function subjectBefore(masked: string, end: number): { form: AttributionForm; source?: Phrase; alias?: Phrase } | null {
  const prefix = masked.slice(0, end).replace(/\s+$/u, '');
  if (COORDINATOR.test(prefix)) return { form: 'coordinated' };
  const which = prefix.match(RELATIVE);
  if (which) {
    const before = prefix.slice(0, prefix.length - which[0].length);
    // "an account calling itself “Kyiv Defender”, which said …": a quoted name ends the antecedent
    const found = phraseBefore(masked, before.length) ?? phraseBefore(masked, before.replace(QUOTED_NAME_END, '').length);
    const np = /who$/iu.test(which[0]) ? whoAntecedent(masked, before, found) : found;
    if (!np) return null;
    // "posted by an account calling itself X, which said …": a passive's agent may speak (not "in Kherson, which …")
    if (np.afterPreposition && !DOC_FROM.test(masked.slice(0, np.start)) && !AGENT_BY.test(masked.slice(0, np.start))) return null;
    return { form: 'relative', source: np };
  }
  if (prefix.endsWith(',')) {
    // "Serhiy Hayday, the Ukrainian governor of Luhansk, confirmed": skip up to two appositives;
    // "the governor of the region, Vladimir Saldo, claimed": the appositive is the name
    let cut = prefix.length - 1;
    // "The centre in Istanbul, which includes officials from Russia, Ukraine and the UN, said": commas
    // inside a relative aside are its own (a list), so the subject stands before the relative
    const aside = relativeAsideStart(prefix.slice(0, cut));
    if (aside >= 0) {
      const head = phraseBefore(masked, aside);
      // "Olha Bondar, 34, who fled with her son, a dog and a cat, said": the name stands before the age
      if (head && AGE.test(head.text)) cut = aside;
      else if (head && !head.afterPreposition) return { form: 'subject', source: head };
    }
    for (let depth = 0; depth < 2; depth++) {
      const comma = masked.lastIndexOf(',', cut - 1);
      if (comma < 0) return null;
      const inner = masked.slice(comma + 1, cut);
      const appositive = APPOSITIVE.test(inner) || GIVEN_NAME.test(inner) ? phraseBefore(masked, cut) : null;
      const found = phraseBefore(masked, comma);
      // "Olha Bondar, 34, who fled Kherson, said": an age is an aside, not the subject
      const np = found && AGE.test(found.text) ? null : found;
      if (np && !np.afterPreposition) return { form: 'subject', source: np, ...(appositive ? { alias: appositive } : {}) };
      // "The Kremlin's man in the region, Kirill Stremousov, insisted": a role whose phrase ends in a
      // place still stands before the name that speaks
      if (depth === 0 && appositive && np && namesPerson(appositive.text)) return { form: 'subject', source: appositive };
      // "A soldier stationed near Nikopol, across the river, said": a reduced relative before the aside
      const reduced = np?.afterPreposition ? relativeSubject(masked.slice(0, comma)) : null;
      if (reduced) return { form: 'subject', source: reduced };
      cut = comma;
    }
    return null;
  }
  const rel = relativeSubject(prefix);
  // "A nurse who gave her name only as Oksana said": the only name given stands for the source
  const given = rel && GIVEN_NAME.test(prefix) ? phraseBefore(masked, prefix.length) : null;
  if (rel) return { form: 'subject', source: rel, ...(given ? { alias: given } : {}) };
  const np = phraseBefore(masked, prefix.length);
  // "The report by the ministry said …": the document's author speaks (not "captured by the army said")
  if (!np || (np.afterPreposition && !DOC_FROM.test(masked.slice(0, np.start)))) return null;
  if (/['’]s?$/u.test(np.text) && /s['’]$|['’]s$/u.test(np.text)) return null; // "the ministry's claim that …": a noun
  return { form: 'subject', source: np };
}

interface Hit {
  start: number;
  end: number;
  label: string;
  verb: ReportingVerb;
  /** A multi-word phrase ("found no evidence of"): its own words already rule out a noun use. */
  phrase?: boolean;
}

/** A capitalised word just before a hit, and whether a lowercase word comes before that run ("told the Kyiv "). */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}’'.-]*\s+$/u;
const NAME_BEFORE = /(?:^|\s)\p{Ll}[\p{L}’'-]*\s+(?:\p{Lu}[\p{L}’'.-]*\s+)+$/u;
/** Running prose after a hit: two lowercase words of four letters or more. */
const PROSE_AFTER = /\s\p{Ll}{4,}\b.*\s\p{Ll}{4,}/u;

/**
 * A capitalised reporting verb straight after a capitalised word is the end of a name in
 * running prose: "told the Kyiv Post", "The Drudge Report said". A title-case headline
 * ("Zelensky Says Troops Retook Izium") has no lowercase word before the run and little after it.
 */
function endsName(masked: string, at: number, end: number): boolean {
  if (masked[at] === masked[at]!.toLowerCase()) return false;
  const before = masked.slice(Math.max(0, at - 60), at);
  return CAPITALISED_BEFORE.test(before) && (NAME_BEFORE.test(before) || PROSE_AFTER.test(masked.slice(end)));
}

/** Each phrase's quick test: most sentences hold none of them. */
const PHRASE_QUICK = REPORTING_PHRASES.map(({ pattern }) => mayMatch(pattern));

function verbHits(masked: string): Hit[] {
  const hits: Hit[] = [];
  for (const [i, { pattern, status, complement = 'any' }] of REPORTING_PHRASES.entries()) {
    if (!PHRASE_QUICK[i]!.test(masked)) continue;
    for (const m of masked.matchAll(pattern)) {
      const g = m.groups ?? {};
      const label = g.noun
        ? `${g.verb.toLowerCase()} a ${g.noun.toLowerCase()}${g.tail ? ` ${g.tail.toLowerCase()}` : ''}`
        : m[0].toLowerCase().replace(/\s+/g, ' ');
      hits.push({ start: m.index, end: m.index + m[0].length, label, verb: { lemma: label, status, complement }, phrase: true });
    }
  }
  for (const m of masked.matchAll(verbPattern)) {
    if (hits.some((h) => h.start <= m.index && m.index < h.end) || endsName(masked, m.index, m.index + m[0].length)) continue;
    const verb = REPORTING_VERBS.get(m[0].toLowerCase());
    if (verb) hits.push({ start: m.index, end: m.index + m[0].length, label: m[0].toLowerCase(), verb });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Every attribution in a sentence, in order. `masked` is the sentence with quotes hidden
 * (./claimQuotes); `text` the sentence itself, for what a quote says about status.
 */
export function findAttributions(masked: string, text = masked): Attribution[] {
  const found: Attribution[] = [];
  for (const hit of verbHits(masked)) {
    const after = masked.slice(hit.end);
    const spoken = text.slice(hit.end);
    const { end, hedged, passive, negated, seeming } = trimBeforeVerb(masked.slice(0, hit.start));
    if (negated) continue; // "did not confirm", "could not verify": no attribution (see ./claimHedges)
    if (NEITHER_NOR.test(masked.slice(0, end))) continue;
    const prev = masked.slice(0, end).match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
    if (prev && ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those'].includes(prev)) continue; // "an estimated 3,000"
    if (prev === 'that' && NOTHING_AFTER.test(after)) continue; // "… contradicts that claim."
    // "… from obituaries and social media posts.": a message verb's present form with nothing after is a plural noun
    if (hit.verb.complement === 'message' && !PAST_FORM.test(hit.label) && NOTHING_AFTER.test(after)) continue;
    // "Both claims are …", "the reports were …" (but "in what analysts say is …" reports)
    // (a past form is never a noun: "an address that the Kremlin said would call up …")
    // (nor after a fronted claim: "…, a figure ISW assesses is likely inflated")
    if (!hit.phrase && !PAST_FORM.test(hit.label) && NOUN_USE.test(after) && !whatBefore(masked.slice(0, hit.start))
      && !FRONTED_BEFORE_VERB.test(masked.slice(Math.max(0, hit.start - 80), hit.start))) continue;
    // "appeared to suggest": the label keeps the reporter's hedge
    const unsupported = WITHOUT_EVIDENCE.test(after) || (after.includes('without') && UNSUPPORTED_TAIL.test(after.split(NEXT_CLAUSE)[0]!));
    const base = { verb: seeming ? `${seeming} ${hit.label}` : hit.label, verbStart: hit.start, verbEnd: hit.end, hedged: hedged || unsupported || undefined };
    // "… was confirmed by the governor"; "videos verified by the newspaper show …" (a reduced passive)
    const agent = BY_AGENT.test(after) ? agentAfter(masked, hit.end + after.match(BY_AGENT)![0].length) : null;
    const reduced = !passive && !!agent && REDUCED_PASSIVE.has(hit.verb.lemma) && PARTICIPLE.test(hit.label) && isAgent(agent.text);
    if (passive || reduced) {
      if (passive && MODAL_PASSIVE.test(masked.slice(0, end))) continue;
      // "the claims were dismissed by the Kremlin as “propaganda”": a rejection's words still count
      const judged = hit.verb.complement === 'claim' ? spoken : '';
      // "has been told by his doctors to rest": a passive order, not a report
      if (agent && hit.verb.directive && AGENT_THEN_TO.test(masked.slice(agent.start))) continue;
      if (agent) found.push({ ...base, form: 'passive', status: statusOf(hit.verb, judged), source: agent, forward: false });
      continue;
    }
    // "“…,” said the spokesman." / "…, said Mr Smith, adding …"
    const left = masked.slice(0, end).replace(/\s+$/u, '');
    if (/[,¤:—–]$/u.test(left) || left === '') {
      // "Moscow, for its part, says its troops …": a subject and an aside, not a closing attribution
      // "Kyiv's mayor, Vitali Klitschko, warned residents …": a role and its name in commas open the sentence as its subject
      const after = asideAfterSubject(masked, left) || namedSubjectOpens(masked, end) ? null : phraseAfter(masked, hit.end);
      const np = after && (after.closed ? withoutMedium(after) : closedByTail(masked, after));
      const quoteOk = hit.verb.complement !== 'quote' || closesQuote(left);
      // (not "X, the SBU, said the tapes showed …": a phrase with a finite verb of its own is the content)
      if (np && np.closed && hit.verb.invertible && quoteOk && !holdsFiniteVerb(np.text) && describeSpeaker(np.text)) {
        // "… said the mayor, Ihor Terekhov, who …": the appositive may carry the name
        const apposition = masked.slice(np.end).match(/^,\s*([\p{Lu}][^,.;¤]*?)\s*(?=[,.;]|$)/u);
        const alias = apposition ? phraseAfter(masked, np.end + apposition[0].indexOf(apposition[1])) : null;
        found.push({
          ...base, form: 'inverted', status: closingStatus(hit.verb, left, text.slice(0, left.length)), source: np, forward: false, ...(alias ? { alias } : {}),
        });
        continue;
      }
      if (/[¤:—–]$/u.test(left) || left === '') continue;
    }
    // "I watched as …", "we saw …": the reporter's own eyewitness (quotes are masked, so never a speaker's "I")
    const own = hit.verb.eyewitness ? masked.slice(0, end).match(FIRST_PERSON_BEFORE) : null;
    if (own) {
      const start = own.index! + own[0].length - own[1].length;
      found.push({ ...base, form: 'subject', source: { start, end: start + own[1].length, text: own[1] }, forward: true, status: 'confirmed', eyewitness: true });
      continue;
    }
    const subject = subjectBefore(masked, end);
    if (!subject) continue;
    // "Asked whether Russia would respond, …": a verb in an embedded question asserts nothing
    if (subject.source && EMBEDDED_QUESTION.test(masked.slice(0, subject.source.start))) continue;
    // "dismissed rebel claims that …": a phrase opened by another reporting verb is its object, not a subject
    // (but "state" before a noun is an adjective: "…, but state media said")
    const opener = subject.source?.text.split(/\s/u)[0] ?? '';
    // (but a bare plural after a comma is fronted: ", claims Kyiv rejects")
    if (REPORTING_VERBS.has(opener) && !(opener === 'state' && /\s/u.test(subject.source!.text))
      && !(BARE_PLURAL_REPORT.test(opener) && /,\s*$/u.test(masked.slice(0, subject.source!.start)))) continue;
    // "Kyiv disputed Russian claims that …": a verb of answering inside the phrase makes the hit its object
    if (subject.source && answersInside(subject.source.text)) continue;
    // "…, confirming earlier Ukrainian reports", "citing Russian claims": the object of a participle is a noun
    if (!PAST_FORM.test(hit.label) && OBJECT_OF_PARTICIPLE.test(masked.slice(Math.max(0, hit.start - 80), hit.start))) continue;
    // "… — a claim Hamas disputes", "…, a move Kyiv called a rout": the object comes before the subject
    const report = subject.source?.text.match(FRONTED_REPORT);
    const afterComma = !!report && /,\s*$/u.test(masked.slice(0, subject.source!.start));
    const lead = subject.source?.text.match(FRONTED_CLAIM) ?? (afterComma ? report : null);
    const action = !lead && hit.verb.complement === 'naming' ? subject.source?.text.match(FRONTED_ACTION) : null;
    const cut = lead ?? action;
    if (subject.source && cut && cut[0].length < subject.source.text.length) {
      const start = subject.source.start + cut[0].length;
      subject.source = { start, end: subject.source.end, text: masked.slice(start, subject.source.end) };
    }
    const fronted = !!lead || (!!subject.source && CLAIM_BEFORE.test(masked.slice(0, subject.source.start)));
    const object = fronted ? 'claim' : (action || whatBefore(masked.slice(0, subject.source?.start ?? end))) ? 'object' : undefined;
    // "stopped short of a mobilisation that officials had predicted.": a statement whose object is the
    // noun before "that" names a thing and asserts nothing (an answer to it still counts: "which Kyiv denied")
    if (!object && hit.verb.status === 'claimed' && subject.form === 'subject' && subject.source
      && GAP_BEFORE.test(masked.slice(Math.max(0, subject.source.start - 8), subject.source.start)) && TRAILING_TAIL.test(after)) continue;
    // "“…,” she continued": a quote-only verb may also close the quote before its subject
    const closing = hit.verb.complement === 'quote' && closesQuote(masked.slice(0, subject.source?.start ?? end));
    const documentHead = !!hit.verb.document && !!subject.source && DOC_SUBJECT.test(subject.source.text.split(DOC_TAIL)[0]!);
    // "images provided by Maxar show large craters": a document with its author shows what it holds, with or
    // without a clause (authorless "videos posted online showed water …" report nobody's assertion)
    const shownByAuthor = documentHead && DOC_TAIL.test(subject.source!.text);
    if (!closing && !shownByAuthor && !(object ? frontedComplementOk(hit.verb, after) : complementOk(hit.verb, after))) continue;
    if (passiveNaming(hit.verb, masked.slice(Math.max(0, hit.start - 24), hit.start), after)) continue;
    // "NPR's Joanna Kakissis reports from Lysychansk.": a correspondent's sign-on names a place, not a finding
    if (hit.verb.lemma === 'report' && subject.source && !masked.slice(0, subject.source.start).trim() && signOn(after)) continue;
    let declined: Attribution['declined'];
    if (hit.verb.commissive && COMMISSIVE.test(after)) declined = 'commissive';
    if (hit.verb.directive && DIRECTIVE.test(after)) declined = 'directive';
    // "a Reuters reporter in the town saw": the head noun comes before the phrase's own preposition
    // ("NPR visited the site and saw …": a coordinated verb's subject is checked where it is found, in ./claims)
    if (hit.verb.eyewitness && !(subject.source ? ownWitness(subject.source.text) : subject.form === 'coordinated')) continue;
    // "videos posted on Telegram showed …" (but "footage confirmed that …", "footage indicates that …" are evidence)
    if (subject.source && VISUAL_HEAD.test(subject.source.text) && !hit.verb.document && !EVIDENCE_VERBS.has(hit.verb.lemma)
      && hit.verb.status === 'claimed') continue;
    // "data show", "figures from the ministry show", not "troops showed"
    if (hit.verb.document && !documentHead) continue;

    const forward = !TRAILING_TAIL.test(after);
    // "The council issued a statement on Monday.": a notice that opens the sentence and ends it says
    // nothing yet, but its speaker is the "it" of the next sentence
    const opens = !/[\p{L}\p{N}¤]/u.test(masked.slice(0, subject.source?.start ?? hit.start));
    if (hit.phrase && !forward && EMPTY_NOTICE.test(hit.label) && opens) declined = 'notice';
    // "Zelensky has posted a short video on Telegram.": the same, in a live blog's words
    const posted = hit.verb.lemma === 'post' ? after.match(POSTED_THING) : null;
    if (posted && opens && TRAILING_TAIL.test(after.slice(posted[0].length))) declined = 'notice';
    // "…, a toll analysts believe to be exaggerated": what a fronted claim is said to be follows the verb
    const before = masked.slice(0, subject.source?.start ?? hit.start);
    const saidOfQuote = SAID_OF_TAIL.test(after) && QUOTE_BEFORE.test(before);
    const status = (forward || object === 'claim') && !saidOfQuote ? statusOf(hit.verb, spoken, object)
      : closingStatus(hit.verb, before, text.slice(0, before.length));
    found.push({
      ...base, form: subject.form, source: subject.source, forward,
      status: status !== 'claimed' ? status : FALSELY.test(masked.slice(Math.max(0, hit.start - 16), hit.start)) ? 'disputed'
        : answeringStatus(after) ?? (forward && after.includes('which') && DOUBTED_TAIL.test(after.split(NEXT_CLAUSE)[0]!) ? 'disputed' : status),
      ...(subject.alias ? { alias: subject.alias } : {}), ...(object === 'claim' ? { frontedClaim: true } : {}),
      ...(declined ? { declined } : {}), ...(hit.verb.eyewitness ? { eyewitness: true } : {}),
    });
  }
  for (const m of masked.matchAll(ACCORDING)) {
    const at = m.index + m[0].length;
    const np = phraseAfter(masked, at) ?? objectPronoun(masked, at);
    if (!np) continue;
    const before = masked.slice(0, m.index).replace(/^.*(?:;|,\s+(?:and|but)\s+(?:that\s+)?)/u, '');
    const wordsBefore = before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    // "…, according to an adviser to the council, Serhiy Khlan.": a closing role may be named after it
    // (an opening one too, when it names a role and the name is set off by commas: "According to the
    // head of the office, Andriy Yermak, …"; not "According to the ministry, Russian Forces …")
    const named = wordsBefore >= 3 || (OPENING_ROLE_NAMED.test(masked.slice(np.end)) && roleOnly(np.text))
      ? masked.slice(np.end).match(NAME_AFTER) : null;
    const alias = named ? phraseAfter(masked, np.end + named[0].indexOf(named[1])) : null;
    found.push({
      form: 'according', verb: 'according to', verbStart: m.index, verbEnd: m.index + m[0].trimEnd().length,
      status: 'claimed', source: np, forward: wordsBefore < 3, ...(alias ? { alias } : {}),
    });
  }
  if (masked.includes('with ')) found.push(...withSaying(masked));
  if (masked.includes(' to ')) found.push(...purposeSaying(masked));
  if (masked.includes(' as ')) found.push(...quotedAs(masked));
  // "Turkey objected, accusing them of …, an allegation Stockholm rejects": a report only after the
  // participle leaves the clause before it to the participle's subject
  const reports = found.filter((a) => !a.declined);
  const saying = sayingAfterAction(masked, reports) ?? (reports.length ? null : headlineSpeaker(masked));
  if (saying) found.push(saying);
  return found.sort((a, b) => a.verbStart - b.verbStart);
}

/**
 * "used his speech to insist that …", "took to Telegram to claim …", "went on state television to
 * deny …": a statement made through a medium, as an infinitive of purpose whose subject is the
 * clause's (a medium must come between: "used to say" is a habit, "went on to say" a phrase of its own).
 */
const PURPOSE_SAYING = /\b(?:used|uses|took\s+to|takes\s+to|went\s+on|goes\s+on|appeared\s+on|appears\s+on)\s+[^,;:¤.]{1,60}?\sto\s+(?:(?:again|also|publicly|falsely|flatly)\s+)?(?<verb>say|claim|insist|deny|warn|announce|confirm|reject|dismiss|accuse|argue|declare|boast|stress|reiterate|blame|reveal|admit|allege|assert)\b/gi;

function purposeSaying(masked: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of masked.matchAll(PURPOSE_SAYING)) {
    const word = m.groups!.verb;
    const verbStart = m.index + m[0].length - word.length;
    const verb = REPORTING_VERBS.get(word.toLowerCase())!;
    const after = masked.slice(verbStart + word.length);
    if (!complementOk(verb, after)) continue;
    out.push({ form: 'coordinated', verb: word.toLowerCase(), verbStart, verbEnd: verbStart + word.length, status: statusOf(verb, after), forward: true });
  }
  return out;
}

/** "…, with the general staff reporting that …": an absolute clause whose participle has a subject of its own. */
const WITH_SAYING = new RegExp(`\\bwith\\s+(?<who>[^,;:¤.]{1,60}?)\\s+(?<part>${WITH_PARTICIPLES})\\s+(?!nothing\\b|little\\b)`, 'gi');

/** Attributions of the form "with X saying (that) …": X speaks, though the verb is a participle. */
function withSaying(masked: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of masked.matchAll(WITH_SAYING)) {
    const { who, part } = m.groups as { who: string; part: string };
    if (!describeSpeaker(who)) continue;
    const start = m.index + m[0].indexOf(who, 'with'.length);
    const verbStart = m.index + m[0].lastIndexOf(part);
    out.push({
      form: 'subject', verb: part.toLowerCase(), verbStart, verbEnd: verbStart + part.length,
      status: /^denying$/i.test(part) ? 'denied' : 'claimed', source: { start, end: start + who.length, text: who }, forward: true,
    });
  }
  return out;
}

/** The participle after "quoted X as" and the finite verb whose status it carries. */
const QUOTED_PARTICIPLES: Record<string, string> = {
  saying: 'said', telling: 'told', stating: 'stated', claiming: 'claimed', insisting: 'insisted', warning: 'warned',
  adding: 'added', confirming: 'confirmed', denying: 'denied',
};
const PARTICIPLES = Object.keys(QUOTED_PARTICIPLES).join('|');
/** "Interfax quoted a source in the ministry as saying …", "RIA cited him as saying …": the one quoted speaks. */
const QUOTED_ACTIVE = new RegExp(`\\b(?<verb>quoted|quotes|cited|cites)\\s+(?<who>[^,;:¤.]{1,80}?)\\s+as\\s+(?<part>${PARTICIPLES})\\b`, 'giu');
/** "Peskov was quoted by TASS as saying …": the subject speaks. */
const QUOTED_PASSIVE = new RegExp(`\\b(?:is|are|was|were|has\\s+been|had\\s+been)\\s+(?<verb>quoted|cited)\\s+(?:by\\s+[^,;:¤.]{1,60}?\\s+)?as\\s+(?<part>${PARTICIPLES})\\b`, 'giu');

/** Attributions of the form "X quoted Y as saying …" and "Y was quoted as saying …". */
function quotedAs(masked: string): Attribution[] {
  const out: Attribution[] = [];
  const push = (m: RegExpMatchArray, source: Phrase | null | undefined, alias?: Phrase) => {
    const g = m.groups!;
    if (!source || !describeSpeaker(source.text)) return;
    const verb = REPORTING_VERBS.get(QUOTED_PARTICIPLES[g.part.toLowerCase()]!)!;
    const end = m.index! + m[0].length;
    const after = masked.slice(end);
    out.push({
      form: 'subject', verb: `${g.verb.toLowerCase()} as ${g.part.toLowerCase()}`, verbStart: m.index!, verbEnd: end,
      status: statusOf(verb, after), source, forward: !TRAILING_TAIL.test(after), ...(alias ? { alias } : {}),
    });
  };
  for (const m of masked.matchAll(QUOTED_ACTIVE)) {
    const at = m.index + m[0].indexOf(m.groups!.who, m.groups!.verb.length);
    push(m, phraseAfter(masked, at) ?? objectPronoun(masked, at));
  }
  for (const m of masked.matchAll(QUOTED_PASSIVE)) {
    const subject = subjectBefore(masked, m.index);
    if (subject?.form === 'subject') push(m, subject.source, subject.alias);
  }
  return out;
}

/** A headline that names its source before a colon: "General Staff: Russia has lost …", "ISW: …", "Zelensky: …". */
const HEADLINE_SOURCE = /^(?<who>\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,4}):\s+(?=[\p{Lu}¤“"])/u;
/** Lower-case words a headline's source may hold: "UK intelligence", "Russian state media", "Head of Kharkiv military". */
const SOURCE_WORDS = new Set([...PERSON_HEADS, ...ORG_HEADS, 'state', 'news', 'of', 'the', 'and', 'for']);

/** The source a headline names before its colon, when the words there can only be one. */
function headlineSpeaker(masked: string): Attribution | null {
  const who = masked.match(HEADLINE_SOURCE)?.groups?.who;
  if (!who || who.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !SOURCE_WORDS.has(w))) return null;
  if (EDITORIAL_LABELS.has(who.toLowerCase())) return null;
  const sp = describeSpeaker(who);
  if (!sp || sp.pronoun || sp.document || sp.kind === 'unknown') return null;
  return {
    form: 'subject', verb: ':', verbStart: who.length, verbEnd: who.length + 1, status: 'claimed',
    source: { start: 0, end: who.length, text: who }, forward: true,
  };
}

/**
 * "Kadyrov criticised the ministry, saying …", "X welcomed it, telling reporters …", "X hit back, calling
 * the raid a crime": a participle of
 * saying after an action reports its subject's words ("writing" only with its medium or a clause); one of
 * answering ("…, confirming earlier reports") only with a claim for object.
 */
const SAYING = /,\s+(?<verb>saying|telling(?![^,;:¤.]{0,40}?\sto\s+\p{Ll})|claiming|insisting|arguing|warning|accusing|noting|calling|branding|describing(?=[^,;:¤.]{1,60}?\sas\s)|writing(?=\s+(?:on|in|that)\b)|(?:confirming|corroborating|denying|refuting|rejecting|dismissing|disputing|contradicting)(?=\s+(?:what\b|(?:[\p{L}’'-]+\s+){0,3}?(?:claims?|reports?|accounts?|allegations?|accusations?|figures|statements?|version)\b)))\s/u;

/** A participle and its agent at the end of a clause: "was geolocated by researchers". */
const PASSIVE_BY = /\b(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s+(?=[^,;]*$)/u;

/** The participle of saying with no reporting verb before it, read with the clause's subject ("telling X to leave" is an order). */
function sayingAfterAction(masked: string, reports: readonly Attribution[]): Attribution | null {
  const m = masked.includes('ing ') ? masked.match(SAYING) : null;
  if (!m?.groups || reports.some((a) => a.verbStart < m.index!)) return null;
  const verbStart = m.index! + m[0].indexOf(m.groups.verb);
  // "…, calling the strike a war crime" names something; "…, calling the president" does not
  if ((m.groups.verb === 'calling' || m.groups.verb === 'branding') && namedPredicate(masked.slice(m.index! + m[0].length - 1)) === null) return null;
  // "…, corroborating the governor's account": the participle of answering gives its status
  const status = answeringStatus(masked.slice(m.index!)) ?? 'claimed';
  // "Footage was geolocated by researchers, corroborating …": a passive's agent is the one who answers
  const by = status === 'claimed' ? null : masked.slice(0, m.index!).match(PASSIVE_BY);
  const agent = by ? agentAfter(masked, by.index! + by[0].length) : null;
  if (agent && isAgent(agent.text)) {
    return { form: 'passive', verb: m.groups.verb, verbStart, verbEnd: verbStart + m.groups.verb.length, status, source: agent, forward: false };
  }
  return { form: 'coordinated', verb: m.groups.verb, verbStart, verbEnd: verbStart + m.groups.verb.length, status, forward: true };
}

