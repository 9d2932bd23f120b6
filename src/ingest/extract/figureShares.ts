/**
 * Shares of a territory: "a fifth of Ukraine's territory", "20 per cent of the country",
 * "about 18% of Ukrainian territory", "two-thirds of the Donetsk region". The value is the
 * number as written (20 for "20 per cent", 0.2 for "a fifth"); km² is share × base when the text
 * writes the base as an area ("27 per cent of its 603,550 sq km") or names a territory the table
 * knows, else null. "The country" is the country the article names most often before it, and
 * "the region" the region it last named (the caller's `antecedent`), said in refersTo: "share of
 * the country (Ukraine)". A bare percentage is a share when the sentence says what it is a share of
 * ("the share of Ukraine under Russian control fell to 18 per cent") or what is held ("Luhansk was
 * 95 per cent occupied"). Shares of anything that is
 * not land (troops, budget, population) are declined.
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';
import type { FigureCandidate } from './figureCandidate';
import { AREA_UNIT, unitInfo } from './figureMeasures';
import { FRACTION, NUMBER, QUALIFIER, normalizeQualifier, parseFraction, parseNumber } from './figureNumbers';

/**
 * A range keeps its first number, as distances do: "between 15 and 18 per cent", "15-18%". A bare
 * "and" joins two figures ("in 2014 and 20 per cent of…"), and "from 7 to 20 per cent" is a change.
 */
const RANGE_START = String.raw`(?:between\s+(?<from>${NUMBER})\s+and\s+|(?<!\bfrom\s)(?<to>${NUMBER})\s?(?:-|–|to)\s?)`;
/** "Half" may drop its "of" before a determiner: "nearly half the Kharkiv region". */
const SHARE = new RegExp(
  String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?:${RANGE_START}?(?<pct>${NUMBER})\s?(?:%|per\s?cent\b|percent\b|pc\b)|(?<frac>\b${FRACTION}))\s+(?:of\s+|(?<=\bhalf\s+)(?=(?:the|its|their)\s))(?=(?<base>[^.;:!?()–—]{1,80}))`,
  'gi',
);

const PERCENT = String.raw`\s?(?:%|per\s?cent\b|percent\b|pc\b)`;
/** A percentage with no "of" after it: "had fallen to about 18 per cent". */
const BARE_PERCENT = new RegExp(String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?<pct>${NUMBER})${PERCENT}(?!\s+of\b)`, 'gi');
const FRACTION_WORD = /half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i;
/** A fraction word with no "of" after it, read only where it restates a share: "up from about half". */
const BARE_FRACTION = new RegExp(String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?<frac>\b${FRACTION})(?!\s+(?:of|the|its|their)\b)`, 'gi');
/**
 * "Luhansk … was already 95 per cent occupied": a percentage before a participle of holding ground
 * is a share of the clause's subject.
 */
const HELD_PARTICIPLES = 'occupied|controlled|held|liberated|retaken|recaptured|captured';
const HELD_WORD = new RegExp(`${HELD_PARTICIPLES}|seized|annexed`, 'i');
const HELD_AFTER = new RegExp(String.raw`^\s+(?:${HELD_PARTICIPLES})\b`, 'i');
/**
 * "7 per cent of Ukraine, on top of the 7 per cent it held before": a percentage whose relative
 * clause says it was held is a share of the same base as the share before it.
 */
const HELD_RELATIVE_AFTER = /^\s+(?:(?:that|which)\s+)?(?:it|they|[A-Z][\w-]*)\s+(?:(?:already|still|had|has|have|previously|once)\s+)*(?:held|controlled|occupied|seized|captured|annexed|took)\b/;
/** The verb of "… is/was/has been [now] N per cent occupied". */
const COPULA_BEFORE = /\b(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:(?:now|already|still|reportedly)\s+)*$/i;
/** An appositive between subject and verb ("Luhansk, which covers 26,700 sq km, was"), commas in numbers kept. */
const APPOSITIVE_END = /,(?:[^,;]|(?<=\d),(?=\d)){1,80},\s*$/;
const SUBJECT_MAX = 60;
/** What a bare percentage is a share of: "the share of Ukraine", "the proportion of the region". */
const SHARE_OF = /\b(?:share|proportion|percentage|portion)\s+of\s+(?<base>[^.;:!?()–—]{1,80})/i;
/** A base written as an area: "its 603,550 sq km", "the country's 233,000 square miles". */
const BASE_AREA = new RegExp(
  String.raw`^(?<lead>(?:(?:the|its|their|his|her|this|that|a|an|total|entire|whole|[\p{L}-]+['’]s)\s+)*(?:${QUALIFIER}\s+)?)(?<num>${NUMBER})[\s\u00a0]?-?[\s\u00a0]?(?<unit>${AREA_UNIT})`,
  'u',
);

/** "a quarter of the ground it captured": "ground" as land, not "ground forces" or "the ground war". */
const GROUND = String.raw`ground(?!\s+(?:forces|troops|units|offensive|operations?|war|attacks?|assaults?|invasion|campaign|combat|crews?|staff|floor|level|zero|fire))`;
/** "the west bank", "the left bank of the Dnipro": a river's side, not a lender. */
const RIVER_BANK = String.raw`(?<=\b(?:west|east|left|right|western|eastern|southern|northern)\s)bank`;
const TERRITORY_NOUN = String.raw`${RIVER_BANK}|territory|territories|${GROUND}|land|lands|country|region|regions|province|provinces|oblast|oblasts|state|landmass|area|areas|island|peninsula|county|district|districts|farmland|soil|coastline|coast|border|city|town|village`;
const DETERMINER = String.raw`(?:the|its|their|his|her|this|that|our|whole|entire|\s)+`;
/** "the country", "Ukraine's territory", "Ukrainian territory", "the Donetsk region", "the territory of Ukraine", "the territory of the Kharkiv region". */
const NOUN_BASE = new RegExp(
  String.raw`^(?:${DETERMINER})?(?<mods>(?:(?!(?:of|in|on|for|to|from|by|with|at|and|or|but)\b)(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)\s+){0,3}?)(?<noun>${TERRITORY_NOUN})\b(?!['’]s)(?<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:region|oblast|province))?)?`,
);
/** "Ukraine", "the Donbas", "Luhansk" standing alone (not "Russia's army", not "Ukrainians"). */
const NAME_BASE = /^(?:the\s+)?(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?!['’]s\b|[\w-])(?<next>\s+[a-z]+)?/;
/** Two named territories sharing one plural noun: "the Luhansk and Donetsk regions". */
const PAIR_BASE = /^(?:the\s+)?(?<a>[A-Z][\w'’-]*)\s+and\s+(?<b>[A-Z][\w'’-]*)\s+(?<noun>regions|oblasts|provinces|districts|counties|states)\b/;
// a people named by a plural demonym ("three-quarters of Finns", "half of Poles") is a population, not land
const PEOPLE = /(?:ians|eans|cans|ese|ers|ists)$|^[A-Z]{2,}$|^(?:Finns|Swedes|Poles|Danes|Brits|Britons|Turks|Czechs|Scots|Serbs|Croats|Slovaks|Greeks|Germans|Dutch|French|Irish|Swiss|Thais|Kazakhs|Uzbeks|Tatars)$/;
const NOT_LAND = /\b(?:population|people|residents|troops|forces|army|soldiers|budget|GDP|economy|exports|imports|electricity|power|energy|grain|oil|gas|votes?|voters|casualties|equipment|tanks|fleet)\b/i;

/** "Power was restored to two-thirds of the city", "cut water to half the region": a share of a service, not of land. */
const SERVICE_BEFORE = /\b(?:power|electricity|water|heating|gas|internet|signal)\b[^.;]{0,40}\b(?:to|in|for|across)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than)\s+)?$/i;

/** What a share is written with (a percent sign or word, a fraction word), tested first. */
const SHARE_WORD = /%|per\s?cent|pc\b|half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i;

/** "the country", "the whole country", "the country's territory": a base that names no country. */
const THE_COUNTRY = /^the\s+(?:(?:whole|entire)\s+)?country(?:['’]s\s+(?:territory|land|landmass))?$/i;
/** "the region", "the whole oblast": a region named earlier in the article. */
const THE_REGION = /^the\s+(?:(?:whole|entire)\s+)?(?:region|oblast|province)$/i;

/**
 * The place a base that names none stands for at offset `at` of the sentence: the country the
 * article is about for "the country", the region it last named for "the region", and for an "it"
 * the sentence cannot resolve, a region named in the sentence before; for a pronoun that holds
 * ground ("it occupies"), the country named last.
 */
export type Antecedent = (noun: 'country' | 'region' | 'it' | 'holder', at: number, except?: ReferenceArea) => ReferenceArea | undefined;

/**
 * The country that holds the share: "Russia controls 18% of the country", "Russian forces now hold
 * a fifth of the country", "Russia's invasion force still occupies …", in any tense ("before the
 * invasion, Russia and its proxies held 7% of the country"). "The country" is never the one taking it, however often it is named
 * ("Ukraine has taken back 5% of the country" is retaking, so not a holder). A pronoun holder ("it
 * now occupies a fifth of the country") is the country last named before it, as a reader takes it.
 */
const HOLDER_VERB = String.raw`(?:controls?|controlled|holds?|held|occupies|occupied|(?:has|have|had)\s(?:seized|taken|captured|occupied|annexed|grabbed|held|controlled)|seized|captured|annexed|grabbed|took)\s(?!back\b)(?:[^.;]{0,30}\s)?$`;
const HOLDER_BEFORE = new RegExp(String.raw`(?<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:['’]s)?(?:\s[a-z][\w-]*){0,4}?\s${HOLDER_VERB}`);
const PRONOUN_HOLDER_BEFORE = new RegExp(String.raw`\b(?:it|they)(?:\s(?:now|still|already|currently|also|effectively))*\s${HOLDER_VERB}`);

/** The shares in a sentence; `antecedent` is asked only when a share is of "the country" or "the region". */
export function matchShares(sentence: string, areas: ReferenceAreas, antecedent?: Antecedent): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  const bases: Base[] = [];
  for (const m of SHARE_WORD.test(sentence) ? sentence.matchAll(SHARE) : []) {
    const g = m.groups!;
    const before = sentence.slice(0, m.index);
    if (SERVICE_BEFORE.test(before)) continue;
    const found = baseArea(g.base!) ?? relativeBase(before, g.base!, areas) ?? pronounBase(before, g.base!, areas, antecedent) ?? resolveBase(g.base!, areas);
    if (!found) continue;
    const base = namedBase(found, sentence, m.index!, areas, antecedent);
    let value: number | null;
    let fraction: number | null;
    const first = g.from ?? g.to;
    const from = first ? parseNumber(first) : null;
    if (g.pct) {
      value = from ?? parseNumber(g.pct);
      fraction = value === null ? null : value / 100;
    } else {
      value = parseFraction(g.frac!);
      fraction = value;
    }
    if (value === null || fraction === null || fraction <= 0 || fraction > 1) continue;
    const baseStart = m.index! + m[0].length;
    const qualifier = from !== null ? `between ${first} and ${g.pct}` : normalizeQualifier(g.qual);
    out.push({
      ...shareOf(m.index!, baseStart + base.length, value, fraction, base, qualifier),
      ...(base.areaOffset !== undefined ? { baseStart: baseStart + base.areaOffset } : {}),
    });
    bases.push(base);
  }
  return [...out, ...bareShares(sentence, areas, out, bases, antecedent)];
}

/** A share as written (`value`), its `fraction` of the base, and km² when the base has an area. */
function shareOf(start: number, end: number, value: number, fraction: number, base: Base, qualifier: string | undefined): FigureCandidate {
  return {
    start,
    end,
    figureKind: 'share',
    value,
    unit: 'share',
    km2: base.area ? Math.round(base.area.km2 * fraction) : null,
    km: null,
    ...(qualifier ? { qualifier } : {}),
    refersTo: `share of ${base.said ?? base.text}`,
  };
}

/**
 * "18% of Ukraine, down from 27% in March", "18% of Ukraine, including Crimea, up from 7%", "18% of
 * Ukraine, according to Kyiv, down from 22%": what sits between a share and a percentage (or a
 * fraction: "up from about half") restating it.
 */
const RESTATES = /^(?:\s*,\s*(?:including|excluding|not\s+counting|counting|according\s+to)\s+[^,;]{1,40})?\s*[,;–—(-]?\s*(?:(?:down|up)\s+from|from|compared\s+(?:with|to))\s+(?:(?:a|its|the)\s+(?:peak|high|low)\s+of\s+)?$/i;

/**
 * "…115,000 sq km of Ukraine, or about 19 per cent", "… of Ukraine - about 19% -": a percentage set
 * off right after an area of a named place is that area as a share of the place.
 */
const AREA_OF_BEFORE = new RegExp(
  String.raw`(?:${AREA_UNIT})\s+of\s+(?<base>[^,;:()–—]{1,60}?)(?:\s*,\s*(?:or\s+)?|\s+[–—-]\s*|\s*\(\s*)$`,
  'i',
);
/** What an area and a percentage are written with, tested before AREA_OF_BEFORE. */
const AREA_WORD = /sq|square|km|hectare|acre/i;
const PERCENT_WORD = /%|per\s?cent|pc\b/i;

/** The place of an area written just before `before` ends, as the base of the percentage that follows it. */
function areaBaseBefore(before: string, areas: ReferenceAreas): Base | undefined {
  const m = AREA_OF_BEFORE.exec(before.slice(-120));
  const base = m ? resolveBase(m.groups!.base!, areas) : undefined;
  return base?.area ? base : undefined;
}

/**
 * Percentages without "of": "the share of Ukraine under Russian control had fallen to about 18
 * per cent", one restating the share just before it ("…, down from 27%"), which shares its base,
 * or one set off after an area of a named place (AREA_OF_BEFORE).
 */
function bareShares(
  sentence: string,
  areas: ReferenceAreas,
  found: FigureCandidate[],
  foundBases: Base[],
  antecedent?: Antecedent,
): FigureCandidate[] {
  const of = SHARE_OF.exec(sentence);
  const resolved = of ? resolveBase(of.groups!.base!, areas) : undefined;
  const named = resolved && namedBase(resolved, sentence, of!.index, areas, antecedent);
  const areaWritten = AREA_WORD.test(sentence) && PERCENT_WORD.test(sentence);
  const someOf = SOME_OF_WORD.test(sentence);
  const heldWritten = HELD_WORD.test(sentence) && PERCENT_WORD.test(sentence);
  const ofWhich = OF_WHICH_WORD.test(sentence);
  if (!named && !found.length && !areaWritten && !someOf && !heldWritten && !ofWhich) return [];
  const out: FigureCandidate[] = [];
  const outBases: Base[] = [];
  for (const m of sentence.matchAll(BARE_PERCENT)) {
    if (found.some((f) => m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    const restated = found.findIndex((f) => f.end <= m.index! && RESTATES.test(sentence.slice(f.end, m.index!)));
    const after = sentence.slice(m.index! + m[0].length);
    const held = heldWritten && HELD_AFTER.test(after);
    const heldBefore = heldWritten && HELD_RELATIVE_AFTER.test(after) ? found.findLastIndex((f) => f.end <= m.index!) : -1;
    const base =
      named ??
      foundBases[restated] ??
      foundBases[heldBefore] ??
      (areaWritten ? areaBaseBefore(sentence.slice(0, m.index), areas) : undefined) ??
      (someOf ? someOfBefore(sentence, m.index!, areas, antecedent) : undefined) ??
      (ofWhich ? ofWhichBase(sentence.slice(0, m.index), areas) : undefined) ??
      (held ? subjectBase(sentence, m.index!, areas, antecedent) : undefined);
    if (!base) continue;
    const value = parseNumber(m.groups!.pct!);
    if (value === null || value <= 0 || value > 100) continue;
    out.push(shareOf(m.index!, m.index! + m[0].length, value, value / 100, base, normalizeQualifier(m.groups!.qual)));
    outBases.push(base);
  }
  // a bare percentage read as a share ("the share … fell to 16 per cent from a fifth") is restated as one written with "of"
  const shares = [...found, ...out];
  return shares.length ? [...out, ...restatedFractions(sentence, shares, [...foundBases, ...outBases], out)] : out;
}

/** "95 per cent of the region, up from about half": a fraction word restating the share before it. */
function restatedFractions(sentence: string, found: FigureCandidate[], foundBases: Base[], taken: FigureCandidate[]): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const m of FRACTION_WORD.test(sentence) ? sentence.matchAll(BARE_FRACTION) : []) {
    if ([...found, ...taken].some((f) => m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    const restated = found.findIndex((f) => f.end <= m.index! && RESTATES.test(sentence.slice(f.end, m.index!)));
    const value = parseFraction(m.groups!.frac!);
    if (restated < 0 || value === null) continue;
    const base = foundBases[restated]!;
    out.push(shareOf(m.index!, m.index! + m[0].length, value, value, base, normalizeQualifier(m.groups!.qual)));
  }
  return out;
}

/** "Officials said (that) the town …": the report before a subject is no part of it. */
const REPORT_LEAD = /^.*\b(?:said|says|say|claimed|claims|believes?|believed|reported|added|insisted|that)\s+/i;

/**
 * The territory a "… was 95 per cent occupied" is a share of: the longest tail of the subject
 * that is wholly a territory, past any report ("Officials said Luhansk" → "Luhansk"); "the region"
 * is resolved as for any share.
 */
function subjectBase(sentence: string, at: number, areas: ReferenceAreas, antecedent: Antecedent | undefined): Base | undefined {
  const before = sentence.slice(Math.max(0, at - 200), at);
  const copula = COPULA_BEFORE.exec(before);
  const head = copula ? before.slice(0, copula.index).replace(APPOSITIVE_END, '').trimEnd() : '';
  const tail = head.length > SUBJECT_MAX ? head.slice(-SUBJECT_MAX).replace(/^\S*\s/, '') : head; // no cut word
  const subject = tail.split(/[,;:]/).pop()!.replace(REPORT_LEAD, '').trim();
  const words = subject ? subject.split(/\s+/) : [];
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(' ');
    const base = resolveBase(phrase, areas);
    if (base && base.length === phrase.length) return namedBase(base, sentence, at, areas, antecedent);
  }
  return undefined;
}

/**
 * "Russia holds nearly all of the region - more than 99% -", "most of Luhansk, about 95 per cent":
 * a percentage set off right after "all/most of X" puts a number on that part of X.
 */
const SOME_OF_BEFORE = /\b(?:all|most|much|bulk|majority)\s+of\s+(?<base>[^,;:()–—]{1,60}?)(?:\s*[,(–—]|\s+-)\s*$/i;
const SOME_OF_WORD = /\b(?:all|most|much|bulk|majority)\s+of\b/i;

function someOfBefore(sentence: string, at: number, areas: ReferenceAreas, antecedent: Antecedent | undefined): Base | undefined {
  const m = SOME_OF_BEFORE.exec(sentence.slice(Math.max(0, at - 100), at));
  const base = m ? resolveBase(m.groups!.base!, areas) : undefined;
  return base && namedBase(base, sentence, at, areas, antecedent);
}

/** "the country" or "the region" as the place it stands for, when there is one. */
function namedBase(base: Base, sentence: string, at: number, areas: ReferenceAreas, antecedent: Antecedent | undefined): Base {
  if (base.area) return base;
  const noun = THE_COUNTRY.test(base.text) ? 'country' : THE_REGION.test(base.text) ? 'region' : undefined;
  const holder = noun === 'country' ? HOLDER_BEFORE.exec(sentence.slice(0, at))?.groups!.name : undefined;
  const named = holder ? (areas.findCountry(holder) ?? areas.findDemonym(holder.split(/\s/)[0]!)) : undefined;
  const pronoun = noun === 'country' && !named && PRONOUN_HOLDER_BEFORE.test(sentence.slice(0, at));
  const except = named ?? (pronoun ? antecedent?.('holder', at) : undefined);
  const place = (noun === 'country' ? countryOfBefore(sentence.slice(0, at), areas, except) : undefined) ?? (noun && antecedent?.(noun, at, except));
  return place ? { ...base, area: place, said: `${base.text} (${place.name})` } : base;
}

/** "of Ukraine", "of the United Kingdom": a country written as what something is part of. */
const OF_COUNTRY = /\bof\s+(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)/g;

/**
 * "Russia held 119,000 square miles of Ukraine, or 27 percent of the country": a country the
 * sentence already gave as owner of a part ("of Ukraine") is the country, however often the
 * article names the holder.
 */
function countryOfBefore(before: string, areas: ReferenceAreas, except: ReferenceArea | undefined): ReferenceArea | undefined {
  let found: ReferenceArea | undefined;
  for (const m of before.includes('of ') ? before.matchAll(OF_COUNTRY) : []) {
    const area = areas.findCountry(m[1]!) ?? areas.findCountry(m[1]!.split(' ')[0]!);
    if (area && area !== except) found = area;
  }
  return found;
}

/** "…, N per cent of which": the relative pronoun of a share. */
const OF_WHICH = /^which\b/;
/** The last words before the comma that opens the relative clause. */
const BEFORE_COMMA = /(?:\S+\s+){0,4}\S+(?=,\s*$)/;
/** Where a noun phrase can start: a determiner or a name ("the Luhansk region", "Donetsk Oblast", not "targets the …"). */
const PHRASE_START = /^(?:the|its|their|this|that)\s|^[A-Z]/;

/**
 * "the Luhansk region, 95 per cent of which is held by …": the base of a share written with
 * "of which" is the territory the relative clause hangs on, the longest noun phrase before its
 * comma that names one. Its length is that of "which", the words the share's span covers.
 */
function relativeBase(before: string, raw: string, areas: ReferenceAreas): Base | undefined {
  if (!OF_WHICH.test(raw)) return undefined;
  // "covers some 28,500 sq km, about 70 per cent of which …": the clause hangs on the area itself.
  const area = areaEndBase(before.replace(/,\s*$/, ''));
  if (area) return { ...area, length: 'which'.length };
  const words = BEFORE_COMMA.exec(before)?.[0].split(/\s+/) ?? [];
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(' ');
    if (!PHRASE_START.test(phrase)) continue;
    const base = resolveBase(phrase, areas);
    if (base && base.length === phrase.length) return { ...base, length: 'which'.length };
  }
  return undefined;
}

/**
 * "The region covers 26,684 sq km, of which Russia now holds about 95%", "Luhansk, of which Moscow
 * controls 95%": a percentage that ends an "of which" clause with a verb of holding ground is a share
 * of the area or territory the clause hangs on.
 */
const OF_WHICH_HELD = /,\s*of\s+which\s+(?:[^,;.]{0,40}?\s)?(?:holds?|controls?|occupies|occupied|seized|captured|took|retook|retaken|liberated|recaptured|taken)\s+$/i;
const OF_WHICH_WORD = /\bof\s+which\b/i;
const AREA_END = new RegExp(String.raw`(?<num>${NUMBER})[\s\u00a0]?-?[\s\u00a0]?(?<unit>${AREA_UNIT})\s*$`, 'i');

function ofWhichBase(before: string, areas: ReferenceAreas): Base | undefined {
  const tail = before.slice(-120);
  const m = OF_WHICH_HELD.exec(tail);
  if (!m) return undefined;
  const head = before.slice(0, before.length - tail.length + m.index);
  return areaEndBase(head) ?? relativeBase(`${head},`, 'which', areas);
}

/** An area that ends `head` ("… covers 26,684 sq km"), as the base of a share that refers back to it. */
function areaEndBase(head: string): Base | undefined {
  const area = AREA_END.exec(head.slice(-60));
  const info = area ? unitInfo(area.groups!.unit!) : null;
  const value = area ? parseNumber(area.groups!.num!) : null;
  return area && info?.kind === 'area' && value !== null ? { text: area[0].trim(), length: 0, area: { km2: value * info.factor } } : undefined;
}

/** "…sq miles of Donetsk province, or 55% of it": "it" and the "of" phrase it points back to. */
const OF_IT = /^(?:it|them)\b/;
const LAST_OF = /\bof\s+(?<base>(?:(?!\bof\s)[^.;:!?()–—])+)$/;

/**
 * The base of "N% of it": the territory of the last "of" phrase before it in the sentence, or when
 * the sentence has none, the region the sentence before names.
 */
function pronounBase(before: string, raw: string, areas: ReferenceAreas, antecedent?: Antecedent): Base | undefined {
  const pronoun = OF_IT.exec(raw)?.[0];
  if (!pronoun) return undefined;
  const ofPhrase = LAST_OF.exec(before)?.groups!.base;
  const base = ofPhrase ? resolveBase(ofPhrase, areas) : undefined;
  if (base) return { ...base, length: pronoun.length };
  // "The Donetsk region covers 26,517 sq km. Moscow controls half of it."
  const region = !ofPhrase && pronoun === 'it' ? antecedent?.('it', before.length) : undefined;
  return region ? { text: pronoun, length: pronoun.length, area: region, said: `it (${region.name})` } : undefined;
}

/** A base written as an area ("its 603,550 sq km"): its km² and where the number starts. */
function baseArea(raw: string): Base | undefined {
  const m = BASE_AREA.exec(raw);
  const info = m ? unitInfo(m.groups!.unit!) : null;
  const value = m ? parseNumber(m.groups!.num!) : null;
  if (!m || !info || info.kind !== 'area' || value === null) return undefined;
  const areaOffset = m.groups!.lead!.length;
  return { text: m[0], length: m[0].length, area: { km2: value * info.factor }, areaOffset };
}

interface Base {
  text: string;
  length: number;
  area?: Pick<ReferenceArea, 'km2'>;
  /** For a base written as an area: where its number starts in the base text. */
  areaOffset?: number;
  /** What refersTo calls the base, when not its text: "the country (Ukraine)". */
  said?: string;
}

/** The territory a share is taken of, or undefined when the "of" phrase is not land. */
export function resolveBase(raw: string, areas: ReferenceAreas): Base | undefined {
  const pair = pairBase(raw, areas);
  if (pair) return pair;
  const noun = NOUN_BASE.exec(raw);
  if (noun && !NOT_LAND.test(noun.groups!.mods!)) {
    const text = noun[0].trim();
    const mods = noun.groups!.mods!.trim();
    // "Ukraine's internationally recognised territory" is Ukraine's: the owner names the base.
    const named = noun.groups!.of?.replace(/^\s+of\s+(?:the\s+)?/, '') ?? /^(.+?)['’]s\b/.exec(mods)?.[1] ?? mods;
    // a river's "west bank" is no reference place (the table's "West Bank" is in the Middle East)
    const whole = noun.groups!.noun === 'bank' ? undefined : areas.find(`${mods} ${noun.groups!.noun}`);
    const area =
      whole ?? areas.find(named) ?? (noun.groups!.of ? undefined : areas.findDemonym(mods));
    return { text, length: noun[0].length, ...(area ? { area } : {}) };
  }
  const name = NAME_BASE.exec(raw);
  if (!name || PEOPLE.test(name.groups!.name!) || NOT_LAND.test(name.groups!.next ?? '')) return undefined;
  const known = knownLead(name.groups!.name!, areas);
  const unknownTail = known ? name.groups!.name!.length - known.name.length : 0;
  const text = name[0].slice(0, name[0].length - (name.groups!.next?.length ?? 0) - unknownTail);
  return { text, length: text.length, ...(known ? { area: known.area } : {}) };
}

/**
 * The longest leading run of a capitalised name the table knows: "Ukraine" in "20% of Ukraine
 * Moscow held", where a contact clause puts its subject straight after the base.
 */
function knownLead(name: string, areas: ReferenceAreas): { name: string; area: ReferenceArea } | undefined {
  const ends = [...name.matchAll(/\S+/g)].map((w) => w.index! + w[0].length);
  for (let n = ends.length; n > 0; n--) {
    const lead = name.slice(0, ends[n - 1]);
    const area = areas.find(lead);
    if (area) return { name: lead, area };
  }
  return undefined;
}

/** "the Luhansk and Donetsk regions": both territories, their areas added, when the table knows each. */
function pairBase(raw: string, areas: ReferenceAreas): Base | undefined {
  const m = PAIR_BASE.exec(raw);
  if (!m) return undefined;
  const noun = m.groups!.noun!.replace(/ies$/, 'y').replace(/s$/, '');
  const find = (name: string) => areas.find(`${name} ${noun}`) ?? areas.find(name);
  const a = find(m.groups!.a!);
  const b = find(m.groups!.b!);
  return a && b ? { text: m[0], length: m[0].length, area: { km2: a.km2 + b.km2 } } : undefined;
}
