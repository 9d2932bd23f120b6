/**
 * Who the text says gave a number: a small local attribution finder for figures ("Ukraine said
 * it had liberated…" → Ukraine; "according to the UK's Ministry of Defence" → UK's Ministry of
 * Defence; "Serhiy Hayday, the governor of Luhansk, said" → Serhiy Hayday; "…, he said" → the
 * reporter of the sentence before). Claims proper are another extractor's job; this only names
 * the source of the sentence a figure sits in. Returns undefined when the sentence is the
 * writer's own (the caller then credits the outlet) and "unknown" for "is said to", "reports".
 */

import { ORG_HEADS, PERSON_HEADS } from './claimantLexicon';
import { hasQuoteMark, leavesQuoteOpen } from './claimQuotes';

/** The source ends at punctuation or a spaced hyphen ("according to the army - an area the size of …"). */
const ACCORDING_TO = /\baccording\s+to\s+(?<src>(?:(?!\s-\s)[^,.;:!?()–—]){2,80})/gi;
const SPEECH_VERB = /\b(?<verb>said|says|say|claimed|claims|claim|announced|announces|reported|reports|report|estimated|estimates|estimate|believe|stated|states|told|added|confirmed|confirms|declared|declares|insisted|insists|boasted|wrote|writes|tweeted|posted|revealed|reveals|noted|explained|predicted|admitted|admits|assessed|assesses|believes|calculated|calculates|conceded|concedes|acknowledged|acknowledges|maintained|maintains|argued|argues|suggested|suggests|warned|warns|indicated|indicates|put\s+the\s+figure|puts\s+the\s+figure)\b/gi;
/** A speech word inside an "according to" phrase ("according to local reports") is its noun. */
const INSIDE_ACCORDING_TO = /\baccording\s+to\s+[^,.;:!?()–—]{0,60}$/i;
const PASSIVE = /\b(?:is|are|was|were|been|being|be)\s+$/i;
/** Words between a subject and its verb: "has also said", and the day wire copy puts there ("the ministry on Saturday said"). */
const AUXILIARY = /\s+(?:has|have|had|also|later|previously|earlier|officially|publicly|reportedly|then|now|again|further|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)\s*$/i;
/** "estimates by the ISW", "figures from the UN": the source is who made them. */
const DOCUMENT_OF = /^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:estimates?|figures|data|calculations?|assessments?|analysis|maps?)\s+(?:by|from|of)\s+/i;
const LEADING_WORDS = /^(?:(?:but|and|meanwhile|however|yesterday|today|tonight|later|earlier|now|then|also|on|in|last|this|so|still|yet|separately|elsewhere|the|a|an|by|from)\s+)+/i;

/** A proper name: "Serhiy Hayday", "UK's Ministry of Defence". */
const NAME = String.raw`[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|and|de|al|von|van)\s+)*[A-Z][\w'’.-]*)*`;
/** Role and organisation nouns, lower case and capitalised: "ministry", "Ministry", "residents". */
const ROLES = [...PERSON_HEADS, ...ORG_HEADS].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');
/** A proper-noun subject ending right before the verb. */
const NAME_SUBJECT = new RegExp(String.raw`(?<subj>${NAME})\s*$`);
/**
 * A common-noun subject: "the defence ministry", "Ukraine's general staff", "the think tank",
 * "residents", "a commander of the 24th brigade". It starts at a word boundary, so "24th brigade"
 * never yields "th brigade"; an "of" complement stays with the role it qualifies.
 */
const ROLE_SUBJECT = new RegExp(
  String.raw`(?<subj>(?<![\w'’-])(?:(?:the|a|an|The|A|An)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,2}\b(?:${ROLES})(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?)\s*$`,
);
/** Wire copy puts the verb first after a quote or a clause: '…," said Hanna Maliar', '…, said the ministry'. */
const INVERTED_BEFORE = /[,"”]\s*$/;
const INVERTED_SUBJECT = new RegExp(
  String.raw`^\s+(?<subj>(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,2}(?:${ROLES})\b|${NAME})`,
);
/** "according to the regional governor, Ilse Marek.": the name set off after a role is the source. */
const ROLE_THEN_NAME = new RegExp(String.raw`^,\s+(?<name>${NAME})(?=\s*(?:[,.;:!?)–—]|$))`);
const PRONOUN = /\b(?<pro>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\s*$/;
const UNKNOWN_SUBJECT = /\b(?:reports?|rumou?rs?|media|observers|some)\s*$/i;

export interface ReporterContext {
  /** The sentences of the article in order (text only). */
  sentences: readonly string[];
  /** Index of the sentence the figure is in. */
  index: number;
  /** Offset of the figure inside that sentence. */
  at: number;
}

export function findReporter(ctx: ReporterContext, depth = 0): string | undefined {
  const text = ctx.sentences[ctx.index] ?? '';
  let best: { src: string; distance: number } | undefined;
  const consider = (src: string | undefined, pos: number) => {
    if (!src) return;
    const distance = pos <= ctx.at ? ctx.at - pos : (pos - ctx.at) * 2; // prefer the verb before the figure
    if (!best || distance < best.distance) best = { src, distance };
  };
  for (const m of text.matchAll(ACCORDING_TO)) {
    const named = ROLE_THEN_NAME.exec(text.slice(m.index! + m[0].length))?.groups!.name.replace(/\.$/, '');
    consider(cleanSource(named && /^the\s/i.test(m.groups!.src!) ? named : m.groups!.src!), m.index!);
  }
  for (const m of text.matchAll(SPEECH_VERB)) {
    const before = text.slice(0, m.index!);
    if (INSIDE_ACCORDING_TO.test(before)) continue; // "according to Ukrainian estimates": a noun, not a verb
    if (PASSIVE.test(before)) { consider('unknown', m.index!); continue; }
    const subject = subjectBefore(before) ?? subjectAfter(text, m);
    if (!subject) continue;
    if (subject.pronoun) {
      if (depth > 2 || ctx.index === 0) continue;
      const previous = findReporter({ sentences: ctx.sentences, index: ctx.index - 1, at: Infinity }, depth + 1);
      consider(previous ?? lastPerson(ctx.sentences, ctx.index), m.index!);
    } else consider(subject.name, m.index!);
  }
  return best?.src ?? (depth === 0 ? quoteSpeaker(ctx) : undefined);
}

/** A sentence that starts with a quote mark: '"Nobody expected it.' */
const OPENS_WITH_QUOTE = /^["“]/;

/**
 * A figure in a quote carried on from an earlier sentence ('A source said: "They lost 3,000 sq km.
 * That is an area bigger than Luxembourg."'): the speaker of the sentence that opened the quote, or,
 * when that sentence starts with the quote and names nobody, of the quote just before it ('"…," the
 * commander said. "Nobody expected it. Our troops advanced 12 km."').
 */
function quoteSpeaker({ sentences, index, at }: ReporterContext): string | undefined {
  if (hasQuoteMark(sentences[index]!.slice(0, at))) return undefined;
  let opened = false;
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const text = sentences[i]!;
    if (!hasQuoteMark(text)) continue;
    if (!opened && !leavesQuoteOpen(text, false)) return undefined;
    const speaker = findReporter({ sentences, index: i, at: Infinity }, 1);
    if (speaker || opened || !OPENS_WITH_QUOTE.test(text)) return speaker;
    opened = true;
  }
  return undefined;
}

/** Who speaks: a name, or a pronoun to resolve from the sentences before. */
interface Subject {
  name?: string;
  pronoun?: boolean;
}

function subjectBefore(before: string): Subject | undefined {
  let head = before.replace(AUXILIARY, '').replace(AUXILIARY, '');
  const appositive = /^(?<main>.*?[^,\s])\s*,\s*(?<inner>[^,]{3,70}?)\s*,\s*$/.exec(head);
  if (appositive) {
    const { main, inner } = appositive.groups as { main: string; inner: string };
    // "the governor of Luhansk, Serhiy Haidai, said": the appositive is the name;
    // "Serhiy Hayday, the Ukrainian governor of Luhansk, confirmed", "military bloggers, who often
    // criticise the Kremlin, claimed": the appositive is skipped.
    if (NAME_SUBJECT.exec(inner)?.index === 0) head = inner;
    else if (NAME_SUBJECT.test(main) || ROLE_SUBJECT.test(main)) head = main;
  }
  if (PRONOUN.test(head)) return { pronoun: true };
  if (UNKNOWN_SUBJECT.test(head)) return { name: 'unknown' };
  const role = ROLE_SUBJECT.exec(head);
  const name = NAME_SUBJECT.exec(head);
  const raw = role && (!name || role.index <= name.index) ? role.groups!.subj! : name?.groups!.subj;
  const cleaned = raw ? cleanSource(raw) : undefined;
  return cleaned ? { name: cleaned } : undefined;
}

/** The subject of an inverted attribution ('…," said Hanna Maliar'). */
function subjectAfter(text: string, verb: RegExpMatchArray): Subject | undefined {
  if (!INVERTED_BEFORE.test(text.slice(0, verb.index!))) return undefined;
  const raw = INVERTED_SUBJECT.exec(text.slice(verb.index! + verb[0].length))?.groups!.subj;
  const cleaned = raw ? cleanSource(raw) : undefined;
  return cleaned ? { name: cleaned } : undefined;
}

/** A titled or two- or three-word proper name: "President Zelensky", "Serhiy Hayday", "Commander-in-Chief Valeriy Zaluzhnyi". */
const PERSON = /\b(?:(?:President|Prime\s+Minister|Mr|Mrs|Ms|Dr|General|Gen\.|Governor|Gov\.|Sir|Colonel|Col\.|Minister|Mayor|Lieutenant|Commander)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\b/g;

/** The last person named in the sentence before the one at `index` (or the one before that). */
function lastPerson(sentences: readonly string[], index: number): string | undefined {
  for (let i = index; i >= Math.max(0, index - 2); i--) {
    const text = i === index ? '' : sentences[i]!;
    const names = [...text.matchAll(PERSON)].map((m) => m[0]).filter((n) => !/^(?:The|A|An|In|On|But|And)\s/.test(n));
    if (names.length) return names[names.length - 1];
  }
  return undefined;
}

function cleanSource(raw: string): string | undefined {
  const s = raw.trim().replace(DOCUMENT_OF, '').replace(LEADING_WORDS, '').replace(/[’'"”“]+$/, '').trim();
  return s.length > 1 ? s : undefined;
}
