import { defineCollection } from 'astro:content';
import { articleLoader } from './articleLoader';
import { frontmatterSchema } from './annotations/frontmatterSchema';

/** Article pages: front matter written by ingest, owned by editors (fields: src/annotations/frontmatterSchema.ts). */
const articles = defineCollection({
  loader: articleLoader(),
  schema: frontmatterSchema,
});

export const collections = { articles };
