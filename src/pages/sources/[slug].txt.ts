/**
 * Serves each source exactly as received, front matter included, as a text file, in `astro dev`.
 * A build copies the files instead (src/integrations/sourceTexts.ts), so here it gives no paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { slugOf } from '../../cli/sourceFiles';

const DIR = 'content/sources';

export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => ({ params: { slug: slugOf(f) }, props: { file: `${DIR}/${f}` } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.file as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
