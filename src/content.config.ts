import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './annotations/frontmatterSchema';

/** Article pages: front matter written by ingest, owned by editors (fields: src/annotations/frontmatterSchema.ts). */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: frontmatterSchema,
});

export const collections = { articles };
