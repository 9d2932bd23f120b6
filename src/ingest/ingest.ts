/**
 * The ingest pipeline as one pure function: article text in, annotations out.
 * normalise → segment into sentences → run each extractor over the same context.
 */
import { extractClaims } from './extract/claims';
import { extractEvents } from './extract/events';
import { extractFigures } from './extract/figures';
import { extractPlaces } from './extract/places';
import type { Gazetteer } from './gazetteer';
import { normalize, type Normalized } from './normalize';
import type { Landmarks } from './landmarkDates';
import type { ReferenceAreas } from './referenceAreas';
import { segment } from './segment';
import type { ClaimAnnotation, EventAnnotation, FigureAnnotation, PlaceAnnotation, Sentence } from './types';

export interface IngestOptions {
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** The outlet, credited with the journalist's own glosses and hedges. */
  outlet?: string;
  /** The headline, which the text may repeat as its first line. */
  title?: string;
  areas: ReferenceAreas;
  gazetteer: Gazetteer;
  /** Landmarks texts date things by ("since the start of the war"). */
  landmarks?: Landmarks;
}

export interface IngestResult {
  normalized: Normalized;
  sentences: Sentence[];
  events: EventAnnotation[];
  claims: ClaimAnnotation[];
  figures: FigureAnnotation[];
  places: PlaceAnnotation[];
}

export function ingest(raw: string, options: IngestOptions): IngestResult {
  const normalized = normalize(raw, options.title);
  const sentences = segment(normalized.paragraphs);
  const ctx = { text: normalized.text, sentences, published: options.published, outlet: options.outlet, landmarks: options.landmarks };
  return {
    normalized,
    sentences,
    events: extractEvents(ctx),
    claims: extractClaims(ctx),
    figures: extractFigures(ctx, options.areas),
    places: extractPlaces(ctx, options.gazetteer),
  };
}
