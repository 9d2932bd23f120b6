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

export function loadLandmarks(file: LandmarkFile): Landmarks {
  const { landmarks } = LandmarkFileSchema.parse(file);
  const compiled = landmarks.map((l) => ({
    landmark: l,
    // built once per landmark at load: "Ukraine" as a word, in any case
    mentions: new RegExp(`(?<![\\p{L}\\p{N}])(?:${l.mentions.map(aliasPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  return {
    all: landmarks,
    forArticle(text, published) {
      const applies = compiled.filter((c) => c.landmark.date <= published && c.mentions.test(text)).map((c) => c.landmark);
      if (!applies.length) return undefined;
      const byKey = new Map(applies.flatMap((l) => l.aliases.map((a) => [aliasKey(a), l.date] as const)));
      const aliases = applies.flatMap((l) => l.aliases).sort((a, b) => b.length - a.length).map(aliasPattern).join('|');
      return { aliases, dateOf: (alias) => byKey.get(aliasKey(alias)) };
    },
  };
}
