/**
 * The data downloads, /data/<set>.csv and /data/<set>.json (src/pages/data/[name].csv.ts and
 * [name].json.ts), in `astro dev` only: events, claims, figures and the data of the two figures
 * charts, with absolute sentence addresses. A build writes the same files in a worker thread while
 * Astro renders the pages (src/integrations/dataDownloads.ts), so these routes give it no paths.
 * One route per format, because `astro dev` only serves a route without a trailing slash when its
 * file name has the extension.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FORMATS, DATA_SETS, dataTable, siteDataOptions, type DataFormat, type DataSetName } from '../../aggregate/dataTables';
import { loadArticles } from '../../aggregate/loadArticles';

const TYPES: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const dataSetPaths = (() => (import.meta.env.DEV ? DATA_SETS.map((name) => ({ params: { name } })) : [])) satisfies GetStaticPaths;

const utf8 = new TextEncoder();

/** A route for one format; each set's table is worked out from the timeline and claims that the pages share. */
export function dataDownload(format: DataFormat): APIRoute {
  return async ({ params, site }) => {
    const table = dataTable(params.name as DataSetName, await loadArticles(), siteDataOptions(site!, import.meta.env.BASE_URL));
    // Written as a stream of pieces: the file never has to be one string (claims.json is 280 MB at 10,000 articles).
    const parts = DATA_FORMATS[format](table);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.next();
        if (part.done) controller.close();
        else controller.enqueue(utf8.encode(part.value));
      },
    });
    return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
  };
}
