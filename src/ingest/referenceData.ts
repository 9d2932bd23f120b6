/**
 * The reference data ingest needs, read from content/data/ (which editors may extend) and built
 * into lookups once per process: "the size of X" areas and the place gazetteer.
 */
import places from '../../content/data/places.json';
import curatedAreas from '../../content/data/reference-areas.json';
import { buildGazetteerIndex, parsePlaces, type Gazetteer } from './gazetteer';
import { loadReferenceAreas, type ReferenceAreas } from './referenceAreas';

let cached: { areas: ReferenceAreas; gazetteer: Gazetteer } | undefined;

export function referenceData(): { areas: ReferenceAreas; gazetteer: Gazetteer } {
  cached ??= { areas: loadReferenceAreas(curatedAreas), gazetteer: buildGazetteerIndex(parsePlaces(places)) };
  return cached;
}
