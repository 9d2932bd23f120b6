/**
 * Counts of settlements and of a territory's residents: "liberated more than 300 settlements",
 * "20 towns and villages", "dozens of villages", "Melitopol, home to 150,000 people", "a city of
 * 400,000", "a population of about 1.5 million", "Lyman, which had 20,000 residents before the
 * war", "a town with 8,000 inhabitants". People who are casualties, evacuees, prisoners or troops
 * are out of scope, so a bare "3,000 residents" is declined: only population phrases count.
 */
import type { FigureCandidate } from './figureCandidate';
import { NUMBER, ODD, QUALIFIER, VAGUE, normalizeQualifier, parseNumber } from './figureNumbers';
import { CONTROL_AFTER, CONTROL_BEFORE, participle } from './figureVerbs';

const POPULATED_PLACE = String.raw`city|town|region|village|island|country|nation|hub|port|settlement|community|suburb|district|province|capital|stronghold|enclave`;
const SETTLEMENT = String.raw`(?:towns|villages|settlements|cities)\s+and\s+(?:villages|towns|cities|settlements|hamlets)|settlements?|villages?|towns?|hamlets?|localities|locality|communities|cities|populated\s+(?:areas|places|localities|points)`;
/** Adjectives between number and noun ("300 small settlements", "20 frontline villages"), not function words. */
const FILLER = String.raw`(?:(?!(?:of|the|a|an|in|on|and|or|to|from|by|for|with|at|first|last|other|same|two|next)\b)(?:[a-z][\w-]*|[A-Z][\w'’-]*)\s+){0,2}?`;

/** "388 of the region's 1,778 settlements": the part is the figure, the total only its context. */
const PART_OF = String.raw`(?<part>${NUMBER})\s+of\s+(?:(?:the|its|their)\s+)?(?:\w[\w-]*['’]s\s+)?`;
const SETTLEMENTS = new RegExp(
  String.raw`(?<pre>\b(?:the|these|those|both|all|of\s+the|each|every)\s+)?(?:(?<qual>\b${QUALIFIER})\s+)?(?:${PART_OF})?(?:(?<vague>\b${VAGUE})\s+|(?<num>${NUMBER})${ODD}\s+)${FILLER}(?<noun>${SETTLEMENT})\b`,
  'gi',
);
/**
 * A place noun after an article, with up to two modifiers: "a city of", "a frontline town of", "a
 * rail hub of", "Enerhodar, the town of 53,000 where…" (a number must follow, so "the city of
 * Kherson" never matches).
 */
const PLACE_OF = String.raw`(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:${POPULATED_PLACE})\s+of`;
/** "a region of 30,000 sq km", "a city of 1,000 years": a measure or an age, not residents. */
const NOT_RESIDENTS_AFTER = String.raw`(?![\d,]\d|\s*-?\s*(?:sq\b|square|km|kilomet|miles?\b|hectares?\b|acres?\b|years?\b))`;
const POPULATION = new RegExp(
  String.raw`\b(?:home\s+to|(?:a\s+)?population\s+of|${PLACE_OF}|inhabited\s+by)\s+(?:(?<qual>${QUALIFIER})\s+)?(?<num>${NUMBER})${NOT_RESIDENTS_AFTER}(?:\s+(?<noun>people|residents|inhabitants|citizens|souls))?`,
  'gi',
);
/** "Mariupol's 400,000 residents", "the region's pre-war 1.5 million inhabitants" */
const POSSESSIVE_POPULATION = new RegExp(
  String.raw`(?<=\b[A-Z][\w-]*['’]s\s|\b(?:city|town|region|country|province|island|oblast)['’]s\s)(?:(?:pre-war|prewar|former|remaining|original)\s+)?(?:(?<qual>${QUALIFIER})\s+)?(?<num>${NUMBER})\s+(?:(?:remaining|former|pre-war)\s+)?(?<noun>people|residents|inhabitants|citizens)`,
  'g',
);
const LIVE_THERE = new RegExp(
  String.raw`(?:(?<qual>\b${QUALIFIER})\s+)?(?<num>${NUMBER})\s+(?<noun>people|residents|inhabitants)(?=\s+(?:still\s+)?(?:live|lived|living|reside|resided)\b)`,
  'gi',
);
/** A place that has residents: "Lyman, which had about 20,000 residents", "a town with 8,000 inhabitants". */
const HAS_RESIDENTS = new RegExp(
  String.raw`(?<=\b(?:which|that|it|[A-Z][\w'’-]*|city|town|village|region|province|country|island|oblast|district|settlement|capital)\s+(?:once\s+|still\s+|then\s+)?(?:had|has|having|with|numbered|counted)\s+)` +
    String.raw`(?:(?<qual>${QUALIFIER})\s+)?(?<num>${NUMBER})\s+(?:(?:pre-war|prewar|registered|permanent)\s+)?(?<noun>residents|inhabitants)\b` +
    String.raw`(?!\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|evacuated|wounded|injured|displaced|detained|deported|missing|dead|trapped|fled)\b)`,
  'g',
);
/** The place a relative clause hangs on: "Lyman, which had …" → "Lyman". */
const RELATIVE_ANCHOR = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?:which|that)\s+[^,]*$/;

/** "Kamianka had …", "Kamianka, with …" → "Kamianka". */
const HAVING_ANCHOR = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+(?:once\s+|still\s+|then\s+)?(?:had|has|with)\s+$/;

/** Settlements under fire are attacks, not territory. */
const ATTACK_CONTEXT = /\b(?:shell|strik|struck|bomb|hit|attack|assault|missile|drone|raid)\w*[^.;]{0,30}$/i;
/** The same written passive after the count: "45 villages came under fire", "12 towns were shelled overnight". */
const ATTACK_AFTER = /^\s+(?:(?:had|have|has)\s+)?(?:(?:come|came|been|were|was)\s+)?(?:under\s+(?:fire|attack|shelling|bombardment)|shelled|struck|hit|bombed|attacked|targeted)\b/i;

/**
 * Words each pattern cannot match without, tested first: most sentences have none, and these
 * plain tests cost a fraction of the patterns.
 */
const SETTLEMENT_WORD = /town|village|settlement|cities|hamlet|localit|communities|populated/i;
const POPULATION_PATTERNS: { pattern: RegExp; needs: RegExp }[] = [
  { pattern: POPULATION, needs: new RegExp(String.raw`home|population|inhabited|\b(?:${POPULATED_PLACE})\s+of\b`, 'i') },
  { pattern: POSSESSIVE_POPULATION, needs: /people|residents|inhabitants|citizens/ },
  { pattern: LIVE_THERE, needs: /\b(?:live|lived|living|reside|resided)\b/i },
  { pattern: HAS_RESIDENTS, needs: /residents|inhabitants/ },
];

export function matchCounts(sentence: string): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const m of SETTLEMENT_WORD.test(sentence) ? sentence.matchAll(SETTLEMENTS) : []) {
    const g = m.groups!;
    if (g.pre) continue; // "the two towns" points back, it does not count
    const value = g.vague ? Number.NaN : parseNumber(g.part ?? g.num!);
    if (value === null || value < 2 || (Number.isInteger(value) && value >= 1800 && value <= 2100 && !g.num!.includes(','))) continue;
    const before = sentence.slice(0, m.index!);
    if (ATTACK_CONTEXT.test(before) || ATTACK_AFTER.test(sentence.slice(m.index! + m[0].length))) continue;
    const verb = (CONTROL_BEFORE.exec(before) ?? CONTROL_AFTER.exec(sentence.slice(m.index! + m[0].length)))?.groups?.verb;
    const noun = g.noun!.toLowerCase().replace(/\s+/g, ' ');
    out.push(candidate(m.index!, m.index! + m[0].length, value, g.qual, verb ? `${noun} ${participle(verb)}` : noun));
  }
  for (const { pattern, needs } of POPULATION_PATTERNS) {
    if (!needs.test(sentence)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const g = m.groups!;
      const value = parseNumber(g.num!);
      if (value === null || value < 2) continue;
      const before = sentence.slice(0, m.index!);
      const anchor = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s*,|\s(?:is|was|remains|has\s+been)|['’]s)\s*$/.exec(before)?.[1]
        ?? RELATIVE_ANCHOR.exec(before)?.[1] ?? HAVING_ANCHOR.exec(before)?.[1];
      out.push(candidate(m.index!, m.index! + m[0].length, value, g.qual, anchor ? `population of ${anchor}` : 'population'));
    }
  }
  return out;
}

function candidate(start: number, end: number, value: number, qual: string | undefined, refersTo: string): FigureCandidate {
  const qualifier = normalizeQualifier(qual);
  return { start, end, figureKind: 'count', value, unit: 'count', km2: null, km: null, ...(qualifier ? { qualifier } : {}), refersTo };
}
