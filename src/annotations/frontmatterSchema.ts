/**
 * The front matter of an article page (written by ingest, owned by editors). Used by the content
 * collection (src/content.config.ts) and by `npm run check`; every message says what is allowed
 * with an example, and an unknown field is reported under its own name.
 */
import { z } from 'zod';
import { isIsoDate } from '../ingest/isoDate';

const text = (example: string) => z.string({ error: `must be text, e.g. ${example}` }).trim().min(1, `must not be empty, e.g. ${example}`);

export const REVIEW_STATES = ['draft', 'reviewed'] as const;

const fields = {
  /** Headline, e.g. "Ukrainian troops reach the Russian border". */
  title: text('title: "Ukrainian troops reach the Russian border"'),
  /** Publication date of the source, YYYY-MM-DD (YAML may read it as a date). */
  published: z
    .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()], { error: 'must be a date written YYYY-MM-DD, e.g. published: 2022-09-14' })
    .pipe(z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD, e.g. published: 2022-09-14')),
  /** The outlet in its own name, e.g. "The Sun". */
  outlet: text('outlet: The Sun').default('unknown outlet'),
  /** Where the article was published. */
  url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with http:// or https://, e.g. url: https://www.example.com/news/123' }).optional(),
  /** Language tag of the text, e.g. en-GB. */
  language: text('language: en-GB').default('en'),
  /** One-line summary for the home page and search results. */
  summary: text('summary: "Ukraine says it has retaken Izium."').optional(),
  /** Site path of the source as received, e.g. /sources/kharkiv-border.txt. */
  source: z.string({ error: 'must be the site path of the source, e.g. source: /sources/kharkiv-border.txt' }).regex(/^\/sources\/[a-z0-9-]+\.txt$/, 'must be the site path of the source, e.g. source: /sources/kharkiv-border.txt'),
  /** draft until an editor has checked the page; then reviewed. */
  review: z.enum(REVIEW_STATES, { error: 'must be draft or reviewed, e.g. review: reviewed' }).default('draft'),
  /** What ingest repaired in the source text (written by ingest). */
  repaired: z
    .object({ homoglyphs: z.number().int().min(0), controls: z.number().int().min(0) }, { error: 'is written by ingest: copy it back from the generated page' })
    .default({ homoglyphs: 0, controls: 0 }),
  /** Page furniture kept out of the prose ("Most read in The Sun"). */
  furniture: z.array(z.string(), { error: 'must be a list, one "- text" line each' }).default([]),
  /** Written by ingest so that a re-ingest never overwrites an editor's change: leave them alone. */
  sourceHash: z.string().optional(),
  /** Which version of the ingest code and data wrote the page (src/cli/generatorFingerprint.ts). */
  generator: z.string().optional(),
  generatedHash: z.string().optional(),
};

export const FRONTMATTER_FIELDS = Object.keys(fields);

export const frontmatterSchema = z.looseObject(fields).superRefine((data, ctx) => {
  for (const key of Object.keys(data)) {
    if (!(key in fields)) ctx.addIssue({ code: 'custom', path: [key], message: `is not a front matter field (allowed: ${FRONTMATTER_FIELDS.join(', ')})` });
  }
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
