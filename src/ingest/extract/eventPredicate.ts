/**
 * The predicate a time expression attaches to inside its clause (events.ts decides from it whether
 * the clause is an event): the nearest event, reporting or state word, read in context — a
 * reporting or state verb in an infinitive or used as a noun is none, the release of a video is a
 * reporting act — and the clause a reporting verb reports ("said there had been …").
 */
import { isGerund, tokenize, type Token } from './eventClause';
import { classify, EVENT_NOUN_FORMS, EVENT_VERB_FORMS, inflect, isBarePast, isIrregularPast, isPastEvent, isVerbLike, REPORT_NOUN_FORMS } from './eventWords';

/**
 * A video released / a statement issued on Saturday, images taken on Sunday: the making or release
 * of a report is a reporting act.
 */
const RELEASE_FORMS = new Set(['released', 'issued', 'aired', 'broadcast', 'filmed', 'recorded', 'uploaded', 'taken', 'captured', 'shot']);
/** A hyphenated length before a noun: "12-mile", "1.4-kilometre", "30km". */
const MEASURE_ADJECTIVE_RE = /^\d[\d.,]*-?(?:miles?|km|kilometres?|kilometers?|metres?|meters?|m)$/i;
const MEDIA_NOUNS = new Set([...REPORT_NOUN_FORMS, 'footage', 'clip', 'images', 'photos', 'pictures', 'recording', 'audio', 'transcript', 'communique', 'figures', 'data']);
/** "Images emerged from Bucha", "footage has surfaced": media coming to light is a reporting act. */
const EMERGE_FORMS = new Set(['emerged', 'emerges', 'emerging', 'surfaced', 'surfaces', 'circulated', 'circulating']);
/**
 * "The war reaches its 100th day on Friday", "entered its fourth month", "marks 200 days": a count of
 * the calendar reached is a milestone, not a happening (a state of the time, so the time is declined).
 */
const MILESTONE_FORMS = new Set(['reach', 'enter', 'mark'].flatMap(inflect));
const MILESTONE_RE = /^(?:(?:its|the|a)\s+)?(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|hundredth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred)\s+(?:day|week|month|year)s?\b/i;
const MILESTONE_SPAN = 4;
/** "became the only regional capital to fall": after "became the first / only / last" the act is the infinitive, not the becoming. */
const RANK_WORDS = new Set(['first', 'only', 'last', 'second', 'third']);
const BECOME_FORMS = new Set(['became', 'becomes', 'become', 'becoming']);
/** Offices one takes by becoming them: "became president", "became the commander-in-chief". */
const OFFICE_RE = /^(?:president|prime|premier|leader|head|chief|commander|commander-in-chief|mayor|governor|minister|chairman|chair|chancellor|director|king|queen|emperor|ambassador|secretary|speaker)$/i;
const OFFICE_LEAD = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'acting', 'deputy', 'interim', 'first']);

/** Whether the words after "became" name an office ("president", "the acting head"), skipping a possessive name. */
function takesOffice(tokens: Token[], index: number): boolean {
  for (let k = index + 1; k < Math.min(tokens.length, index + 5); k++) {
    const w = tokens[k]!.text;
    if (OFFICE_RE.test(w)) return true;
    if (!OFFICE_LEAD.has(w.toLowerCase()) && !/['’]s$/.test(w)) return false;
  }
  return false;
}
/** A state word used as a noun: "under Russian control", "the control of", "a live broadcast". */
const NOUN_CUES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'under', 'of', 'in', 'for', 'with', 'without', 'full', 'total', 'effective']);
const NOUN_CUE_PREPOSITIONS = new Set(['under', 'of', 'in', 'for', 'with', 'without']);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** "a few claim", "a number say": after these "a" opens a plural subject, not a noun phrase. */
const PLURAL_QUANTIFIERS = new Set(['few', 'lot', 'number', 'handful', 'couple', 'majority', 'minority']);
/** A finite verb that opens a complement clause: "said there had been …", "said the town was …". */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** A reported clause does not open with these: "said in a statement posted on Monday" reports no clause. */
const CLAUSE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'by', 'for', 'from', 'to', 'of', 'over', 'via', 'through']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const DETERMINER_CUES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Irregular past forms, never nouns: "Officials in Izium said on Monday …" is no "in Russian control". */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written', 'spoke', 'spoken', 'thought', 'knew', 'known', 'understood', 'held', 'kept']);

const CAPITALISED_RE = /^\p{Lu}/u;
const PREPOSITION_CUES = new Set(['through', 'into', 'across', 'along', 'of', 'in', 'on', 'at', 'from', 'towards', 'toward', 'around', 'behind', 'near', 'past', 'against', 'with', 'over', 'onto', 'beyond']);
const EVENT_IRREGULAR_PARTICIPLES = new Set(['taken', 'retaken', 'fallen', 'lost', 'won', 'shot', 'hit', 'struck', 'broken', 'beaten', 'overrun', 'blown']);
const isParticiple = (low: string): boolean => /ed$/.test(low) || IRREGULAR_PAST.has(low) || EVENT_IRREGULAR_PARTICIPLES.has(low);
const MEDIUM_HEADS = new Set(['link', 'links', 'call', 'calls', 'conference', 'conferences', 'feed']);
/** Verb forms only: "calls" is as often the noun ("phone calls on Monday"). */
const CALL_FORMS = new Set(['called', 'calling']);
const CALL_PARTICLES = new Set(['up', 'off']);
const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone', 'appeared', 'appears']);
/** Media after "went on (national / state) …": "went on television", "appeared on state TV". */
const AIR_WORDS = new Set(['television', 'tv', 'air', 'radio', 'camera']);
const AIR_MODIFIERS = new Set(['national', 'state', 'live', 'russian', 'ukrainian']);
/** Rejecting a claim is speech; rejecting an ultimatum or an offer is a decision, an act. */
const REFUSAL_FORMS = new Set([
  'rejected', 'rejects', 'rejecting', 'reject', 'dismissed', 'dismisses', 'refused', 'refuses', 'refusing',
  'rebuffed', 'rebuffs', 'spurned', 'spurns',
]);
const DEMAND_HEADS = new Set([
  'demand', 'demands', 'ultimatum', 'ultimatums', 'offer', 'offers', 'proposal', 'proposals', 'request',
  'requests', 'deal', 'plan', 'ceasefire', 'truce', 'terms', 'bid', 'call', 'calls', 'appeal', 'appeals',
]);
/** How far past the verb the head of its object may lie: "rejected a fresh Russian demand". */
const OBJECT_SPAN = 4;
/** "added the port to its blacklist": "add" with an object and then "to" puts something into a list, an act. */
const ADD_FORMS = new Set(inflect('add'));
/** How many words the object of "added … to" may take: "the whole of the Ukrainian and Russian coast". */
const ADD_OBJECT_SPAN = 12;
/** A finite verb before "to" makes "added the troops were ordered to …" speech, its that-less clause. */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did']);
const WORD_RE = /^[\p{L}'’-]+$/u;
/** Verbs that name a thing: "in what Kyiv called / described as / termed a terror attack". */
const NAMING_FORMS = new Set(['called', 'calls', 'described', 'describes', 'termed', 'terms', 'dubbed', 'branded', 'labelled', 'labeled']);
/**
 * Judging an act is speech about it: in "hailed the gains on Saturday", "condemned the strikes on
 * Monday" the time dates the judging, and the act judged is its object.
 */
const JUDGING_FORMS = new Set([
  'hailed', 'hails', 'praised', 'praises', 'condemned', 'condemns', 'welcomed', 'welcomes', 'denounced',
  'denounces', 'criticised', 'criticises', 'criticized', 'criticizes', 'decried', 'decries', 'applauded', 'applauds',
]);
/** Modifiers allowed between the determiner and the judged act: "the incredible gains". */
const JUDGED_MODIFIERS_MAX = 2;
/** Verbs of going on with an act: "kept shelling", "keeps pounding". */
const KEEP_FORMS = new Set(['keep', 'keeps', 'kept', 'keeping']);
/** Attempts: "tried to advance", "attempted to cross", "have been trying for weeks to encircle". */
const ATTEMPT_FORMS = new Set(['tried', 'attempted', 'trying', 'attempting']);
/** How far after an attempt its "to" may stand, past a time phrase ("trying for the past week to …"). */
const ATTEMPT_SPAN = 6;
/**
 * "a command post", "border posts", "a Russian post": a post that troops man is a place, not an
 * online post, when a kind of position or a nationality stands before it.
 */
const POST_FORMS = new Set(['post', 'posts']);
const POSITION_KINDS = new Set(['command', 'observation', 'border', 'guard', 'military', 'army', 'police', 'frontier', 'customs', 'forward', 'firing', 'sentry', 'control', 'security', 'listening', 'defensive']);
const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;

export interface Predicate {
  token: Token;
  cls: ReturnType<typeof classify>;
  index: number;
}

/** Whether the token heads the object of a judging verb: "hailed the 'incredible' gains". */
function isJudgedObject(tokens: Token[], index: number): boolean {
  for (let m = index - 1; m >= 0 && m >= index - 2 - JUDGED_MODIFIERS_MAX; m--) {
    const low = tokens[m]!.text.toLowerCase();
    if (DETERMINER_CUES.has(low)) return JUDGING_FORMS.has(tokens[m - 1]?.text.toLowerCase() ?? '');
    if (classify(low) !== 'other' || isVerbLike(low)) return false;
  }
  return false;
}

/** A word after "state" that makes it the noun ("state media"), not a verb's object or clause. */
const STATE_NOUN_NEXT_RE = /^(?!(?:that|the|a|an|his|her|their|its|this|these|those|our|what|how|whether)$)[a-z][a-z-]*$/;

/**
 * The class of a token as a predicate in its context, or null when it is not one: a reporting or
 * state verb in an infinitive ("gathered to welcome them") or used as a noun ("under Russian
 * control") does not count; a release of a video or statement ("a video released on Saturday")
 * is a reporting act.
 */
export function predicateClass(tokens: Token[], index: number): Predicate['cls'] | null {
  const token = tokens[index]!;
  const low = token.text.toLowerCase();
  const cls = classify(token.text);
  const prev = tokens[index - 1]?.text.toLowerCase();
  const prev2 = tokens[index - 2]?.text.toLowerCase();
  // "the United States", "the Washington Post": a capitalised word after a capitalised one is a name.
  if ((cls === 'report' || cls === 'state') && CAPITALISED_RE.test(token.text) && CAPITALISED_RE.test(tokens[index - 1]?.text ?? '')) return null;
  // "through thinly held lines", "the heavily defended town": an adverbed participle after a
  // preposition or determiner describes the noun after it; the clause's verb is elsewhere.
  if (prev && prev2 && /ly$/.test(prev) && (PREPOSITION_CUES.has(prev2) || DETERMINER_CUES.has(prev2)) && isParticiple(low)) return null;
  // "poured across the border on Feb. 24 in what Putin called a special operation": a name given
  // in a free relative is no act of its own; the time belongs to the main verb.
  if (NAMING_FORMS.has(low) && tokens.slice(Math.max(0, index - 4), index).some((t) => t.text.toLowerCase() === 'what')) return null;
  // "the zone, known as the Red Forest, in early March": "known as" gives a name; it reports nothing.
  if (low === 'known' && tokens[index + 1]?.text.toLowerCase() === 'as') return null;
  // "Putin called the blast an act of terror": naming is speech; "called up reservists" or "called
  // off the talks" is an act. ("a phone call" stays a noun: only verb forms.)
  if (CALL_FORMS.has(low)) return CALL_PARTICLES.has(tokens[index + 1]?.text.toLowerCase() ?? '') ? 'event' : 'report';
  // "Putin went on television to announce …": going on air is the making of an address, a reporting act.
  if (GO_FORMS.has(low) && goesOnAir(tokens, index)) return 'report';
  // "Kyiv rejected a Russian demand to surrender the port": a refusal of a demand is an act.
  if (REFUSAL_FORMS.has(low) && refusesDemand(tokens, index)) return 'event';
  // "Insurers added the whole coast to the listed areas on May 2": an "added" with its own object and
  // "to" is an addition, not the "added" of speech ("he added that …", "”, added the ministry").
  if (ADD_FORMS.has(low) && addsObjectTo(tokens, index)) return 'event';
  // "a cyber-attack on Lithuanian state websites", "state media": "state" before a noun is the noun
  // (the government), not the verb; a verb "state" takes "that" or an object's determiner.
  if (low === 'state' && STATE_NOUN_NEXT_RE.test(tokens[index + 1]?.text ?? '')) return null;
  // "talks via video link", "a press conference call": a medium named before a noun is no report.
  if (REPORT_NOUN_FORMS.has(low) && MEDIUM_HEADS.has(tokens[index + 1]?.text.toLowerCase() ?? '')) return null;
  // "kept shelling the city last week", "keeps pounding": to keep doing an act is doing it; the -ing
  // event after it is what happened (a kept state, "kept control", stays a state).
  if (KEEP_FORMS.has(low) && classify(tokens[index + 1]?.text ?? '') === 'event' && /ing$/i.test(tokens[index + 1]!.text)) return 'event';
  // "tried to storm the bridge": an attempt at an event happened, though the event may not have.
  if (ATTEMPT_FORMS.has(low) && attemptsEvent(tokens, index)) return 'event';
  if (POST_FORMS.has(low) && prev && (POSITION_KINDS.has(prev) || DEMONYM_RE.test(tokens[index - 1]!.text))) return null;
  // Only a base or -s form can be a noun ("the report", "under Russian control"), never "confirmed" or "said".
  if ((cls === 'report' || cls === 'state') && !/(?:ed|ing)$/i.test(token.text) && !IRREGULAR_PAST.has(low)) {
    if (prev === 'to') return null;
    if (prev && NOUN_CUES.has(prev)) return null;
    // Straight after an event verb it is that verb's object: "regained control", "took control".
    if (prev && classify(prev) === 'event' && isVerbLike(prev)) return null;
    // "eased capital controls", "lifted controls": an -s form after a past verb, with at most one
    // modifier between, is that verb's object (a present verb there would need its own subject).
    if (/s$/.test(low) && followsPastVerb(tokens, index)) return null;
    if (prev2 && NOUN_CUE_PREPOSITIONS.has(prev2) && prev && !/s$/.test(prev) && classify(prev) === 'other') return null;
    // "launched a flash appeal", "issued an urgent warning": "a" and one word before a base form
    // make it a noun, since a singular subject would need "-s" ("a spokesman says").
    if (prev2 && INDEFINITE_ARTICLES.has(prev2) && prev && !PLURAL_QUANTIFIERS.has(prev) && classify(prev) === 'other') return null;
    // "returned to Ukrainian control", "fell to Russian control": after "to" and a demonym or name it
    // is a noun, not an infinitive ("to fully control")
    if (prev2 === 'to' && prev && !/(?:s|ly)$/.test(prev) && classify(prev) === 'other' && CAPITALISED_RE.test(tokens[index - 1]!.text)) return null;
  }
  if (cls === 'event' && RELEASE_FORMS.has(low) && [prev, prev2].some((w) => w && MEDIA_NOUNS.has(w))) return 'report';
  if (EMERGE_FORMS.has(low) && [prev, prev2].some((w) => w && MEDIA_NOUNS.has(w))) return 'report';
  if (isMilestone(tokens, index)) return 'state';
  // "Kherson became the only regional capital to fall": the ranked infinitive after it is the act.
  if (BECOME_FORMS.has(low) && tokens[index + 1]?.text.toLowerCase() === 'the' && RANK_WORDS.has(tokens[index + 2]?.text.toLowerCase() ?? '')) return null;
  // "became president in 2007", "became the army's chief": taking an office is an act, not a state reached.
  if (BECOME_FORMS.has(low) && takesOffice(tokens, index)) return 'event';
  // "urged residents to leave on Thursday": an infinitive is a purpose or an order, not what happened
  // (the urging did); "led to clashes" keeps its noun.
  if (cls === 'event' && prev === 'to' && EVENT_VERB_FORMS.has(low) && !EVENT_NOUN_FORMS.has(low)) return null;
  if (cls === 'event' && isJudgedObject(tokens, index)) return null;
  // "the 12-mile crossing", "a 2km opening": an -ing noun measured in length is a thing on the map (a
  // bridge, a gap), not a happening; "a 10km advance" stays an act.
  if (cls === 'event' && /ing$/i.test(low) && prev && MEASURE_ADJECTIVE_RE.test(prev)) return null;
  // "the liberated area", "its destroyed bridges": a participle after a determiner describes a noun.
  if (cls === 'event' && /ed$/i.test(token.text) && prev && DETERMINER_CUES.has(prev)) return null;
  // "the city was now fully occupied": a participle after "is/was now" tells the state reached, not
  // the act (which "has now been occupied" or "was occupied on Monday" still tells).
  if (cls === 'event' && isParticiple(low) && isNowState(tokens, index)) return 'state';
  // "Russia still occupied 118,000 sq km as of Sunday": occupation that goes on is a holding, not
  // the seizure ("occupied Kherson on 2 March" stays the act).
  if (low === 'occupied' && prev === 'still') return 'state';
  // "troops left Kherson" is an event; "the left bank" is a side, "200 residents were left" what remains.
  if (low === 'left' && prev) {
    if (NOUN_CUES.has(prev)) return null;
    if (BE_FORMS.has(prev)) return 'state';
  }
  return cls === 'event' || cls === 'report' || cls === 'state' ? cls : null;
}

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'who', 'which', 'that', 'this', 'one']);
const isPastVerb = (t: Token | undefined): boolean => t !== undefined
  && ((/ed$/i.test(t.text) && isVerbLike(t.text)) || isIrregularPast(t.text));

/** Whether a past verb comes just before `index`, or before one lowercase modifier that is no subject. */
function followsPastVerb(tokens: Token[], index: number): boolean {
  const p1 = tokens[index - 1];
  if (isPastVerb(p1)) return true;
  return p1 !== undefined && /^[a-z-]+$/.test(p1.text) && !/s$/.test(p1.text) && classify(p1.text) === 'other'
    && !SUBJECT_PRONOUNS.has(p1.text) && isPastVerb(tokens[index - 2]);
}

/** Adverbs between "is now" and its participle: "was now fully occupied", "are now all but surrounded". */
const STATE_ADVERBS = new Set(['now', 'fully', 'completely', 'entirely', 'largely', 'mostly', 'almost', 'effectively', 'still', 'already', 'all', 'but', 'virtually', 'totally']);
const NOW_STATE_SPAN = 4;
const SIMPLE_BE = new Set(['is', 'are', 'was', 'were']);

/** Whether the participle at `index` follows "is/are/was/were" and "now" with only adverbs between. */
function isNowState(tokens: Token[], index: number): boolean {
  let now = false;
  for (let k = index - 1; k >= 0 && k >= index - NOW_STATE_SPAN; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (SIMPLE_BE.has(w)) return now;
    if (!STATE_ADVERBS.has(w)) return false;
    now ||= w === 'now';
  }
  return false;
}

/** Whether the token at `index` is a milestone verb with its count of days, weeks or months: "reaches its 100th day". */
export function isMilestone(tokens: Token[], index: number): boolean {
  if (!MILESTONE_FORMS.has(tokens[index]!.text.toLowerCase())) return false;
  const next = tokens.slice(index + 1, index + 1 + MILESTONE_SPAN).map((t) => t.text).join(' ');
  return MILESTONE_RE.test(next);
}

/** Whether "on" and a broadcast medium follow the verb at `index`: "went on national television". */
function goesOnAir(tokens: Token[], index: number): boolean {
  if (tokens[index + 1]?.text.toLowerCase() !== 'on') return false;
  let k = index + 2;
  while (AIR_MODIFIERS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  return AIR_WORDS.has(tokens[k]?.text.toLowerCase() ?? '');
}

/** Whether the object after the refusal at `index` is a demand, offer or plan (not "claims that …"). */
function refusesDemand(tokens: Token[], index: number): boolean {
  for (const t of tokens.slice(index + 1, index + 1 + OBJECT_SPAN)) {
    const w = t.text.toLowerCase();
    if (DEMAND_HEADS.has(w)) return true;
    if (w === 'that' || !WORD_RE.test(t.text)) return false;
  }
  return false;
}

/** Whether "added" at `index`, after a word (not a quote's comma), takes a determined object and then "to", with no verb between. */
function addsObjectTo(tokens: Token[], index: number): boolean {
  if (!WORD_RE.test(tokens[index - 1]?.text ?? '') || !DETERMINER_CUES.has(tokens[index + 1]?.text.toLowerCase() ?? '')) return false;
  for (const t of tokens.slice(index + 2, index + 2 + ADD_OBJECT_SPAN)) {
    if (t.text.toLowerCase() === 'to') return true;
    if (t.text.toLowerCase() === 'that' || CLAUSE_VERBS.has(t.text.toLowerCase()) || !WORD_RE.test(t.text)) return false;
  }
  return false;
}

/**
 * Whether the attempt at `index` is at an event: its "to" + event verb follows at once or past a
 * phrase with no verb of its own ("have been trying for the past week to encircle the city").
 */
function attemptsEvent(tokens: Token[], index: number): boolean {
  for (let k = index + 1; k <= index + ATTEMPT_SPAN && k < tokens.length - 1; k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (word === 'to') return EVENT_VERB_FORMS.has(tokens[k + 1]!.text.toLowerCase());
    if (isVerbLike(word)) return false;
  }
  return false;
}

/**
 * A verb outside our lists: a past tense ("was breached", "dug in", "was cut") or an -ing after a
 * preposition ("after spending").
 */
export function isOtherVerb(tokens: Token[], index: number): boolean {
  const t = tokens[index]!;
  if (classify(t.text) !== 'other') return false;
  const bare = isBarePast(t.text, tokens[index - 1]?.text, tokens[index + 1]?.text);
  if (bare !== null) return bare;
  // "the received wisdom", "its stated aim": a participle after a determiner describes a noun
  if (/ed$/i.test(t.text) && DETERMINER_CUES.has(tokens[index - 1]?.text.toLowerCase() ?? '')) return false;
  return (/ed$/i.test(t.text) && isVerbLike(t.text)) || isIrregularPast(t.text) || isGerund(t, tokens[index - 1]);
}

/** Prepositions that open a time phrase the date parser reads without them ("in early March" → "early March"). */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'over', 'throughout']);

const inside = (t: Token, ranges: { start: number; end: number }[]): boolean => ranges.some((r) => t.start >= r.start && t.end <= r.end);

/**
 * The event/report/state word nearest the time expression inside the clause; ties go to the one
 * before. When the clause has none of those, a past tense outside our lists ("was breached") is
 * taken as the event. Words in asides (", officials said,") are not candidates; with `side`
 * 'after' or 'before', only words on that side of the expression are.
 */
export function nearestPredicate(
  tokens: Token[], when: { start: number; end: number }, asides: { start: number; end: number }[] = [], side: 'both' | 'after' | 'before' = 'both',
): Predicate | undefined {
  const firstAfter = tokens.findIndex((t) => t.start >= when.end);
  const firstIn = tokens.findIndex((t) => t.end > when.start);
  const justBefore = firstIn < 0 ? tokens.length - 1 : firstIn - 1;
  // The time expression's own preposition ("laid siege in early March") is part of it, not a word
  // between it and the verb before: else a verb after the time wins a tie it should lose.
  const lastBefore = TIME_PREPOSITIONS.has(tokens[justBefore]?.text.toLowerCase() ?? '') ? justBefore - 1 : justBefore;
  const onSide = (t: Token): boolean => (side !== 'before' && t.start >= when.end) || (side !== 'after' && t.end <= when.start);
  const outside = (t: Token): boolean => onSide(t) && !inside(t, asides);
  const distance = (t: Token, index: number): number =>
    t.end <= when.start ? lastBefore - index : index - firstAfter + 0.5;
  const pick = (classOf: (index: number) => Predicate['cls'] | null): Predicate | undefined => {
    let best: Predicate | undefined;
    let bestDistance = Infinity;
    tokens.forEach((token, index) => {
      const cls = outside(token) ? classOf(index) : null;
      if (!cls || distance(token, index) >= bestDistance) return;
      best = { token, cls, index };
      bestDistance = distance(token, index);
    });
    return best;
  };
  return pick((i) => predicateClass(tokens, i)) ?? pick((i) => (isOtherVerb(tokens, i) ? 'event' : null));
}

/**
 * "said there had been fewer patrols over the past week": a reporting verb before the time phrase
 * with a finite verb between them reports a clause, and the time is that clause's. Returns the
 * offset where the reported clause starts (after the verb and a "that"), or -1.
 */
export function complementStart(tokens: Token[], predicate: Predicate, when: { start: number; end: number }): number {
  if (predicate.cls !== 'report' || predicate.token.end > when.start || !isVerbLike(predicate.token.text)) return -1;
  const between = tokens.filter((t) => t.start > predicate.token.end && t.end <= when.start);
  const first = between[0]?.text.toLowerCase() === 'that' ? between[1] : between[0];
  // A past tense heads the reported clause: "said troops withdrew …", "said soldiers went …"; any
  // other "-ed" only when a subject opens it ("said soldiers searched homes …", not "said in a
  // statement posted on Monday").
  const opensWithSubject = first !== undefined && !CLAUSE_PREPOSITIONS.has(first.text.toLowerCase());
  const pastHead = (t: Token): boolean => FINITE_AUX.has(t.text.toLowerCase()) || isPastEvent(t.text) || isIrregularPast(t.text)
    || (opensWithSubject && t !== first && classify(t.text) === 'other' && /ed$/i.test(t.text) && isVerbLike(t.text));
  if (!between.some(pastHead)) return -1;
  return first?.start ?? -1;
}

/** "a day after Moscow announced it had pulled out": the event verb of the reported clause. */
export function reportedEvent(tokens: Token[], predicate: Predicate): Predicate | undefined {
  for (let i = predicate.index + 1; i < tokens.length; i++) {
    if (predicateClass(tokens, i) === 'event' || isOtherVerb(tokens, i)) return { token: tokens[i]!, cls: 'event', index: i };
  }
  return undefined;
}

/** The last event word or past tense of the conjunct before a verbless one ("took A in June and B in July"). */
export function borrowedPredicate(sentence: string, conjunct: { start: number; end: number }): boolean {
  const tokens = tokenize(sentence.slice(conjunct.start, conjunct.end), conjunct.start);
  return tokens.some((_, i) => predicateClass(tokens, i) === 'event' || isOtherVerb(tokens, i));
}
