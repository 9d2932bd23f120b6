/**
 * The clause around a time expression: the evidence span of an event.
 *
 * A sentence is cut into segments at commas, dashes, colons, semicolons, quotes and brackets, and
 * before words that open a new clause: relatives ("which", "where", "that") and conjunctions
 * ("but", "after", "as" …). The clause is the segment holding the time expression, widened to
 * reach a verb ("For the past week, Ukraine has been driving …": forward; "… liberated 6,000 sq km
 * – an area the size of Devon – with last week's assault": backward) and to reach the subject
 * when the segment opens with its verb ("Melitopol, …, has been occupied since early March").
 */
import { classify, isVerbLike } from './eventWords';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu;
/** Strong cuts end a clause; weak cuts (commas, dashes, quotes, brackets) may be bridged. */
const STRONG_CUT_RE = /[;:]|[!?](?=\s)/g;
const WEAK_CUT_RE = /,|\s-\s|(?<!\d)[–—](?!\d)|[“”"()]/g;
/** Words that open a relative or complement clause: a clause of its own, never bridged. */
const RELATIVE_RE = /\b(?:which|who|whom|whose|where|that(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|time|same|weekend)\b))\b/gi;
/** Conjunctions that open a clause, or (with no verb after them) a phrase that may be bridged. */
const CONJUNCTION_RE = /\b(?:while|whereas|but|although|though|because|after|before|when|until|once|amid|since|(?<!\b(?:such|well|just|so|as)\s)as(?!\s+(?:well|part|many|much|far|long|soon|a\s+result|of|if|though|to)\b))\b/gi;
const APPOSITIVE_RELATIVE_RE = /^(?:which|who|whom|whose)\b/i;
const LEADING_CONNECTIVES = new Set(['and', 'or', 'then', 'so', 'also', 'yet']);
const MAX_BRIDGE = 3;
const TRIM_START_RE = /^[\s"“”‘’'(,;:–—-]+/;
const TRIM_END_RE = /[\s"“”‘’'),.;:!?–—-]+$/;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length }));
}

interface Segment {
  start: number;
  end: number;
  /** What opened the segment: the sentence start, a strong or weak cut, a relative word, a conjunction. */
  opener: 'start' | 'strong' | 'weak' | 'rel' | 'conj';
}

interface Cut {
  at: number;
  resume: number;
  kind: 'strong' | 'weak' | 'rel' | 'conj';
}

function cuts(sentence: string, when: { start: number; end: number }): Cut[] {
  const found: Cut[] = [];
  for (const m of sentence.matchAll(STRONG_CUT_RE)) found.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length, kind: 'strong' });
  for (const m of sentence.matchAll(WEAK_CUT_RE)) found.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length, kind: 'weak' });
  for (const m of sentence.matchAll(RELATIVE_RE)) found.push({ at: m.index ?? 0, resume: m.index ?? 0, kind: 'rel' });
  for (const m of sentence.matchAll(CONJUNCTION_RE)) found.push({ at: m.index ?? 0, resume: m.index ?? 0, kind: 'conj' });
  return found
    .filter((c) => c.resume <= when.start || c.at >= when.end)
    .filter((c) => !(c.kind === 'weak' && /\d,\d/.test(sentence.slice(c.at - 1, c.at + 2))))
    .sort((a, b) => a.at - b.at || a.resume - b.resume);
}

const OPENER_RANK: Record<Segment['opener'], number> = { start: 3, strong: 3, rel: 2, conj: 2, weak: 1 };

function segmentsOf(sentence: string, when: { start: number; end: number }): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let opener: Segment['opener'] = 'start';
  for (const cut of cuts(sentence, when)) {
    if (cut.at < start) continue;
    if (sentence.slice(start, cut.at).trim()) {
      out.push({ start, end: cut.at, opener });
      opener = cut.kind;
    } else if (OPENER_RANK[cut.kind] > OPENER_RANK[opener]) {
      opener = cut.kind; // ", where": the clause word opens the clause; ": “": the colon does
    }
    start = cut.resume;
  }
  if (sentence.slice(start).trim()) out.push({ start, end: sentence.length, opener });
  return out;
}

function hasVerb(sentence: string, seg: Segment, when: { start: number; end: number }): boolean {
  const tokens = tokenize(sentence.slice(seg.start, seg.end), seg.start);
  return tokens.some((t, i) => (t.end <= when.start || t.start >= when.end)
    && (isVerbLike(t.text) || (tokens[i - 1]?.text.toLowerCase() === 'to' && classify(t.text) !== 'other')));
}

function opensWithAuxiliary(sentence: string, seg: Segment): boolean {
  const first = tokenize(sentence.slice(seg.start, seg.end), seg.start)[0];
  return !!first && classify(first.text) === 'aux';
}

function opensWithVerb(sentence: string, seg: Segment): boolean {
  const tokens = tokenize(sentence.slice(seg.start, seg.end), seg.start);
  const first = tokens.find((t) => !LEADING_CONNECTIVES.has(t.text.toLowerCase()));
  return !!first && isVerbLike(first.text);
}

export interface Clause {
  /** The evidence clause, offsets in the sentence, trimmed of edge punctuation. */
  start: number;
  end: number;
  /** The segment that holds the time expression itself (before any bridging). */
  core: { start: number; end: number };
}

/** The evidence clause around `when` (offsets in `sentence`). It always contains the time expression. */
export function clauseAround(sentence: string, when: { start: number; end: number }): Clause {
  const segs = segmentsOf(sentence, when);
  const i = segs.findIndex((s) => s.start <= when.start && when.start < s.end);
  if (i < 0) return { start: when.start, end: when.end, core: { start: when.start, end: when.end } };
  const verb = (k: number): boolean => hasVerb(sentence, segs[k]!, when);
  const weak = (k: number): boolean => segs[k]!.opener === 'weak';
  const bridgeable = (k: number): boolean => segs[k]!.opener === 'weak' || segs[k]!.opener === 'conj';
  let first = i;
  let last = i;
  if (!verb(i)) {
    let found = false;
    // Backward first: "…, Ukraine's capital, at the start of the invasion in late February".
    for (let k = i - 1; k >= 0 && bridgeable(k + 1) && i - k <= MAX_BRIDGE; k--) {
      if (verb(k)) { first = k; found = true; break; }
    }
    // Then forward: "For the past week, Ukraine has been driving …".
    for (let k = i + 1; !found && k < segs.length && bridgeable(k) && k - i <= MAX_BRIDGE; k++) {
      if (verb(k)) { last = k; found = true; }
    }
  }
  // Reach back to the subject when the clause opens with its verb: "Melitopol, …, has been occupied".
  // A "which/who" clause before an auxiliary is an apposition to pass over ("X, which …, is");
  // before a participle it is the subject clause itself ("where dozens were shot, burned and …").
  if (weak(first) && opensWithVerb(sentence, segs[first]!)) {
    const origin = first;
    const auxiliary = opensWithAuxiliary(sentence, segs[origin]!);
    for (let k = origin - 1; k >= 0 && origin - k <= MAX_BRIDGE; k--) {
      first = k;
      const appositive = segs[k]!.opener === 'rel' && APPOSITIVE_RELATIVE_RE.test(sentence.slice(segs[k]!.start).trimStart());
      if (appositive && auxiliary) continue;
      // A verbless "before the war" is a phrase, not a clause: keep going.
      const phrase = segs[k]!.opener === 'conj' && !verb(k);
      if (verb(k) || !(weak(k) || phrase)) break;
    }
  }
  let start = segs[first]!.start;
  let end = segs[last]!.end;
  const piece = sentence.slice(start, end);
  start += piece.length - piece.replace(TRIM_START_RE, '').length;
  end -= piece.length - piece.replace(TRIM_END_RE, '').length;
  return {
    start: Math.min(start, when.start),
    end: Math.max(end, when.end),
    core: { start: Math.min(segs[i]!.start, when.start), end: Math.max(segs[i]!.end, when.end) },
  };
}
