/**
 * Shares of a territory: "a fifth of Ukraine's territory", "20 per cent of the country",
 * "about 18% of Ukrainian territory", "two-thirds of the Donetsk region". The value is the
 * number as written (20 for "20 per cent", 0.2 for "a fifth"); km² is share × base when the base
 * is a territory the table knows, else null. Shares of anything that is not land (troops, budget,
 * population) are declined.
 */
import type { ReferenceArea, ReferenceAreas } from '../referenceAreas';
import type { FigureCandidate } from './figureCandidate';
import { FRACTION, NUMBER, QUALIFIER, normalizeQualifier, parseFraction, parseNumber } from './figureNumbers';

const SHARE = new RegExp(
  String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?:(?<pct>${NUMBER})\s?(?:%|per\s?cent\b|percent\b|pc\b)|(?<frac>\b${FRACTION}))\s+of\s+(?<base>[^.;:!?()–—]{1,80})`,
  'gi',
);

const TERRITORY_NOUN = String.raw`territory|territories|land|lands|country|region|regions|province|provinces|oblast|oblasts|state|landmass|area|areas|island|peninsula|county|district|districts|farmland|soil|coastline|coast|border|city|town|village`;
const DETERMINER = String.raw`(?:the|its|their|his|her|this|that|our|whole|entire|\s)+`;
/** "the country", "Ukraine's territory", "Ukrainian territory", "the Donetsk region", "the territory of Ukraine". */
const NOUN_BASE = new RegExp(
  String.raw`^(?:${DETERMINER})?(?<mods>(?:(?!(?:of|in|on|for|to|from|by|with|at|and|or|but)\b)(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)\s+){0,3}?)(?<noun>${TERRITORY_NOUN})\b(?!['’]s)(?<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?`,
);
/** "Ukraine", "the Donbas", "Luhansk" standing alone (not "Russia's army", not "Ukrainians"). */
const NAME_BASE = /^(?:the\s+)?(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?!['’]s\b|[\w-])(?<next>\s+[a-z]+)?/;
const PEOPLE = /(?:ians|eans|ese|ers|ists)$|^[A-Z]{2,}$/;
const NOT_LAND = /\b(?:population|people|residents|troops|forces|army|soldiers|budget|GDP|economy|exports|imports|electricity|power|energy|grain|oil|gas|votes?|voters|casualties|equipment|tanks|fleet)\b/i;

export function matchShares(sentence: string, areas: ReferenceAreas): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const m of sentence.matchAll(SHARE)) {
    const g = m.groups!;
    const base = resolveBase(g.base!, areas);
    if (!base) continue;
    let value: number | null;
    let fraction: number | null;
    if (g.pct) {
      value = parseNumber(g.pct);
      fraction = value === null ? null : value / 100;
    } else {
      value = parseFraction(g.frac!);
      fraction = value;
    }
    if (value === null || fraction === null || fraction <= 0 || fraction > 1) continue;
    const baseStart = m.index! + m[0].length - g.base!.length;
    const qualifier = normalizeQualifier(g.qual);
    out.push({
      start: m.index!,
      end: baseStart + base.length,
      figureKind: 'share',
      value,
      unit: 'share',
      km2: base.area ? Math.round(base.area.km2 * fraction) : null,
      km: null,
      ...(qualifier ? { qualifier } : {}),
      refersTo: `share of ${base.text}`,
    });
  }
  return out;
}

interface Base {
  text: string;
  length: number;
  area?: ReferenceArea;
}

/** The territory a share is taken of, or undefined when the "of" phrase is not land. */
export function resolveBase(raw: string, areas: ReferenceAreas): Base | undefined {
  const noun = NOUN_BASE.exec(raw);
  if (noun && !NOT_LAND.test(noun.groups!.mods!)) {
    const text = noun[0].trim();
    const mods = noun.groups!.mods!.trim();
    const named = noun.groups!.of?.replace(/^\s+of\s+(?:the\s+)?/, '') ?? mods.replace(/['’]s$/, '');
    const area =
      areas.find(`${mods} ${noun.groups!.noun}`) ?? areas.find(named) ?? (noun.groups!.of ? undefined : areas.findDemonym(mods));
    return { text, length: noun[0].length, ...(area ? { area } : {}) };
  }
  const name = NAME_BASE.exec(raw);
  if (!name || PEOPLE.test(name.groups!.name!) || NOT_LAND.test(name.groups!.next ?? '')) return undefined;
  const area = areas.find(name.groups!.name!);
  const text = name[0].slice(0, name[0].length - (name.groups!.next?.length ?? 0));
  return { text, length: text.length, ...(area ? { area } : {}) };
}
