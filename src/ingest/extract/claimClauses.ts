/**
 * Splits a sentence into clauses where one sentence may hold several claims ("X stated that A,
 * and that B, according to Y"; "A, and B was said to …"; "X confirmed A but said B"; "A, X
 * said, a day after Y announced B"), and decides which clauses each claim's evidence covers.
 * Works on the quote-masked sentence, so a comma inside a quote never splits.
 */
import { mayMatch } from './mayMatch';
import { REPORTING_VERBS } from './claimVerbs';

export interface Clause {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** The clause opens with a reporting verb coordinated with the one before ("… but said …"). */
  coordinated?: boolean;
  /** The joint before it, trimmed and lower case: "and", ", but", ";" … */
  joint?: string;
  /** A relative clause inside another ("… that the Kremlin said would …", ", which Kyiv denied"). */
  relative?: boolean;
}

const VERBS = [...REPORTING_VERBS.keys()].join('|');
/** Verbs that answer a claim: confirming, denying, disputing. */
const ANSWERS = [...REPORTING_VERBS].filter(([, v]) => v.status !== 'claimed' && !v.eyewitness).map(([form]) => form).join('|');
/**
 * Nouns that stand for what was just claimed: "…, a claim Kyiv rejected", "…, a characterisation
 * Ukraine disputed", "… - a toll Moscow denies" (a count of the dead or of losses).
 */
export const CLAIM_NOUNS = 'claims?|assertions?|allegations?|accusations?|charges?|figures?|tolls?|tally|tallies|accounts?|version|narratives?|explanations?|estimates?|descriptions?|characteri[sz]ations?|portrayals?';

/** What can be answered right after it is reported: "…, a statement Kyiv dismissed as propaganda", "…, a report Moscow denied". */
export const ANSWERED_NOUNS = `${CLAIM_NOUNS}|statements?|reports?`;

/** The same nouns as a bare plural, with no article: "…, claims the Kremlin rejects". */
export const PLURAL_ANSWERED = 'claims|assertions|allegations|accusations|charges|reports';

/** Actions another speaker names: "…, a move Kyiv described as a rout", "…, an attack Kyiv called a war crime". */
export const ACTION_NOUNS = 'moves?|steps?|decisions?|actions?|attacks?|strikes?|withdrawals?|retreats?';
/** Verbs of a second source saying the same: "…, a claim echoed by pro-Kremlin bloggers". */
const ECHOES = 'echoed|echoes';
/** Multi-word answers that open a coordinated clause as a verb does: "… but poured cold water on …". */
const ANSWER_PHRASES = String.raw`cast\s+doubt|pour(?:ed|s)\s+cold|brush(?:ed|es)\s+(?:off|aside)|shrug(?:ged|s)\s+off|back(?:ed|s)\s+up|scoff(?:ed|s)\s+at`;
/** Participles of saying that give an absolute "with X saying …" clause a speaker of its own. */
export const WITH_PARTICIPLES = 'saying|reporting|claiming|insisting|warning|denying|blaming|accusing|arguing|alleging|stating';
/** Naming verbs that answer what comes before with a fronted object. */
const NAMING = 'called|calls|described|describes|branded|brands';

/** What follows a report whose subject is the gap of a relative clause: "… the Kremlin said would …". */
const GAP_AUX = 'would|will|had|has|have|was|were|is|are|could|can|might|may';

/** Joints between clauses; the joint belongs to neither side. */
const JOINTS = [
  ';\\s*',
  ',\\s+(?:and|but)\\s+that\\s+',
  ',\\s+(?:but|while|whereas|although|though|and|yet)\\s+',
  // "- but Kyiv denied it": a dash (or a hyphen standing for one) before "but"
  '\\s+[–—-]\\s+but\\s+',
  // "— a claim Hamas disputes" (or a hyphen standing for the dash), ", an explanation that was ridiculed by …"
  `\\s+[–—-]\\s+(?=(?:a|an|the)\\s+(?:${CLAIM_NOUNS})\\b)`,
  `,\\s+(?=(?:a|an)\\s+(?:${CLAIM_NOUNS})\\s+(?:that|which)\\b)`,
  // ", a claim Kyiv rejected", ", a claim denied by Kyiv", ", a move Kyiv called a rout", ", a claim echoed by X": an answer with its own subject
  // (or a bare plural: ", claims the Kremlin rejects", ", allegations Moscow denies")
  `,\\s+(?=(?:(?:a|an)\\s+(?:${ANSWERED_NOUNS})|${PLURAL_ANSWERED})\\s+(?:(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${ANSWERS}|${NAMING}|${ECHOES})|(?:${ANSWERS}|${ECHOES})\\s+by)\\b)`,
  `,\\s+(?=(?:a|an)\\s+(?:${ACTION_NOUNS})\\s+(?:that\\s+|which\\s+)?(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${NAMING})\\b)`,
  // ", which the Kremlin denied", ", which Russia had earlier blamed on a fire": a report of its own
  `,\\s+(?=which\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${VERBS})\\b)`,
  // "…, who is said to have fled": a hedged relative clause is the reporter’s own report, beside the first
  // (", which is said to …" already splits as ", which Kyiv denied" does)
  ',\\s+(?=who\\s+(?:is|are|was|were)\\s+(?:(?:widely|still|also)\\s+)?(?:said|reported|believed|thought|rumou?red|alleged)\\s+to\\b)',
  // "…, as Kyiv claimed to have recaptured …", "…, as officials in Kyiv said …": a second report alongside the first
  `,\\s+as\\s+(?!(?:well|many|much|long|soon|far|if|though|part|such|a\\s+result|of)\\b)(?=(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${VERBS})\\b)`,
  // "an address that the Kremlin said would call up …": a relative clause whose gap is its report's subject
  `\\s+(?=(?:that|which)\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${VERBS})\\s+(?:${GAP_AUX})\\b)`,
  // "…, X said, a day after Moscow announced …": a second report tied to the first by time
  ',\\s+(?:(?:(?:a|an|one|two|three|four|five|six|several|\\d+)\\s+)?(?:days?|weeks?|hours?|months?)\\s+)?(?:after|before)\\s+',
  // "A happened, with officials saying …": the absolute clause is its own report, the narrative before it is nobody's
  `,\\s+(?=with\\s+(?:[\\p{L}’'.-]+\\s+){1,5}?(?:${WITH_PARTICIPLES})\\b)`,
  // "confirmed A but said B", "described A and denied B": a second verb of the same subject
  `\\s+(?:and|but)\\s+(?=(?:(?:also|later|then|still|\\p{L}+ly)\\s+)?(?:${VERBS}|${ANSWER_PHRASES})\\b)`,
];
/**
 * "Ukraine said A and Russia said B": a second subject and its verb, once a report came before (see
 * clauses). Only in a sentence with two reports or more: tried at every "and", it doubled the time
 * the split takes.
 */
const AND_SUBJECT = `(?<andSubject>\\s+and\\s+(?!(?:that|which|who|what|how|whether|if)\\b)(?=(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${VERBS})\\b))`;
const jointOf = (alternatives: string[]): RegExp =>
  new RegExp(alternatives.map((alt) => `(?:${alt})`).join('|').replace(/^/, '\\s*(?:').concat(')'), 'giu');
const JOINT = jointOf([...JOINTS, AND_SUBJECT]);
const JOINT_ONE_REPORT = jointOf(JOINTS);

/** A reporting verb and what follows it, to the end of a stretch of text. */
const REPORTED = new RegExp(`\\b(?:${VERBS})\\b(?<said>.*)$`, 'iu');
/**
 * A finite verb in what was reported: "it had retaken the village", "the strike killed 12", not "the
 * army"; a subject pronoun makes the word after it a verb in any tense ("he needs more jets").
 */
const FINITE = /\b(?:is|are|was|were|had|has|have|would|will|could|can|may|might|must|do|does|did|hit|took|lost|fell|won|began|left|came|made|shot|struck|fled|held|sank|\p{Ll}{2,}ed)\b|\b(?:he|she|they|we)\s+\p{Ll}{2,}/u;

/** "Ukraine said it had retaken the village": a report with its own finite clause, before "and Russia said …" ("said the army and the navy reported …" has none). */
const reportedClause = (text: string): boolean => FINITE.test(text.match(REPORTED)?.groups?.said ?? '');

/** A clause opened by a relative pronoun. */
const RELATIVE_OPENING = /^(?:that|which)\s/iu;

/** A clause opened by a bare coordinated reporting verb. */
const OPENS_WITH_VERB = new RegExp(`^(?:(?:also|later|then|still|\\p{L}+ly)\\s+)?(?:${VERBS}|${ANSWER_PHRASES})\\b`, 'iu');

/** JOINT's quick test: most sentences are one clause. */
const MAY_JOIN = mayMatch(JOINT);

/** The clauses of a sentence; `reports`, when known, is how many reports it holds (attribution.ts). */
export function clauses(masked: string, reports = Infinity): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let joint: string | undefined;
  for (const m of MAY_JOIN.test(masked) ? masked.matchAll(reports > 1 ? JOINT : JOINT_ONE_REPORT) : []) {
    if (m.index <= start || (m.groups?.andSubject && !reportedClause(masked.slice(start, m.index)))) continue;
    out.push(clause(masked, start, m.index, joint));
    start = m.index + m[0].length;
    joint = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
  }
  out.push(clause(masked, start, masked.length, joint));
  return out.filter((c) => c.end > c.start);
}

function clause(masked: string, start: number, end: number, joint?: string): Clause {
  const c: Clause = { start, end };
  if (joint) c.joint = joint;
  if (joint && /(?:^|\s)(?:and|but)$/u.test(joint) && OPENS_WITH_VERB.test(masked.slice(start, end))) c.coordinated = true;
  if (start > 0 && RELATIVE_OPENING.test(masked.slice(start, end))) c.relative = true;
  return c;
}

/**
 * A coordinated verb that qualifies the statement before it ("said A but warned B", "told A
 * and added B") rather than making a new one (", and said B"): one claim when the status agrees.
 */
export function qualifiesPrevious(c: Clause): boolean {
  return !!c.coordinated && c.joint !== ', and';
}

/**
 * The clause whose subject a coordinated verb shares: the first one before a run of verb clauses,
 * past relative clauses ("X ordered … in an address that the Kremlin said …, and warned …").
 */
export function subjectClause(list: Clause[], index: number): number {
  let k = index;
  while (k > 0 && (list[k].coordinated || list[k].relative)) k--;
  return k;
}

/** Index of the clause holding offset `at`. */
export function clauseAt(list: Clause[], at: number): number {
  const i = list.findIndex((c) => at < c.end);
  return i < 0 ? list.length - 1 : i;
}

export interface ClauseClaim {
  /** The clause holding the attribution. */
  clause: number;
  /** The assertion follows the attribution: clauses after it with no claim of their own join it. */
  forward: boolean;
  /** The assertion precedes it: clauses before it with no claim of their own join it. */
  backward: boolean;
  /** Later clauses folded into this claim ("… but warned that …"). */
  merged?: number[];
}

/** Owners in clauseRanges: a clause not yet given to a claim, and one given to none. */
const FREE = -1;
const CLOSED = -2;

/**
 * For each claim, the range of clauses [first, last] its evidence covers. A clause with no
 * attribution joins the claim before it when that claim looks forward, else the claim after
 * it when that one looks backward; otherwise it is nobody's (plain narrative). A `closed`
 * clause is nobody's and stops the others ("The claims could not be verified, but …").
 */
export function clauseRanges(count: number, claims: ClauseClaim[], closed: ReadonlySet<number> = new Set()): [number, number][] {
  const owner = Array.from({ length: count }, (_, j): number => (closed.has(j) ? CLOSED : FREE));
  claims.forEach((c, i) => {
    owner[c.clause] = i;
    for (const j of c.merged ?? []) owner[j] = i;
  });
  for (let j = 0; j < count; j++) {
    if (owner[j] !== FREE) continue;
    const prev = j > 0 ? owner[j - 1] : -1;
    if (prev >= 0 && claims[prev].forward) { owner[j] = prev; continue; }
    let k = j + 1;
    while (k < count && owner[k] === FREE) k++;
    if (k < count && owner[k] >= 0 && claims[owner[k]].backward) for (let x = j; x < k; x++) owner[x] = owner[k];
  }
  return claims.map((_, i) => {
    const mine = owner.flatMap((o, j) => (o === i ? [j] : []));
    return [Math.min(...mine), Math.max(...mine)];
  });
}
