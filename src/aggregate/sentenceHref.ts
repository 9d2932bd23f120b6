/**
 * Where a sentence of an article lives on the site: `${base}articles/${slug}/#${sentence}`.
 * `base` is import.meta.env.BASE_URL ("/" or a sub-path such as "/explainer/"); a base given
 * without its trailing slash gets one, so links stay right under any sub-path.
 */
export function sentenceHref(base: string, slug: string, sentence: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}articles/${encodeURIComponent(slug)}/${sentence ? `#${encodeURIComponent(sentence)}` : ''}`;
}
