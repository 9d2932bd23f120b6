/**
 * Size comparisons: "an area the size of Devon", "twice the size of Greater London", "roughly
 * half the size of Wales", "an area larger than Belgium", "a Wales-sized chunk", "the size of
 * Devon and Cornwall combined", "the size of 10 football pitches". The value is the multiplier;
 * km² is multiplier × the reference area from the table. A capitalised reference the table does
 * not know ("a town the size of Luton") is declined: a reporter comparing territory names a
 * country, county, state or island, and an editor who needs another adds it to the curated file.
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';
import type { FigureCandidate } from './figureCandidate';
import { opensAppositive } from './figureCandidate';
import { AREA_UNIT } from './figureMeasures';
import { MULTIPLIER, NUMBER, QUALIFIER, normalizeQualifier, parseMultiplier, parseNumber } from './figureNumbers';

const LEAD = String.raw`(?:(?<lead>\b(?:an?|the|this|that)\s+(?:(?:total|combined|vast|huge|small)\s+)?(?:area|territory|region|swathe|expanse|stretch|zone|chunk|patch|tract|piece|strip|landmass)(?:\s+of\s+(?:land|territory|ground|countryside))?)\s+)?`;
const SIZE = String.raw`(?:the\s+)?(?:same\s+)?size\s+(?:of|as)|(?:comparable|similar|equal|close)\s+in\s+size\s+to|as\s+(?:big|large)\s+as|(?<rel>larger|bigger|smaller)\s+than|(?<areaOf>the\s+(?:(?:entire|total|whole|combined)\s+)?(?:land\s+)?area\s+of)|(?<equiv>(?:equivalent|comparable|equal)\s+to)|(?<equivOf>the\s+equivalent\s+of)|(?<more>more|less)\s+than`;
/**
 * "the area of X" is a comparison only when measured against: "roughly the area of Belgium",
 * "twice the area of Wales", "more than the entire land area of Cyprus"; "shelling around the
 * area of Izium" is a place.
 */
const AREA_OF_HEDGE = /^(?:roughly|approximately|about|nearly|almost|more\s+than|less\s+than)$/i;

// a fraction may take "of" before "the size": "a tenth of the size of Wales" is 0.1 × Wales
const COMPARISON = new RegExp(
  LEAD + String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?:(?<mult>\b${MULTIPLIER})\s+(?:of\s+(?=the\s+size\b))?)?(?:(?<qual2>\b${QUALIFIER})\s+)?(?<size>\b${SIZE})\s+(?=(?<ref>[^.;:!?()–—]{1,80}))`,
  'gi',
);
/** "a Wales-sized area": the reference is written before "-sized". */
const SIZED = /\b(?:(?:an?|the)\s+)?(?<ref>(?:[A-Z][\w'’]*\s+){0,2}[A-Z][\w'’]*)-sized\s+(?<head>[a-z]+)/g;

const REF_TOKEN = /[^\s,]+|,/g;
const MAX_REF_TOKENS = 7;
const COMBINED = /^\s*(?:and|plus)\s+(?<ref>[^.;:!?()–—]{1,60}?)\s+(?:combined|put\s+together|together)\b/i;
/**
 * "bigger than Devon and Somerset - in a week": two references that end the phrase are one area
 * too, without "combined". Not "larger than Luxembourg and Russia has…", where a clause goes on.
 */
const AND_REF = /^\s+and\s+(?=(?:the\s+)?[A-Z])/;
const PHRASE_END = /^(?:\s*[,.;:!?)\]–—'’"”]|\s+-\s|\s*$)/;
const COUNTED_REF = new RegExp(String.raw`^(?<n>${NUMBER})\s+(?<rest>.+)$`, 'i');

/** "an economy the size of Italy" compares something that is not land. */
const NOT_LAND_BEFORE = /\b(?:economy|economies|army|armies|population|budget|fleet|force|forces|military|debt|deficit|market|company|crowd|audience|GDP|output)\s+(?:(?:roughly|about|around|nearly|almost|some)\s+)?$/i;
/**
 * Relative and equivalence forms ("larger than Wales", "equivalent to Wales") need a territory in front: "an area larger than", "land
 * bigger than", or as the subject of a copula: "the occupied territory is now larger than", with
 * or without a degree adverb ("slightly larger than", "far smaller than"), or a headline's quote
 * mark between them: "retake area 'bigger than Wales'"; the territory may name whose it is: "an area
 * of Ukraine larger than Belgium".
 */
const TERRITORY_BEFORE = /\b(?:territory|land|area|ground|zone|region)(?:\s+of\s+(?:the\s+)?[A-Za-z’'-]+)?\s+(?:(?:is|was|are|were|has\s+been|now|already|still)\s+){0,2}(?:(?:slightly|much|far|somewhat|considerably|significantly|marginally|a\s+little|a\s+bit)\s+)?['‘"“]?$/i;
/**
 * The territory noun with its own modifiers before the copula: "the land recaptured so far is larger
 * than", "the ground the rebels gave up is bigger than" (a copula is needed once words stand between).
 */
const TERRITORY_COPULA_BEFORE = /\b(?:territory|land|area|ground|zone|region)(?:\s+[a-z’'-]+){1,4}\s+(?:is|was|are|were|has\s+been)\s+(?:(?:now|already|still)\s+)?(?:(?:slightly|much|far|somewhat|considerably|significantly|marginally|a\s+little|a\s+bit)\s+)?['‘"“]?$/i;

/**
 * "…covers 28,461 square kilometres - slightly smaller than Belgium", "The region, which is 10,300
 * square miles, is bigger than Wales": an appositive (or the verb) right after an area with a unit
 * compares that area, so it needs no territory noun of its own.
 */
const AREA_APPOSITIVE_BEFORE = new RegExp(
  String.raw`(?:${AREA_UNIT})\s*(?:\([^)]*\)\s*)?(?:,|[–—(]|\s-)\s*(?:(?:which\s+is|that\s+is|or|making\s+it|is|was)\s+)?(?:(?:slightly|much|far|somewhat|considerably|significantly|marginally|a\s+little|a\s+bit)\s+)?$`,
  'i',
);

interface RefHit {
  area: ReferenceArea;
  name: string;
  /** Characters of `text` the reference covers. */
  length: number;
  /** "10 football pitches" counts the reference. */
  count: number;
}

/** The longest run of leading tokens of `text` that names an area. */
export function findReference(text: string, areas: ReferenceAreas): RefHit | undefined {
  const tokens = [...text.matchAll(REF_TOKEN)].slice(0, MAX_REF_TOKENS);
  for (let n = tokens.length; n > 0; n--) {
    const last = tokens[n - 1]!;
    const word = last[0].replace(/[,’'"”–—-]+$/, ''); // a spaced dash after the name ("Cyprus - …") is punctuation
    if (!word) continue;
    const length = last.index! + word.length;
    const phrase = text.slice(0, length);
    if (/['’]s$/.test(last[0])) continue; // "Ukraine's army" is not Ukraine
    const area = areas.find(phrase);
    if (area) return { area, name: area.name, length, count: 1 };
    const counted = COUNTED_REF.exec(phrase);
    const n2 = counted ? parseNumber(counted.groups!.n!) : null;
    const countedArea = counted ? areas.find(counted.groups!.rest!) : undefined;
    if (countedArea && n2 !== null) return { area: countedArea, name: countedArea.name, length, count: n2 };
  }
  return undefined;
}

/** Words a comparison cannot be written without ("size", "as big as", "the area of" …), tested first. */
const SIZE_WORD = /size|big|large|smaller|area\s+of|equivalent|comparable|equal|more\s+than|less\s+than/i;

export function matchComparisons(sentence: string, areas: ReferenceAreas): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const m of SIZE_WORD.test(sentence) ? sentence.matchAll(COMPARISON) : []) {
    const g = m.groups!;
    const refStart = m.index! + m[0].length;
    // "an area roughly equivalent to Wales" (but "a sum equivalent to Italy's budget"): only after a territory
    if ((g.rel || g.equiv || /^as\s/i.test(g.size!)) && !g.lead && !territoryBefore(sentence.slice(0, m.index!))) continue;
    // "…2,000 square miles, the equivalent of Devon": an appositive restating an area just written
    if (g.equivOf && !g.lead && !opensAppositive(sentence, m.index!) && !TERRITORY_BEFORE.test(sentence.slice(0, m.index!))) continue;
    // "close to 6,000 sq km, more than the county of Lincolnshire": a bare "more than" compares only
    // the area it is set off after ("more than 3,000 sq km" is a qualifier)
    if (g.more && (g.lead || g.mult || !AREA_APPOSITIVE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 120), m.index!)))) continue;
    if (!g.lead && NOT_LAND_BEFORE.test(sentence.slice(0, m.index!))) continue;
    if (g.areaOf && !g.mult && !AREA_OF_HEDGE.test(g.qual ?? g.qual2 ?? '')) continue;
    const hit = findReference(g.ref!, areas);
    if (!hit) continue;
    let end = refStart + hit.length;
    // "6,000 sq km, more than Russia took in five months" compares gains, not land: the bare form
    // must end its phrase at the reference
    if (g.more && !PHRASE_END.test(sentence.slice(end))) continue;
    let km2 = hit.area.km2 * hit.count;
    let unitName = hit.name;
    const joined = combinedReference(sentence.slice(end), areas);
    if (joined) {
      km2 += joined.hit.area.km2 * joined.hit.count;
      unitName = `${hit.name} + ${joined.hit.name}`;
      end += joined.length;
    }
    const mult = g.mult ? parseMultiplier(g.mult) : 1;
    if (mult === null) continue;
    const rel = g.rel?.toLowerCase();
    const qualifier = normalizeQualifier(g.qual ?? g.qual2) ?? (rel ? (rel === 'smaller' ? 'less than' : 'more than') : undefined)
      ?? (g.more ? `${g.more.toLowerCase()} than` : undefined);
    const value = mult * hit.count;
    out.push({
      start: m.index!,
      end,
      figureKind: 'area',
      value,
      unit: `reference:${unitName}`,
      km2: round(km2 * mult),
      km: null,
      ...(qualifier ? { qualifier } : {}),
      gloss: isGloss(sentence, m.index!),
    });
  }
  for (const m of sentence.includes('-sized') ? sentence.matchAll(SIZED) : []) {
    const area = areas.find(m.groups!.ref!);
    if (!area || out.some((c) => c.start < m.index! + m[0].length && m.index! < c.end)) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      figureKind: 'area',
      value: 1,
      unit: `reference:${area.name}`,
      km2: area.km2,
      km: null,
      gloss: isGloss(sentence, m.index!),
    });
  }
  return out;
}

/** A second reference added to the first ("and Cornwall combined", "and Somerset -") and the characters it covers. */
function combinedReference(after: string, areas: ReferenceAreas): { hit: RefHit; length: number } | undefined {
  const combined = COMBINED.exec(after);
  const second = combined ? findReference(combined.groups!.ref!, areas) : undefined;
  if (combined && second) return { hit: second, length: combined[0].length };
  const and = AND_REF.exec(after);
  const rest = and ? after.slice(and[0].length) : '';
  const bare = and ? findReference(rest, areas) : undefined;
  return bare && PHRASE_END.test(rest.slice(bare.length)) ? { hit: bare, length: and![0].length + bare.length } : undefined;
}

/** A territory noun or an area with a unit just before a relative or equivalence comparison. */
function territoryBefore(before: string): boolean {
  const near = before.slice(-120);
  return TERRITORY_BEFORE.test(before) || TERRITORY_COPULA_BEFORE.test(near) || AREA_APPOSITIVE_BEFORE.test(near);
}

/** "…6,000 sq km, which is roughly the size of Devon": the writer's comparison, not the source's. */
const GLOSS_BEFORE = /[,–—(]\s*(?:(?:which|that)\s+(?:is|was|would\s+be|makes\s+it)|equivalent\s+to|or|about|roughly|around|almost|nearly|some)?\s*$/i;

function isGloss(sentence: string, start: number): boolean {
  return opensAppositive(sentence, start) || GLOSS_BEFORE.test(sentence.slice(0, start));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
