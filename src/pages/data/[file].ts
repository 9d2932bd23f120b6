/**
 * The data downloads: /data/<set>.json and /data/<set>.csv for events, claims, figures and the
 * data of the two figures charts (areas, figures-over-time), with absolute sentence addresses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SETS, csvParts, dataTable, jsonParts, type DataSetName, type DataTable } from '../../aggregate/dataTables';
import { loadArticles } from '../../aggregate/loadArticles';
import type { ArticleData } from '../../aggregate/parseArticle';
import { referenceAreaKm2 } from '../../aggregate/referenceAreaKm2';
import { sentenceHref } from '../../aggregate/sentenceHref';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', parts: csvParts },
  json: { type: 'application/json; charset=utf-8', parts: jsonParts },
} as const;

export const getStaticPaths = (() =>
  DATA_SETS.flatMap((name) => (['csv', 'json'] as const).map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })))) satisfies GetStaticPaths;

const utf8 = new TextEncoder();

/** The set last worked out: the CSV and the JSON of a set are written one after the other. */
let last: { articles: readonly ArticleData[]; name: DataSetName; table: DataTable } | undefined;

export const GET: APIRoute = async ({ props, site }) => {
  const { name, format } = props as { name: DataSetName; format: keyof typeof FORMATS };
  const base = import.meta.env.BASE_URL;
  const articles = await loadArticles();
  if (last?.articles !== articles || last.name !== name) {
    const table = dataTable(name, articles, {
      referenceArea: referenceAreaKm2,
      sentenceUrl: (slug, sentence) => new URL(sentenceHref(base, slug, sentence), site).href,
    });
    last = { articles, name, table };
  }
  // Written as a stream of pieces: the file never has to be one string (claims.json is 280 MB at 10,000 articles).
  const parts = FORMATS[format].parts(last.table);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts.next();
      if (part.done) controller.close();
      else controller.enqueue(utf8.encode(part.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': FORMATS[format].type } });
};
