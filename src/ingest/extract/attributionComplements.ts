/**
 * What must follow a reporting verb for it to report speech, and what the words after it say
 * about the claim's status. "rejected the claims as false" is a denial, "dismissed the
 * announcement as theatre" a dispute, "called the strikes revenge" a plain claim, while
 * "called the president on Friday", "declared martial law" and "claimed to annex" report no
 * assertion at all. Works on the quote-masked text after the verb.
 */
import type { ClaimStatus } from '../types';
import { ORG_HEADS, PERSON_HEADS, TITLES } from './claimantLexicon';
import {
  AS_FALSE, CLAIM_COMPLEMENT, CLAUSE_COMPLEMENT, DESCRIBED_AS, JUDGED_AS, MESSAGE_COMPLEMENT, type ReportingVerb,
} from './claimVerbs';

/** Words that call a statement false, a quote mark allowed before them: “absurd”, a "lie", simply not true,
 * under any adverb of degree ("categorically untrue", "wholly false"). */
const FALSE_WORDS = String.raw`["“‘]?(?:an?\s+)?["“‘]?(?:(?:complete|total|utter|absolute|outright|pure|blatant|\p{L}{3,}ly)\s+)?(?:false|untrue|not\s+true|fakes?|lies|a\s+lie|lie|baseless|groundless|fabricat(?:ed|ions?)|fiction|hoax|nonsense|absurd|ridiculous|provocations?)\b`;
/** "the claims", "Kyiv's allegations", "the soldier's account": what a denial names false. */
const CLAIM_SUBJECT = String.raw`(?:(?:the|these|those|such|(?:the\s+)?[\p{L}-]+(?:['’]s|s['’]))\s+)?(?:[\p{L}-]+\s+)?(?:claims?|reports?|allegations?|accusations?|accounts?|testimony|figures|numbers|toll|data|rumou?rs|suggestions|stor(?:y|ies))(?:\s+(?:of|about)(?:\s+\p{L}+){1,3}?)?`;
/**
 * "said the claims were false", "told reporters the accusations were “absurd”", "said there was no truth in the
 * reports", "said it was “simply not true” that …": a statement that calls a claim false denies it.
 */
const SAID_FALSE = new RegExp(String.raw`^\s+(?:that\s+)?(?:${CLAIM_SUBJECT}\s+(?:were|was|are|is)\s+${FALSE_WORDS}|there\s+(?:is|was|had\s+been)\s+(?:absolutely\s+)?no\s+truth\s+(?:in|to)\b|it\s+(?:is|was)\s+${FALSE_WORDS}\s*["”’]?\s*(?:that|to\s+say)\b)`, 'iu');
/** "said the figures were exaggerated", "said there was no evidence that …", "said it had seen no evidence of …": doubt cast on a claim without denying it. */
const SAID_DOUBT = new RegExp(String.raw`^\s+(?:that\s+)?(?:(?:(?:russian|ukrainian)\s+)?(?:${CLAIM_SUBJECT}|(?:the\s+)?estimates?)\s+(?:were|was|are|is)\s+["“]?(?:\p{L}+\s+)?(?:exaggerated|inflated|overstated|misleading|unreliable|implausible|questionable|dubious|doubtful)\b|there\s+(?:is|was|had\s+been|has\s+been)\s+(?:still\s+)?no\s+(?:evidence|proof)\b|(?:it|they|he|she|we)\s+(?:(?:has|had|have)\s+)?(?:seen\s+|found\s+|saw\s+)?no\s+(?:evidence|proof|information|indication|confirmation)\s+(?:to\s+(?:support|back|confirm|corroborate)|of|for|that)\b)`, 'iu');
/** "called it a lie", "called the report fake": naming something false denies it. */
const NAMED_FALSE = /^(?:an?\s+|the\s+)?(?:(?:complete|total|outright|blatant|big)\s+)?(?:lies?|false|untrue|fakes?|baseless|groundless|fabricat\w*|fiction|nonsense|propaganda|disinformation|absurd|staged|hoax(?:es)?|forger(?:y|ies))\b/iu;
/** The object of "called"/"described" is itself a claim: "the allegations", "these reports", "Moscow’s claims" (any possessive). */
const CLAIM_OBJECT = /^\s+(?:the|these|those|such|his|her|their|its|this|that|[\p{L}-]+['’]s)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:claims?|allegations?|accusations?|reports?|charges?|assertions?)\b/iu;
/**
 * "claimed to annex", "claims to represent": a pretension to act, not a report ("claimed to have taken",
 * "claims to show", "claims to control 90% of the region" are ones).
 */
const CLAIM_TO_ACT = /^\s+to\s+(?!(?:be|have|show|depict|prove|control|hold)\b)\p{L}/u;

/** A time phrase between the verb and "that": "noted on 14 May that", "concluded last week that". */
const TIME_BEFORE_THAT = /^\s+(?:(?:late|early|earlier|later)\s+)?(?:on|in|last|this|overnight|yesterday|today)\b(?:\s+[\p{L}\p{N}.]+){0,3}?(?=\s+that\b)/u;

/** Object pronouns and determiners that open the object of "called". */
const OBJECT_PRONOUNS = new Set(['it', 'this', 'that', 'them', 'him', 'her']);
const OBJECT_DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'such']);
/** Words that end the object of "called" without being what it is called ("called the envoy in"). */
const NOT_PREDICATE = new Set(['to', 'for', 'on', 'in', 'at', 'with', 'by', 'from', 'into', 'after', 'before',
  'during', 'over', 'off', 'up', 'back', 'out', 'and', 'or', 'but', 'home', 'away', 'yesterday', 'today',
  'tonight', 'again', 'twice', 'once', 'last', 'this', 'next', 'about', 'as', 'while', 'when', 'because']);

const WORD = /[\p{L}’'-]+|¤+|[“"‘]|[^\s]/gu;
/** "Moscow's", "Rogov’s": a capitalised possessive. */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}-]*['’]s$/u;

/**
 * "called it a sham", "called the strikes deliberate revenge": an object (a pronoun, or a
 * determiner and up to three words) followed by what it is called. Returns that predicate, or
 * null for "called the president on Friday", "called a meeting", "called for talks".
 */
export function namedPredicate(after: string): string | null {
  const clause = after.match(/^[^.;:!?]*/u)?.[0] ?? '';
  const toks = [...clause.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index }));
  if (!toks.length) return null;
  const first = toks[0].text.toLowerCase();
  // a possessive name stands as a determiner: "called Rogov's statements lies"
  const determiner = OBJECT_DETERMINERS.has(first) || POSSESSIVE_NAME.test(toks[0].text);
  const ends = OBJECT_PRONOUNS.has(first) ? [1] : determiner ? [2, 3, 4] : [];
  for (const end of ends) {
    const object = toks.slice(1, end);
    if (object.some((t) => NOT_PREDICATE.has(t.text.toLowerCase()) || !/^\p{L}/u.test(t.text))) break;
    const pred = toks[end];
    if (!pred) break;
    const low = pred.text.toLowerCase();
    const rest = clause.slice(pred.index);
    if (/^(?:a|an|the)$/.test(low) || /^[¤“"‘]/u.test(pred.text)) return rest;
    if (!/^\p{Ll}/u.test(pred.text) || NOT_PREDICATE.has(low) || /ly$/u.test(low)) continue;
    if (PERSON_HEADS.has(low) || TITLES.has(low) || ORG_HEADS.has(low)) continue;
    return rest;
  }
  return null;
}

/** A quote right after the verb: "he went on: “…”", "she continued, “…”", "he raged on state TV: “…”". */
const QUOTE_AFTER = /^\s*(?:[,:]?\s*|(?:on|in|at|to|during)\s+[^,:;.\u00a4]{1,40}:\s*)\u00a4/u;
/** A reported clause right after the verb: "bragged that" (not a time: "the battle raged that night"). */
const THAT_CLAUSE = /^\s+that\b(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)\b)/u;
/** A quote right before the subject or the verb: "“…,” she continued", "“…,” continued Ms X". */
const QUOTE_BEFORE = /\u00a4\s*[,—–]?\s*$/u;

/** A `quote` verb stands next to a quote: `before` is the masked text before its subject (or before the verb when inverted). */
export const closesQuote = (before: string): boolean => QUOTE_BEFORE.test(before);

/**
 * A count or the cases found, after "recorded": "2,939 killed", "at least 300 cases of …", "dozens of
 * attacks" (not "recorded a video", "recorded its gains").
 */
const TALLY = /^\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|a\s+total\s+of|up\s+to)\s+)?(?:\d|(?:dozens|hundreds|thousands)\s+of\b|(?:[\p{L}-]+\s+){0,2}?(?:cases|deaths|casualties|incidents|violations|killings)\b)/u;

/** What "condemned" answers as a claim: someone's words ("condemned Lavrov's remarks"), not a deed ("condemned the strike"). */
const CONDEMNED_WORDS = /^\s+(?:(?:the|these|those|his|her|their|its|such|\p{Lu}[\p{L}-]*['’]s)\s+)?(?:[\p{L}’'-]+\s+)?(?:claims?|remarks?|comments?|statements?|allegations?|accusations?|assertions?|words)\b/iu;

/** True when the words after the verb let it report speech. */
export function complementOk(verb: ReportingVerb, after: string): boolean {
  switch (verb.complement) {
    case 'clause':
      return CLAUSE_COMPLEMENT.test(after.replace(TIME_BEFORE_THAT, '')) || (verb.lemma === 'declare' && /^\s+victory\b/iu.test(after));
    case 'claim': {
      if (verb.lemma === 'condemn') return CONDEMNED_WORDS.test(after);
      if (CLAIM_COMPLEMENT.test(after) || AS_FALSE.test(after.split(/[.;]/)[0])) return true;
      const judged = after.match(JUDGED_AS);
      const word = judged?.groups?.word.toLowerCase() ?? '';
      return !!judged && !PERSON_HEADS.has(word) && !TITLES.has(word);
    }
    case 'message':
      return MESSAGE_COMPLEMENT.test(after);
    case 'quote':
      // "he bragged that …", "she fumed that …": a that-clause reports speech as a quote does
      return QUOTE_AFTER.test(after) || THAT_CLAUSE.test(after);
    case 'tally':
      return TALLY.test(after);
    case 'naming':
      // "branded claims that … as lies": "brand" and "label" may take "as" like "describe"
      return verb.lemma === 'describe' ? DESCRIBED_AS.test(after)
        : namedPredicate(after) !== null || (verb.lemma === 'brand' && DESCRIBED_AS.test(after));
    default:
      return !(verb.lemma === 'claim' && CLAIM_TO_ACT.test(after));
  }
}

/** "as" straight after a naming verb, with no object between. */
const PASSIVE_AS = /^\s+as\b/u;
/** An adverb of frequency or extent just before the verb: "often", "widely", "sometimes". */
const ADVERB_BEFORE = /\b(?:often|widely|sometimes|once|frequently|commonly|variously|popularly|usually|generally)\s+$/iu;

/**
 * "a thinker often described as …": active "describe" needs an object before "as", so an adverb, the
 * verb and a bare "as" make a passive participle that names nobody who spoke ("a move Kyiv described
 * as a rout" keeps its speaker, who stands right before the verb).
 */
export const passiveNaming = (verb: ReportingVerb, before: string, after: string): boolean =>
  verb.complement === 'naming' && PASSIVE_AS.test(after) && ADVERB_BEFORE.test(before);

/** What a naming verb leaves after a fronted object: the name itself ("an accusation Kyiv called absurd"). */
const FRONTED_PREDICATE = /^\s+(?!(?:to|for|on|in|at|with|by|from|off|up|back|out|and|or)\b)(?:an?\s+|the\s+)?[¤“"‘\p{L}]/u;

/**
 * True when the words after a verb whose object stands before its subject ("a claim Kyiv
 * rejected", "a move Kyiv described as a rout", "what analysts say is …") let it report speech.
 */
export function frontedComplementOk(verb: ReportingVerb, after: string): boolean {
  if (verb.complement !== 'naming') return true;
  return verb.lemma === 'describe' ? DESCRIBED_AS.test(after) : FRONTED_PREDICATE.test(after);
}

/**
 * "Russia's claim that it took the town was false, the army said", "All statements about a strike are a
 * provocation and untrue, the ministry said": what comes before a closing attribution denies a claim.
 */
const FALSE_BEFORE = new RegExp(String.raw`^\s*(?:(?:[\p{L}’'-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|assertions?|statements?|posts?|videos?|clips?|images?|photos?|footage)\b[^.;:]*?\s(?:were|was|are|is)\s+(?:(?:an?\s+)?[\p{L}-]+\s+(?:and|or)\s+)?${FALSE_WORDS}|(?:but\s+)?there\s+(?:is|was)\s+(?:absolutely\s+)?no\s+truth\s+(?:in|to)\b)`, 'iu');

/** "Kyiv's claims of a breakthrough were exaggerated, bloggers wrote": what comes before a closing attribution doubts a claim. */
const DOUBT_BEFORE = /^\s*(?:[\p{L}’'-]+\s+){0,3}?(?:claims?|reports?|allegations?|figures|numbers|estimates?|toll|posts?|videos?|clips?|images?|photos?|footage)\b[^.;:]*?\s(?:were|was|are|is)\s+(?:greatly\s+|grossly\s+|wildly\s+|vastly\s+|hugely\s+)?(?:exaggerated|inflated|overstated|misleading|unreliable|implausible|questionable|dubious|doubtful)\b/iu;

/**
 * “That is a lie,” / “It’s all fake,”: a quote that is no more than a verdict of falsehood denies what it answers
 * (not “… a provocation” or “… absurd”, which judge a claim without calling it untrue).
 */
const QUOTE_FALSE = new RegExp(String.raw`^\s*["“‘]\s*(?:(?:it|this|that|these|those|they|(?:the|these|those|such)\s+(?:[\p{L}-]+\s+)?(?:claims?|reports?|allegations?|accusations?|stor(?:y|ies)))\s+(?:is|was|are|were)|(?:it|this|that)['’]s)\s+(?:all\s+)?(?:(?:simply|just|completely|totally|absolutely|clearly)\s+)?["“‘]?(?:an?\s+)?(?:(?:complete|total|utter|absolute|outright|blatant|pure)\s+)?(?:lies?|false|untrue|not\s+true|fakes?|fabricat(?:ed|ions?)|fiction|hoax|nonsense)\b[^"”.!?]{0,40}[.!]?\s*["”’]?\s*,?$`, 'iu');

/**
 * The status of a closing attribution ("…, the army said"), from the verb and the statement `before` it
 * (`quoted`, the same span with its quotes unmasked).
 */
export function closingStatus(verb: ReportingVerb, before: string, quoted = before): ClaimStatus {
  if (verb.status !== 'claimed') return verb.status;
  return FALSE_BEFORE.test(before) || QUOTE_FALSE.test(quoted) ? 'denied' : DOUBT_BEFORE.test(before) ? 'disputed' : verb.status;
}

/**
 * "acknowledged the pull-back, confirming earlier reports", "…, corroborating the governor's account", "…, denying
 * what Kyiv had said": a participle of answering, with a claim for object, gives a plain statement its status.
 */
const ANSWERING_PARTICIPLE = /,\s+(?:(?:also|thereby|effectively|in\s+effect)\s+)?(?<verb>confirming|corroborating|verifying|denying|refuting|rejecting|dismissing|disputing|contradicting)\s+(?:what\b|(?:[\p{L}’'-]+\s+){0,3}?(?:claims?|reports?|accounts?|allegations?|accusations?|figures|statements?|assertions?|version|findings)\b)/iu;
const PARTICIPLE_STATUS: Record<string, ClaimStatus> = {
  confirming: 'confirmed', corroborating: 'confirmed', verifying: 'confirmed', denying: 'denied', refuting: 'denied',
};

/** The status a participle of answering in the clause after a verb gives it, or null. */
export function answeringStatus(after: string): ClaimStatus | null {
  const verb = after.includes(',') ? after.split(/[.;]/u)[0]!.match(ANSWERING_PARTICIPLE)?.groups?.verb.toLowerCase() : undefined;
  return verb ? PARTICIPLE_STATUS[verb] ?? 'disputed' : null;
}

/** "…, calling them “absolute lies”": a rejection or a statement that names its object false denies it. */
const CALLING_FALSE = /,\s+(?:calling|branding|labell?ing|describing)\s+(?:it|them|this|those|these|the\s+[\p{L}-]+)\s+(?:as\s+)?["“‘]?(?:an?\s+)?(?:(?:absolute|complete|total|outright|blatant|big|pure|utter)\s+)?(?:lies?|false|untrue|fakes?|baseless|groundless|fabricat\w*|fiction|nonsense|disinformation|absurd|ridiculous)\b/iu;
/** "said no such weapons existed", "said there had been no such attack": "no such" points back at a claim it denies. */
const SAID_NO_SUCH = /^\s+(?:that\s+)?(?:there\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?no\s+such\b/iu;
/** "told reporters that …", "told reporters the …": the hearer before the content clause of "told". */
const TOLD_HEARER = /^\s+(?:(?:[\p{L}’'-]+\s+){1,3}?(?=that\s)|(?:(?:the|a)\s+)?(?:reporters|journalists|press|media|(?:news\s+)?briefing|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?=(?:the|these|those|such|it|there)\s))/u;
/** The colon that opens a quote given after its verb: "replied: “…”". */
const COLON_LEAD = /^\s*:/u;
/** Verbs of plain statement whose content may itself call a claim false ("insisted the reports were lies"). */
const STATING = new Set(['say', 'tell', 'insist', 'add', 'state', 'stress', 'reiterate', 'maintain']);
/** How many words at the end of a clause may hold the name given to a claim ("called the claims that … “fake news”"). */
const NAME_AT_END = 4;

/**
 * What a source says of a claim fronted before it: "…, a figure ISW assesses is likely inflated",
 * "…, a claim analysts believe to be exaggerated" (scepticism, not a denial).
 */
const FRONTED_DOUBT = /^\s+(?:that\s+)?(?:(?:is|was|are|were|seems?|seemed|appears?|appeared)\s+|to\s+)(?:to\s+)?(?:be\s+)?(?:(?:very|highly|most|almost\s+certainly|likely|probably|possibly|clearly|greatly|grossly|wildly|vastly|hugely)\s+)*(?:exaggerated|inflated|overstated|misleading|unreliable|implausible|questionable|dubious|doubtful|improbable)\b/iu;

/** Some words of `words`, read from the k-th on, call something false. */
const namesFalse = (words: string[]): boolean =>
  words.some((_, k) => NAMED_FALSE.test(words.slice(k).join(' ').replace(/^[¤“"‘\s]+/u, '')));

/**
 * The verb's status, unless its words say more: "rejected … as false", "said the claims were
 * false", "called it a lie". `fronted` tells that the object stands before the subject, a claim
 * ("an accusation Kyiv called absurd") or anything else ("what Moscow called a regrouping").
 */
export function statusOf(verb: ReportingVerb, after: string, fronted?: 'claim' | 'object'): ClaimStatus {
  const clause = after.split(/[.;]/)[0];
  if (verb.complement === 'claim' && AS_FALSE.test(clause)) return 'denied';
  if (verb.complement === 'naming') {
    // "called the announcement “a lie”", "described the report as propaganda": any word of the name
    const as = verb.lemma === 'describe' || (verb.lemma === 'brand' && !fronted && !namedPredicate(after));
    const named = as ? clause.match(/\bas\s+(.*)$/u)?.[1] : (fronted || namedPredicate(after)) && clause;
    const words = named?.split(/\s+/u) ?? [];
    if (namesFalse(words.slice(0, 8))) return 'denied';
    const claimObject = fronted === 'claim' || CLAIM_OBJECT.test(after);
    // "called the claims that troops used gas “fake news”": a claim object's name may come last
    if (claimObject && namesFalse(words.slice(-NAME_AT_END))) return 'denied';
    // "called the allegations politically motivated": a claim named as something else is disputed
    if (claimObject) return 'disputed';
  }
  if (verb.status !== 'confirmed' && CALLING_FALSE.test(clause)) return 'denied';
  if (fronted === 'claim' && verb.status === 'claimed' && FRONTED_DOUBT.test(after)) return 'disputed';
  const content = verb.lemma === 'tell' ? after.replace(TOLD_HEARER, ' ') : after;
  // "X replied: “That is simply not true.”": a quote given after a colon that only calls something false
  if (verb.status === 'claimed' && QUOTE_FALSE.test(after.replace(COLON_LEAD, ''))) return 'denied';
  if (!STATING.has(verb.lemma)) return verb.status;
  if (SAID_FALSE.test(content) || SAID_NO_SUCH.test(content)) return 'denied';
  if (SAID_DOUBT.test(content)) return 'disputed';
  return verb.status;
}
