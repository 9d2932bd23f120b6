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
}

const VERBS = [...REPORTING_VERBS.keys()].join('|');
/** Verbs that answer a claim: confirming, denying, disputing. */
const ANSWERS = [...REPORTING_VERBS].filter(([, v]) => v.status !== 'claimed' && !v.eyewitness).map(([form]) => form).join('|');
/** Nouns that stand for what was just claimed: "…, a claim Kyiv rejected", "…, a characterisation Ukraine disputed". */
export const CLAIM_NOUNS = 'claims?|assertions?|allegations?|accusations?|charges?|figures?|accounts?|version|narratives?|explanations?|estimates?|descriptions?|characteri[sz]ations?|portrayals?';

/** What can be answered right after it is reported: "…, a statement Kyiv dismissed as propaganda", "…, a report Moscow denied". */
export const ANSWERED_NOUNS = `${CLAIM_NOUNS}|statements?|reports?`;

/** Actions another speaker names: "…, a move Kyiv described as a rout", "…, an attack Kyiv called a war crime". */
export const ACTION_NOUNS = 'moves?|steps?|decisions?|actions?|attacks?|strikes?|withdrawals?|retreats?';
/** Naming verbs that answer what comes before with a fronted object. */
const NAMING = 'called|calls|described|describes';

/** Joints between clauses; the joint belongs to neither side. */
const JOINT = new RegExp([
  ';\\s*',
  ',\\s+(?:and|but)\\s+that\\s+',
  ',\\s+(?:but|while|whereas|although|though|and|yet)\\s+',
  // "- but Kyiv denied it": a dash (or a hyphen standing for one) before "but"
  '\\s+[–—-]\\s+but\\s+',
  // "— a claim Hamas disputes", ", an explanation that was ridiculed by …"
  `\\s+[–—]\\s+(?=(?:a|an|the)\\s+(?:${CLAIM_NOUNS})\\b)`,
  `,\\s+(?=(?:a|an)\\s+(?:${CLAIM_NOUNS})\\s+(?:that|which)\\b)`,
  // ", a claim Kyiv rejected", ", a claim denied by Kyiv", ", a move Kyiv called a rout": an answer with its own subject
  `,\\s+(?=(?:a|an)\\s+(?:${ANSWERED_NOUNS})\\s+(?:(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${ANSWERS}|${NAMING})|(?:${ANSWERS})\\s+by)\\b)`,
  `,\\s+(?=(?:a|an)\\s+(?:${ACTION_NOUNS})\\s+(?:that\\s+|which\\s+)?(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${NAMING})\\b)`,
  // ", which the Kremlin denied", ", which Russia had earlier blamed on a fire": a report of its own
  `,\\s+(?=which\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?(?:${VERBS})\\b)`,
  // "…, X said, a day after Moscow announced …": a second report tied to the first by time
  ',\\s+(?:(?:(?:a|an|one|two|three|four|five|six|several|\\d+)\\s+)?(?:days?|weeks?|hours?|months?)\\s+)?(?:after|before)\\s+',
  // "confirmed A but said B", "described A and denied B": a second verb of the same subject
  `\\s+(?:and|but)\\s+(?=(?:(?:also|later|then|still|\\p{L}+ly)\\s+)?(?:${VERBS})\\b)`,
].map((alt) => `(?:${alt})`).join('|').replace(/^/, '\\s*(?:').concat(')'), 'giu');

/** A clause opened by a bare coordinated reporting verb. */
const OPENS_WITH_VERB = new RegExp(`^(?:(?:also|later|then|still|\\p{L}+ly)\\s+)?(?:${VERBS})\\b`, 'iu');

/** JOINT's quick test: most sentences are one clause. */
const MAY_JOIN = mayMatch(JOINT);

export function clauses(masked: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let joint: string | undefined;
  for (const m of MAY_JOIN.test(masked) ? masked.matchAll(JOINT) : []) {
    if (m.index <= start) continue;
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
  return c;
}

/**
 * A coordinated verb that qualifies the statement before it ("said A but warned B", "told A
 * and added B") rather than making a new one (", and said B"): one claim when the status agrees.
 */
export function qualifiesPrevious(c: Clause): boolean {
  return !!c.coordinated && c.joint !== ', and';
}

/** The clause whose subject a coordinated verb shares: the first one before a run of verb clauses. */
export function subjectClause(list: Clause[], index: number): number {
  let k = index;
  while (k > 0 && list[k].coordinated) k--;
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

/**
 * For each claim, the range of clauses [first, last] its evidence covers. A clause with no
 * attribution joins the claim before it when that claim looks forward, else the claim after
 * it when that one looks backward; otherwise it is nobody's (plain narrative).
 */
export function clauseRanges(count: number, claims: ClauseClaim[]): [number, number][] {
  const owner = new Array<number>(count).fill(-1);
  claims.forEach((c, i) => {
    owner[c.clause] = i;
    for (const j of c.merged ?? []) owner[j] = i;
  });
  for (let j = 0; j < count; j++) {
    if (owner[j] >= 0) continue;
    const prev = j > 0 ? owner[j - 1] : -1;
    if (prev >= 0 && claims[prev].forward) { owner[j] = prev; continue; }
    let k = j + 1;
    while (k < count && owner[k] < 0) k++;
    if (k < count && claims[owner[k]].backward) for (let x = j; x < k; x++) owner[x] = owner[k];
  }
  return claims.map((_, i) => {
    const mine = owner.flatMap((o, j) => (o === i ? [j] : []));
    return [Math.min(...mine), Math.max(...mine)];
  });
}
