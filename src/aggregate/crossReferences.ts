/**
 * Checks that every confirms/disputes that names another article ("kharkiv-border#c3") points at a
 * claim that exists there. Returns formatted problems (file:line:column, what, fix).
 */
import { didYouMean, formatProblem } from '../annotations/problems';
import type { ArticleData } from './parseArticle';

export function crossReferenceProblems(articles: ArticleData[]): string[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const problems: string[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      for (const field of ['confirms', 'disputes'] as const) {
        const ref = c[field];
        if (!ref?.includes('#')) continue;
        const [slug, id] = ref.split('#');
        const target = bySlug.get(slug);
        const message = !target
          ? `${field}="${ref}" names an article "${slug}" that does not exist`
          : !target.claims.some((t) => t.id === id)
            ? `${field}="${ref}" points at no claim in ${slug}`
            : '';
        if (!message) continue;
        const others = articles.map((x) => x.slug).filter((s) => s !== a.slug);
        const guess = didYouMean(slug, others);
        const hint = !target
          ? guess
            ? `did you mean ${field}="${guess}#${id}"?`
            : `use the file name of a page in content/articles without .mdx, e.g. ${others[0] ?? 'other-article'}#c1`
          : `claims in ${slug}: ${target.claims.slice(0, 6).map((t) => t.id).join(', ')}${target.claims.length > 6 ? ', …' : ''}`;
        problems.push(formatProblem(a.file, { line: c.line, column: c.column, element: 'Claim', attrs: { id: c.id, [field]: ref }, attribute: field, message, hint }));
      }
    }
  }
  return problems;
}
