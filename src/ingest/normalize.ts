/**
 * Normalises an article as received into clean text and typed paragraphs: homoglyphs folded
 * (with a report), Unicode NFC, control characters removed, page furniture ("Most read in
 * The Sun", "(Image: Getty)" credits) kept apart from the prose without being lost, and list items
 * ("• Kyiv retook Izium", "2. Talks resumed") told from paragraphs.
 */
import { foldHomoglyphs, type HomoglyphReport } from './homoglyphs';

export type ParagraphKind = 'prose' | 'heading' | 'caption' | 'furniture' | 'item';

export interface Paragraph {
  kind: ParagraphKind;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** For captions: the picture credit ("Getty"). */
  credit?: string;
  /**
   * For list items: the marker that opens the line ("•", "-", "3." or "3)"), which the paragraph
   * (its start, end and text) leaves out; the normalised text keeps it.
   */
  marker?: string;
}

export interface Normalized {
  /** The normalised text; paragraphs and every later span index into it. */
  text: string;
  paragraphs: Paragraph[];
  homoglyphs: HomoglyphReport;
  /** How many control or invisible formatting characters were removed. */
  controlsRemoved: number;
}

/**
 * Lines that belong to the web page or the wire around the article, not to the article: links to
 * other pages, sharing buttons, copyright notices, update stamps and the agencies' credit lines
 * ("Reporting by …; Editing by …", "Associated Press writer … contributed.").
 */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'most (?:read|popular|viewed|shared)(?: in\\b.*)?', 'read more(?: on| in|:)?\\b.*', 'more on\\b.*', 'more:\\s.*', 'related(?: articles?| stories)?:?.*', 'sign up\\b.*',
      'click here\\b.*', 'follow us\\b.*', 'follow\\b.*\\bhttps?://\\S+', 'share this (?:article|story)\\b.*', 'share(?: on \\w+)?', 'copy link',
      'advertisement', 'watch(?: the)? (?:video|live)\\b.*', 'listen to this article',
      '(?:copyright (?:© ?)?\\d{4}|©).*', '.*\\ball rights reserved\\b.*', 'our standards:.*',
      '(?:updated|published|posted|last updated|first published)\\b[^.!?]{0,60}\\d',
      '(?:additional )?(?:reporting|writing|editing) by\\b.*',
      // An editor's note on the copy: "This article was amended on 12 September 2022 to correct …", "Correction: …".
      '(?:this (?:article|story|report|piece) (?:was|has been|had been) (?:amended|updated|corrected|changed)\\b.*|corrections?:.*|an earlier version of this (?:article|story)\\b.*)',
      // The signature under an embedded post: "— Volodymyr Zelenskyy (@ZelenskyyUa) September 10, 2022".
      '[—–-] [^()]{1,80}\\(@\\w{1,30}\\) [a-z]+ \\d{1,2}, \\d{4}',
    ].join('|') +
    ')$',
  'i',
);
const BYLINE_WORD = String.raw`(?:\p{Lu}[\p{L}’'.-]*|and|&)`;
/**
 * Credits, where case tells them from prose: a byline ("By Jane Doe and John Roe, Associated
 * Press": every word capitalised, no full stop) and "Associated Press writer Jane Doe in Kyiv
 * contributed." (a capitalised name after the role). A space must part the byline's words, so a
 * long capitalised run is read once, not split every which way (which took exponential time).
 */
const CREDITS = new RegExp(
  String.raw`^(?:B[yY] ${BYLINE_WORD}(?:,? ${BYLINE_WORD}){0,11}|(?:\p{Lu}\S* ){0,3}(?:writers?|reporters?|correspondents?|journalists?) \p{Lu}.*\bcontributed(?: to this (?:report|story))?\.?)$`,
  'u',
);
/**
 * A picture credit: "(Image: Getty)", "(Picture: AP)", "(Photo: Reuters/AFP)", or after the
 * caption's last sentence, "… near Izium. Photograph: Juan Barreto/AFP/Getty Images".
 */
const CREDIT =
  /(?:\s*\((?:Image|Images|Picture|Pictures|Photo|Photos|Credit|Video)\s*:\s*(?<credit>[^()]*)\)|(?<=[.!?]) (?:Photograph|Photo|Picture|Illustration)\s*:\s*(?<after>[^.!?:()]{2,80}))\s*$/iu;
/** C0/C1 controls (tab and newline are handled separately) and invisible bidi/format marks. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const TERMINAL = /[.!?…:;"”’')\]]$/u;

const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/**
 * A list item: a bullet ("•", "-", "*", "–" …) or a number up to 99 with "." or ")", then a space,
 * then text with a letter or digit in it ("* * *", a section break, is no item). Not an em dash,
 * which opens a quoted line in some copy.
 */
const ITEM = /^(?<marker>[•·▪◦‣∙*–-]|\d{1,2}[.)]) (?=.*[\p{L}\p{N}])/u;

function kindOf(line: string): ParagraphKind {
  if (FURNITURE.test(line) || CREDITS.test(line)) return 'furniture';
  if (CREDIT.test(line)) return 'caption';
  const short = line.split(/\s+/).length <= 8;
  if (short && (SHOUTED.test(line) || !TERMINAL.test(line))) return 'heading';
  return 'prose';
}

const comparable = (line: string) => line.replace(/\s+/g, ' ').trim().toLowerCase();

/** `title`, when given, is the article's headline: a first line that repeats it is page furniture (the page shows the title already). */
export function normalize(raw: string, title?: string): Normalized {
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
    const item = ITEM.exec(line);
    const skip = item?.[0].length ?? 0;
    if (item && !FURNITURE.test(line.slice(skip))) {
      paragraphs.push({ kind: 'item', start: start + skip, end: text.length, text: line.slice(skip), marker: item.groups!.marker });
      continue;
    }
    // "• Read more: …" is furniture like "Read more: …".
    const repeatsTitle = paragraphs.length === 0 && title !== undefined && comparable(line) === comparable(title);
    const kind = item || repeatsTitle ? 'furniture' : kindOf(line);
    const paragraph: Paragraph = { kind, start, end: text.length, text: line };
    if (kind === 'caption') paragraph.credit = creditOf(line);
    paragraphs.push(paragraph);
  }
  // A short unpunctuated line just before a captioned picture is that picture's label, not a heading.
  paragraphs.forEach((p, i) => {
    if (p.kind === 'heading' && paragraphs[i + 1]?.kind === 'caption' && !SHOUTED.test(p.text)) p.kind = 'caption';
  });
  return { text, paragraphs, homoglyphs: report, controlsRemoved };
}

/** The picture credit of a caption line: "Getty", "Juan Barreto/AFP/Getty Images". */
function creditOf(line: string): string | undefined {
  const g = CREDIT.exec(line)?.groups;
  return (g?.credit ?? g?.after)?.trim();
}

/** The part of a paragraph that is article text: a caption without its credit. */
export function bodyOf(paragraph: Paragraph): string {
  return paragraph.kind === 'caption' ? paragraph.text.replace(CREDIT, '') : paragraph.text;
}
