/**
 * Serves each source exactly as received, front matter included, as a text file, in `astro dev`.
 * A build copies the files instead (src/integrations/sourceTexts.ts), so here it gives no paths.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFiles } from '../../cli/readContent';
import { slugOf } from '../../cli/sourceFiles';

export const getStaticPaths = (() =>
  import.meta.env.DEV ? sourceFiles(process.cwd()).map((file) => ({ params: { slug: slugOf(file) }, props: { file } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.file as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
