/**
 * The area in km² of a reference area named in a comparison ("Devon" in unit="reference:Devon"),
 * from the reference table (world-countries + content/data/reference-areas.json), built once.
 */
import curated from '../../content/data/reference-areas.json';
import { loadReferenceAreas, type ReferenceAreas } from '../ingest/referenceAreas';

let areas: ReferenceAreas | undefined;

export function referenceAreaKm2(name: string): number | undefined {
  areas ??= loadReferenceAreas(curated);
  return areas.find(name)?.km2;
}
