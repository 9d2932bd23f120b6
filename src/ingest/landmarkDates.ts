/**
 * Landmarks a report dates other things by without giving their date: "since the start of the
 * war", "three months into the invasion" (content/data/landmark-dates.json, which editors may
 * extend). Each entry names its date, the ways a text refers to it and the words an article must
 * mention for it to apply: "the war" is Russia's invasion of Ukraine only in an article about it,
 * published on or after the day it began.
 */
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const LandmarkSchema = z.object({
  /** What happened, e.g. "Russia's full-scale invasion of Ukraine". */
  name: z.string().min(1),
  /** The day it happened, YYYY-MM-DD. */
  date: z.string().regex(ISO_DAY, 'must be a day written YYYY-MM-DD'),
  /** How a text names it, with its article or possessive: "the war", "Russia's invasion". */
  aliases: z.array(z.string().min(1)).min(1),
  /** Words an article must mention (any one) for the aliases to mean this landmark: "Ukraine". */
  mentions: z.array(z.string().min(1)).min(1),
  /** Where the date comes from. */
  source: z.string().min(1),
});

export const LandmarkFileSchema = z.object({
  description: z.string().optional(),
  landmarks: z.array(LandmarkSchema),
});

export type Landmark = z.output<typeof LandmarkSchema>;
export type LandmarkFile = z.input<typeof LandmarkFileSchema>;

/** The landmarks that apply to one article: their aliases as a pattern, and the day each names. */
export interface ArticleLandmarks {
  /** A regular-expression alternation of the aliases, longest first (case-insensitive use). */
  aliases: string;
  /** The day an alias as matched names, or undefined. */
  dateOf(alias: string): string | undefined;
}

export interface Landmarks {
  readonly all: readonly Landmark[];
  /** The landmarks an article mentions, published on `published`; undefined when none applies. */
  forArticle(text: string, published: string): ArticleLandmarks | undefined;
}

const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;
const SPACE_RE = /\s+/g;
const APOSTROPHE_RE = /['’]/g;

/** An alias's lookup key: lower case, straight apostrophes, single spaces. */
export const aliasKey = (alias: string): string => alias.toLowerCase().replace(APOSTROPHE_RE, "'").replace(SPACE_RE, ' ').trim();

/** An alias as a pattern: any run of spaces, either apostrophe. */
const aliasPattern = (alias: string): string =>
  alias.trim().replace(REGEX_SPECIAL_RE, '\\$&').replace(SPACE_RE, '\\s+').replace(APOSTROPHE_RE, "['’]");

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `lower` (a text in lower case) holds `word` (lower case) as a whole word. */
function holdsWord(lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (!WORD_CHAR.test(lower[i - 1] ?? '') && !WORD_CHAR.test(lower[i + word.length] ?? '')) return true;
  }
  return false;
}

/** The aliases of some landmarks as one pattern, and the day each names. */
function articleLandmarks(applies: readonly Landmark[]): ArticleLandmarks {
  const byKey = new Map(applies.flatMap((l) => l.aliases.map((a) => [aliasKey(a), l.date] as const)));
  const aliases = applies.flatMap((l) => l.aliases).sort((a, b) => b.length - a.length).map(aliasPattern).join('|');
  return { aliases, dateOf: (alias) => byKey.get(aliasKey(alias)) };
}

export function loadLandmarks(file: LandmarkFile): Landmarks {
  const { landmarks } = LandmarkFileSchema.parse(file);
  const mentions = landmarks.map((l) => l.mentions.map((m) => m.toLowerCase()));
  // by which landmarks apply: most articles share one set, built once
  const built = new Map<string, ArticleLandmarks>();
  return {
    all: landmarks,
    forArticle(text, published) {
      const lower = text.toLowerCase();
      const applies = landmarks.flatMap((l, i) => (l.date <= published && mentions[i]!.some((m) => holdsWord(lower, m)) ? [i] : []));
      if (!applies.length) return undefined;
      const key = applies.join(',');
      let found = built.get(key);
      if (!found) built.set(key, (found = articleLandmarks(applies.map((i) => landmarks[i]!))));
      return found;
    },
  };
}
