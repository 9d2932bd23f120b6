/**
 * Candidate links between claims in different articles, for an editor to accept or ignore: two
 * claims that give the same figure (within 5%), or name the same place within a few days of each
 * other. The later article's claim "may confirm" the earlier one (or "may dispute" it when its
 * status is denied or disputed); each claim gets its few closest candidates, so that a place in
 * the news every day does not bury the editor. Nothing is added to any page: the editor decides.
 * Pure.
 */
import type { ClaimRecord, FigureRecord } from '../annotations/collect';
import { formatFigure } from './formatFigure';
import type { ArticleData } from './parseArticle';

export interface SuggestedLink {
  /** The article whose claim would carry the attribute, and that claim. */
  article: ArticleData;
  claim: ClaimRecord;
  field: 'confirms' | 'disputes';
  /** The claim it would point at, as written in the attribute: "kharkiv-border#c2". */
  target: string;
  /** Why: "same place Izium, 2 days apart", "same figure 6,000 km²". */
  reasons: string[];
}

export interface SuggestOptions {
  /** Largest relative difference between two figures taken as the same (0.05 = 5%). */
  tolerance?: number;
  /** Largest gap in days between two claims about the same place. */
  days?: number;
  /** Most suggestions for one claim, the closest first. */
  perClaim?: number;
}

/** How many neighbours (in time, or in value) each claim is compared with, in each index. */
const NEIGHBOURS = 30;

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** The days a claim speaks of: the dates of the events in its sentence, else its article's date. */
function claimDays(article: ArticleData, claim: ClaimRecord): [number, number][] {
  const events = article.events.filter((e) => e.sentence === claim.sentence);
  if (events.length === 0) return [[dayNumber(article.published), dayNumber(article.published)]];
  return events.map((e) => {
    const [start, end = start] = e.date.split('/');
    return [dayNumber(start), dayNumber(end)];
  });
}

/** Days between the nearest of two sets of day ranges (0 when they overlap). */
function gapInDays(a: [number, number][], b: [number, number][]): number {
  return Math.min(...a.flatMap(([s1, e1]) => b.map(([s2, e2]) => Math.max(0, s2 - e1, s1 - e2))));
}

/** A figure as one comparable number: km² for areas, km for distances, the value otherwise. */
function measure(f: FigureRecord): number | undefined {
  if (f.kind === 'area') return f.km2 ?? (f.unit === 'km2' ? f.value : undefined);
  if (f.kind === 'distance') return f.km ?? (f.unit === 'km' ? f.value : undefined);
  return f.value;
}

function sameFigure(a: FigureRecord, b: FigureRecord, tolerance: number): boolean {
  const x = measure(a);
  const y = measure(b);
  return a.kind === b.kind && x !== undefined && y !== undefined && x !== 0 && Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

interface ClaimFacts {
  article: ArticleData;
  claim: ClaimRecord;
  places: Set<string>;
  figures: FigureRecord[];
  days: [number, number][];
}

/** Why two claims may be linked, and how close they are (0 = same figure or same days). */
function reasonsBetween(a: ClaimFacts, b: ClaimFacts, tolerance: number, days: number): { reasons: string[]; distance: number } {
  const reasons: string[] = [];
  let distance = Infinity;
  for (const fa of a.figures) {
    const fb = b.figures.find((f) => sameFigure(fa, f, tolerance));
    if (!fb) continue;
    const [sa, sb] = [formatFigure({ ...fa, qualifier: undefined }), formatFigure({ ...fb, qualifier: undefined })];
    reasons.push(sa === sb ? `same figure ${sa}` : `similar figures ${sb} and ${sa}`);
    distance = 0;
    break;
  }
  const places = [...a.places].filter((p) => b.places.has(p));
  const gap = gapInDays(a.days, b.days);
  if (places.length > 0 && gap <= days) {
    reasons.push(`same place ${places.join(', ')}, ${gap === 0 ? 'same days' : `${gap} day${gap > 1 ? 's' : ''} apart`}`);
    distance = Math.min(distance, gap);
  }
  return { reasons, distance };
}

const linked = (from: ClaimFacts, to: ClaimFacts) =>
  [from.claim.confirms, from.claim.disputes].includes(`${to.article.slug}#${to.claim.id}`);

const sameClaimant = (a: ClaimRecord, b: ClaimRecord) => a.by !== 'unknown' && a.by.toLowerCase() === b.by.toLowerCase();

/**
 * Pairs of claims worth comparing, found through two indexes rather than by comparing every claim
 * with every other: claims naming one place whose days lie close, and figures of one kind whose
 * values lie close.
 */
function candidatePairs(facts: ClaimFacts[], tolerance: number, days: number): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  const add = (i: number, j: number) => {
    if (facts[i].article !== facts[j].article) pairs.set(i < j ? `${i} ${j}` : `${j} ${i}`, i < j ? [i, j] : [j, i]);
  };
  const byPlace = new Map<string, { i: number; start: number; end: number }[]>();
  const byKind = new Map<string, { i: number; value: number }[]>();
  const listIn = <T>(map: Map<string, T[]>, key: string) => map.get(key) ?? map.set(key, []).get(key)!;
  facts.forEach((f, i) => {
    const start = Math.min(...f.days.map((d) => d[0]));
    const end = Math.max(...f.days.map((d) => d[1]));
    for (const p of f.places) listIn(byPlace, p).push({ i, start, end });
    for (const fig of f.figures) {
      const value = measure(fig);
      if (value !== undefined && value > 0) listIn(byKind, fig.kind).push({ i, value });
    }
  });
  for (const list of byPlace.values()) {
    list.sort((a, b) => a.start - b.start);
    list.forEach((a, k) => {
      for (let m = k + 1; m < list.length && m <= k + NEIGHBOURS && list[m].start <= a.end + days; m++) add(a.i, list[m].i);
    });
  }
  for (const list of byKind.values()) {
    list.sort((a, b) => a.value - b.value);
    list.forEach((a, k) => {
      for (let m = k + 1; m < list.length && m <= k + NEIGHBOURS && list[m].value - a.value <= tolerance * list[m].value; m++) add(a.i, list[m].i);
    });
  }
  return [...pairs.values()];
}

export function suggestLinks(articles: ArticleData[], options: SuggestOptions = {}): SuggestedLink[] {
  const { tolerance = 0.05, days = 3, perClaim = 3 } = options;
  const facts: ClaimFacts[] = articles.flatMap((article) =>
    article.claims.map((claim) => ({
      article,
      claim,
      places: new Set(article.places.filter((p) => p.sentence === claim.sentence).map((p) => p.name)),
      figures: article.figures.filter((f) => f.sentence === claim.sentence),
      days: claimDays(article, claim),
    })),
  );
  // The later article speaks second; on the same day, the one whose name sorts later.
  const later = (a: ClaimFacts, b: ClaimFacts) => a.article.published > b.article.published || (a.article.published === b.article.published && a.article.slug > b.article.slug);

  const byClaim = new Map<ClaimFacts, (SuggestedLink & { distance: number })[]>();
  for (const [i, j] of candidatePairs(facts, tolerance, days)) {
    const [a, b] = later(facts[i], facts[j]) ? [facts[i], facts[j]] : [facts[j], facts[i]];
    if (sameClaimant(a.claim, b.claim) || linked(a, b) || linked(b, a)) continue;
    const field = a.claim.status === 'denied' || a.claim.status === 'disputed' ? 'disputes' : 'confirms';
    if (a.claim[field]) continue;
    const { reasons, distance } = reasonsBetween(a, b, tolerance, days);
    if (reasons.length) byClaim.set(a, [...(byClaim.get(a) ?? []), { article: a.article, claim: a.claim, field, target: `${b.article.slug}#${b.claim.id}`, reasons, distance }]);
  }
  const out = [...byClaim.values()].flatMap((list) =>
    list.sort((x, y) => x.distance - y.distance || y.reasons.length - x.reasons.length || x.target.localeCompare(y.target)).slice(0, perClaim).map(({ distance, ...s }) => s),
  );
  return out.sort((x, y) => x.article.file.localeCompare(y.article.file) || x.claim.line - y.claim.line || x.claim.column - y.claim.column || x.target.localeCompare(y.target));
}

/** `content/articles/a.mdx:12:5 <Claim id="c4"> may confirm kharkiv-border#c2 (same place Izium, 2 days apart) — add confirms="kharkiv-border#c2"` */
export function formatSuggestion(s: SuggestedLink): string {
  const verb = s.field === 'confirms' ? 'confirm' : 'dispute';
  return `${s.article.file}:${s.claim.line}:${s.claim.column} <Claim id="${s.claim.id}"> may ${verb} ${s.target} (${s.reasons.join('; ')}) — add ${s.field}="${s.target}"`;
}
