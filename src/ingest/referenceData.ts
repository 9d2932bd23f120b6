/**
 * The reference data ingest needs, read from content/data/ (which editors may extend) and built
 * into lookups once per process: "the size of X" areas, the place gazetteer and the landmarks
 * texts date things by ("since the start of the war").
 */
import landmarkDates from '../../content/data/landmark-dates.json';
import places from '../../content/data/places.json';
import curatedAreas from '../../content/data/reference-areas.json';
import { buildGazetteerIndex, parsePlaces, type Gazetteer } from './gazetteer';
import { loadLandmarks, type Landmarks } from './landmarkDates';
import { loadReferenceAreas, type ReferenceAreas } from './referenceAreas';

type ReferenceData = { areas: ReferenceAreas; gazetteer: Gazetteer; landmarks: Landmarks };
let cached: ReferenceData | undefined;

export function referenceData(): ReferenceData {
  cached ??= { areas: loadReferenceAreas(curatedAreas), gazetteer: buildGazetteerIndex(parsePlaces(places)), landmarks: loadLandmarks(landmarkDates) };
  return cached;
}
