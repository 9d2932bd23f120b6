/**
 * The region "the region" stands for in an article: the last one its text names with a region
 * noun ("the Kherson region", "Kharkiv Oblast", "Donetsk province") that the reference table
 * knows, as a reader takes "Moscow controls 70 per cent of the region" a few lines later.
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';

/** One or two capitalised words and a region noun: "Kherson region", "Ivano-Frankivsk Oblast". */
const NAMED_REGION = /\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s(?:region|Region|oblast|Oblast|province|Province)\b/g;

/** The last region named in `text` that the table knows, or undefined. */
export function lastNamedRegion(text: string, areas: ReferenceAreas): ReferenceArea | undefined {
  const names = [...text.matchAll(NAMED_REGION)];
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]![0];
    // "the Kharkiv region" and "Eastern Kharkiv region": try the name with and without its first word
    const area = areas.find(name) ?? areas.find(name.replace(/^\S+\s/, ''));
    if (area) return area;
  }
  return undefined;
}
