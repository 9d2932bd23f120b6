import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Front matter of an article page (written by ingest, owned by editors). */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: z.strictObject({
    /** Headline, e.g. "Ukrainian troops reach the Russian border". */
    title: z.string().min(1),
    /** Publication date of the source, YYYY-MM-DD. */
    published: z
      .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2022-09-14')),
    outlet: z.string().default('unknown outlet'),
    url: z.url().optional(),
    language: z.string().default('en'),
    /** One-line summary for the home page and search results. */
    summary: z.string().optional(),
    /** Site path of the source as received, e.g. /sources/kharkiv-border.txt. */
    source: z.string(),
    /** draft until an editor has checked the page; then reviewed. */
    review: z.enum(['draft', 'reviewed']).default('draft'),
    repaired: z.object({ homoglyphs: z.number().int().min(0), controls: z.number().int().min(0) }).default({ homoglyphs: 0, controls: 0 }),
    /** Page furniture kept out of the prose ("Most read in The Sun"). */
    furniture: z.array(z.string()).default([]),
    sourceHash: z.string().optional(),
    generatedHash: z.string().optional(),
  }),
});

export const collections = { articles };
