/**
 * The downloadable data sets (/data/<name>.json and .csv): events, claims, figures, and the data
 * behind the two charts (areas with their reference areas; figures over time). Each is a list
 * of flat rows with a fixed column order; CSV is written by d3-dsv, list cells joined by "; ".
 */
import { csvFormatBody, csvFormatRows } from 'd3-dsv';
import { KM2_PER_SQ_MI } from '../charts/formatNumber';
import { claimRows, type ClaimRef } from './claimsTable';
import { figureKm2, figureSeries } from './figureSeries';
import type { ArticleData } from './parseArticle';
import { byText } from './order';
import { referenceAreaKm2 } from './referenceAreaKm2';
import { sentenceHref } from './sentenceHref';
import { timelineEvents } from './timeline';

type Cell = string | number | string[] | null;
export type DataRow = Record<string, Cell>;

export interface DataTable {
  columns: string[];
  /** Worked out as they are read, once: a written set holds only a piece of its rows at a time. */
  rows: Iterable<DataRow>;
}

export const DATA_SETS = ['events', 'claims', 'figures', 'areas', 'figures-over-time'] as const;
export type DataSetName = (typeof DATA_SETS)[number];

export interface DataTableOptions {
  referenceArea: (name: string) => number | undefined;
  /** Absolute address of a sentence in an article. */
  sentenceUrl: (slug: string, sentence: string) => string;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const sqMi = (km2: number) => round(km2 / KM2_PER_SQ_MI);
const keys = (refs: ClaimRef[]) => refs.map((r) => r.key);

/** Column order of each data set (also the CSV header when a set is empty). */
export const COLUMNS: Record<DataSetName, string[]> = {
  events: ['key', 'date', 'start', 'end', 'precision', 'when', 'summary', 'places', 'actors', 'outlet', 'published', 'article', 'url'],
  claims: ['key', 'claim', 'by', 'kind', 'verb', 'status', 'reviewed', 'confirms', 'disputes', 'confirmed_by', 'disputed_by', 'outlet', 'published', 'article', 'url'],
  figures: ['key', 'kind', 'text', 'value', 'unit', 'km2', 'sq_mi', 'km', 'qualifier', 'by', 'about', 'outlet', 'published', 'article', 'url'],
  areas: ['key', 'kind', 'label', 'km2', 'sq_mi', 'reported_by', 'date', 'comparison', 'url'],
  'figures-over-time': ['date', 'reported_by', 'label', 'km2', 'sq_mi', 'key', 'url'],
};

/** The options of a site at `site` (its origin) under `base`: areas from the reference table, absolute sentence addresses. */
export function siteDataOptions(site: string | URL, base: string): DataTableOptions {
  return { referenceArea: referenceAreaKm2, sentenceUrl: (slug, sentence) => new URL(sentenceHref(base, slug, sentence), site).href };
}

/** One data set, worked out from the articles (each endpoint asks for just its own). */
export function dataTable(name: DataSetName, articles: readonly ArticleData[], options: DataTableOptions): DataTable {
  const rows = ROWS[name](articles, options);
  return { columns: COLUMNS[name], rows };
}

const ROWS: Record<DataSetName, (articles: readonly ArticleData[], options: DataTableOptions) => Iterable<DataRow>> = {
  *events(articles, { sentenceUrl: url }) {
    for (const e of timelineEvents(articles)) {
      yield {
        key: e.key, date: e.date, start: e.start, end: e.end, precision: e.precision ?? null, when: e.when, summary: e.summary,
        places: e.places, actors: e.actors, outlet: e.outlet, published: e.published, article: e.article, url: url(e.slug, e.sentence),
      };
    }
  },
  *claims(articles, { sentenceUrl: url }) {
    for (const c of claimRows(articles)) {
      yield {
        key: c.key, claim: c.text, by: c.by, kind: c.kind, verb: c.verb ?? null, status: c.status, reviewed: c.reviewed ? 'yes' : 'no',
        confirms: c.confirms?.key ?? null, disputes: c.disputes?.key ?? null, confirmed_by: keys(c.confirmedBy), disputed_by: keys(c.disputedBy),
        outlet: c.outlet, published: c.published, article: c.article, url: url(c.slug, c.sentence),
      };
    }
  },
  *figures(articles, { sentenceUrl: url, referenceArea }) {
    for (const a of articles) {
      for (const f of a.figures) {
        const km2 = f.kind === 'area' || f.kind === 'share' ? figureKm2(f, referenceArea) : undefined;
        yield {
          key: `${a.slug}#${f.id}`, kind: f.kind, text: f.text, value: f.value ?? null, unit: f.unit, km2: km2 === undefined ? null : round(km2),
          sq_mi: km2 === undefined ? null : sqMi(km2), km: f.km ?? null, qualifier: f.qualifier ?? null, by: f.by, about: f.about ?? null,
          outlet: a.outlet, published: a.published, article: a.title, url: url(a.slug, f.sentence),
        };
      }
    }
  },
  *areas(articles, { sentenceUrl: url, referenceArea }) {
    const series = figureSeries(articles, referenceArea);
    for (const a of series.areas) {
      yield {
        key: a.key, kind: 'reported', label: a.label, km2: round(a.km2), sq_mi: sqMi(a.km2), reported_by: a.reportedBy, date: a.published,
        comparison: a.comparison ?? null, url: url(a.slug, a.sentence),
      };
    }
    for (const r of series.references) {
      yield {
        key: `reference:${r.name}`, kind: 'reference', label: r.name, km2: round(r.km2), sq_mi: sqMi(r.km2), reported_by: null, date: null,
        comparison: null, url: null,
      };
    }
  },
  *'figures-over-time'(articles, { sentenceUrl: url, referenceArea }) {
    const areas = [...figureSeries(articles, referenceArea).areas].sort((x, y) => byText(x.published, y.published));
    for (const a of areas) yield { date: a.published, reported_by: a.reportedBy, label: a.label, km2: round(a.km2), sq_mi: sqMi(a.km2), key: a.key, url: url(a.slug, a.sentence) };
  },
};

/** Rows per piece of a written data set: a set of 100,000 claims is never one 300 MB string. */
const ROWS_PER_PART = 1000;

const csvCells = (r: DataRow) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v === null ? '' : String(v)]));

function* pieces(rows: Iterable<DataRow>): Generator<DataRow[]> {
  let piece: DataRow[] = [];
  for (const row of rows) {
    piece.push(row);
    if (piece.length === ROWS_PER_PART) {
      yield piece;
      piece = [];
    }
  }
  if (piece.length) yield piece;
}

/** A data set as CSV (header, then one line per row), in pieces to be written one after the other. */
export function* csvParts(data: DataTable): Generator<string> {
  yield csvFormatRows([data.columns]);
  for (const piece of pieces(data.rows)) yield `\n${csvFormatBody(piece.map(csvCells), data.columns)}`;
  yield '\n';
}

/** A data set as a JSON list of rows, laid out as JSON.stringify(rows, null, 1) would, in pieces. */
export function* jsonParts(data: DataTable): Generator<string> {
  let before = '[';
  for (const piece of pieces(data.rows)) {
    let text = '';
    for (const row of piece) {
      // A row's lines are indented once more inside the list; strings hold no raw line breaks.
      text += `${before}\n ${JSON.stringify(row, null, 1).replaceAll('\n', '\n ')}`;
      before = ',';
    }
    yield text;
  }
  yield before === '[' ? '[]\n' : '\n]\n';
}

/** Each set is written in both formats: /data/<set>.csv and /data/<set>.json. */
export const DATA_FORMATS = { csv: csvParts, json: jsonParts } as const;
export type DataFormat = keyof typeof DATA_FORMATS;
