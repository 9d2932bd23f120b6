/**
 * Dated events: something that happened (a capture, a withdrawal, an attack, a meeting …) that
 * the text ties to a time. For each temporal expression (dates.ts) we take the clause around it
 * (eventClause.ts) and look at the predicate nearest to the expression (eventPredicate.ts):
 *  - an event verb or noun ("captured … on Tuesday", "last week's assault") → an event;
 *  - a reporting act ("said on Tuesday", "in an address on Monday") or a state ("now control",
 *    "are now being held") → declined: the time belongs to the speech or the state;
 *  - a modal in the clause ("would be freed by Friday", "will last") → declined: a plan or forecast;
 *  - a negated predicate ("has not attacked since May") → declined;
 *  - a schedule in the simple present said of a past day ("the summit opens on Tuesday") and a
 *    pointer ("here is what happened this week") → declined.
 * A reporting verb does not take the time when a complement clause stands between them ("said
 * there had been fewer patrols over the past week" dates the patrols), nor does it in the clause
 * "a day after" introduces ("a day after Moscow announced it had pulled out" dates the pull-out).
 * Formal acts are events even with a reporting verb: "declared the region part of Russia",
 * "proclaimed the annexation", "announced its withdrawal".
 * When the only time in a sentence dates a closing attribution ("Troops pushed deeper into the
 * region, an official said on Monday"), a past act before it takes the day of the saying and the
 * day before; a declaration in the passive ("the withdrawal was announced on Nov. 9") is an act.
 * Headlines, captions and questions are skipped. Chained expressions ("the next day") resolve from
 * the latest date of the sentence before; "today" inside a quote resolves against the day the
 * quote was said, when the sentence gives it ("said in a video on Saturday: “Today …”").
 * "By X, Kyiv said it had retaken …" dates the reported act to X. A "since" holding a clause of its
 * own ("has published nothing since the invasion began on February 24") is an event at X when the
 * main clause is none; so is the act of a fronted speech ("Speaking on Tuesday, he ordered …").
 * A saying dated to a day dates the act its "that" clause tells in a simple past or progressive
 * ("On Saturday, the ministry announced that its troops were pulling back"); a time after an event
 * noun's phrase dates the noun ("The fall of Lysychansk on July 3rd gave …"); a clause with no event
 * word only sets the time of its "when" clause ("The answer came on Thursday, when a missile struck …").
 * Landmarks the article names ("since the start of the war") are dated from
 * content/data/landmark-dates.json. A clause that opens with its verb ("… and invaded Ukraine in
 * February") is labelled with the subject it shares.
 */
import type { Parser } from 'chrono-node';
import type { DateRange, EventAnnotation, ExtractContext, Sentence } from '../types';
import { clauseAround, maskScareQuotes, NOUN_DETERMINERS, sharedSubject, tokenize, type Clause, type Token } from './eventClause';
import { borrowedPredicate, complementStart, isMilestone, isOtherVerb, nearestPredicate, predicateClass, reportedEvent, type Predicate } from './eventPredicate';
import { landmarkParser } from './dateLandmarkParser';
import { addDays } from './dateMath';
import { AUXILIARIES, classify, EVENT_NOUN_FORMS, isPastEvent, isStatePast, isVerbLike, MODALS } from './eventWords';
import { frameOf, resolveDates, type ResolvedDate, type YearFrame } from './dates';

const CAPTION_RE = /\((?:image|photo|picture|video|credit)s?\s*:/i;
const TERMINAL_RE = /[.!”"’']\s*$/;
const HEADLINE_MAX_TOKENS = 10;
const SPECULATIVE_MODALS = new Set(['could', 'might', 'may']);
/** Plans and forecasts: "are expected to resume on Friday", "is set to visit". */
const FUTURE_RE = /\b(?:expected|set|due|scheduled|going|planning|plans?|intends?|intending|aims?|aiming|hopes?|hoping|poised|likely|unlikely|about|ready|preparing|prepares|vowed|vows|pledged|promised|threatened|threatens)\s+to\s+\p{L}/iu;
/** A forecast with its subject between: "officials expect Russia to push … over the summer". */
const FORECAST_RE = /\b(?:expects?|expected|predicts?|predicted|forecasts?)\s+(?:[a-z’'-]+\s+){1,3}?to\s+[a-z]/i;
/** A counted subject: "more than 300 settlements", "thousands of people", "several villages". */
const COUNTED_RE = /\d|\b(?:(?:dozens|hundreds|thousands|millions|scores)\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|many)\b/i;
/** Adverbs of a repeated act: "repeatedly shelled", "attacked almost daily", "again and again". */
const ITERATIVE_RE = /\b(?:repeatedly|regularly|routinely|constantly|continually|continuously|persistently|relentlessly|frequently|daily|nightly|again\s+and\s+again|day\s+after\s+day|every\s+(?:day|night|week))\b/i;
/** A time given as a timetable slot is a plan: "a ceremony scheduled for Friday", "elections slated for March". */
const PLANNED_FOR_RE = /\b(?:scheduled|slated|planned|pencilled|penciled|set|timed)\s+for\s+$/i;
/** "held" dates an event when what was held is one: "the meeting, held in Vilnius last month", "held a call with G7 leaders". */
const HELD_EVENT_RE = /\b(?:(?:meeting|summit|referendum|election|vote|conference|parade|funeral|negotiation|exercise|drill|call|session|hearing)s?|talks|rall(?:y|ies)|ceremon(?:y|ies))\b/i;
const HOLD_FORMS = new Set(['hold', 'holds', 'held', 'holding']);
/** "declared the annexation", "announced a ceasefire": a declaration whose object is an event is one. */
const DECLARE_RE = /^(?:declare|declares|declared|declaring|announce|announces|announced|announcing|proclaim|proclaimed)$/i;
const DECLARED_OBJECT_SPAN = 3;
/**
 * "announced a new $400 million package", "announced fresh sanctions": a decision announced is an act.
 * Up to five words may name the package: "a new $775 million security assistance package".
 */
const DECISION_OBJECT_RE = /^\s+(?:a|an|the|its|new|fresh|further|another|more)\s+(?:[\w$£€.-]+\s+){0,5}?(?:package|sanctions|embargo|ban)\b/i;
/**
 * The same decision told as reported speech: "announced Monday it would impose sanctions on Russia",
 * or a decision named by its verb ("announced it would send troops to the border", "would expel diplomats"),
 * including a firm's or supplier's ("announced it would exit the market", "would cut supplies").
 */
const DECISION_WOULD_RE = /^\s+(?:that\s+)?(?:[A-Za-z’'.-]+\s+){1,3}?(?:would|will)\s+(?:(?:[\w$£€.-]+\s+){1,6}?(?:package|sanctions|embargo|ban)\b|(?:(?:also|now|immediately)\s+)?(?:deploy|send|impose|expel|close|suspend|freeze|ban|halt|mobili[sz]e|boycott|recogni[sz]e|annex|exit|quit|leave|sell|divest|dump|withdraw|cut|shut|sever|cease)\s)/i;
const PASSIVE_AUX = new Set(['was', 'were', 'been']);
const REPORTED_RE = /^reported$/i;
/** Adverbs between a passive's auxiliary and its participle: "were also reported". */
const PASSIVE_ADVERBS = new Set(['also', 'later', 'first', 'again', 'earlier', 'widely', 'reportedly']);
/** A noun and its short prepositional phrase: "the retreat from Izium". */
const DECLARED_NOUN = String.raw`\b(?<noun>[A-Za-z-]+)(?:\s+(?:from|of|in|on|at|to|near)(?:\s+[A-Za-z’'-]+){1,2})?\s*`;
/** The declared noun before an object relative up to the verb: "the retreat from Izium, which Moscow". */
const DECLARED_RELATIVE_RE = new RegExp(String.raw`${DECLARED_NOUN},?\s+(?:which|that)\s+(?:[A-Za-z’'.-]+\s+){0,3}$`);
const RELATIVE_REACH = 100;
/** The same declared noun before a reduced relative: "Russia's retreat from Kherson, announced by Shoigu on …". */
const DECLARED_PARTICIPLE_RE = new RegExp(String.raw`${DECLARED_NOUN},\s*$`);
const PAST_PARTICIPLE_RE = /ed$/i;
/** "declared the region part of Russia", "proclaimed a state of emergency": a declaration with a direct object is an act. */
const ACT_DECLARE_RE = /^(?:declare|declares|declared|declaring|proclaim|proclaims|proclaimed|proclaiming)$/i;
const DIRECT_OBJECT_RE = /^\s+(?:the|a|an|its|his|her|their|it|them|martial|victory|independence|war|\p{Lu})/u;
/** "responded with missile strikes", "replied by shelling the port": a response made by an act is that act. */
const RESPONSE_RE = /^(?:respond|responds|responded|responding|reply|replies|replied|replying)$/i;
const BY_MEANS_RE = /^(?:with|by)$/i;
/** "spoke by phone with Scholz on Monday", "spoke to Biden … in her first call": a call between leaders is a meeting, not a statement. */
const SPOKE_RE = /^(?:speak|speaks|spoke|spoken|speaking)$/i;
const BY_PHONE_RE = /^(?:,?\s+[\p{L}’'.-]+){0,8}?,?\s+(?:by\s+(?:tele)?phone|in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?call)\b/u;
/**
 * "spoke with Zelensky on Saturday", "spoke to the German chancellor last week": a conversation with
 * a leader (a name or a title) is a meeting; "spoke to reporters", "spoke to Sky News", "spoke to
 * Ukrainian troops" (a demonym before a common noun) stays speech.
 */
const CONVERSATION_RE = new RegExp(
  String.raw`^\s+(?:with|to)\s+(?:(?:(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?|\p{Lu}\p{Ll}+\s+)(?:president|chancellor|premier|prime\s+minister|minister|counterparts?|leaders?|king|queen|pope|secretary[\p{L}-]*|emir)(?![\p{L}])`
    + String.raw`|(?!(?:Reuters|Bloomberg|Sky|Fox|Politico|Axios|Newsweek|Time|Channel)(?![\p{L}])|\p{Lu}\p{Ll}*(?:ian|ean|ese|ish)\s+\p{Ll})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}]|\s+(?:News|Radio|TV|Television|Times|Post|Journal|Today|reporters|journalists|media|television|radio|newspaper|channel)(?![\p{L}])))`,
  'u',
);
const SUMMARY_CONNECTIVE_RE = /^(?:and|but|or|so|then|where|which|who|that|while|whereas|after|as|when|although|though|because|meanwhile|however)\b[\s,]*/i;
const SUMMARY_MAX_WORDS = 16;
/**
 * Timetabled happenings in the simple present: "the summit opens on Tuesday", "the deal, which
 * expires on Saturday". Said of a day before D they mean the coming one: a schedule, not an event.
 * Not what people do ("visits", "arrives"): a photo caption tells a past event in the present
 * ("Zelensky visits Izium on Wednesday").
 */
const SCHEDULE_FORMS = new Set(['begins', 'starts', 'ends', 'opens', 'closes', 'resumes', 'expires', 'convenes']);
const NOUN_BEFORE_RE = /^(?:the|a|an|its|his|her|their|our|this|these|those|[\p{L}]+['’]s)$/iu;
/** A count of the calendar reached just before the time: "reaches its 100th day on", "entered its fourth month in". */
const MILESTONE_BEFORE_RE = /\b(?:reach|enter|mark)(?:es|s|ed|ing)?\s+(?:its|the|a)\s+[\w-]+\s+(?:day|week|month|year)s?\s+(?:(?:on|in|at)\s+)?$/i;
/** What may stand before a present time word that opens its sentence: "Earlier today, …". */
const FRONT_LEAD_RE = /^\s*(?:(?:earlier|later|early|late)\s+)?$/i;
/** Commas of a list of names between a verb and "this morning": "reported in Lviv, Dnipro and Odesa this morning". */
const LIST_GAP_RE = /^[^,;:]*?(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)+,?\s+(?:and|or)\s+\p{Lu}[^,;:]*$/u;
/** A place with its country or region set off by commas: "opened in Lugano, Switzerland, this morning". */
const PLACE_APPOSITION_GAP_RE = /^\s+(?:in|at|near|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,\s*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,\s*$/u;
const LEADING_PREPOSITION_RE = /^(?:in|on|for|over|during|since|by|at)\s+/i;
const LEADING_COMMA_RE = /^\s*,\s*/;
const TRIM_END_RE = /[\s,;:]+$/;

/** A headline or crosshead: an unpunctuated first line, or a short unpunctuated line. */
export function isHeadline(sentence: Sentence, isFirst: boolean): boolean {
  const text = sentence.text.trim();
  return !TERMINAL_RE.test(text) && (isFirst || tokenize(text).length <= HEADLINE_MAX_TOKENS);
}

/** Page furniture and headlines: no lowercase, captions, questions, short unpunctuated lines. */
export function isFurniture(sentence: Sentence, isFirst: boolean): boolean {
  const text = sentence.text.trim();
  if (!/\p{Ll}/u.test(text)) return true;
  if (CAPTION_RE.test(text) || /\?\s*[”"’']?\s*$/.test(text)) return true;
  return isHeadline(sentence, isFirst);
}

function isNegation(token: Token | undefined): boolean {
  if (!token) return false;
  const t = token.text.toLowerCase();
  return classify(t) === 'negation' || /n['’]t$/.test(t);
}

/** "has barely moved since June": a near-negation before the verb says the act hardly happened. */
const NEAR_NEGATIONS = new Set(['barely', 'hardly', 'scarcely']);
const isNegationBefore = (token: Token | undefined): boolean =>
  isNegation(token) || NEAR_NEGATIONS.has(token?.text.toLowerCase() ?? '');

function hasBlockingModal(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    const word = t.text.toLowerCase().replace(/’/g, "'");
    if (!MODALS.has(word) && !/^(?:[a-z]+)?'ll$/.test(word)) return false;
    if (t.text === 'May') return false; // the month ("captured in May"), not the modal
    // "may have lost", "could have been killed": a hedge on a past event, not a plan.
    return !(SPECULATIVE_MODALS.has(word) && tokens[i + 1]?.text.toLowerCase() === 'have');
  });
}

/** "For the past week, X …" → "X …": the clause after a leading time phrase and its comma. */
function dropLeadingWhen(s: string, whenText: string): string {
  const rest = s.startsWith(whenText) ? s : s.replace(LEADING_PREPOSITION_RE, '');
  if (!rest.startsWith(whenText)) return s;
  const comma = LEADING_COMMA_RE.exec(rest.slice(whenText.length));
  return comma ? rest.slice(whenText.length + comma[0].length) : s;
}

/** A short label: the clause without its leading connective or leading time phrase. */
export function summarize(clause: string, whenText: string): string {
  let s = clause.trim();
  for (let before = ''; s !== before;) {
    before = s;
    s = dropLeadingWhen(s.replace(SUMMARY_CONNECTIVE_RE, ''), whenText);
  }
  const words = s.replace(/[\s.,;:]+$/, '').split(/\s+/);
  const short = words.length > SUMMARY_MAX_WORDS ? `${words.slice(0, SUMMARY_MAX_WORDS).join(' ')}…` : words.join(' ');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * The label of an event whose clause opens with its verb: the subject it shares with the clause
 * before it is carried in ("annexed Crimea in 2014 and invaded Ukraine in February" → "Russia
 * invaded Ukraine in February"); the evidence span stays the clause.
 */
function labelOf(sentence: string, start: number, text: string, whenText: string): string {
  const subject = sharedSubject(sentence, start);
  if (!subject) return summarize(text, whenText);
  const rest = text.replace(SUMMARY_CONNECTIVE_RE, '');
  return summarize(`${subject} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`, whenText);
}

/**
 * Whether a reporting verb names a formal act: an event noun as the object of a declaration or
 * of "responded with", a direct object for "declare"/"proclaim", a call "by phone".
 */
function isDeclaredAct(sentence: string, tokens: Token[], predicate: Predicate, when: { start: number; end: number }): boolean {
  const i = predicate.index;
  const word = predicate.token.text;
  const object = DECLARE_RE.test(word) ? i + 1 : RESPONSE_RE.test(word) && BY_MEANS_RE.test(tokens[i + 1]?.text ?? '') ? i + 2 : -1;
  if (object > 0 && tokens.slice(object, object + DECLARED_OBJECT_SPAN).some((t) => EVENT_NOUN_FORMS.has(t.text.toLowerCase()))) return true;
  if (announcesDecision(sentence, predicate.token, when)) return true;
  // the passive: "the withdrawal was announced on Nov. 9", "explosions were also reported in Lviv
  // this morning": the happening told of is the subject, and the time is its.
  const aux = PASSIVE_ADVERBS.has(tokens[i - 1]?.text.toLowerCase() ?? '') ? i - 2 : i - 1;
  if ((DECLARE_RE.test(word) || REPORTED_RE.test(word)) && PASSIVE_AUX.has(tokens[aux]?.text.toLowerCase() ?? '')
    && tokens.slice(Math.max(0, aux - DECLARED_OBJECT_SPAN), aux).some((t) => EVENT_NOUN_FORMS.has(t.text.toLowerCase()))) return true;
  // the object relative: "the retreat from Izium, which Moscow announced on September 10": the event
  // noun the "which" stands for is what was declared.
  if (DECLARE_RE.test(word)) {
    const before = sentence.slice(Math.max(0, predicate.token.start - RELATIVE_REACH), predicate.token.start);
    const noun = DECLARED_RELATIVE_RE.exec(before)?.groups!.noun
      ?? (PAST_PARTICIPLE_RE.test(word) ? DECLARED_PARTICIPLE_RE.exec(before)?.groups!.noun : undefined);
    if (noun && EVENT_NOUN_FORMS.has(noun.toLowerCase())) return true;
  }
  if (SPOKE_RE.test(word) && (BY_PHONE_RE.test(sentence.slice(predicate.token.end)) || CONVERSATION_RE.test(sentence.slice(predicate.token.end)))) return true;
  if (!ACT_DECLARE_RE.test(word)) return false;
  // the object stands between the verb and the time ("declared martial law on Monday"), or follows a
  // verb after it ("a day after Putin declared it part of Russia")
  const direct = predicate.token.end <= when.start ? sentence.slice(predicate.token.end, when.start) : sentence.slice(predicate.token.end).split(/[,;]/)[0]!;
  return DIRECT_OBJECT_RE.test(direct) && !/\bthat\b|[“":]/.test(direct);
}

/**
 * "announced fresh sanctions", "announced Wednesday a new package" (American copy sets the day
 * between verb and object), "announced Monday it would impose sanctions": a decision announced is
 * an act, its "would" the shift of reported speech rather than a plan.
 */
function announcesDecision(sentence: string, verb: Token, when: { start: number; end: number }): boolean {
  if (!DECLARE_RE.test(verb.text)) return false;
  // the day may come with its preposition outside the time phrase: "announced on July 8 a package"
  const timeNext = verb.end <= when.start && /^\s*(?:on\s+)?$/i.test(sentence.slice(verb.end, when.start));
  const object = sentence.slice(timeNext ? when.end : verb.end);
  return DECISION_OBJECT_RE.test(object) || DECISION_WOULD_RE.test(object);
}

/** A simple-present schedule verb before the time expression in its own segment ("opens in Vilnius on Tuesday"). */
function isScheduled(tokens: Token[], core: { start: number }, when: { start: number }): boolean {
  return tokens.some((t, i) => t.start >= core.start && t.end <= when.start && SCHEDULE_FORMS.has(t.text.toLowerCase())
    && !NOUN_BEFORE_RE.test(tokens[i - 1]?.text ?? ''));
}

const CONJUNCT_WORDS = new Set(['and', 'but', 'then']);

/**
 * "Crews worked through the night and finished clearing the rubble on Sunday": the verbs of an
 * earlier conjunct, before the last "and"/"but"/"then" + verb ahead of the time, are not its predicate.
 */
function earlierConjunct(tokens: Token[], when: { start: number }): { start: number; end: number }[] {
  const i = tokens.findLastIndex((t, k) => CONJUNCT_WORDS.has(t.text.toLowerCase()) && tokens[k + 1] !== undefined
    && tokens[k + 1]!.end <= when.start && isVerbLike(tokens[k + 1]!.text));
  return i < 0 ? [] : [{ start: tokens[0]!.start, end: tokens[i]!.end }];
}

/** Verbs of holding ground: "had occupied Kupiansk since", "has been held by Russia since". */
const OCCUPY_FORMS = new Set(['occupied', 'held', 'controlled']);
const PERFECT_AUX = new Set(['has', 'have', 'had', 'been']);

/**
 * "Russia had occupied the town since late February", "had been held by Russia since late May": the
 * occupation began at X, as "has been occupied since X" does, active or passive ("held" and
 * "controlled" only passive: "has held talks since May" is no capture). Not a count that grew all
 * along: "has occupied 20% of the country since February" (`beforeWhen`: the clause before the time,
 * past any appositive, as in "The hub, some 100 miles east, has been held since May").
 */
function isOccupiedSince(tokens: Token[], i: number, d: ResolvedDate, beforeWhen: string): boolean {
  const word = tokens[i]?.text.toLowerCase() ?? '';
  if (!d.since || !OCCUPY_FORMS.has(word) || COUNTED_RE.test(beforeWhen)) return false;
  const aux = tokens.slice(Math.max(0, i - 2), i).map((t) => t.text.toLowerCase());
  return aux.includes('been') || word === 'occupied' && aux.some((a) => PERFECT_AUX.has(a));
}

/**
 * "has been under siege since early March", "had been in Russian hands since 2014", "has been under
 * Moscow's control since May": a state of siege or holding, as "has been occupied since X", began at X.
 */
const HELD_STATE_RE = /\b(?:has|have|had)\s+been\s+(?:(?:firmly|fully|largely|effectively)\s+)?(?:under\s+(?:siege|blockade|occupation|(?:[\w'’-]+\s+){0,2}?(?:control|rule))|in\s+(?:the\s+hands\s+of|[\w'’-]+\s+hands)\b)[^.;:,]*$/i;
/** The "been" of a held state before the time: the predicate when the clause has no event word. */
function heldStateVerb(tokens: Token[], beforeWhen: string, when: { start: number }): Predicate | undefined {
  if (!HELD_STATE_RE.test(beforeWhen)) return undefined;
  const index = tokens.findLastIndex((t) => t.end <= when.start && t.text.toLowerCase() === 'been');
  return index < 0 ? undefined : { token: tokens[index]!, cls: 'event', index };
}

/** A token outside the time expression. */
const besideTime = (t: Token, when: { start: number; end: number }): boolean => t.end <= when.start || t.start >= when.end;

/**
 * "Kyiv says a fifth of the country is now under Russian control": a reported clause with no event
 * word and no verb but "be" states a condition, not a happening; "there had been fewer patrols" does tell of one.
 */
function reportsState(tokens: Token[], from: number, when: { start: number; end: number }): boolean {
  return !tokens.some((t, i) => t.start >= from && besideTime(t, when)
    && (t.text.toLowerCase() === 'there' || predicateClass(tokens, i) === 'event' || isOtherVerb(tokens, i)));
}

/** What may open a noun phrase: "the fall", "Russia's invasion", "its retreat". */
const POSSESSIVE_RE = /^[\p{L}-]+['’]s$/iu;
const opensPhrase = (word: string): boolean => NOUN_DETERMINERS.has(word.toLowerCase()) || POSSESSIVE_RE.test(word);
const NP_PREPOSITIONS = new Set(['of', 'on', 'in', 'from', 'at', 'to', 'near', 'against', 'across', 'into', 'for']);
/** Room for a target with its place: "a strike on a railway repair plant in Kyiv early on Friday". */
const NOUN_PHRASE_SPAN = 10;
/** Modifiers between the determiner and the event noun: "a Russian missile strike", "the drone attack". */
const NOUN_MODIFIERS_MAX = 3;
/** The time's own preposition, skipped when looking back for the noun: "the fall of Lysychansk on July 3rd". */
const TIME_PREPOSITIONS_BEFORE = new Set(['on', 'in', 'at', 'during']);

/**
 * "The fall of Lysychansk on July 3rd gave Russia …", "Russia's retreat from Kherson in November
 * was …": a time right after an event noun's phrase (a determiner, the noun, a prepositional
 * phrase with no verb) dates that noun, not the verb after the phrase.
 */
function nounPhraseEvent(tokens: Token[], when: { start: number }): Predicate | undefined {
  let k = tokens.findLastIndex((t) => t.end <= when.start);
  if (TIME_PREPOSITIONS_BEFORE.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  for (let n = k; n >= 0 && n >= k - NOUN_PHRASE_SPAN; n--) {
    const t = tokens[n]!;
    if (EVENT_NOUN_FORMS.has(t.text.toLowerCase())) {
      const tail = tokens.slice(n + 1, k + 1);
      const phrase = tail.length === 0 || (NP_PREPOSITIONS.has(tail[0]!.text.toLowerCase()) && !tail.some((w) => isVerbLike(w.text)));
      return phrase && opensNounPhrase(tokens, n) ? { token: t, cls: 'event', index: n } : undefined;
    }
    if (isVerbLike(t.text)) return undefined;
  }
  return undefined;
}
/**
 * Whether the event noun at `n` heads its phrase from a determiner or the clause start, past a few
 * modifiers that are no verb nor word of our lists ("A Russian missile strike", "Artillery fire"):
 * "after heavy shelling" or "saw a strike" is the object of something else.
 */
function opensNounPhrase(tokens: Token[], n: number): boolean {
  for (let m = n - 1; m >= n - 1 - NOUN_MODIFIERS_MAX; m--) {
    const word = tokens[m]?.text;
    if (word === undefined || opensPhrase(word)) return true;
    if (m === n - 1 - NOUN_MODIFIERS_MAX || !MODIFIER_RE.test(word) || isVerbLike(word) || classify(word) !== 'other' || NP_PREPOSITIONS.has(word.toLowerCase())) return false;
  }
  return false;
}
/** A word that may modify a noun: letters and hyphens, not a clause or phrase word. */
const MODIFIER_RE = /^(?!(?:and|or|but|after|before|by|with|as|while|since|during|amid|than|then|when|where|which|who|what)$)[A-Za-z][A-Za-z-]*$/i;

/** The event a resolved date anchors in its sentence, or null when it dates something else. */
function eventFor(sentence: Sentence, d: ResolvedDate, published: string, others: ResolvedDate[] = []): EventAnnotation | null {
  const when = { start: d.index, end: d.index + d.text.length };
  const clause: Clause = clauseAround(sentence.text, when, others.map((o) => ({ start: o.index, end: o.index + o.text.length })));
  const tokens = tokenize(sentence.text.slice(clause.start, clause.end), clause.start);
  // A modal in an aside (", which will monitor shipments,") plans nothing of the clause's own.
  if (hasBlockingModal(tokens.filter((t) => besideTime(t, when) && !clause.asides.some((a) => t.start >= a.start && t.end <= a.end)))
    && !tokens.some((t) => announcesDecision(sentence.text, t, when))) return null;
  // "The curfew starts at 10pm": a clock time (chained, or the news day's) on a schedule verb plans
  if ((d.date.end < published || d.chained) && isScheduled(tokens, clause.core, when)) return null;
  const side = d.relation === 'after' ? 'after' : d.relation === 'offset' ? 'before' : 'both';
  let predicate = nearestPredicate(tokens, when, [...clause.asides, ...earlierConjunct(tokens, when)], side);
  if (!predicate && clause.conjunct && borrowedPredicate(sentence.text, clause.conjunct)) {
    // Gapped: "took A in late June and B in early July" — B's clause has the verb of A's.
    const index = Math.max(0, tokens.findIndex((t) => t.start >= when.end));
    predicate = { token: tokens[index]!, cls: 'event', index };
  }
  // "On Monday, the siege entered its sixth week": the time dates the milestone, not the event noun of its subject
  if (predicate && (predicate.cls === 'state' || !isVerbLike(predicate.token.text))
    && tokens.some((_, k) => k >= predicate!.index && isMilestone(tokens, k))) return null;
  if (predicate && predicate.cls !== 'event' && predicate.token.start >= when.end) predicate = nounPhraseEvent(tokens, when) ?? predicate;
  const heldState = d.since ? heldStateVerb(tokens, sentence.text.slice(clause.start, when.start), when) : undefined;
  if (heldState && (!predicate || predicate.token.end <= when.start)) predicate = heldState;
  if (!predicate) return null;
  // "The war reaches its 100th day on Friday, with fighting …": the time dates the milestone, a
  // state of the calendar, whatever event word stands nearer after it.
  if (MILESTONE_BEFORE_RE.test(sentence.text.slice(clause.start, when.start))) return null;
  // "a day after Moscow announced it had pulled out": the announcement reports the event; so does
  // a saying after "by X" ("By Sept. 11, Kyiv said it had retaken …"): what was done by then is the event.
  // So does one after a fronted "since X": "Since early September, Kyiv says it has recaptured …".
  const byBefore = (d.relation === 'by' || d.relation === 'since') && predicate.token.start >= when.end;
  if (predicate.cls === 'report' && (d.relation === 'after' || byBefore)) predicate = reportedEvent(tokens, predicate) ?? predicate;
  let start = clause.start;
  const complement = complementStart(tokens, predicate, when);
  if (complement >= 0) {
    if (reportsState(tokens, complement, when)) return null;
    predicate = { ...predicate, cls: 'event' };
    start = complement;
  }
  // "hit the grid again on Oct. 11, a day after its largest attack": the event is what "after"
  // names, and its evidence starts there, not with the clause that "after" dates against.
  if (d.relation === 'after') start = Math.max(start, when.start);
  const i = predicate.index;
  const clauseText = sentence.text.slice(clause.start, clause.end);
  const heldEvent = HOLD_FORMS.has(predicate.token.text.toLowerCase()) && HELD_EVENT_RE.test(clauseText);
  const declaredEvent = isDeclaredAct(sentence.text, tokens, predicate, when);
  // "By Sunday, Ukrainian forces controlled …": a state reached by a date is an event.
  // "By May, Russia held a fifth of Ukraine" tells a state reached; "still held … as of Sunday" one
  // that merely went on, and a present "controls … as of Sunday" the condition of the news day.
  const stateReached = predicate.cls === 'state' && d.relation === 'by' && isStatePast(predicate.token.text)
    && tokens[predicate.index - 1]?.text.toLowerCase() !== 'still';
  // the holding's object: the clause before the time, or after the verb when the time is fronted
  // ("Since May, the militia has occupied 30 villages")
  const held = predicate.token.start >= when.end
    ? sentence.text.slice(predicate.token.end, clause.end).split(/,\s/)[0]!
    : sentence.text.slice(clause.start, when.start).split(/,\s/).pop()!;
  const occupiedSince = predicate === heldState || isOccupiedSince(tokens, predicate.index, d, held);
  if (predicate.cls !== 'event' && !heldEvent && !declaredEvent && !stateReached && !occupiedSince) return null;
  // "now"/"today" date only what sits in their own segment ("There are fierce battles in Lyman now"),
  // not a verb reached across a comma ("The war, now in its 16th month, has killed …"), unless
  // they open the sentence: "This morning, rescuers pulled three people from the rubble", "Earlier
  // today, …".
  const fronted = FRONT_LEAD_RE.test(sentence.text.slice(0, when.start)) && predicate.token.start >= when.end;
  if (d.present && !fronted && (predicate.token.start < clause.core.start || predicate.token.end > clause.core.end)
    && !LIST_GAP_RE.test(sentence.text.slice(predicate.token.end, when.start))
    && !PLACE_APPOSITION_GAP_RE.test(sentence.text.slice(predicate.token.end, when.start))) return null;
  const upToPredicate = sentence.text.slice(clause.start, Math.max(predicate.token.end, when.start));
  if (FUTURE_RE.test(upToPredicate) || FORECAST_RE.test(upToPredicate) || PLANNED_FOR_RE.test(sentence.text.slice(clause.start, when.start))) return null;
  if ([tokens[i - 1], tokens[i - 2], tokens[i - 3]].some(isNegationBefore)) return null;
  // "Here is what happened this week": "what" stands for events the text has yet to name.
  if (tokens[i - 1]?.text.toLowerCase() === 'what') return null;
  // "a poll found last week that …", "the study showed": a finding of a survey is a reporting act
  if (isFindingOf(tokens, i)) return null;
  // "has been occupied since early March": a resulting state dates its event to X, not [X, D];
  // but a count has grown all along: "8,000 sq km have been recaptured since early September".
  const subject = sentence.text.slice(clause.start, predicate.token.start).split(/,\s/).pop()!;
  // Nor does a repeated act: "has been shelled almost daily since July" went on all along.
  const passivePerfect = /ed$|en$/i.test(predicate.token.text) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.text.toLowerCase() === 'been')
    && !COUNTED_RE.test(subject) && !ITERATIVE_RE.test(sentence.text.slice(clause.start, clause.end));
  // "Since Feb. 24, when Russia launched …": the "when" clause happened at X itself.
  const whenClause = predicate.token.start >= when.end && /^\s*,?\s*when\b/i.test(sentence.text.slice(when.end, predicate.token.start));
  const { date, precision } = d.since && (passivePerfect || whenClause || occupiedSince) ? d.since : d;
  const text = sentence.text.slice(start, clause.end);
  return {
    kind: 'event',
    sentence: sentence.id,
    start: sentence.start + start,
    end: sentence.start + clause.end,
    text,
    summary: labelOf(sentence.text, start, text, d.text),
    date,
    precision,
    when: { start: sentence.start + when.start, end: sentence.start + when.end, text: d.text },
  };
}

const QUOTE_RE = /“[^”]*”?|"[^"]*"?/g;
/**
 * A dateline: "KYIV, Oct 2 (Reuters) -", "LONDON, March 3 —", "MOSCOW/KYIV, Sept 29 (Reuters) -"
 * (a story filed from two cities), "NIKOPOL, Ukraine, Aug 14 (Reuters) -" (a town and its country):
 * the date of the report, not an event.
 */
const DATELINE_BEFORE_RE = /^\s*(?:\p{Lu}[\p{Lu}\p{L}.'’ /-]*,\s*){0,2}$/u;
const DATELINE_AFTER_RE = /^\s*(?:\([^)]*\)\s*)?[-–—]\s/;

const AGENCY_AFTER_RE = /^\s*\(/;

/**
 * "KYIV, Sept 12 (Reuters) - …": a dateline names its place or its agency. A bare date before a dash
 * ("Feb 24 - Russia invades") labels a line of a timeline: it dates what follows.
 */
function isDateline(sentence: string, d: ResolvedDate): boolean {
  const before = sentence.slice(0, d.index);
  const after = sentence.slice(d.index + d.text.length);
  return DATELINE_BEFORE_RE.test(before) && DATELINE_AFTER_RE.test(after) && (before.trim() !== '' || AGENCY_AFTER_RE.test(after));
}

/** Where the text after a dateline starts ("KYIV, Sept 12 (Reuters) - Troops …"), or 0. */
function datelineEnd(sentence: string, dates: ResolvedDate[]): number {
  const d = dates.find((o) => isDateline(sentence, o));
  if (!d) return 0;
  const end = d.index + d.text.length;
  return end + (DATELINE_AFTER_RE.exec(sentence.slice(end))?.[0].length ?? 0);
}

/**
 * The sentence's dates, with those inside a quote resolved against the day the quote was said
 * when a single day outside the quote gives it ("said on Saturday: “Today we took the town”").
 */
function datesOf(sentence: string, published: string, anchor: DateRange | undefined, frame: YearFrame | undefined, landmarks?: Parser): ResolvedDate[] {
  const dates = resolveDates(sentence, published, anchor, frame, landmarks);
  const quotes = [...sentence.matchAll(QUOTE_RE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const quoted = (d: ResolvedDate): boolean => quotes.some((q) => d.index > q.start && d.index < q.end);
  if (!dates.some(quoted)) return dates;
  const said = dates.find((d) => !quoted(d) && !d.chained && d.precision === 'day' && d.relation === 'at');
  if (!said || said.date.start === published) return dates;
  const again = resolveDates(sentence, said.date.start, anchor, frame, landmarks);
  return dates.map((d) => (quoted(d) ? (again.find((a) => a.index === d.index) ?? d) : d));
}

/** Whether the time dates a saying right before it: "…, Shoigu said on Tuesday". */
function datesSaying(sentence: string, d: ResolvedDate): boolean {
  const verb = REPORT_THEN_TIME_RE.exec(sentence.slice(0, d.index))?.groups!.verb;
  return !!verb && classify(verb) === 'report' && isVerbLike(verb);
}

/**
 * The date the next sentence chains from: the latest one this sentence gave ("since X" counts as X).
 * The day of a saying is when the news was told, not a step of the story: beside another date
 * ("Since 21 September, 200,000 men have been called up, Shoigu said on Tuesday. The following
 * week, …") the story's date is the one chained from.
 */
function latestAnchor(sentence: string, dates: ResolvedDate[], previous: DateRange | undefined): DateRange | undefined {
  let best: DateRange | undefined;
  const told = dates.filter((d) => !d.present);
  const story = told.length > 1 ? told.filter((d) => !datesSaying(sentence, d)) : told;
  for (const d of story.length ? story : told) {
    const date = d.since?.date ?? d.date;
    if (!best || date.start >= best.start) best = date;
  }
  return best ?? previous;
}

/** Words of a closing attribution up to its saying verb ("Russian Defence Minister Sergei Shoigu reported"). */
const ATTRIBUTION_MAX_TOKENS = 10;
/** Words between the saying and its day: "reported to Supreme Commander-in-Chief Vladimir Putin on Sunday". */
const ATTRIBUTION_OBJECT_MAX_TOKENS = 6;
/**
 * What may follow the saying's date: its own modifiers, then ", as Kyiv pressed …", ", adding …", or
 * a span back to an earlier act (", more than a month after seizing the site").
 */
const TO_END_RE = /^[^,;:“”"]*(?:,\s+(?:as|while|amid|adding|saying|(?:(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before))\s[^“”"]*)?$/i;
const QUOTE_START_RE = /^\s*[“"‘']/;
const WH_WORDS = new Set(['who', 'what', 'whether', 'which', 'why', 'how', 'if']);

/**
 * "Ukrainian troops pushed deeper into the region, a senior official said on Monday": the only
 * time in the sentence dates the saying, and the clause before the attribution tells a past act.
 * News reports an act on the day it is told or the day after: the act is dated to the day of the
 * saying and the day before it. Only for a single day, a clause in a past tense (or perfect) with an
 * event verb, no modal, plan or negation, and an attribution that ends the sentence.
 */
function saidOnEvent(sentence: Sentence, d: ResolvedDate, from: number): EventAnnotation | null {
  if (d.precision !== 'day' || d.relation !== 'at' || d.chained || QUOTE_START_RE.test(sentence.text)) return null;
  const comma = sentence.text.lastIndexOf(',', d.index);
  if (comma <= 0 || !TO_END_RE.test(sentence.text.slice(d.index + d.text.length))) return null;
  const attribution = tokenize(sentence.text.slice(comma + 1, d.index));
  // a titled speaker and a titled listener make a long attribution, but each part stays short
  const saying = attribution.findIndex((t) => classify(t.text) === 'report' && isVerbLike(t.text));
  if (saying < 0 || saying >= ATTRIBUTION_MAX_TOKENS || attribution.length - saying - 1 > ATTRIBUTION_OBJECT_MAX_TOKENS
    || attribution.some((t) => classify(t.text) === 'event')) return null;
  const main = sentence.text.slice(from, comma);
  const tokens = tokenize(main, from);
  // the clause's first verb, which must be an event's past ("border posts" is no reporting verb)
  const i = tokens.findIndex((t, k) => (isVerbLike(t.text) || (predicateClass(tokens, k) === 'event' && isPastEvent(t.text))) && !modifiesNoun(tokens, k));
  const verb = tokens[i];
  if (!verb || (!isPastEvent(verb.text) && !AUXILIARIES.has(verb.text.toLowerCase()))) return null;
  const predicate = tokens.findIndex((t, k) => k >= i && predicateClass(tokens, k) === 'event' && isPastEvent(t.text));
  // "was not immediately clear who fired": a negation or a question word before the act
  const lead = tokens.slice(i, predicate);
  if (predicate < 0 || lead.some((t) => (isVerbLike(t.text) && !AUXILIARIES.has(t.text.toLowerCase())) || isNegation(t) || WH_WORDS.has(t.text.toLowerCase()))) return null;
  if (hasBlockingModal(tokens) || FUTURE_RE.test(main) || [tokens[predicate - 1], tokens[predicate - 2]].some(isNegationBefore)) return null;
  const text = main.replace(TRIM_END_RE, '');
  return eventAt(sentence, from, text, summarize(text, d.text), d, { date: { start: addDays(d.date.start, -1), end: d.date.end }, precision: 'range' });
}

/** What a survey or study "found" or "showed" is a reporting act of the survey, not something that happened. */
const FINDING_VERBS = new Set(['found', 'finds', 'showed', 'shows', 'suggested', 'suggests']);
const FINDING_SOURCES = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'research', 'census', 'analysis', 'audit', 'review']);

function isFindingOf(tokens: Token[], i: number): boolean {
  return FINDING_VERBS.has(tokens[i]!.text.toLowerCase()) && FINDING_SOURCES.has(tokens[i - 1]?.text.toLowerCase() ?? '');
}

/** The event `text` at offset `from` of the sentence, dated `dated` by the time expression `d`. */
function eventAt(
  sentence: Sentence, from: number, text: string, summary: string, d: ResolvedDate, dated: Pick<ResolvedDate, 'date' | 'precision'>,
): EventAnnotation {
  return {
    kind: 'event',
    sentence: sentence.id,
    start: sentence.start + from,
    end: sentence.start + from + text.length,
    text,
    summary,
    date: dated.date,
    precision: dated.precision,
    when: { start: sentence.start + d.index, end: sentence.start + d.index + d.text.length, text: d.text },
  };
}

const isVerbToken = (t: Token): boolean => isVerbLike(t.text) || isPastEvent(t.text);

/**
 * Whether a clause's first verb is an event in the past ("he ordered …", "troops crossed …"): its act
 * happened. `presentToo` for a timeline entry, told in the present ("troops cross the border").
 */
function opensWithPastEvent(tokens: Token[], presentToo = false): boolean {
  const verb = tokens.findIndex((t, k) => isVerbToken(t) || (presentToo && predicateClass(tokens, k) === 'event'));
  return verb >= 0 && (presentToo || isPastEvent(tokens[verb]!.text)) && predicateClass(tokens, verb) === 'event';
}

/** An event's text to the end of its clause, without trailing punctuation or the sentence's stop. */
const trimmedToStop = (text: string): string => text.replace(TRIM_END_RE, '').replace(/[.!]$/, '');

/** A fronted speech participle: "Speaking to officials on Tuesday, he ordered …" (up to its comma). */
const FRONTED_SPEECH_RE = /^(?:speaking|addressing|talking|writing)\b[^,;:“"]*,\s*/i;
const CLAUSE_END_RE = /[,;:“"]|\bthat\b/;

/**
 * "Speaking to security officials on Tuesday, he ordered the FSB to …": the time of the speech is
 * that of the act it made, when the main clause's first verb is an event in the past.
 */
function frontedSpeechEvent(sentence: Sentence, d: ResolvedDate): EventAnnotation | null {
  const lead = FRONTED_SPEECH_RE.exec(sentence.text);
  if (!lead || d.index + d.text.length > lead[0].length) return null;
  const from = lead[0].length;
  const rest = sentence.text.slice(from);
  const cut = CLAUSE_END_RE.exec(rest);
  const tokens = tokenize(rest.slice(0, cut?.index ?? rest.length), from);
  if (!opensWithPastEvent(tokens)) return null;
  const text = trimmedToStop(rest);
  return eventAt(sentence, from, text, summarize(text, ''), d, d);
}

/** A saying dated by the time right after it: "said on Wednesday", "announced on Saturday". */
const REPORT_THEN_TIME_RE = /(?<verb>[A-Za-z]+)\s+(?:(?:on|at)\s+)?$/;
/**
 * The complement that follows the saying's time: ", that …", " that …", or, as wire copy drops
 * the "that", straight on with no comma ("said Tuesday its forces had taken …").
 */
const THAT_AFTER_RE = /^\s*(?:,?\s*that\s+|(?=[A-Za-z]))/i;
const QUOTE_MARK_RE = /^[“"‘']$/;
/** Words between a saying and its day: "told President Vladimir Putin on July 3", "said early on Friday". */
const SAYING_OBJECT_MAX = 5;
const SAYING_WORD_RE = /^[A-Za-z’'.-]+$/;

/**
 * The reporting verb whose time is at the end of `before`: right before it ("said Friday"), or
 * before a few words with no verb or clause of their own ("said early on Friday", "told President
 * Putin on July 3", "said in a statement on Monday").
 */
function sayingBefore(before: string): string | undefined {
  const words = before.slice(-160).split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= 0 && k >= words.length - 1 - SAYING_OBJECT_MAX; k--) {
    const w = words[k]!;
    if (!SAYING_WORD_RE.test(w)) return undefined;
    if (classify(w) === 'report' && isVerbLike(w)) return w;
    if (isVerbLike(w) || classify(w) === 'event' || WH_WORDS.has(w.toLowerCase()) || w.toLowerCase() === 'that') return undefined;
  }
  return undefined;
}

/** Times that take a determiner ("that weekend", "that day"); a weekday or a date does not. */
const TIME_NOUN_RE = /^(?:weekend|day|morning|afternoon|evening|night)\b/i;
const DEMONSTRATIVE_END_RE = /\bthat\s+$/i;

/** A denial's complement is what did not happen: "denied on Sunday that its troops had killed civilians". */
const DENIAL_RE = /^(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|disput(?:es|ed))$/i;
/** A fronted time and its subject up to the saying: "On Saturday, Russia's defense ministry announced that". */
const FRONTED_REPORT_RE = /^\s*[,:]\s*(?:[A-Za-z’'.-]+\s+){1,6}?(?<verb>[A-Za-z]+)\s+that\s+/;
/** An "-ing" form: after a noun, a participle that modifies it ("the fighters holding out"). */
const PARTICIPLE_RE = /ing$/i;
/**
 * A timeline entry that is a saying: "May 20 - Russia says the last fighters have surrendered".
 * Timelines drop the "that" and tell in the present, so the saying verb is named here.
 */
const TIMELINE_REPORT_RE = /^\s*[-–—]\s+(?:[A-Za-z’'.-]+\s+){1,6}?(?<verb>said|(?:say|announce|confirm|report|claim)s?)\s+(?:that\s+)?/;

/**
 * "The ministry said on Wednesday that its troops pulled out of the town", "On Saturday, the
 * ministry announced that its troops were pulling back": the time dates the saying, and the act
 * its "that" clause tells in the past was done by then. As for a closing attribution
 * (saidOnEvent), news tells an act on its day or the next: the day of the saying and the day before.
 * Only a single day, a complement that opens with a past event verb (or an auxiliary and one),
 * with no modal, plan or negation, and no time of its own.
 */
function reportedThatEvent(sentence: Sentence, d: ResolvedDate, others: ResolvedDate[]): EventAnnotation | null {
  if (d.precision !== 'day' || d.relation !== 'at') return null;
  const end = d.index + d.text.length;
  // "announced that weekend that …": "that" before a time noun is its determiner, not the complementizer
  const upTo = sentence.text.slice(0, d.index);
  const before = TIME_NOUN_RE.test(d.text) ? upTo.replace(DEMONSTRATIVE_END_RE, '') : upTo;
  const after = sentence.text.slice(end);
  const saying = sayingThen(before, after) ?? (FRONT_GAP_RE.test(before) ? frontedReport(after) : subjectTimeSaying(before, after));
  if (!saying || classify(saying.verb) !== 'report' || !isVerbLike(saying.verb) || DENIAL_RE.test(saying.verb)) return null;
  const from = end + saying.length;
  if (others.some((o) => o.index >= from)) return null;
  const rest = sentence.text.slice(from);
  // the complement ends at a quote, unless the quote is a scare quote ("were "regrouping" from Izium")
  const stop = maskScareQuotes(rest).search(/[;:“"]/);
  const text = trimmedToStop(stop < 0 ? rest : rest.slice(0, stop));
  const tokens = tokenize(text, from);
  // a participle right after its noun modifies it, it is not the clause's verb: "the fighters holding out at the plant have surrendered",
  // "the troops positioned around the city had left"
  const first = tokens.findIndex((t, k) => isVerbToken(t) && !modifiesNoun(tokens, k));
  const lead = tokens[first];
  const act = lead && AUXILIARIES.has(lead.text.toLowerCase())
    ? tokens.slice(first + 1, first + 4).find((t) => !AUXILIARIES.has(t.text.toLowerCase()) && !isClauseAdverb(t.text))
    : lead;
  const k = act ? tokens.indexOf(act) : -1;
  if (k < 0 || classify(act!.text) !== 'event' || !isVerbLike(act!.text) || (act === lead && !isPastEvent(act!.text))) return null;
  // 'had "liberated" the region': an outcome in the speaker's own quoted word is the speaker's claim,
  // not news of the day; a movement under a quoted name ('were "regrouping" from Izium') still went on.
  if (QUOTE_MARK_RE.test(sentence.text[act!.start - 1] ?? '') && !PARTICIPLE_RE.test(act!.text)) return null;
  // with no "that", a progressive is as often a stance as an act ("said Monday they were preparing …")
  if (saying.thatLess && PARTICIPLE_RE.test(act!.text)) return null;
  // A simple past, a progressive ("were pulling back"), a present perfect left unshifted ("confirmed
  // on Sunday that its troops have withdrawn") or a pluperfect with no time of its own ("said on
  // Friday that its troops had left": the shift of reported speech) all tell news of the day.
  if (hasBlockingModal(tokens) || FUTURE_RE.test(text) || tokens.slice(0, k).some(isNegation)) return null;
  return eventAt(sentence, from, text, summarize(text, ''), d, { date: { start: addDays(d.date.start, -1), end: d.date.end }, precision: 'range' });
}

/** Adverbs between an auxiliary and its participle: "had again lost power", "had finally left". */
// not "already", "still" or "now": "was already flying over the town" tells a state, not an act
const CLAUSE_ADVERBS = new Set(['again', 'also', 'just', 'since', 'even', 'once', 'twice']);
const LY_ADVERB_RE = /^[a-z]{3,}ly$/i;
const isClauseAdverb = (word: string): boolean => CLAUSE_ADVERBS.has(word.toLowerCase()) || LY_ADVERB_RE.test(word);

/** A participle right after its noun, no auxiliary before it: it describes the noun, it is not the clause's verb. */
const modifiesNoun = (tokens: Token[], k: number): boolean => k > 0 && !AUXILIARIES.has(tokens[k - 1]!.text.toLowerCase())
  && (PARTICIPLE_RE.test(tokens[k]!.text) || isReducedRelative(tokens, k));

const RELATIVE_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'along', 'on', 'outside', 'inside', 'across', 'by']);
const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'where', 'when']);
const WORD_TOKEN_RE = /^[\p{L}'’-]+$/u;
const RELATIVE_PARTICLES = new Set(['up', 'out', 'down']);
/**
 * "troops positioned around Kyiv had left", "units stationed near the border have withdrawn",
 * "fighters holed up in the plant have surrendered": an -ed form (and its particle) followed by a
 * place and then an auxiliary of the clause's own verb, with no clause word between, is a
 * participle describing its noun.
 */
function isReducedRelative(tokens: Token[], k: number): boolean {
  const p = RELATIVE_PARTICLES.has(tokens[k + 1]?.text.toLowerCase() ?? '') ? k + 2 : k + 1;
  if (!/ed$/i.test(tokens[k]!.text) || !RELATIVE_PLACE_PREPOSITIONS.has(tokens[p]?.text.toLowerCase() ?? '')) return false;
  for (const t of tokens.slice(p + 1)) {
    const w = t.text.toLowerCase();
    if (CLAUSE_BREAKS.has(w) || !WORD_TOKEN_RE.test(t.text)) return false;
    if (AUXILIARIES.has(w)) return true;
  }
  return false;
}

/** A saying found beside its time: its verb, how far past the time its complement starts, and whether "that" was dropped. */
interface Saying { verb: string; length: number; thatLess: boolean }

/** "said on Friday that …", "said Tuesday its forces …": the saying before the time, its complement after it. */
function sayingThen(before: string, after: string): Saying | null {
  const verb = sayingBefore(before);
  const that = verb ? THAT_AFTER_RE.exec(after) : null;
  return that && { verb: verb!, length: that[0].length, thatLess: !/that/i.test(that[0]) };
}

/** The subject before the time: its words back to the sentence start or a clause break. */
const SUBJECT_BEFORE_RE = /(?:^|[,;:]\s*)(?<subject>(?:[A-Za-z’'.-]+\s+){1,8}?)(?:(?:on|at)\s+)?$/;
/** The saying right after the time: "acknowledged that …", "said its forces …". */
const SAYING_AFTER_RE = /^\s*(?<verb>[A-Za-z]+)\s+(?<that>that\s+)?(?=[A-Za-z])/;

/**
 * "The defence ministry on Monday acknowledged that its troops had pulled back": wire copy sets the
 * day between the subject and its saying; the subject must hold no verb or event word of its own.
 */
function subjectTimeSaying(before: string, after: string): Saying | null {
  const subject = SUBJECT_BEFORE_RE.exec(before)?.groups!.subject;
  if (!subject || subject.split(/\s+/).some((w) => w && (isVerbLike(w) || classify(w) !== 'other'))) return null;
  const m = SAYING_AFTER_RE.exec(after);
  return m ? { verb: m.groups!.verb!, length: m[0].length, thatLess: !m.groups!.that } : null;
}

/** After a fronted time: "On Saturday, the ministry announced that …", "May 20 - Russia says …", or a subject with appositives. */
function frontedReport(after: string): Saying | null {
  const m = FRONTED_REPORT_RE.exec(after) ?? TIMELINE_REPORT_RE.exec(after);
  return m ? { verb: m.groups!.verb!, length: m[0].length, thatLess: false } : frontedSaying(after);
}

// a day label's colon as well: "SATURDAY: Kyiv said its troops had retaken …" in a round-up; and
// no comma at all, as in short fronted times: "On Monday the navy said it had sunk a patrol boat"
const FRONTED_COMMA_RE = /^\s*[,:]|^(?=\s)/;
const FRONTED_WORD_RE = /^\s+([A-Za-z’'.-]+)(,?)/;
const FRONTED_THAT_RE = /^\s+that\s+/i;
const FRONTED_ON_RE = /^\s+(?=[A-Za-z])/;
/** Words of a fronted saying's subject, appositives and all. */
const FRONTED_SUBJECT_MAX = 16;

/**
 * "A few hours ago, the head of the region, Maksym Kozytskyi, said four missiles had struck …": a
 * fronted time's saying, its subject holding commas of apposition and its "that" dropped; null when
 * a verb or an event word comes first (the subject is then a clause of its own).
 */
function frontedSaying(after: string): Saying | null {
  let at = FRONTED_COMMA_RE.exec(after)?.[0].length;
  if (at === undefined) return null;
  for (let n = 0; n < FRONTED_SUBJECT_MAX; n++) {
    const m = FRONTED_WORD_RE.exec(after.slice(at));
    if (!m) return null;
    at += m[0].length;
    const word = m[1]!;
    if (n > 0 && !m[2] && classify(word) === 'report' && isVerbLike(word)) {
      const rest = after.slice(at);
      const that = FRONTED_THAT_RE.exec(rest) ?? FRONTED_ON_RE.exec(rest);
      return that && { verb: word, length: at + that[0].length, thatLess: !/that/i.test(that[0]) };
    }
    if (isVerbLike(word) || classify(word) === 'event') return null;
  }
  return null;
}

/** A time phrase that opens the sentence, with its comma: "On 24 February, …". */
const FRONT_GAP_RE = /^\s*(?:on|in|at|during|by)?\s*$/i;
/** The comma after it, or the dash of a timeline entry: "Feb. 24 - Putin announces …". */
const FRONT_COMMA_RE = /^\s*(?:,|[-–—]\s)/;
const TIMELINE_DASH_RE = /^\s*[-–—]\s/;
/** The joints of coordinated clauses: "…, and troops crossed", "… but Kyiv held". */
const CONJUNCTION_RE = /,?\s+(?:and|but)\s+/gi;

/**
 * "On 24 February, Putin announced an operation and troops crossed the border": a fronted time
 * covers every clause coordinated after it; when the first is a saying (no event) with no clause
 * of its own, the act of a later one — its first verb, an event in the past — takes the time.
 */
function frontedConjunctEvent(sentence: Sentence, d: ResolvedDate): EventAnnotation | null {
  const end = d.index + d.text.length;
  if (!FRONT_GAP_RE.test(sentence.text.slice(0, d.index)) || !FRONT_COMMA_RE.test(sentence.text.slice(end))) return null;
  const rest = sentence.text.slice(end);
  // a timeline tells its entries in the present: "Feb. 24 - Putin announces …, and troops cross"
  const timeline = TIMELINE_DASH_RE.test(rest);
  // a quote's words are the speaker's, not clauses of the sentence: searched as blanks
  const masked = rest.replace(QUOTE_RE, (q) => ' '.repeat(q.length));
  const stop = /[;:]/.exec(masked);
  const until = end + (stop?.index ?? rest.length);
  const joints = [...masked.slice(0, until - end).matchAll(CONJUNCTION_RE)];
  // "On Tuesday, officials said the port had been shelled and two men died": a first clause with a
  // second verb holds what was said, and what follows "and" may be more of it
  const first = joints[0] ? tokenize(masked.slice(0, joints[0].index), end) : [];
  // an auxiliary and its verb are one verb: "Kyiv had signalled its intent, and Russia moved troops"
  const verbs = first.filter((t, k) => (isVerbToken(t) && !(AUXILIARIES.has(t.text.toLowerCase()) && first[k + 1] && isVerbToken(first[k + 1]!)))
    || /^that$/i.test(t.text));
  if (verbs.length > 1) return null;
  for (const [k, m] of joints.entries()) {
    const from = end + m.index + m[0].length;
    // the verb is looked for in this conjunct only (up to the next joint); the evidence runs on
    const next = joints[k + 1];
    const tokens = tokenize(sentence.text.slice(from, next ? end + next.index : until), from);
    if (!opensWithPastEvent(tokens, timeline)) continue;
    const text = trimmedToStop(sentence.text.slice(from, until));
    return eventAt(sentence, from, text, labelOf(sentence.text, from, text, d.text), d, d);
  }
  return null;
}

const PAST_FORM_RE = /^[a-z]+ed$/i;
/** Where a main clause ends inside its sentence. */
const CLAUSE_STOP_RE = /[;:]/;

/**
 * Whether a main clause's first verb is an act in the past: an event verb, or a past form no word
 * class claims ("he volunteered", "she enlisted", "he served"), as a fronted time dates its clause;
 * a saying, a state or an auxiliary ("he was", "had been") is not.
 */
function opensWithPastAct(tokens: Token[]): boolean {
  const verb = tokens.findIndex(isVerbToken);
  if (verb < 0) return false;
  const cls = predicateClass(tokens, verb);
  return isPastEvent(tokens[verb]!.text) ? cls === 'event' : cls === null && PAST_FORM_RE.test(tokens[verb]!.text);
}

/** ", after Russia annexed Crimea, " straight after a fronted time: a subordinate clause, to its comma. */
const FRONTED_SUBORDINATE_RE = /^\s*,\s*(?:after|as|when|while|once)\s[^,;:“"]*,\s*/i;

/**
 * "In 2014, after Russia annexed Crimea, he volunteered …": the fronted time covers the main clause
 * as well as the subordinate one between them (whose verb the time's own event took), so the main
 * clause's act is a second event at that time when its first verb is an event in the past.
 */
function frontedMainClauseEvent(sentence: Sentence, d: ResolvedDate): EventAnnotation | null {
  if (!FRONT_GAP_RE.test(sentence.text.slice(0, d.index))) return null;
  const end = d.index + d.text.length;
  const m = FRONTED_SUBORDINATE_RE.exec(sentence.text.slice(end));
  if (!m) return null;
  const from = end + m[0].length;
  const stop = CLAUSE_STOP_RE.exec(sentence.text.slice(from));
  const until = from + (stop?.index ?? sentence.text.length - from);
  if (!opensWithPastAct(tokenize(sentence.text.slice(from, until), from))) return null;
  const text = trimmedToStop(sentence.text.slice(from, until));
  return eventAt(sentence, from, text, labelOf(sentence.text, from, text, d.text), d, d);
}

/** The "since" (or "ever since") that opens a time expression holding a clause: "since the invasion began on February 24". */
const SINCE_CLAUSE_RE = /^(?:ever\s+)?since\s+/i;

/**
 * "Moscow has published nothing since the invasion began on February 24": the clause "since" opens
 * is an event of its own, at X, even when the main clause is none (a report, a negation, a state).
 */
function sinceClauseEvent(sentence: Sentence, d: ResolvedDate): EventAnnotation | null {
  const lead = SINCE_CLAUSE_RE.exec(d.text);
  if (d.relation !== 'since' || !d.since || !lead) return null;
  const from = d.index + lead[0].length;
  const tokens = tokenize(sentence.text.slice(from, d.index + d.text.length), from);
  if (!tokens.some((t, k) => predicateClass(tokens, k) === 'event' && isPastEvent(t.text))) return null;
  const text = sentence.text.slice(from, d.index + d.text.length);
  return eventAt(sentence, from, text, summarize(text, ''), d, d.since);
}

/** ", when …" straight after a time expression, up to the word "when". */
const WHEN_AFTER_RE = /^\s*,\s*(?=when\b)/i;

/**
 * "has retaken 500 settlements since Aug. 29, when the counteroffensive began": the "when" clause
 * is an event of its own, at X itself. Its time word is "when", which stands for X in the clause.
 */
function whenClauseEvent(sentence: Sentence, d: ResolvedDate, published: string, others: ResolvedDate[]): EventAnnotation | null {
  const after = d.index + d.text.length;
  const m = WHEN_AFTER_RE.exec(sentence.text.slice(after));
  if (!m) return null;
  const at = d.since ?? d;
  const index = after + m[0].length;
  const event = eventFor(sentence, { ...d, index, text: 'when', date: at.date, precision: at.precision, relation: 'at', since: undefined }, published, others);
  // only a verb of the "when" clause itself: not one reached back across the comma
  return event && event.start >= sentence.start + index ? event : null;
}

/**
 * One event per clause: a second date in the same clause ("on 3 May at dawn") adds nothing, nor
 * does a clause that overlaps another of the same date ("The ceasefire, agreed late on Thursday,
 * collapsed within hours"): they are one entry on the timeline, and the wider span holds both.
 */
function addEvent(events: EventAnnotation[], e: EventAnnotation): void {
  const i = events.findIndex((o) => o.start < e.end && e.start < o.end && ((o.start === e.start && o.end === e.end) || sameDate(o, e)));
  if (i < 0) events.push(e);
  else if (sameDate(events[i]!, e) && e.end - e.start > events[i]!.end - events[i]!.start) events[i] = e;
}

const sameDate = (a: EventAnnotation, b: EventAnnotation): boolean => a.date.start === b.date.start && a.date.end === b.date.end;

/** Every dated event in the article, in reading order, one per clause. */
export function extractEvents(ctx: ExtractContext): EventAnnotation[] {
  const events: EventAnnotation[] = [];
  let anchor: DateRange | undefined;
  let frame: YearFrame | undefined;
  // "since the start of the war": the landmarks this article names, once per article
  const named = ctx.landmarks?.forArticle(ctx.text, ctx.published);
  const landmarks = named && landmarkParser(named);
  const lineCounts = sentencesPerParagraph(ctx.sentences);
  // "Key developments on Nov. 9:": the day a digest's header gives to the one-line items under it
  let digest: Digest | undefined;
  ctx.sentences.forEach((sentence, n) => {
    if (isFurniture(sentence, n === 0)) {
      const day = digestDay(sentence.text, ctx.published, anchor, frame);
      digest = day && { day, at: sentence.start + day.index };
      return;
    }
    const dates = withoutPerfectNow(sentence.text, datesOf(sentence.text, ctx.published, anchor, frame, landmarks));
    if (lineCounts.get(sentence.paragraph) !== 1) digest = undefined;
    const item = digest && !dates.length ? digestItemEvent(sentence, digest) : null;
    if (item) addEvent(events, item);
    anchor = latestAnchor(sentence.text, dates, anchor);
    frame = frameOf(sentence.text, dates, ctx.published, frame);
    const own: Dated[] = [];
    for (const d of dates) {
      if (isDateline(sentence.text, d)) continue;
      const others = dates.filter((o) => o !== d && !isDateline(sentence.text, o));
      const event = eventFor(sentence, d, ctx.published, others) ?? (others.length ? null : saidOnEvent(sentence, d, datelineEnd(sentence.text, dates)))
        ?? sinceClauseEvent(sentence, d) ?? frontedSpeechEvent(sentence, d) ?? frontedConjunctEvent(sentence, d)
        ?? reportedThatEvent(sentence, d, others);
      // the "when" clause, unless the time expression's own event already took it in, or already
      // stands at that date: "The battle began in mid-April, when Moscow refocused …" is one moment
      // told twice, but "has taken 40 villages since 3 April, when the ceasefire collapsed" names the
      // start of a window no event of its own dates.
      // A clause with no event word of its own ("Moscow's answer came on Thursday, when a missile
      // struck a dam") only sets the time of the "when" clause, which is the event.
      const endsAtTime = event !== null && event.end <= sentence.start + d.index + d.text.length;
      const bare = !!event && endsAtTime && !namesEvent(event.text);
      const whenEvent = event && !bare && (!endsAtTime || d.relation !== 'since')
        ? null : whenClauseEvent(sentence, d, ctx.published, others);
      const mainEvent = event && frontedMainClauseEvent(sentence, d);
      for (const e of bare && whenEvent ? [whenEvent] : [event, whenEvent, mainEvent]) {
        if (e) own.push({ e, d });
      }
    }
    for (const o of own) {
      if (!isWindowOfTotal(o, own) && !isClockOfSameEvent(o, own)) addEvent(events, o.e);
    }
  });
  return events;
}

/** A clock time alone: "at 7.04pm", "around 2am". */
const CLOCK_ONLY_RE = /^(?:at\s+)?(?:(?:about|around)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)$/i;

/**
 * "two blasts on Monday, the first at 2am and the second at 7pm": a verbless fragment dated by a
 * clock time on the day an earlier event of its sentence already has tells that event's hour, not
 * an act of its own ("and reached the town at 9pm" has its verb, and stays).
 */
function isClockOfSameEvent(o: Dated, own: Dated[]): boolean {
  if (!CLOCK_ONLY_RE.test(o.d.text.trim())) return false;
  const same = own.some((p) => p !== o && p.e.start < o.e.start && sameDate(p.e, o.e));
  return same && !tokenize(o.e.text).some((t) => isVerbLike(t.text) || classify(t.text) === 'event');
}

/** "Kirill Stremousov, the Russian-installed deputy head of Kherson, died …": the subject's appositive is no verb of the clause. */
const SUBJECT_APPOSITIVE_RE = /^(?<subject>[^,]+),\s+(?:the|a|an)\s[^,]+,\s+/i;
/** A digest's header: a short line that ends in a colon. */
const DIGEST_HEADER_RE = /:\s*$/;

/** How many sentences each paragraph holds: an item of a digest is a line of one. */
function sentencesPerParagraph(sentences: Sentence[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sentences) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + 1);
  return counts;
}

/** A digest header's day, and where its words stand in the text. */
interface Digest { day: ResolvedDate; at: number }

/** The single day a digest's header names: "Key developments on Nov. 9:", "What happened on Monday:". */
function digestDay(header: string, published: string, anchor: DateRange | undefined, frame: YearFrame | undefined): ResolvedDate | undefined {
  if (!DIGEST_HEADER_RE.test(header)) return undefined;
  const dates = resolveDates(header, published, anchor, frame);
  return dates.length === 1 && dates[0]!.precision === 'day' && dates[0]!.relation === 'at' ? dates[0] : undefined;
}

/**
 * An item under a digest's header that gives no time of its own ("Shoigu ordered troops to
 * withdraw from the west bank.") is of the header's day, when it opens with an act in the past
 * and holds no modal, plan or negation.
 */
function digestItemEvent(sentence: Sentence, { day, at }: Digest): EventAnnotation | null {
  const text = trimmedToStop(sentence.text.split(/[;:“"]/)[0]!);
  const tokens = tokenize(text.replace(SUBJECT_APPOSITIVE_RE, '$<subject> '));
  if (!opensWithPastEvent(tokens) || hasBlockingModal(tokens) || FUTURE_RE.test(text) || tokens.some(isNegation)) return null;
  return { ...eventAt(sentence, 0, text, summarize(text, ''), day, day), when: { start: at, end: at + day.text.length, text: day.text } };
}

interface Dated { e: EventAnnotation; d: ResolvedDate }

/** Whether a clause holds an event word (verb or noun), not only a verb outside our lists ("came"). */
function namesEvent(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((_, i) => predicateClass(tokens, i) === 'event');
}

const NOW_RE = /^now$/i;
const CLAUSE_BREAK_RE = /[;:–—]|,(?!\d)/;

/**
 * "have now captured 1,200 villages since the invasion began": a "now" with a "since" later in its
 * clause marks the perfect's up-to-now, which the "since" window already ends at; it dates nothing
 * of its own (and must not split the clause in two).
 */
function withoutPerfectNow(sentence: string, dates: ResolvedDate[]): ResolvedDate[] {
  return dates.filter((d) => !(d.present && NOW_RE.test(d.text) && dates.some((o) => o.relation === 'since' && o.index > d.index
    && !CLAUSE_BREAK_RE.test(sentence.slice(d.index + d.text.length, o.index)))));
}

/**
 * "As of Oct. 30, the UN had recorded 6,430 deaths since the start of the invasion": a "since"
 * whose clause overlaps that of an "as of"/"by" date is the window of a running total, which takes the
 * as-of date; it is not an event of its own.
 */
function isWindowOfTotal(o: Dated, own: Dated[]): boolean {
  return o.d.relation === 'since' && o.e.when.text === o.d.text
    && own.some((b) => b.d.relation === 'by' && b.e.start < o.e.end && o.e.start < b.e.end);
}
