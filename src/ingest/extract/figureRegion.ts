/**
 * The region "the region" stands for in an article: the last one its text names with a region
 * noun ("the Kherson region", "Kharkiv Oblast", "Donetsk province") that the reference table
 * knows, as a reader takes "Moscow controls 70 per cent of the region" a few lines later. In the
 * share's own sentence a bare name the table knows as an oblast counts too: "in Kherson, where
 * Ukraine holds a tenth of the region". Earlier in the article a bare "Kherson" is as likely the city.
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';

/** One or two capitalised words and a region noun: "Kherson region", "Ivano-Frankivsk Oblast". */
const NAMED_REGION = /\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s(?:region|Region|oblast|Oblast|province|Province)\b/g;
const BARE_NAME = /\b[A-Z][\w'’-]*/g;
const OBLAST = /\boblast$/i;

/** The last region named in `text` that the table knows, or undefined; bare names count from `sentenceStart` on. */
export function lastNamedRegion(text: string, areas: ReferenceAreas, sentenceStart = text.length): ReferenceArea | undefined {
  const names = [...text.matchAll(NAMED_REGION)];
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]![0];
    // "the Kharkiv region" and "Eastern Kharkiv region": try the name with and without its first word
    const area = areas.find(name) ?? areas.find(name.replace(/^\S+\s/, ''));
    if (area) return laterBareRegion(text, areas, Math.max(sentenceStart, names[i]!.index! + name.length)) ?? area;
  }
  return laterBareRegion(text, areas, sentenceStart);
}

/** The last bare name after `from` that the table knows as an oblast. */
function laterBareRegion(text: string, areas: ReferenceAreas, from: number): ReferenceArea | undefined {
  let found: ReferenceArea | undefined;
  for (const m of text.slice(from).matchAll(BARE_NAME)) {
    const area = areas.find(m[0]);
    if (area && OBLAST.test(area.name)) found = area;
  }
  return found;
}
