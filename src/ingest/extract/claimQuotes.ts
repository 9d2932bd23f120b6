/**
 * Hides quoted speech so that attribution rules only see the reporter's own words: a verb
 * inside a quote ("… refuse to admit that …") is the speaker's, not an attribution.
 * The mask keeps every offset: each quoted character becomes MASK.
 */

/** Stands for a quoted character in a masked sentence (¤ is never a letter or a quote). */
export const MASK = '\u00a4';

const TERMINAL_THEN_CAPITAL = /[.!?…]["”’]?(?=\s+[\p{Lu}“"])/gu;

/** Where an unclosed quote opened at `open` most likely ends: its first sentence-ending stop. */
function unclosedEnd(text: string, open: number, limit: number): number {
  TERMINAL_THEN_CAPITAL.lastIndex = open + 1;
  const m = TERMINAL_THEN_CAPITAL.exec(text);
  return m && m.index < limit ? m.index + m[0].length : limit;
}

/**
 * A straight quote right after a stop and before a space or the end closes a quote: an opening
 * quote stands before its first word ('said: "We'), a closing one after its last stop.
 */
const CLOSING_STRAIGHT = /[.!?,…]/u;
const closesEarlierQuote = (text: string, i: number): boolean =>
  CLOSING_STRAIGHT.test(text[i - 1] ?? '') && (i + 1 === text.length || /\s/u.test(text[i + 1]!));

/** Spans [start, end) of quoted text, quote marks included. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let seenQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (open >= 0) spans.push([open, unclosedEnd(text, open, i)]);
      open = i;
      seenQuote = true;
    } else if (c === '”') {
      if (open >= 0) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (!seenQuote) {
        // the close of a quote that opened in an earlier sentence
        spans.push([0, i + 1]);
      }
      seenQuote = true;
    } else if (c === '"') {
      if (open >= 0) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (!seenQuote && closesEarlierQuote(text, i)) {
        // a lone straight quote after a stop closes a quote opened in an earlier sentence
        // ('… positions," the ministry said.'): what follows is the reporter's attribution
        spans.push([0, i + 1]);
      } else open = i;
      seenQuote = true;
    }
  }
  if (open >= 0) spans.push([open, unclosedEnd(text, open, text.length)]);
  // single curly quotes: ‘ opens after a space or at the start, ’ closes before a non-letter
  const single = /(?<=^|[\s(\[—–-])‘[^‘’]*?[^\s]’(?![\p{L}])/gu;
  for (const m of text.matchAll(single)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A quoted adverb ("Moscow “categorically” denied"): the reporter's sentence, whose verb must stay in reach of its subject. */
const QUOTED_ADVERB = /^\p{Ll}{2,}ly$/u;

/** A quoted capitalised word right after a name ('Operational Command "South"'): part of that name. */
const QUOTED_NAME_PART = /^\p{Lu}[\p{L}-]*$/u;
const NAME_BEFORE = /\p{Lu}[\p{L}’'-]*\s$/u;

/**
 * The sentence with quoted text replaced by MASK, same length, same offsets; a quoted lone adverb
 * or a quoted part of a name keeps its word and loses only its marks (to spaces), as it holds no
 * speech of its own.
 */
export function maskQuotes(text: string): string {
  const chars = text.split(''); // UTF-16 units, so offsets stay those of the text
  for (const [start, end] of quotedSpans(text)) {
    const inner = text.slice(start + 1, end - 1);
    if (end - start > 3 && (QUOTED_ADVERB.test(inner)
      || (QUOTED_NAME_PART.test(inner) && NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))))) {
      chars[start] = ' ';
      chars[end - 1] = ' ';
      continue;
    }
    for (let i = start; i < end; i++) chars[i] = MASK;
  }
  return chars.join('');
}

/** True when the sentence is nothing but quoted speech (a continuation quote). */
export function isAllQuote(masked: string): boolean {
  return !/[\p{L}\p{N}]/u.test(masked);
}

/** A double quote mark of either kind. */
const QUOTE_MARK = /[“”"]/u;

/** True when the sentence holds a double quote mark. */
export const hasQuoteMark = (text: string): boolean => QUOTE_MARK.test(text);

/**
 * Whether a quote is still open after the sentence, given whether one was open before it:
 * 'He told The Sun: “The enemy is running.' leaves one open, so the next sentence of the
 * paragraph ("Putin said he would win.") is still the speaker's words.
 */
export function leavesQuoteOpen(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (const c of text) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
