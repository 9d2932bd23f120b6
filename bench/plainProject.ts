/**
 * The baseline of the build benchmark: a plain Astro + @astrojs/mdx site with the same article
 * texts, the same markdown processor (unified with rehype-slug) and nothing else: no annotations,
 * no sections, no search, one minimal page route. The texts are written as MDX through remark,
 * like ours, so both builds compile the same prose.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import { linkPackages } from '../src/cli/scratchProject';
import { parseSource } from '../src/ingest/source';

const processor = unified().use(remarkStringify).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-baseline', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { processor: unified({ rehypePlugins: [rehypeSlug], smartypants: false }) },
  build: { format: 'directory' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/articles' }),
    schema: z.object({ title: z.string(), published: z.coerce.date() }),
  }),
};
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
};

/** The article text of a source as plain MDX: front matter and one paragraph per line. */
export function plainMdx(sourceText: string, file: string): string {
  const { meta, body } = parseSource(sourceText, file);
  const paragraphs: RootContent[] = body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] }));
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: toYaml({ title: meta.title, published: meta.published }).trimEnd() }, ...paragraphs],
  };
  return processor.stringify(tree);
}

/** Writes the baseline project into `target` with one page per source. */
export function plainProject(root: string, target: string, sources: { slug: string; text: string }[]): string {
  rmSync(target, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(target, path, '..'), { recursive: true });
    writeFileSync(join(target, path), text);
  }
  mkdirSync(join(target, 'content/articles'), { recursive: true });
  for (const s of sources) writeFileSync(join(target, 'content/articles', `${s.slug}.mdx`), plainMdx(s.text, `${s.slug}.txt`));
  linkPackages(join(root, 'node_modules'), join(target, 'node_modules'));
  return target;
}
