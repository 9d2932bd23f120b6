/**
 * Every event of every article, in date order, grouped by the month it begins in, with what a
 * reader can filter on: the places named in its sentence (<Place> names) and its actors (the
 * claimants of claims in the same sentence, plus any capitalised claimant known anywhere in the
 * corpus whose name appears in the sentence, e.g. "Ukraine" in "Ukraine has been driving…").
 */
import { formatNumber } from '../charts/formatNumber';
import { describeDate, splitDate } from './describeDate';
import type { ArticleData } from './parseArticle';
import { byId, byText } from './order';
import { perArticleSet } from './perArticleSet';
import type { ItemSource } from './itemSource';

export interface TimelineEvent extends ItemSource {
  /** As annotated: "2022-09-14" or "2022-09-05/2022-09-11". */
  date: string;
  start: string;
  end: string;
  precision?: string;
  /** The date in words: "early March 2022", "5–11 September 2022". */
  when: string;
  /** The short label (the annotation's summary, else its text). */
  summary: string;
  places: string[];
  actors: string[];
}

export interface TimelineMonth {
  /** "2022-03" */
  month: string;
  /** "March 2022" */
  label: string;
  events: TimelineEvent[];
}

export interface FilterOption {
  name: string;
  count: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CAPITALISED = /^\p{Lu}/u;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const PREPOSITION = '\\b(?:about|against|at|by|for|from|in|into|of|on|over|to|toward|towards|with)';

const unique = (names: string[]) => [...new Set(names)].sort(byText);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Finds each known name in a text where it could be the one acting: as a whole word, not in the
 * possessive ("Ukraine’s capital") and not after a preposition ("the war with Ukraine"). Only the
 * names whose first word is a word of the text are tried, and only on a text that holds the name,
 * so the cost grows with the text, not with the number of names.
 */
function nameMatcher(names: Iterable<string>): (text: string) => string[] {
  const byFirstWord = new Map<string, { name: string; re: RegExp }[]>();
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?<!${PREPOSITION}\\s+)${name.replace(REGEX_SPECIAL, '\\$&')}(?![\\p{L}\\p{N}]|['’]s\\b)`, 'u');
    const first = name.match(WORD)?.[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { name, re }]);
  }
  return (text) => [...new Set(text.match(WORD))].flatMap((word) => (byFirstWord.get(word) ?? []).filter((p) => text.includes(p.name) && p.re.test(text)).map((p) => p.name));
}

function eventsOf(articles: readonly ArticleData[]): TimelineEvent[] {
  const known = new Set(articles.flatMap((a) => a.claims.filter((c) => c.by !== 'unknown' && CAPITALISED.test(c.by)).map((c) => c.by.trim())));
  const mentioned = nameMatcher(known);
  const events = articles.flatMap((a) =>
    a.events.map((e): TimelineEvent => {
      const { start, end } = splitDate(e.date);
      const sentenceText = a.sentences.get(e.sentence) ?? e.text;
      const claimants = a.claims.filter((c) => c.sentence === e.sentence && c.by !== 'unknown').map((c) => c.by.trim());
      return {
        key: `${a.slug}#${e.id}`,
        slug: a.slug,
        id: e.id,
        sentence: e.sentence,
        article: a.title,
        outlet: a.outlet,
        published: a.published,
        date: e.date,
        start,
        end,
        precision: e.precision,
        when: describeDate(e.date, e.precision),
        summary: e.summary ?? e.text,
        places: unique(a.places.filter((p) => p.sentence === e.sentence).map((p) => p.name)),
        actors: unique([...claimants, ...mentioned(sentenceText)]),
      };
    }),
  );
  return events.sort(
    (x, y) => byText(x.start, y.start) || byText(x.end, y.end) || byText(x.published, y.published) || byText(x.slug, y.slug) || byId(x.id, y.id),
  );
}

/** Every event of every article in date order (once per list of articles). */
export const timelineEvents = perArticleSet(eventsOf);

/** "2022-03" → "March 2022". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Groups events (already in order) under the month each begins in. */
export function groupByMonth(events: readonly TimelineEvent[]): TimelineMonth[] {
  const months = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const month = e.start.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(e);
    else months.set(month, [e]);
  }
  return [...months.entries()].map(([month, list]) => ({ month, label: monthLabel(month), events: list }));
}

/** The places or actors of a list of events, most frequent first, then by name. */
export function filterOptions(events: readonly TimelineEvent[], field: 'places' | 'actors'): FilterOption[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const name of e[field]) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || byText(a.name, b.name));
}

/** One sentence saying what the axis shows: "8 events from February 2022 to September 2022; most in May 2022 (3)." */
export function describeTimeline(months: readonly TimelineMonth[]): string {
  const total = months.reduce((n, m) => n + m.events.length, 0);
  if (total === 0) return 'No dated events yet.';
  const first = months[0]!;
  const last = months.at(-1)!;
  const busiest = months.reduce((a, b) => (b.events.length > a.events.length ? b : a));
  const span = first === last ? `in ${first.label}` : `from ${first.label} to ${last.label}`;
  const most = months.length > 1 ? `; most in ${busiest.label} (${formatNumber(busiest.events.length)})` : '';
  return `${formatNumber(total)} ${total === 1 ? 'event' : 'events'} ${span}${most}.`;
}
