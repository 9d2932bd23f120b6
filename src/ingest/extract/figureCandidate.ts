import type { FigureKind } from '../types';

/**
 * A figure found in one sentence, before attribution: offsets are into the sentence text.
 * The matchers (measures, comparisons, shares, counts) produce these; figures.ts turns them
 * into FigureAnnotations with document offsets, reportedBy and refersTo.
 */
export interface FigureCandidate {
  start: number;
  end: number;
  figureKind: FigureKind;
  /** The number as written (multiplier for comparisons); NaN for a vague amount ("thousands of"). */
  value: number;
  unit: string;
  km2: number | null;
  km: number | null;
  qualifier?: string;
  /** What the number measures, when the matcher can tell from its own pattern. */
  refersTo?: string;
  /**
   * True when the figure is the writer's aside: an appositive comparison or location set off by a
   * comma, dash or bracket ("– an area the size of Devon –", "Lyman, some 30 miles south of X").
   */
  gloss?: boolean;
  /**
   * For a share whose base is written as an area ("27 per cent of its 603,550 sq km"): where that
   * area starts. The area is a figure of its own and may overlap the share from there on.
   */
  baseStart?: number;
}

/** Where a span of the sentence starts once leading whitespace is skipped. */
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  return s;
}

/** Is the text just before `start` an appositive opener (", " "– " "(")? */
export function opensAppositive(text: string, start: number): boolean {
  return /(?:,|[–—(]|\s-)\s*$/.test(text.slice(Math.max(0, start - 3), start));
}
