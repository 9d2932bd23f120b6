/**
 * Builds ArticleData for the aggregation tests from a few fields: invented articles, not taken
 * from any real page. Annotations get their line from their position in the list.
 */
import type { ClaimRecord, EventRecord, FigureRecord, PlaceRecord } from '../annotations/collect';
import type { ArticleData } from './parseArticle';

type Loc = { sentence: string; text: string };
export type ClaimInput = Partial<ClaimRecord> & Loc & { id: string };
export type EventInput = Partial<EventRecord> & Loc & { id: string; date: string };
export type FigureInput = Partial<FigureRecord> & Loc & { id: string; kind: FigureRecord['kind']; value: number; unit: string };
export type PlaceInput = Partial<PlaceRecord> & Loc & { id: string; name: string };

export interface ArticleInput {
  slug: string;
  title?: string;
  published: string;
  outlet?: string;
  sentences?: Record<string, string>;
  claims?: ClaimInput[];
  events?: EventInput[];
  figures?: FigureInput[];
  places?: PlaceInput[];
}

export function makeArticle(input: ArticleInput): ArticleData {
  const at = (i: number) => ({ line: i + 1, column: 1 });
  return {
    slug: input.slug,
    title: input.title ?? `Report ${input.slug}`,
    published: input.published,
    outlet: input.outlet ?? 'The Example Gazette',
    review: 'draft',
    file: `content/articles/${input.slug}.mdx`,
    html: new Uint8Array(),
    headings: [],
    sentences: new Map(Object.entries(input.sentences ?? {})),
    claims: (input.claims ?? []).map((c, i) => ({ by: 'unknown', kind: 'unknown', status: 'claimed', ...at(i), ...c })),
    events: (input.events ?? []).map((e, i) => ({ ...at(i), ...e })),
    figures: (input.figures ?? []).map((f, i) => ({ by: 'unknown', ...at(i), ...f })),
    places: (input.places ?? []).map((p, i) => ({ lat: 0, lon: 0, ...at(i), ...p })),
    problems: [],
  };
}
