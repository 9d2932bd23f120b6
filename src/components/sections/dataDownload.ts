/**
 * The data downloads, /data/<set>.csv and /data/<set>.json (src/pages/data/[name].csv.ts and
 * [name].json.ts): events, claims, figures and the data of the two figures charts (areas,
 * figures-over-time), with absolute sentence addresses. One route per format, because the
 * preview only serves a route without a trailing slash when its file name has the extension.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SETS, csvParts, dataTable, jsonParts, type DataSetName } from '../../aggregate/dataTables';
import { loadArticles } from '../../aggregate/loadArticles';
import { referenceAreaKm2 } from '../../aggregate/referenceAreaKm2';
import { sentenceHref } from '../../aggregate/sentenceHref';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', parts: csvParts },
  json: { type: 'application/json; charset=utf-8', parts: jsonParts },
} as const;

export const dataSetPaths = (() => DATA_SETS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

const utf8 = new TextEncoder();

/** A route for one format; each set's table is worked out from the timeline and claims that the pages share (about 0.2 s for all sets at 1,000 articles). */
export function dataDownload(format: keyof typeof FORMATS): APIRoute {
  return async ({ params, site }) => {
    const base = import.meta.env.BASE_URL;
    const table = dataTable(params.name as DataSetName, await loadArticles(), {
      referenceArea: referenceAreaKm2,
      sentenceUrl: (slug, sentence) => new URL(sentenceHref(base, slug, sentence), site).href,
    });
    // Written as a stream of pieces: the file never has to be one string (claims.json is 280 MB at 10,000 articles).
    const parts = FORMATS[format].parts(table);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.next();
        if (part.done) controller.close();
        else controller.enqueue(utf8.encode(part.value));
      },
    });
    return new Response(body, { headers: { 'Content-Type': FORMATS[format].type } });
  };
}
