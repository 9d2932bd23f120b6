import { describe, expect, it } from 'vitest';
import { claimLinks } from './claimLinks';
import { parseArticle } from './parseArticle';

const article = (slug: string, prose: string) =>
  parseArticle(`---\ntitle: ${slug}\n---\n\n${prose}\n`, { slug, file: `content/articles/${slug}.mdx`, title: slug, published: '2022-09-14', outlet: 'The Daily Example', review: 'draft' });
const border = article('fakeville-border', '<S id="s1"><Claim id="c1" by="Minister Testperson">Troops reached the border.</Claim></S>');
const bridge = article('fakeville-bridge', '<S id="s1"><Claim id="c1" by="Mayor Sampleton">The bridge is ours.</Claim></S> <S id="s2"><Claim id="c2" confirms="c1" disputes="fakeville-border#c1">Yes, and no.</Claim></S>');

describe('claimLinks', () => {
  it('resolves a link on the same page and one to another article', () => {
    expect(claimLinks(bridge.claims[1], bridge, [border, bridge]).map((l) => `${l.field} ${l.article.slug} ${l.claim.id} ${l.claim.by}`)).toEqual([
      'confirms fakeville-bridge c1 Mayor Sampleton',
      'disputes fakeville-border c1 Minister Testperson',
    ]);
  });

  it('gives nothing for a claim without links, or a link that names nothing', () => {
    expect(claimLinks(bridge.claims[0], bridge, [border, bridge])).toEqual([]);
    expect(claimLinks(bridge.claims[1], bridge, [bridge]).map((l) => l.field)).toEqual(['confirms']);
  });
});
