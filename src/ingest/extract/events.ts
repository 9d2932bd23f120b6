/**
 * Dated events: something that happened (a capture, a withdrawal, an attack, a meeting …) that
 * the text ties to a time. For each temporal expression (dates.ts) we take the clause around it
 * (eventClause.ts) and look at the predicate nearest to the expression:
 *  - an event verb or noun ("captured … on Tuesday", "last week's assault") → an event;
 *  - a reporting act ("said on Tuesday", "in an address on Monday") or a state ("now control",
 *    "are now being held") → declined: the time belongs to the speech or the state;
 *  - a modal in the clause ("would be freed by Friday", "will last") → declined: a plan or forecast;
 *  - a negated predicate ("has not attacked since May") → declined.
 * Headlines, captions and questions are skipped. Chained expressions ("the next day") resolve from
 * the last date the text gave.
 */
import type { DateRange, EventAnnotation, ExtractContext, Sentence } from '../types';
import { clauseAround, tokenize, type Token } from './eventClause';
import { classify, EVENT_NOUN_FORMS, isVerbLike, MODALS } from './eventWords';
import { resolveDates, type ResolvedDate } from './dates';

const CAPTION_RE = /\((?:image|photo|picture|video|credit)s?\s*:/i;
const TERMINAL_RE = /[.!”"’']\s*$/;
const HEADLINE_MAX_TOKENS = 10;
const SPECULATIVE_MODALS = new Set(['could', 'might', 'may']);
/** Plans and forecasts: "are expected to resume on Friday", "is set to visit". */
const FUTURE_RE = /\b(?:expected|set|due|scheduled|going|planning|plans?|intends?|intending|aims?|aiming|hopes?|hoping|poised|likely|unlikely|about|ready|preparing|prepares|vowed|vows|pledged|promised|threatened|threatens)\s+to\s+\p{L}/iu;
/** "held" dates an event when what was held is one: "the meeting, held in Vilnius last month". */
const HELD_EVENT_RE = /\b(?:meeting|talks|summit|referendum|election|elections|vote|ceremony|conference|parade|rally|funeral|negotiations|exercises|drills)\b/i;
const HOLD_FORMS = new Set(['hold', 'holds', 'held', 'holding']);
/** "declared the annexation", "announced a ceasefire": a declaration whose object is an event is one. */
const DECLARE_RE = /^(?:declare|declares|declared|declaring|announce|announces|announced|announcing|proclaim|proclaimed)$/i;
const DECLARED_OBJECT_SPAN = 3;
const SUMMARY_CONNECTIVE_RE = /^(?:and|but|or|so|then|where|which|who|that|while|whereas|after|as|when|although|though|because|meanwhile|however)\b[\s,]*/i;
const SUMMARY_MAX_WORDS = 16;
const LEADING_PREPOSITION_RE = /^(?:in|on|for|over|during|since|by|at)\s+/i;
const LEADING_COMMA_RE = /^\s*,\s*/;

/** Page furniture and headlines: no lowercase, captions, questions, short unpunctuated lines. */
export function isFurniture(sentence: Sentence, isFirst: boolean): boolean {
  const text = sentence.text.trim();
  if (!/\p{Ll}/u.test(text)) return true;
  if (CAPTION_RE.test(text) || /\?\s*[”"’']?\s*$/.test(text)) return true;
  if (TERMINAL_RE.test(text)) return false;
  return isFirst || tokenize(text).length <= HEADLINE_MAX_TOKENS;
}

interface Predicate {
  token: Token;
  cls: ReturnType<typeof classify>;
  index: number;
}

/**
 * The event/report/state word nearest the time expression inside the clause; ties go to the one
 * before. When the clause has none of those, a past tense outside our lists ("was breached") is
 * taken as the event.
 */
function nearestPredicate(tokens: Token[], when: { start: number; end: number }): Predicate | undefined {
  const firstAfter = tokens.findIndex((t) => t.start >= when.end);
  const firstIn = tokens.findIndex((t) => t.end > when.start);
  const lastBefore = firstIn < 0 ? tokens.length - 1 : firstIn - 1;
  const outside = (t: Token): boolean => t.end <= when.start || t.start >= when.end;
  const distance = (t: Token, index: number): number =>
    t.end <= when.start ? lastBefore - index : index - firstAfter + 0.5;
  const pick = (classOf: (t: Token) => Predicate['cls'] | null): Predicate | undefined => {
    let best: Predicate | undefined;
    let bestDistance = Infinity;
    tokens.forEach((token, index) => {
      const cls = outside(token) ? classOf(token) : null;
      if (!cls || distance(token, index) >= bestDistance) return;
      best = { token, cls, index };
      bestDistance = distance(token, index);
    });
    return best;
  };
  return pick((t) => {
    const cls = classify(t.text);
    return cls === 'event' || cls === 'report' || cls === 'state' ? cls : null;
  }) ?? pick((t) => (classify(t.text) === 'other' && /ed$/i.test(t.text) && isVerbLike(t.text) ? 'event' : null));
}

function isNegation(token: Token | undefined): boolean {
  if (!token) return false;
  const t = token.text.toLowerCase();
  return classify(t) === 'negation' || /n['’]t$/.test(t);
}

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

/** The event a resolved date anchors in its sentence, or null when it dates something else. */
function eventFor(sentence: Sentence, d: ResolvedDate): EventAnnotation | null {
  const when = { start: d.index, end: d.index + d.text.length };
  const clause = clauseAround(sentence.text, when);
  const tokens = tokenize(sentence.text.slice(clause.start, clause.end), clause.start);
  if (hasBlockingModal(tokens.filter((t) => t.end <= when.start || t.start >= when.end))) return null;
  const predicate = nearestPredicate(tokens, when);
  if (!predicate) return null;
  const clauseText = sentence.text.slice(clause.start, clause.end);
  const i = predicate.index;
  const heldEvent = HOLD_FORMS.has(predicate.token.text.toLowerCase()) && HELD_EVENT_RE.test(clauseText);
  const declaredEvent = DECLARE_RE.test(predicate.token.text)
    && tokens.slice(i + 1, i + 1 + DECLARED_OBJECT_SPAN).some((t) => EVENT_NOUN_FORMS.has(t.text.toLowerCase()));
  if (predicate.cls !== 'event' && !heldEvent && !declaredEvent) return null;
  // "now"/"today" date only what sits in their own segment ("There are fierce battles in Lyman now"),
  // not a verb reached across a comma ("The war, now in its 16th month, has killed …").
  if (d.present && (predicate.token.start < clause.core.start || predicate.token.end > clause.core.end)) return null;
  const upToPredicate = sentence.text.slice(clause.start, Math.max(predicate.token.end, when.start));
  if (FUTURE_RE.test(upToPredicate)) return null;
  if ([tokens[i - 1], tokens[i - 2], tokens[i - 3]].some(isNegation)) return null;
  // "has been occupied since early March": a resulting state dates its event to X, not [X, D].
  const passivePerfect = /ed$|en$/i.test(predicate.token.text) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.text.toLowerCase() === 'been');
  const { date, precision } = d.since && passivePerfect ? d.since : d;
  return {
    kind: 'event',
    sentence: sentence.id,
    start: sentence.start + clause.start,
    end: sentence.start + clause.end,
    text: clauseText,
    summary: summarize(clauseText, d.text),
    date,
    precision,
    when: { start: sentence.start + when.start, end: sentence.start + when.end, text: d.text },
  };
}

/** Every dated event in the article, in reading order, one per clause. */
export function extractEvents(ctx: ExtractContext): EventAnnotation[] {
  const events: EventAnnotation[] = [];
  let anchor: DateRange | undefined;
  ctx.sentences.forEach((sentence, n) => {
    if (isFurniture(sentence, n === 0)) return;
    const dates = resolveDates(sentence.text, ctx.published, anchor);
    for (const d of dates) {
      if (!d.present) anchor = d.date;
      const event = eventFor(sentence, d);
      if (!event) continue;
      // One event per clause: a second date in the same clause ("on 3 May at dawn") adds nothing.
      if (events.some((e) => e.start === event.start && e.end === event.end)) continue;
      events.push(event);
    }
  });
  return events;
}
