/**
 * Areas and distances written with a unit: "some 6,000 square kilometres", "8,000 sq km (3,100 sq
 * miles)", "advanced 20km", "some 30 miles south east of Izyum", "the 300-mile Eastern front".
 * A parenthetical conversion is part of the same figure; the value comes from the first unit.
 * Declines speeds, weapon ranges and convoy lengths (equipment, out of scope).
 */
import { KM2_PER_UNIT, KM_PER_UNIT } from '../../annotations/units';
import type { FigureCandidate } from './figureCandidate';
import { opensAppositive } from './figureCandidate';
import { NUMBER, ODD, QUALIFIER, VAGUE, normalizeQualifier, parseNumber } from './figureNumbers';

interface UnitInfo {
  unit: string;
  kind: 'area' | 'distance';
  /** Multiply the value by this to get km² (areas) or km (distances). */
  factor: number;
}

/** Area units, also hyphenated inside a compound adjective: "an 8,000-square-kilometre area", "sq-km". */
export const AREA_UNIT = String.raw`square[\s-]+(?:kilomet(?:re|er)s?|kms?|miles?|mi)\b|sq\.?[\s-]*(?:kilomet(?:re|er)s?|kms?|miles?|mi)\b|km\s?²|km2\b|kilomet(?:re|er)s?\s+squared|hectares?\b|acres?\b`;
const DISTANCE_UNIT = String.raw`nautical\s+miles?\b|kilomet(?:re|er)s?\b|kms?\b|miles?\b|met(?:re|er)s?\b`;

/** Map a unit as written to its label and conversion. */
export function unitInfo(raw: string): UnitInfo | null {
  const u = raw.toLowerCase().replace(/\s+/g, ' ');
  const area = (unit: string): UnitInfo => ({ unit, kind: 'area', factor: KM2_PER_UNIT[unit] });
  const distance = (unit: string): UnitInfo => ({ unit, kind: 'distance', factor: KM_PER_UNIT[unit] });
  if (/^(?:square|sq)/.test(u)) return area(/mi/.test(u) ? 'sq_mi' : 'km2');
  if (/^km ?²$|^km2$|squared$/.test(u)) return area('km2');
  if (u.startsWith('hectare')) return area('ha');
  if (u.startsWith('acre')) return area('acre');
  if (u.startsWith('nautical')) return distance('nmi');
  if (u.startsWith('mile')) return distance('mi');
  if (u.startsWith('met')) return distance('m');
  if (u.startsWith('k')) return distance('km');
  return null;
}

const DETERMINER = String.raw`(?:the|a|an|its|their|this|that|his|her)`;

/** The measure itself: [det] [qualifier] number-or-vague [-] unit. */
const MEASURE = new RegExp(
  String.raw`(?:(?<det>\b${DETERMINER})\s+)?(?:(?<qual>\b${QUALIFIER})\s+)?` +
    String.raw`(?:(?<vague>\b${VAGUE})\s+|(?:(?<between>between\s+)?(?<from>${NUMBER})\s?(?:-|–|to|and)\s?)?(?<num>${NUMBER})${ODD}(?<join>[\s\u00a0]?-?[\s\u00a0]?))` +
    String.raw`(?<unit>${AREA_UNIT}|${DISTANCE_UNIT})`,
  'gi',
);

/**
 * A conversion right after the measure: " (3,100 sq miles)", ", or 31 miles,", or between dashes,
 * as American copy writes it: "5,000 square kilometers — about 1,930 square miles —".
 */
const CONVERSION = new RegExp(
  String.raw`^\s*(?:\(\s*|\[\s*|,?\s+or\s+|(?<dash>\s*[—–]\s*|\s+-\s+))(?:(?:${QUALIFIER}|c\.)\s+)?(?<num>${NUMBER})[\s\u00a0]?-?[\s\u00a0]?(?<unit>${AREA_UNIT}|${DISTANCE_UNIT})(?:\s*[)\]])?`,
  'i',
);
/** How far a dashed conversion may stray from the measure it restates (writers round both). */
const DASH_CONVERSION_TOLERANCE = 0.15;

/** Whether a dashed measure restates `km` in other units, not a second figure ("20 km – 40 miles farther"). */
function restates(conv: RegExpExecArray, km: number): boolean {
  const info = unitInfo(conv.groups!.unit!);
  const value = parseNumber(conv.groups!.num!);
  if (!info || value === null || !(km > 0)) return false;
  return Math.abs(value * info.factor - km) / km <= DASH_CONVERSION_TOLERANCE;
}

/** Head nouns of an adjectival measure: "the 300-mile Eastern front", "a 20km advance". */
const HEAD = String.raw`front(?:\s*-?\s*line)?s?|frontline|line|stretch|border|corridor|zone|belt|perimeter|sector|section|arc|radius|advance|push|drive|thrust|offensive|counter-?offensive|march|journey|trip|voyage|flight|commute|route|road|highway|motorway|coastline|coast|river|canal|pipeline|tunnel|bridge|trench(?:es)?|wall|fence|strip|swathe|salient|area|convoy|queue|column|range`;
const ADJECTIVAL_TAIL = new RegExp(
  String.raw`^(?:-(?<dim>long|wide|deep))?(?<mods>(?:\s+(?:(?!(?:and|or|of|in|on|to|from|by|with|at|as|that|which)\b)[A-Za-z][\w'’-]*)){0,3}?)\s+(?<head>${HEAD})\b`,
  'i',
);

const DIRECTION = String.raw`(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:wards?)?`;
const PLACE_NOUN = String.raw`border|front\s*-?\s*lines?|frontlines?|front|city|capital|town|village|river|coast|coastline|lines|line|region|peninsula|positions?|sea|plant|station|airport|air\s?base|base|port|harbour|dam|bridge|outskirts|centre|center|site|facility|checkpoint|crossing|motorway|highway|road|railway|junction|mine|reactor`;
const PLACE = String.raw`(?:the\s+)?(?:(?:(?:[A-Z][\w'’-]*|[a-z-]+)\s+){0,2}(?:${PLACE_NOUN})\b(?:\s+of\s+[A-Z][\w'’-]*)?|[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})`;
/** Where a distance is measured from: " south east of Izyum", " to the west of Kherson", " away from the border". */
const LOCATIVE = new RegExp(
  String.raw`^(?:\s+(?:away|inland|long|wide|deep))?\s+(?:(?:to\s+the\s+)?(?<dir>${DIRECTION})\s+of|(?:away\s+)?from|(?<prep>outside(?:\s+of)?|inside|beyond|behind|short\s+of|into|past)|of)\s+(?<place>${PLACE})(?:\s+to\s+(?<to>${PLACE}))?`,
  '',
);

/** Speeds and weapon ranges are not distances on the map. */
const SPEED_AFTER = /^\s*(?:\/\s*h\b|per\s+hour|an\s+hour|a\s+day|per\s+day|-?range\b)/i;
/**
 * "A range of 80km", "its range is 300 km": the number right after "range". Not "within artillery
 * range of Kharkiv city, 25 miles away", which places the city.
 */
const RANGE_BEFORE = /\branges?(?:\s+(?:of|is|was|are|extends\s+to|reaches))?:?\s+$/i;
/** A rate ("2 hectares per day per team", "5 km a week") is a pace, not a territory. */
const RATE_AFTER = /^\s*(?:per|an?|each|every)\s+(?:day|week|month|hour|year|team|crew|person|soldier)\b/i;
/** The days, weeks or months an advance is paced by: "3 km a day", "6 miles per week". */
const PACE_AFTER = /^\s*(?:per|an?|each|every)\s+(?:day|week|month)\b/i;
/** A method note, not a territory: "rounded to the nearest 1,000 hectares", "accurate to within 5 km". */
const PRECISION_BEFORE = /\b(?:to|at)\s+(?:the\s+)?nearest\s+$|\baccurate\s+to\s+$/i;
/**
 * "2.5 million hectares of farmland", "500 acres of wheat", "could not sow 4,000 hectares": the
 * farmer's units for land in farming, not territory won or held (a front line that "encloses
 * 2,300km² of farmland" still measures ground).
 */
const FARM_UNITS = new Set(['ha', 'acre']);
const FARMLAND_AFTER = /^\s+(?:of\s+)?(?:(?:arable|agricultural|farm|crop|grazing)\s*lands?|farmland|fields?|crops?|wheat|grain|maize|corn|barley|sunflowers?|vineyards?|orchards?|pastures?)\b/i;
const FARMING_BEFORE = /\b(?:sow|sown|harvest|cultivat|till)\w*\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i;
const EQUIPMENT_HEAD = /^(?:convoy|queue|column|range)$/i;
/** "The 3,000 km journey of refugees", "a 900-mile flight": how far people travel, not a place on the map. */
const TRAVEL_HEAD = /^(?:journey|trip|voyage|flight|commute)$/i;
/** "Recruits travelled 900 kilometres by rail", "drove 200 miles by car": the length of a trip. */
const TRAVEL_BEFORE = /\b(?:travel|journey|commut|flew|flown|fly|sail)\w*\s+(?:for\s+)?$/i;
/** "sailed about 60 miles south of Odesa": a bearing from a place puts the measure on the map, trip or not. */
const BEARING_AFTER = /^\s+(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of\b/i;
const TRAVEL_AFTER = /^\s+(?:by\s+(?:rail|train|bus|coach|car|plane|air|sea|boat|ferry)|on\s+foot)\b/i;
/**
 * "Ships sail some 300 nautical miles through a corridor in the Black Sea": a trip through a named
 * route measures the route, which is on the map.
 */
const ROUTE_AFTER = /^\s+(?:through|along|down|via)\s+(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?<route>corridor|channel|strait|route|lane|passage|fairway)s?\b/i;
/**
 * "Rockets that can strike targets 50 miles away": a weapon's reach. Not "shelling the city from
 * 30km away", which places the guns.
 */
const TARGETS_BEFORE = /\btargets?\s+$/i;
/** "Launchers that fire rockets up to 50 miles", "missiles that can hit 300km": how far a munition flies. */
const MUNITION_BEFORE = /\b(?:rockets?|missiles?|shells?|munitions|projectiles|warheads?)\s+(?:(?:that|which)\s+(?:can\s+|could\s+)?(?:reach|hit|strike|fly|go)\s+)?$/i;
/** "A sniper killed an officer from 2 miles away": the length of a shot. */
const SHOT_FROM_BEFORE = /\b(?:sniper|shot|shoot|kill(?:s|ed|ing)?)\b[^.;]{0,50}\bfrom\s+$/i;
const AWAY_AFTER = /^\s+away\b/i;
/** "The convoy stretched 40 miles": the length of a column of vehicles, when nothing places it. */
const EQUIPMENT_BEFORE = /\b(?:convoy|queue|column|tailback)s?\b[^.;]{0,40}$/i;
/**
 * "A convoy stretching 40 miles north of the capital", "the column … stretches some 40 miles from
 * X to Y", "lorries queued for 15 miles outside the port", "lines of cars stretched for 10km at the
 * border": a length verb on a column of vehicles
 * measures the column even when places follow.
 */
const EQUIPMENT_LENGTH_BEFORE = /\b(?:(?:convoy|queue|column|tailback|traffic\s+jam)s?|lines?\s+of\s+(?:cars|vehicles|trucks|lorries))\b[^.;]{0,60}?\b(?:stretch|extend|span|measur)\w*\s+(?:for\s+)?$|\bqueu(?:ed|ing)\s+(?:for\s+)?$/i;
const ADVANCE_BEFORE = /\b(?:advanc|push|pushed|moved|gain|penetrat|retreat|withdr|pull|fell|fall|drove|driven|march|progress)\w*[^.;]{0,25}$/i;

/**
 * "a 5km race", "the 10-mile charity walk": a measure naming a course run for sport or charity is
 * not on the map. A list of such nouns, not of the nouns that may follow a territory figure: "the
 * 6,000 sq km liberated", "the 100 sq km still occupied" must stay figures.
 */
const COURSE_AFTER = /^(?:-|\s+)(?:(?:charity|fun|sponsored|relay|memorial)\s+)?(?:race|run|relay|marathon|half-marathon|walk|hike|swim|ride|trek|jog|sprint|challenge|lap|loop|circuit)s?\b/i;

/** What every unit is written with, tested first: most sentences have no measure. */
const UNIT_WORD = /km|kilomet|mile|mi\b|hectare|acre|metre|meter/i;

export function matchMeasures(sentence: string): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  if (!UNIT_WORD.test(sentence)) return out;
  // The end of the last measure's conversion: declining "rockets up to 50 miles (80 km)" declines both.
  let convertedUntil = 0;
  for (const m of sentence.matchAll(MEASURE)) {
    if (m.index! < convertedUntil) continue;
    const g = m.groups!;
    const info = unitInfo(g.unit!);
    if (!info) continue;
    const from = g.from ? parseNumber(g.from) : null;
    if (g.between && from === null) continue;
    // A range "15 to 20 km" keeps its first number; the qualifier says it is a range.
    const value = g.vague ? Number.NaN : (from ?? parseNumber(g.num!));
    if (value === null) continue;
    const qualifier = from !== null ? `between ${g.from} and ${g.num}` : normalizeQualifier(g.qual);
    const article = /^an?$/i.test(g.num ?? '');
    const hyphenated = !g.vague && (g.join ?? '').includes('-');
    let end = m.index! + m[0].length;
    const written = CONVERSION.exec(sentence.slice(end));
    // "603,500 sq km, or roughly 108,600 sq km": the same unit again is another figure, not a conversion
    const conv = written && unitInfo(written.groups!.unit!)?.unit !== info.unit
      && (!written.groups!.dash || restates(written, value * info.factor)) ? written : null;
    if (conv && unitInfo(conv.groups!.unit!)?.kind === info.kind) end += conv[0].length;
    convertedUntil = end;
    // "the 300-mile Eastern front", "the 1,000km (620-mile) front line", "a 50km stretch"
    const tail = hyphenated || g.det || conv?.[0].includes('-') ? ADJECTIVAL_TAIL.exec(sentence.slice(end)) : null;
    const adjectival = hyphenated || tail !== null;
    let start = m.index!;
    if (g.det && !adjectival) start += m[0].indexOf(g.qual ?? g.vague ?? g.between ?? g.from ?? g.num!, g.det.length);
    const before = sentence.slice(0, start);
    let refersTo: string | undefined;
    let gloss = false;

    // A distance goes on the map by its km: "tens of kilometres" has none to give.
    if (info.kind === 'distance' && g.vague) continue;
    // "advanced roughly 6 miles a week": the pace of an advance is a distance advanced, unlike other rates
    const pace = info.kind === 'distance' && PACE_AFTER.test(sentence.slice(end)) && ADVANCE_BEFORE.test(before);
    if (info.kind === 'distance' && ((SPEED_AFTER.test(sentence.slice(end)) && !pace) || RANGE_BEFORE.test(before) || EQUIPMENT_LENGTH_BEFORE.test(before))) continue;
    if (info.kind === 'distance' && (TRAVEL_BEFORE.test(before) || TRAVEL_AFTER.test(sentence.slice(end)))) {
      const route = ROUTE_AFTER.exec(sentence.slice(end));
      if (route) refersTo = `length of the ${route.groups!.route!.toLowerCase()}`;
      else if (!BEARING_AFTER.test(sentence.slice(end))) continue;
    }
    if (info.kind === 'distance' && MUNITION_BEFORE.test(before)) continue;
    if (info.kind === 'distance' && AWAY_AFTER.test(sentence.slice(end)) && (TARGETS_BEFORE.test(before) || SHOT_FROM_BEFORE.test(before))) continue;
    if (FARM_UNITS.has(info.unit) && (FARMLAND_AFTER.test(sentence.slice(end)) || FARMING_BEFORE.test(before))) continue;
    if ((RATE_AFTER.test(sentence.slice(end)) && !pace) || PRECISION_BEFORE.test(before) || COURSE_AFTER.test(sentence.slice(end))) continue;

    if (tail) {
      if (EQUIPMENT_HEAD.test(tail.groups!.head!) || TRAVEL_HEAD.test(tail.groups!.head!)) continue;
      end += tail[0].length;
      const phrase = `${tail.groups!.mods!.trim()} ${tail.groups!.head}`.trim();
      const dimension = { wide: 'width', deep: 'depth' }[tail.groups!.dim?.toLowerCase() ?? ''] ?? 'length';
      refersTo = info.kind === 'distance' ? `${dimension} of the ${phrase}` : phrase;
    } else if (!adjectival) {
      if (info.kind === 'distance') {
        const loc = LOCATIVE.exec(sentence.slice(end));
        if (loc) {
          end += loc[0].length;
          const place = loc.groups!.place!.replace(/^the\s+/i, '') + (loc.groups!.to ? ` to ${loc.groups!.to.replace(/^the\s+/i, '')}` : '');
          const anchor = appositiveAnchor(before);
          const prep = loc.groups!.prep?.toLowerCase().replace(/\s+/g, ' ');
          refersTo = anchor ? `distance of ${anchor} from ${place}` : prep ? `distance ${prep} ${place}` : `distance from ${place}`;
          gloss = anchor !== undefined;
        } else if (article && !qualifier) continue; // "a mile" with nothing to measure from
      } else if (article && !qualifier) continue;
    }
    if (info.unit === 'm' && !refersTo?.startsWith('distance') && !ADVANCE_BEFORE.test(before)) continue;
    if (info.kind === 'distance' && !refersTo && EQUIPMENT_BEFORE.test(before)) continue;
    if (info.kind === 'distance' && !refersTo && ADVANCE_BEFORE.test(before)) refersTo = 'advance';

    out.push({
      start,
      end,
      figureKind: info.kind,
      value,
      unit: info.unit,
      km2: info.kind === 'area' && !Number.isNaN(value) ? round(value * info.factor) : null,
      km: info.kind === 'distance' && !Number.isNaN(value) ? round(value * info.factor) : null,
      ...(qualifier ? { qualifier } : {}),
      ...(refersTo ? { refersTo } : {}),
      ...(gloss ? { gloss } : {}),
    });
  }
  return out;
}

/** "the town of Lyman, " → "Lyman": the proper name an appositive figure is attached to. */
function appositiveAnchor(before: string): string | undefined {
  if (!opensAppositive(before, before.length)) return undefined;
  const name = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[,–—(-]\s*$/.exec(before);
  return name?.[1];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
