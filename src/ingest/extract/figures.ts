/**
 * Territory figures: areas, distances, shares of a territory and counts of settlements or
 * residents, one per mention, each with its span, value, unit, km²/km, qualifier, who gave the
 * number and what it measures. See "Figures" in shared/eval/README.md for the guidelines.
 *
 * The work is done per sentence by four matchers (measures, comparisons, shares, counts);
 * this file resolves overlaps between them, then adds reportedBy and refersTo.
 */
import type { ReferenceAreas } from '../referenceAreas';
import type { ExtractContext, FigureAnnotation, Sentence } from '../types';
import { articleCountry, lastNamedCountry } from './articleCountry';
import type { FigureCandidate } from './figureCandidate';
import { opensAppositive } from './figureCandidate';
import { matchComparisons } from './figureComparisons';
import { matchCounts } from './figureCounts';
import { matchMeasures } from './figureMeasures';
import { findReporter } from './figureReporter';
import { lastNamedRegion } from './figureRegion';
import { matchShares } from './figureShares';
import { CONTROL_AFTER, CONTROL_BEFORE, participle } from './figureVerbs';

/**
 * All figures of an article, in reading order. `value` is NaN when the text gives no number
 * ("thousands of square kilometres"); JSON.stringify writes it as null, as the scorer expects.
 */
export function extractFigures(ctx: ExtractContext, areas: ReferenceAreas): FigureAnnotation[] {
  const outlet = ctx.outlet ?? 'the outlet';
  const sentences: readonly Sentence[] = ctx.sentences.length
    ? ctx.sentences
    : [{ id: 's1', start: 0, end: ctx.text.length, text: ctx.text, paragraph: 0 }];
  const texts = sentences.map((s) => s.text);
  const out: FigureAnnotation[] = [];

  sentences.forEach((sentence, index) => {
    const found = resolveOverlaps([
      ...matchComparisons(sentence.text, areas),
      ...matchMeasures(sentence.text),
      ...matchShares(sentence.text, areas, (noun, at, except) => {
        const before = ctx.text.slice(0, sentence.start + at);
        if (noun === 'country') return articleCountry(before, areas, except);
        if (noun === 'holder') return lastNamedCountry(before, areas);
        if (noun === 'region') return lastNamedRegion(before, areas, sentence.start);
        // "it": only a region the sentence before names, with bare names counted there too
        const previous = sentences[index - 1]?.start ?? sentence.start;
        return lastNamedRegion(ctx.text.slice(previous, sentence.start + at), areas, 0);
      }),
      ...matchCounts(sentence.text),
    ]);
    found.forEach((c, i) => {
      const reportedBy = c.gloss ? outlet : (findReporter({ sentences: texts, index, at: c.start }) ?? outlet);
      const start = sentence.start + c.start;
      const end = sentence.start + c.end;
      out.push({
        kind: 'figure',
        sentence: sentence.id,
        start,
        end,
        text: ctx.text.slice(start, end),
        figureKind: c.figureKind,
        value: c.value,
        unit: c.unit,
        km2: c.km2,
        km: c.km,
        ...(c.qualifier ? { qualifier: c.qualifier } : {}),
        reportedBy,
        refersTo: c.refersTo ?? refersTo(sentence.text, c, found[i - 1]),
      });
    });
  });
  return out;
}

/**
 * Keep the longest of overlapping candidates (a comparison over a bare number, a share over its
 * percent), except that an area which is a share's written base stays a figure of its own.
 */
export function resolveOverlaps(candidates: FigureCandidate[]): FigureCandidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FigureCandidate[] = [];
  const isBaseOf = (c: FigureCandidate, share: FigureCandidate): boolean =>
    share.baseStart !== undefined && c.figureKind === 'area' && c.start >= share.baseStart;
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end && !isBaseOf(c, k) && !isBaseOf(k, c))) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const OF_NOUN = /^\s*(?:\([^)]*\)\s*)?of\s+(?<noun>(?:[a-z-]+\s+){0,2}?(?:territory|land|ground|farmland|forest|countryside))\b/i;
/** "The city covers 350 sq km", "The zone is three times the size of Luxembourg". */
const COPULA_SUBJECT = /(?:^|[,;:]\s+|\b(?:and|but)\s+)(?<subject>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|(?!(?:It|That|This|These|Those|He|She|They|We|There|What)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:is|was|are|were|covers|covered|spans|spanned|measures|measured|encompasses|encompassed|stretches|stretched)\s+(?:(?:now|roughly|about|some|around|almost|nearly|over|for|only|just|still)\s+)*$/;

/** What an area, distance or count measures, when its matcher could not tell. */
function refersTo(sentence: string, c: FigureCandidate, previous: FigureCandidate | undefined): string {
  const between = previous ? sentence.slice(previous.end, c.start) : '';
  if (previous && c.gloss && /^\s*[,–—(-]?\s*$/.test(between)) return previous.refersTo ?? refersTo(sentence, previous, undefined);
  if (c.figureKind === 'distance') return 'distance';
  const before = sentence.slice(0, c.start);
  if (opensAppositive(sentence, c.start)) {
    const anchor = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[,–—(-]\s*$/.exec(before)?.[1];
    if (anchor) return anchor;
  }
  const after = sentence.slice(c.end);
  const noun = OF_NOUN.exec(after)?.groups?.noun ?? 'territory';
  const verb = (CONTROL_BEFORE.exec(before) ?? CONTROL_AFTER.exec(after))?.groups?.verb;
  if (verb) return `${noun} ${participle(verb)}`;
  const subject = COPULA_SUBJECT.exec(before)?.groups?.subject;
  if (subject) return subject.replace(/^The\s/, 'the ');
  return c.figureKind === 'area' ? (noun === 'territory' ? 'area' : noun) : noun;
}
