/**
 * The clause around a time expression: the evidence span of an event.
 *
 * A sentence is cut into segments at commas, dashes, colons, semicolons, quotes and brackets, and
 * before words that open a new clause: relatives ("which", "where", "that") and conjunctions
 * ("but", "after", "as" …). The clause is the segment holding the time expression, widened to
 * reach a verb ("For the past week, Ukraine has been driving …": forward; "… liberated 6,000 sq km
 * – an area the size of Devon – with last week's assault": backward) and to reach the subject
 * when the segment opens with its verb ("Melitopol, …, has been occupied since early March").
 * Asides are passed over when widening: a parenthetical attribution (", officials said,"), an
 * "including …" list and a relative clause closed by a comma (", where the river bends,").
 * When another time expression shares the clause, the clause is cut at the coordinator between
 * them ("took A in late June and B in early July"): each gets its own event.
 */
import { classify, EVENT_NOUN_FORMS, isBarePast, isVerbLike } from './eventWords';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu;
/** Strong cuts end a clause; weak cuts (commas, dashes, quotes, brackets) may be bridged. */
const STRONG_CUT_RE = /[;:]|[!?](?=\s)/g;
const WEAK_CUT_RE = /,|\s-\s|(?<!\d)[–—](?!\d)|[“”"()]/g;
/**
 * A word or two in quotes mid-clause, the clause going on after it ("announced a "partial"
 * mobilisation", "were "regrouping" from Izium"): a scare quote, not speech, so its marks cut nothing.
 */
const SCARE_QUOTE_RE = /(?<=[A-Za-z]\s)[“"][A-Za-z’'-]+(?:\s[A-Za-z’'-]+)?[”"](?=\s[a-z])/g;
/** Words that open a relative or complement clause: a clause of its own, never bridged. */
const RELATIVE_RE = /\b(?:which|who|whom|whose|where|that(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|time|same|weekend)\b))\b/gi;
/** Conjunctions that open a clause, or (with no verb after them) a phrase that may be bridged. */
const CONJUNCTION_RE = /\b(?:while|whereas|but|although|though|because|after|before|when|until|once|amid|since|(?<!\b(?:such|well|just|so|as)\s)as(?!\s+(?:well|part|many|much|far|long|soon|a\s+result|of|if|though|to)\b))\b/gi;
/**
 * "occupied the plant in March and have held it since", "took Kherson on 2 March and now hold the
 * corridor": "and" + verb (after an adverb of time) right after the time phrase opens a new predicate.
 */
const NEXT_CONJUNCT_RE = /^[\s,]*(?:and|or)\s+(?:(?:then|now|still|later|also)\s+)?([\p{L}’']+)/iu;
const APPOSITIVE_RELATIVE_RE = /^(?:which|who|whom|whose)\b/i;
const LEADING_CONNECTIVES = new Set(['and', 'or', 'then', 'so', 'also', 'yet']);
const MAX_BRIDGE = 3;
/** Prepositions after which an -ing form is a verb: "after spending", "by shelling". */
const GERUND_CUES = new Set(['after', 'before', 'by', 'while', 'when', 'since', 'without', 'from', 'of', 'on', 'in']);
/** Words that open a subject: after them a time phrase leads a new clause, not an event noun's. */
const SUBJECT_START_RE = /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|many|most|several|all|both|each|every|no|few|he|she|it|they|we|i|you|there|one|at|in|on|of|for|with|by|from|near|around|and|but|\d.*)$/i;
/**
 * Where two time expressions share a clause, the word that starts the second one's clause; "followed"
 * and "preceded" relate two dated happenings ("Monday's barrage followed an explosion on Saturday");
 * a comma before a participle opens an act of its own ("have advanced since then, taking X in May").
 */
const SPLIT_RE = /\b(?:and|but|then|while|whereas|after|before|when|because|although|followed|follows|preceded|precedes)\b|;|,(?=\s+(?!including\b|according\b)[a-z]+ing\b)/gi;
const COORDINATOR_RE = /^(?:and|but|then|;)$/i;
/**
 * A time that labels its line, as in a timeline or key-dates box: "Feb 24 - Russia invades",
 * "March 2: Kherson falls". The dash or colon after it introduces the dated happening, not a new clause.
 */
const LABEL_LEAD_RE = /^[\s"“‘(]*$/;
const LABEL_SEPARATOR_RE = /^\s*(?:[-–—]|:)\s/;
const TRIM_START_RE = /^[\s"“”‘’'(,;:–—-]+/;
const TRIM_END_RE = /[\s"“”‘’'),.;:!?–—-]+$/;

/** The text with the marks of its scare quotes blanked (same length), so that only speech cuts it. */
export function maskScareQuotes(text: string): string {
  return text.replace(SCARE_QUOTE_RE, (q) => ` ${q.slice(1, -1)} `);
}

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length }));
}

interface Segment {
  start: number;
  end: number;
  /** What opened the segment: the sentence start, a strong or weak cut, a relative word, a conjunction. */
  opener: 'start' | 'strong' | 'weak' | 'rel' | 'conj';
  /** What closed it: a cut, or the end of the sentence. */
  closer: 'end' | 'strong' | 'weak' | 'rel' | 'conj';
}

interface Cut {
  at: number;
  resume: number;
  kind: 'strong' | 'weak' | 'rel' | 'conj';
}

function cuts(sentence: string, when: { start: number; end: number }): Cut[] {
  const found: Cut[] = [];
  const label = LABEL_LEAD_RE.test(sentence.slice(0, when.start)) ? LABEL_SEPARATOR_RE.exec(sentence.slice(when.end)) : null;
  const labelEnd = label ? when.end + label[0].length : when.end;
  for (const m of sentence.matchAll(STRONG_CUT_RE)) found.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length, kind: 'strong' });
  for (const m of maskScareQuotes(sentence).matchAll(WEAK_CUT_RE)) found.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length, kind: 'weak' });
  for (const m of sentence.matchAll(RELATIVE_RE)) found.push({ at: m.index ?? 0, resume: m.index ?? 0, kind: 'rel' });
  for (const m of sentence.matchAll(CONJUNCTION_RE)) found.push({ at: m.index ?? 0, resume: m.index ?? 0, kind: 'conj' });
  const next = NEXT_CONJUNCT_RE.exec(sentence.slice(when.end));
  if (next && isVerbLike(next[1]!)) {
    const at = when.end + next[0].search(/\S/);
    found.push({ at, resume: at, kind: 'conj' });
  }
  return found
    .filter((c) => (c.resume <= when.start && c.at < when.start) || c.at >= labelEnd)
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
      out.push({ start, end: cut.at, opener, closer: cut.kind });
      opener = cut.kind;
    } else if (OPENER_RANK[cut.kind] > OPENER_RANK[opener]) {
      opener = cut.kind; // ", where": the clause word opens the clause; ": “": the colon does
    }
    start = cut.resume;
  }
  if (sentence.slice(start).trim()) out.push({ start, end: sentence.length, opener, closer: 'end' });
  return out;
}

/** An -ing form after a preposition is a verb: "after spending the spring", "by shelling the port". */
export function isGerund(token: Token, previous: Token | undefined): boolean {
  return /ing$/i.test(token.text) && !!previous && GERUND_CUES.has(previous.text.toLowerCase());
}

/** Words that open a noun phrase; after one an -ing form is a noun ("the signing", "its shelling"), not a clause's verb. */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const isIngNoun = (t: Token, previous: Token | undefined): boolean => /ing$/i.test(t.text) && NOUN_DETERMINERS.has(previous?.text.toLowerCase() ?? '');

function hasVerb(sentence: string, seg: Segment, when: { start: number; end: number }): boolean {
  const tokens = tokenize(sentence.slice(seg.start, seg.end), seg.start);
  return tokens.some((t, i) => (t.end <= when.start || t.start >= when.end) && !isIngNoun(t, tokens[i - 1])
    && (isVerbLike(t.text) || (tokens[i - 1]?.text.toLowerCase() === 'to' && classify(t.text) !== 'other') || isGerund(t, tokens[i - 1])
      || isBarePast(t.text, tokens[i - 1]?.text, tokens[i + 1]?.text) === true));
}

function hasEventNoun(sentence: string, seg: Segment): boolean {
  return tokenize(sentence.slice(seg.start, seg.end)).some((t) => EVENT_NOUN_FORMS.has(t.text.toLowerCase()));
}

/**
 * A segment the clause may pass over and that dates nothing: ", officials said,", ", including
 * Donetsk,", ", where the river bends," (a relative clause closed by a comma), ", according to X,".
 */
function asideKind(sentence: string, seg: Segment, when: { start: number; end: number }): 'attribution' | 'list' | 'relative' | null {
  if (seg.start <= when.start && when.start < seg.end) return null;
  const tokens = tokenize(sentence.slice(seg.start, seg.end), seg.start);
  const first = tokens[0]?.text.toLowerCase();
  const last = tokens.at(-1)?.text ?? '';
  if (!first) return null;
  if (seg.opener === 'weak' && first === 'according') return 'attribution';
  if (seg.opener === 'weak' && seg.closer === 'weak' && tokens.length <= 6 && classify(last) === 'report' && isVerbLike(last)) return 'attribution';
  if (seg.opener === 'weak' && first === 'including') return 'list';
  return seg.opener === 'rel' && seg.closer === 'weak' && /^(?:which|who|whom|whose|where)$/.test(first) ? 'relative' : null;
}

/** Whether a segment holds an auxiliary or a modal of its own: ", which will monitor shipments,". */
function hasAuxiliary(sentence: string, seg: Segment): boolean {
  return tokenize(sentence.slice(seg.start, seg.end)).some((t) => ['aux', 'modal'].includes(classify(t.text)));
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
  /** Asides inside the clause (", officials said,"): their words are not the event's predicate. */
  asides: { start: number; end: number }[];
  /**
   * When the clause was cut after an earlier time expression ("took A in June and B in July"),
   * the conjunct before it: a clause without its own verb borrows the predicate from there.
   */
  conjunct?: { start: number; end: number };
}

type Range = { start: number; end: number };

/** Cut [start, end) where another time expression shares it, at the coordinator between them. */
function splitAtOthers(sentence: string, when: Range, others: Range[], clause: Range): Range & { conjunct?: Range } {
  let { start, end } = clause;
  let conjunct: Range | undefined;
  for (const o of others) {
    if (o.start >= when.end && o.start < end) {
      const gap = sentence.slice(when.end, o.start);
      if (/^\s*(?:and|or|,)\s*$/i.test(gap)) continue; // "on Monday and Tuesday": one event
      const m = [...gap.matchAll(SPLIT_RE)].at(-1);
      if (m) end = Math.min(end, when.end + (m.index ?? 0));
    } else if (o.end <= when.start && o.end > start) {
      const gap = sentence.slice(o.end, when.start);
      if (/^\s*(?:and|or|,)\s*$/i.test(gap)) continue;
      // "the land Russia captured after February 24": an "after" that governs this time is its
      // preposition, not the start of a clause of its own.
      const m = [...gap.matchAll(SPLIT_RE)].find((x) => gap.slice((x.index ?? 0) + x[0].length).trim() !== '');
      if (!m) continue;
      const at = o.end + (m.index ?? 0);
      const next = COORDINATOR_RE.test(m[0]) ? at + m[0].length : at;
      if (next > start) {
        conjunct = { start, end: at };
        start = next;
      }
    }
  }
  return { start, end, ...(conjunct ? { conjunct } : {}) };
}

/** The evidence clause around `when` (offsets in `sentence`). It always contains the time expression. */
export function clauseAround(sentence: string, when: Range, others: Range[] = []): Clause {
  const segs = segmentsOf(sentence, when);
  const i = segs.findIndex((s) => s.start <= when.start && when.start < s.end);
  if (i < 0) return { start: when.start, end: when.end, core: { start: when.start, end: when.end }, asides: [] };
  const verb = (k: number): boolean => hasVerb(sentence, segs[k]!, when);
  const weak = (k: number): boolean => segs[k]!.opener === 'weak';
  const kinds = segs.map((seg) => asideKind(sentence, seg, when));
  // Any aside may be passed over when reaching for a verb; only an attribution when reaching back
  // to a subject (a relative clause there may be the clause itself: "where dozens were shot, …").
  const aside = kinds.map((k) => k !== null);
  const holdsOther = (k: number): boolean => others.some((o) => o.start >= segs[k]!.start && o.start < segs[k]!.end);
  const skipped = new Set<number>();
  const bridgeable = (k: number): boolean => segs[k]!.opener === 'weak' || segs[k]!.opener === 'conj' || aside[k]!;
  // Asides and bracketed conversions ("(580 sq miles)") do not count towards the bridge length.
  const free = (k: number): boolean => aside[k]! || sentence[segs[k]!.start - 1] === '(';
  let first = i;
  let last = i;
  const nounFirst = eventNounBefore(sentence, segs, i, when, verb, bridgeable);
  if (nounFirst >= 0) {
    first = nounFirst;
  } else if (!verb(i)) {
    let found = false;
    // Backward first: "…, Ukraine's capital, at the start of the invasion in late February".
    for (let k = i - 1, length = 0; k >= 0 && bridgeable(k + 1); k--) {
      if (aside[k]) { skipped.add(k); continue; }
      // "captured the city, the only regional capital they hold, in early March": an apposition
      // between a clause and its time is passed over, its contact relative ("they hold") with it.
      if (k > 0 && weak(k) && verb(k) && verb(k - 1) && isNounPhrase(sentence, segs[k]!)) { skipped.add(k); continue; }
      if (!free(k) && ++length > MAX_BRIDGE) break;
      if (verb(k)) { first = k; found = true; break; }
    }
    // Then forward: "For the past week, Ukraine has been driving …".
    for (let k = i + 1, length = 0; !found && k < segs.length && bridgeable(k); k++) {
      if (aside[k]) { skipped.add(k); continue; }
      if (!free(k) && ++length > MAX_BRIDGE) break;
      if (verb(k)) { last = k; found = true; }
    }
  }
  // Reach back to the subject when the clause opens with its verb: "Melitopol, …, has been occupied".
  // A "which/who" clause before an auxiliary is an apposition to pass over ("X, which …, is");
  // before a participle it is the subject clause itself ("where dozens were shot, burned and …").
  if (nounFirst < 0 && weak(first) && opensWithVerb(sentence, segs[first]!)) {
    const origin = first;
    const auxiliary = opensWithAuxiliary(sentence, segs[origin]!);
    for (let k = origin - 1; k >= 0 && origin - k <= MAX_BRIDGE; k--) {
      first = k;
      // "The ceasefire, agreed late on Thursday, collapsed within hours": a participle with a time
      // of its own is that time's clause, passed over as a relative clause is, so the two nest.
      if (holdsOther(k) && opensWithVerb(sentence, segs[k]!)) continue;
      if (kinds[k] === 'attribution') { skipped.add(k); continue; } // "The rebels, the ministry said, captured …"
      const appositive = segs[k]!.opener === 'rel' && APPOSITIVE_RELATIVE_RE.test(sentence.slice(segs[k]!.start).trimStart());
      if (appositive && auxiliary) continue;
      // "The centre, which will monitor shipments, opened last week": a relative with its own
      // auxiliary or modal is complete; the verb after it is the main clause's, the relative an aside.
      if (appositive && kinds[k] === 'relative' && hasAuxiliary(sentence, segs[k]!)) { skipped.add(k); continue; }
      // A verbless "before the war" is a phrase, not a clause: keep going.
      const phrase = segs[k]!.opener === 'conj' && !verb(k);
      if (verb(k) || !(weak(k) || phrase)) break;
    }
  }
  const split = splitAtOthers(sentence, when, others, { start: segs[first]!.start, end: nounFirst >= 0 ? when.end : segs[last]!.end });
  let { start, end } = split;
  const piece = sentence.slice(start, end);
  start += piece.length - piece.replace(TRIM_START_RE, '').length;
  end -= piece.length - piece.replace(TRIM_END_RE, '').length;
  start = Math.min(start, when.start);
  end = Math.max(end, when.end);
  const asides = segs.filter((seg, k) => skipped.has(k) && seg.start >= start && seg.end <= end).map((seg) => ({ start: seg.start, end: seg.end }));
  return {
    start,
    end,
    core: { start: Math.min(segs[i]!.start, when.start), end: Math.max(segs[i]!.end, when.end) },
    asides,
    ...(split.conjunct ? { conjunct: split.conjunct } : {}),
  };
}

/**
 * "Wagner's capture of Soledar, six miles to the north, in January left it surrounded": a time
 * phrase that opens a segment and runs straight into a predicate with no subject of its own
 * closes the noun phrase before it, when that phrase names an event and has no verb. Returns the
 * index of the segment holding the event noun, or -1.
 */
function eventNounBefore(
  sentence: string, segs: Segment[], i: number, when: Range,
  verb: (k: number) => boolean, bridgeable: (k: number) => boolean,
): number {
  const lead = sentence.slice(segs[i]!.start, when.start).trim();
  if (segs[i]!.opener !== 'weak' || (lead && !/^(?:in|on|at|during|from|early|late)$/i.test(lead))) return -1;
  // The word after the time phrase, across a comma but not a clause break: "in January left it",
  // "…, in early May, destroyed two tanks".
  const rest = /^[\s,]*([\p{L}\p{N}]+)/u.exec(sentence.slice(when.end))?.[1];
  if (!rest || !/^\p{Ll}/u.test(rest) || SUBJECT_START_RE.test(rest)) return -1;
  for (let k = i - 1; k >= 0 && i - k <= MAX_BRIDGE && bridgeable(k + 1); k--) {
    if (hasEventNoun(sentence, segs[k]!) && !verb(k)) return k;
    if (verb(k) && !isNounPhrase(sentence, segs[k]!)) return -1;
  }
  return -1;
}

/** An appositive noun phrase ("a blow to the government"): a determiner first and no auxiliary. */
function isNounPhrase(sentence: string, seg: Segment): boolean {
  const tokens = tokenize(sentence.slice(seg.start, seg.end));
  return /^(?:a|an|the)$/i.test(tokens[0]?.text ?? '') && !tokens.some((t) => classify(t.text) === 'aux' || classify(t.text) === 'modal');
}

const SUBJECT_MAX_TOKENS = 6;
const SUBJECT_SEGMENTS_BACK = 3;
/** What ends a subject read backwards from its verb: a clause word or a preposition opening a phrase. */
const SUBJECT_STOP_RE = /^(?:that|which|who|whom|whose|where|when|and|but|or|then|in|on|at|by|since|during|after|before|for|from|as|while)$/i;
/** A comma, dash or bracket ends a segment; a semicolon, colon or quote ends the search. */
const SUBJECT_CUT_RE = /,|\s[-–—]\s|[()]/;
const SUBJECT_STRONG_RE = /[;:“”"]/g;
/** How far after the clause start its first word is looked for. */
const HEAD_WINDOW = 40;

/**
 * The words before a verb that make its subject ("Russia" in "He said Russia had annexed"), read
 * back over auxiliaries to the first verb, clause word or preposition; null when there are none.
 */
function subjectBefore(tokens: Token[], verb: number): Token[] | null {
  let k = verb - 1;
  while (k >= 0 && classify(tokens[k]!.text) === 'aux') k--;
  const end = k;
  while (k >= 0 && !isVerbLike(tokens[k]!.text) && !SUBJECT_STOP_RE.test(tokens[k]!.text)) k--;
  return end > k ? tokens.slice(k + 1, end + 1) : null;
}

/**
 * "Russia annexed Crimea in 2014 and invaded Ukraine in February", "The ceasefire, agreed late on
 * Thursday, collapsed within hours": the subject that a clause opening with its verb (at `start`)
 * shares with what comes before it, as written, or null. Segments that open with a verb or a
 * "which/who" (", agreed late on Thursday,", ", who …,") are asides and passed over.
 */
export function sharedSubject(sentence: string, start: number): string | null {
  const head = tokenize(sentence.slice(start, start + HEAD_WINDOW)).find((t) => !LEADING_CONNECTIVES.has(t.text.toLowerCase()));
  if (!head || !isVerbLike(head.text)) return null;
  const cut = Math.max(0, ...[...sentence.slice(0, start).matchAll(SUBJECT_STRONG_RE)].map((m) => (m.index ?? 0) + 1));
  const segments = sentence.slice(cut, start).split(SUBJECT_CUT_RE).slice(-SUBJECT_SEGMENTS_BACK).reverse();
  let n = -1;
  for (const seg of segments) {
    const all = tokenize(seg);
    const lead = all.findIndex((t) => !LEADING_CONNECTIVES.has(t.text.toLowerCase()));
    const tokens = lead < 0 ? [] : all.slice(lead);
    const first = tokens[0]?.text;
    if (!first) continue;
    n++;
    // the conjunct just before: the subject of its verb ("Russia annexed Crimea … and")
    const verb = n === 0 ? tokens.findLastIndex((t) => isVerbLike(t.text) && classify(t.text) !== 'aux') : -1;
    const before = verb >= 0 ? subjectBefore(tokens, verb) : null;
    if (before) return before.length > SUBJECT_MAX_TOKENS ? null : seg.slice(before[0]!.start, before.at(-1)!.end);
    if (isVerbLike(first) || APPOSITIVE_RELATIVE_RE.test(first)) continue;
    if (n === 0) return null;
    // past the asides: what ends the segment ("The ceasefire", "Officials said the rebels")
    const edge = tokens.findLastIndex((t) => isVerbLike(t.text) || SUBJECT_STOP_RE.test(t.text));
    if (edge >= 0 && !isVerbLike(tokens[edge]!.text) && tokens[edge]!.text.toLowerCase() !== 'that') return null;
    const tail = tokens.slice(edge + 1);
    return tail.length && tail.length <= SUBJECT_MAX_TOKENS ? seg.slice(tail[0]!.start, tail.at(-1)!.end) : null;
  }
  return null;
}
