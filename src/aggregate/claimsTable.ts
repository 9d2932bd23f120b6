/**
 * Claims vs confirmations: one row per claim of every article, in date order, each with the
 * claims that confirm or dispute it and the claim it confirms or disputes itself. A claim with
 * confirms="c3" (same page) or confirms="other-slug#c3" is a confirmation OF c3, so it shows on
 * c3's row under "confirmed by" and on its own row under "confirms". Plus a summary by claimant.
 */
import type { ArticleData } from './parseArticle';
import { byId, byText } from './order';
import { isReviewed } from './isReviewed';
import type { ItemSource } from './itemSource';
import { perArticleSet } from './perArticleSet';

/** A claim as another row refers to it: who, where and when. */
export interface ClaimRef extends ItemSource {
  text: string;
  by: string;
  kind: string;
}

export interface ClaimRow extends ClaimRef {
  verb?: string;
  status: string;
  /** Whether an editor has reviewed the claim (isReviewed: its own say, else its page's). */
  reviewed: boolean;
  /** The claim this one confirms, if it is a confirmation. */
  confirms?: ClaimRef;
  /** The claim this one disputes or denies. */
  disputes?: ClaimRef;
  confirmedBy: ClaimRef[];
  disputedBy: ClaimRef[];
}

export interface ClaimantSummary {
  /** The claimant as first written; "unknown" for unattributed claims. */
  name: string;
  kinds: string[];
  claims: number;
  /** Claims of theirs that someone else confirmed. */
  confirmedByOthers: number;
  /** Claims of theirs that someone else disputed or denied. */
  disputedByOthers: number;
}

const claimantKey = (by: string) => by.trim().toLocaleLowerCase('en');

/** "c3" on page `slug`, or "other-slug#c3", as a site-wide key. */
export function claimKey(slug: string, ref: string): string {
  return ref.includes('#') ? ref : `${slug}#${ref}`;
}

function rowsOf(articles: readonly ArticleData[]): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const byKey = new Map<string, ClaimRow>();
  for (const a of articles) {
    for (const c of a.claims) {
      const row: ClaimRow = {
        key: `${a.slug}#${c.id}`,
        slug: a.slug,
        id: c.id,
        sentence: c.sentence,
        text: c.text,
        by: c.by,
        kind: c.kind,
        verb: c.verb,
        status: c.status,
        reviewed: isReviewed(c, a),
        article: a.title,
        outlet: a.outlet,
        published: a.published,
        confirmedBy: [],
        disputedBy: [],
      };
      rows.push(row);
      byKey.set(row.key, row);
    }
  }
  const refOf = (r: ClaimRow): ClaimRef => ({
    key: r.key, slug: r.slug, id: r.id, sentence: r.sentence, text: r.text, by: r.by, kind: r.kind, article: r.article, outlet: r.outlet, published: r.published,
  });
  for (const a of articles) {
    for (const c of a.claims) {
      const row = byKey.get(`${a.slug}#${c.id}`)!;
      const confirmed = c.confirms ? byKey.get(claimKey(a.slug, c.confirms)) : undefined;
      const disputed = c.disputes ? byKey.get(claimKey(a.slug, c.disputes)) : undefined;
      if (confirmed) {
        row.confirms = refOf(confirmed);
        confirmed.confirmedBy.push(refOf(row));
      }
      if (disputed) {
        row.disputes = refOf(disputed);
        disputed.disputedBy.push(refOf(row));
      }
    }
  }
  const order = (x: ClaimRef, y: ClaimRef) => byText(x.published, y.published) || byText(x.slug, y.slug) || byId(x.id, y.id);
  for (const r of rows) {
    r.confirmedBy.sort(order);
    r.disputedBy.sort(order);
  }
  return rows.sort(order);
}

/** Every claim of every article, with what confirms and disputes it (once per list of articles). */
export const claimRows = perArticleSet(rowsOf);

/**
 * Keys that put a person's surname alone ("Zelensky") with their full name ("Volodymyr Zelensky")
 * when the full name is the only one with that surname.
 */
function personKeys(rows: readonly ClaimRow[]): (by: string) => string {
  const fullBySurname = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = claimantKey(r.by);
    const words = key.split(/\s+/);
    if (r.kind === 'person' && words.length > 1) fullBySurname.set(words.at(-1)!, (fullBySurname.get(words.at(-1)!) ?? new Set()).add(key));
  }
  return (by) => {
    const key = claimantKey(by);
    const full = fullBySurname.get(key);
    return full?.size === 1 ? [...full][0] : key;
  };
}

/** How many claims each claimant made and how many of them someone else confirmed or disputed. */
export function claimantSummary(rows: readonly ClaimRow[]): ClaimantSummary[] {
  const people = new Map<string, ClaimantSummary>();
  const keyOf = personKeys(rows);
  for (const r of rows) {
    const key = keyOf(r.by);
    const entry = people.get(key) ?? { name: r.by.trim(), kinds: [], claims: 0, confirmedByOthers: 0, disputedByOthers: 0 };
    if (r.by.trim().length > entry.name.length) entry.name = r.by.trim();
    entry.claims += 1;
    if (!entry.kinds.includes(r.kind)) entry.kinds.push(r.kind);
    const someoneElse = (ref: ClaimRef) => keyOf(ref.by) !== key || key === 'unknown';
    if (r.confirmedBy.some(someoneElse)) entry.confirmedByOthers += 1;
    if (r.disputedBy.some(someoneElse)) entry.disputedByOthers += 1;
    people.set(key, entry);
  }
  return [...people.values()]
    .map((p) => ({ ...p, kinds: p.kinds.sort(byText) }))
    .sort((a, b) => b.claims - a.claims || b.confirmedByOthers - a.confirmedByOthers || byText(a.name.toLowerCase(), b.name.toLowerCase()));
}
