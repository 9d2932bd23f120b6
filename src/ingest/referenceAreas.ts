/**
 * The reference table behind "an area the size of Devon": every country from the maintained
 * `world-countries` package (mledoze/countries, ODbL-1.0; its `area` field is in km²) plus a
 * curated list of common comparisons (content/data/reference-areas.json: UK counties and
 * nations, US states, Ukrainian oblasts, cities, islands), each with the source of its number.
 * Curated entries win over packaged ones on a shared name; a curated entry without `km2` only
 * adds spellings to a packaged country.
 */
import countries from 'world-countries';
import { z } from 'zod';

export interface ReferenceArea {
  /** Canonical name, used in the figure unit `reference:<name>` ("Devon", "Belgium"). */
  name: string;
  /** Area in square kilometres. */
  km2: number;
  /** Other spellings that find this area ("Donbass", "the Crimean peninsula"). */
  aliases?: string[];
  /** Where the number comes from ("ONS …", "US Census Bureau 2010", "world-countries …"). */
  source: string;
}

/** A case-insensitive lookup by name or alias, with or without a leading "the". */
export interface ReferenceAreas {
  /** The area named exactly (after folding case, "the", accents and punctuation), if any. */
  find(name: string): ReferenceArea | undefined;
  /** The country an English demonym or adjective names: "Ukrainian" → Ukraine (world-countries demonyms). */
  findDemonym(adjective: string): ReferenceArea | undefined;
  /** The country (a world-countries entry, never a curated region or city) named exactly, if any. */
  findCountry(name: string): ReferenceArea | undefined;
  /** Every area in the table, curated ones first. */
  readonly all: readonly ReferenceArea[];
}

export const CuratedAreaSchema = z.object({
  /** Canonical name, e.g. "Devon". */
  name: z.string().min(1),
  /** Area in km², e.g. 6707. Leave out to add aliases to a packaged country. */
  km2: z.number().positive().optional(),
  /** Other spellings, e.g. ["Devonshire"]. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Where the number comes from, e.g. "ONS Standard Area Measurements 2021". */
  source: z.string().min(1),
  /** Anything an editor should know ("Ulster is larger"). */
  note: z.string().optional(),
});

export const CuratedAreaFileSchema = z.object({
  description: z.string().optional(),
  areas: z.array(CuratedAreaSchema),
});

/** The curated file as written (aliases may be missing); `loadReferenceAreas` validates it. */
export type CuratedAreaFile = z.input<typeof CuratedAreaFileSchema>;

export const WORLD_COUNTRIES_SOURCE = 'world-countries (mledoze/countries, ODbL-1.0), area field';

const LEADING_THE = /^the\s+/;
const DIACRITICS = /\p{M}+/gu;
const PUNCTUATION = /[.,'’‘"“”()]/g;

/** Folds a name to its lookup key: "the Isle of Wight" → "isle of wight", "Côte d’Ivoire" → "cote divoire". */
export function areaKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim()
    .replace(LEADING_THE, '');
}

/** Two-letter codes ("BE") are too ambiguous to look up; curated aliases add "UK", "US". */
const MIN_ALT_SPELLING = 3;

export function loadReferenceAreas(curated: CuratedAreaFile): ReferenceAreas {
  const file = CuratedAreaFileSchema.parse(curated);
  const byKey = new Map<string, ReferenceArea>();
  const all: ReferenceArea[] = [];
  const put = (key: string, area: ReferenceArea, override: boolean) => {
    if (!key) return;
    if (override || !byKey.has(key)) byKey.set(key, area);
  };

  const packaged = new Map<string, ReferenceArea>();
  const countryNames = new Map<string, ReferenceArea>();
  const demonyms = new Map<string, { area: ReferenceArea; independent: boolean }>();
  const packagedRest: Array<{ area: ReferenceArea; alts: string[] }> = [];
  for (const c of countries) {
    if (!(c.area > 0)) continue;
    const alts = c.altSpellings.filter((s) => s.length >= MIN_ALT_SPELLING);
    const area: ReferenceArea = { name: c.name.common, km2: c.area, aliases: [c.name.official, ...alts], source: WORLD_COUNTRIES_SOURCE };
    packaged.set(areaKey(area.name), area);
    for (const name of [area.name, ...area.aliases!]) if (!countryNames.has(areaKey(name))) countryNames.set(areaKey(name), area);
    // "French" is shared by France and its territories: independent states first, then the larger.
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      const held = d ? demonyms.get(areaKey(d)) : undefined;
      if (d && (!held || (c.independent && !held.independent) || (c.independent === held.independent && c.area > held.area.km2))) {
        demonyms.set(areaKey(d), { area, independent: c.independent });
      }
    }
    packagedRest.push({ area, alts: [c.name.official, ...alts] });
  }

  const curatedAreas: ReferenceArea[] = [];
  for (const entry of file.areas) {
    if (entry.km2 === undefined) {
      const target = packaged.get(areaKey(entry.name));
      if (!target) throw new Error(`reference-areas.json: "${entry.name}" has no km2 and is not a world-countries name`);
      target.aliases = [...(target.aliases ?? []), ...entry.aliases];
      for (const alias of entry.aliases) {
        put(areaKey(alias), target, true);
        countryNames.set(areaKey(alias), target);
      }
      continue;
    }
    const area: ReferenceArea = { name: entry.name, km2: entry.km2, aliases: entry.aliases, source: entry.source };
    curatedAreas.push(area);
  }
  // Curated names and aliases first (they override), then packaged common names, then the rest.
  for (const area of curatedAreas) {
    put(areaKey(area.name), area, true);
    for (const alias of area.aliases ?? []) put(areaKey(alias), area, true);
    all.push(area);
  }
  for (const { area } of packagedRest) put(areaKey(area.name), area, false);
  for (const { area, alts } of packagedRest) {
    for (const alt of alts) put(areaKey(alt), area, false);
    all.push(area);
  }

  return {
    all,
    findDemonym(adjective: string) {
      return demonyms.get(areaKey(adjective))?.area;
    },
    findCountry(name: string) {
      return countryNames.get(areaKey(name));
    },
    find(name: string) {
      const key = areaKey(name);
      return byKey.get(key) ?? byKey.get(key.replace(QUALIFIED_PREFIX, ''));
    },
  };
}

/**
 * "the US state of Texas", "the county of Kent", "the island of Sicily", "the German state of
 * Saarland", "the Swiss canton of Bern" fall back to the bare name: the one word before the kind
 * of place is whatever nationality or direction the reporter adds.
 */
const QUALIFIED_PREFIX = /^(?:[a-z]+\s+)?(?:state|county|island|region|province|city|emirate|kingdom|republic|canton|land|territory|department)\s+of\s+/;
