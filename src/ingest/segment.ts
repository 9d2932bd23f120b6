/**
 * Splits prose into sentences with stable ids (s1, s2 … in reading order) and their spans in
 * the normalised text. Uses the platform's Unicode sentence segmenter, then mends its known
 * slips: a break before a lower-case word ("the U.S. said"), a break after an abbreviation
 * or an initial ("on Sept. 30", "Brig. Gen. Smith") and one after an initialism before a name
 * ("the U.S. Joint Chiefs", "The U.K. Ministry of Defence") or after a clock time before its zone
 * ("at 2:30 p.m. Kyiv time").
 */
import { bodyOf, type Paragraph } from './normalize';
import type { Sentence } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const STARTS_LOWER = /^[\p{Ll}]/u;
/** Abbreviations after which a full stop does not end the sentence: "Sept. 30", "Brig. Gen. Smith", "J. Smith". */
const ENDS_ABBREVIATION =
  /(?:^|[\s(“"'‘])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Brig|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Adm|Cmdr|Gov|Sen|Rep|Rev|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|No|Nos|Vol|vs|approx|est|Inc|Corp|Co|Jr|Sr|\p{Lu})\.$/u;
/** An initialism: "U.S.", "U.K.", "E.U.". */
const ENDS_INITIALISM = /(?:^|[\s(“"'‘-])(?:\p{Lu}\.){2,}$/u;
/**
 * Words that open a sentence far more often than they follow an initialism inside one: after
 * "…moved to the U.S." a sentence starting "On Monday" or "He" is a new one; "U.S. President
 * Joe Biden", "U.S. Joint Chiefs" are not.
 */
const OPENS_SENTENCE =
  /^["“‘']?(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|In|On|At|By|For|From|To|With|After|Before|When|While|As|If|Although|Though|Since|This|That|These|Those|There|Here|His|Her|Its|Their|Our|My|Some|Many|Most|Meanwhile|However|Still|Now|Then|Later|Earlier|Last|Next|What|Who|Why|How|Where|Not|One|Both|Each|Every|All)\b/;

/** A clock time and the zone after it: "2:30 p.m. Kyiv time", "9 a.m. GMT". */
const ENDS_CLOCK = /\b[ap]\.m\.$/i;
const TIME_ZONE = /^(?:(?:\p{Lu}[\p{L}-]*\s+){1,2}time\b|(?:GMT|UTC|ET|EST|EDT|CET|CEST|EET|EEST|BST|PT|PST|PDT|MSK)\b)/u;

/** Whether the segmenter's break between `prev` and `next` is a slip (see the top of the file). */
const mends = (prev: string, next: string): boolean =>
  STARTS_LOWER.test(next) ||
  ENDS_ABBREVIATION.test(prev) ||
  (ENDS_INITIALISM.test(prev) && !OPENS_SENTENCE.test(next)) ||
  (ENDS_CLOCK.test(prev) && TIME_ZONE.test(next));

/** Paragraph kinds whose text is article prose and so gets sentence ids (headings get slugs). */
export function hasSentences(p: Paragraph): boolean {
  return p.kind === 'prose' || p.kind === 'caption' || p.kind === 'item';
}

export function segment(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    if (!hasSentences(p)) return;
    const pieces: { start: number; end: number }[] = [];
    for (const s of segmenter.segment(bodyOf(p))) {
      const trimmed = s.segment.trimEnd();
      if (!trimmed) continue;
      const start = p.start + s.index;
      const piece = { start, end: start + trimmed.length };
      const prev = pieces.at(-1);
      const prevText = prev ? p.text.slice(prev.start - p.start, prev.end - p.start) : '';
      if (prev && mends(prevText, trimmed)) prev.end = piece.end;
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      const text = p.text.slice(piece.start - p.start, piece.end - p.start);
      sentences.push({ id: `s${sentences.length + 1}`, start: piece.start, end: piece.end, text, paragraph });
    }
  });
  return sentences;
}
