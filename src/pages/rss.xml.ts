/** RSS feed of the articles, newest first: title, address, date and one-line summary. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadArticles } from '../aggregate/loadArticles';
import { oneLineSummary } from '../aggregate/oneLineSummary';
import { SITE_NAME } from '../siteName';

export async function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  const articles = await loadArticles();
  return rss({
    title: SITE_NAME,
    description: 'News reports on the war in Ukraine, with every dated event, attributed claim and territory figure traced to its sentence.',
    site: new URL(base, context.site),
    trailingSlash: true,
    items: articles.map((a) => ({
      title: a.title,
      link: `${base}articles/${a.slug}/`,
      pubDate: new Date(`${a.published}T00:00:00Z`),
      description: oneLineSummary(a.summary, [...a.sentences.values()][0] ?? ''),
      categories: [a.outlet],
    })),
  });
}
