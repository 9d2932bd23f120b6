/**
 * Shapes shared by the ingest pipeline. Every extraction keeps its place in the text:
 * `start`/`end` are offsets into the normalised article text, `text` is that slice.
 */
import type { Landmarks } from './landmarkDates';

/** A span of the normalised text. */
export interface Span {
  /** Offset of the first character in the normalised text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The text between start and end, exactly. */
  text: string;
}

/** A sentence of prose with a stable id (s1, s2 …) in reading order. */
export interface Sentence extends Span {
  id: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** What every extractor is given. */
export interface ExtractContext {
  /** The whole normalised text; sentence spans index into it. */
  text: string;
  sentences: Sentence[];
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  /** The outlet, used as the reporter of a journalist's own gloss ("The Sun"). */
  outlet?: string;
  /** Landmarks texts date things by ("since the start of the war"); none when absent. */
  landmarks?: Landmarks;
}

/** A day or an inclusive range of days, both YYYY-MM-DD. */
export interface DateRange {
  start: string;
  end: string;
}

/** How exact a date is, so a page can say "early March 2022" or "5–11 September 2022". */
export type DatePrecision = 'day' | 'range' | 'week' | 'month' | 'part-of-month' | 'season' | 'year';

export interface EventAnnotation extends Span {
  kind: 'event';
  sentence: string;
  /** A short label of what happened, taken from the clause. */
  summary: string;
  date: DateRange;
  precision: DatePrecision;
  /** The temporal expression as written ("last week’s", "early March"), with its own span. */
  when: Span;
}

export const CLAIM_STATUSES = ['claimed', 'confirmed', 'denied', 'disputed', 'unverified'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIMANT_KINDS = ['person', 'org', 'state', 'media', 'unknown'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export interface ClaimAnnotation extends Span {
  kind: 'claim';
  sentence: string;
  /** Who made the claim, as written in the text (pronouns resolved); "unknown" when unattributed. */
  claimant: string;
  claimantKind: ClaimantKind;
  /** The attribution verb or phrase ("said", "according to", "are said to be"). */
  verb: string;
  status: ClaimStatus;
  /** Index (in the returned claims array) of the claim this one confirms, denies or disputes. */
  confirms?: number;
}

export const FIGURE_KINDS = ['area', 'distance', 'share', 'count'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureAnnotation extends Span {
  kind: 'figure';
  sentence: string;
  figureKind: FigureKind;
  /** The number as written; for comparisons the multiplier (1, 2, 0.5). */
  value: number;
  /** km2 | sq_mi | km | mi | share | count | reference:<Name> */
  unit: string;
  km2: number | null;
  km: number | null;
  /** "some", "at least", "about", "more than" … when the text hedges the number. */
  qualifier?: string;
  /** Who the text says gave the number; the outlet for the journalist's own gloss. */
  reportedBy: string;
  /** What the number measures ("territory liberated", "Melitopol"). */
  refersTo: string;
}

export interface PlaceAnnotation extends Span {
  kind: 'place';
  sentence: string;
  /** Canonical name from the gazetteer (Izium for "Izyum"). */
  name: string;
  lat: number;
  lon: number;
}

export type Annotation = EventAnnotation | ClaimAnnotation | FigureAnnotation | PlaceAnnotation;
