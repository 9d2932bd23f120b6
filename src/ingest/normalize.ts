/**
 * Normalises an article as received into clean text and typed paragraphs: homoglyphs folded
 * (with a report), Unicode NFC, control characters removed, and page furniture ("Most read in
 * The Sun", "(Image: Getty)" credits) kept apart from the prose without being lost.
 */
import { foldHomoglyphs, type HomoglyphReport } from './homoglyphs';

export type ParagraphKind = 'prose' | 'heading' | 'caption' | 'furniture';

export interface Paragraph {
  kind: ParagraphKind;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** For captions: the picture credit ("Getty"). */
  credit?: string;
}

export interface Normalized {
  /** The normalised text; paragraphs and every later span index into it. */
  text: string;
  paragraphs: Paragraph[];
  homoglyphs: HomoglyphReport;
  /** How many control or invisible formatting characters were removed. */
  controlsRemoved: number;
}

/** Lines that belong to the web page around the article, not to the article. */
const FURNITURE =
  /^(?:most read in\b.*|read more(?: on| in|:)?\b.*|more on\b.*|related(?: articles?| stories)?:?.*|sign up\b.*|click here\b.*|follow us\b.*|share this (?:article|story)\b.*|advertisement|watch(?: the)? (?:video|live)\b.*|listen to this article)$/i;
/** A picture credit: "(Image: Getty)", "(Picture: AP)", "(Photo: Reuters/AFP)". */
const CREDIT = /\s*\((?<label>Image|Images|Picture|Pictures|Photo|Photos|Credit|Video)\s*:\s*(?<credit>[^()]*)\)\s*$/iu;
/** C0/C1 controls (tab and newline are handled separately) and invisible bidi/format marks. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const TERMINAL = /[.!?…:;"”’')\]]$/u;

const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function kindOf(line: string): ParagraphKind {
  if (FURNITURE.test(line)) return 'furniture';
  if (CREDIT.test(line)) return 'caption';
  const short = line.split(/\s+/).length <= 8;
  if (short && (SHOUTED.test(line) || !TERMINAL.test(line))) return 'heading';
  return 'prose';
}

export function normalize(raw: string): Normalized {
  const nfc = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  let controlsRemoved = 0;
  const cleaned = nfc.replace(/\t/g, ' ').replace(CONTROLS, () => {
    controlsRemoved++;
    return '';
  });
  const { text: folded, report } = foldHomoglyphs(cleaned);

  // One paragraph per non-empty line: news copy puts each paragraph on its own line.
  const lines = folded.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    const start = text.length;
    text += line;
    const kind = kindOf(line);
    const paragraph: Paragraph = { kind, start, end: text.length, text: line };
    if (kind === 'caption') paragraph.credit = CREDIT.exec(line)?.groups?.credit?.trim();
    paragraphs.push(paragraph);
  }
  // A short unpunctuated line just before a captioned picture is that picture's label, not a heading.
  paragraphs.forEach((p, i) => {
    if (p.kind === 'heading' && paragraphs[i + 1]?.kind === 'caption' && !SHOUTED.test(p.text)) p.kind = 'caption';
  });
  return { text, paragraphs, homoglyphs: report, controlsRemoved };
}

/** The part of a paragraph that is article text: a caption without its credit. */
export function bodyOf(paragraph: Paragraph): string {
  return paragraph.kind === 'caption' ? paragraph.text.replace(CREDIT, '') : paragraph.text;
}
