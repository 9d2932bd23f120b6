import { describe, expect, it } from 'vitest';
import { crossReferenceProblems } from './crossReferences';
import { parseArticle } from './parseArticle';

const article = (slug: string, prose: string) =>
  parseArticle(`---\ntitle: ${slug}\n---\n\n${prose}\n`, { slug, file: `content/articles/${slug}.mdx`, title: slug, published: '2022-09-14', outlet: 'The Daily Example', review: 'draft' });
const border = article('fakeville-border', '<S id="s1"><Claim id="c1" by="Minister Testperson">Troops reached the border.</Claim></S>');

describe('crossReferenceProblems', () => {
  it('accepts a confirmation of a claim on another page', () => {
    expect(crossReferenceProblems([border, article('fakeville-bridge', '<S id="s1"><Claim id="c1" confirms="fakeville-border#c1">Yes.</Claim></S>')])).toEqual([]);
  });

  it('lists the claims of the other page when the id is not one of them', () => {
    expect(crossReferenceProblems([border, article('fakeville-bridge', '<S id="s1"><Claim id="c1" confirms="fakeville-border#c7">Yes.</Claim></S>')])).toEqual([
      'content/articles/fakeville-bridge.mdx:5:12 <Claim id="c1" confirms="fakeville-border#c7">: confirms="fakeville-border#c7" points at no claim in fakeville-border\n  hint: claims in fakeville-border: c1',
    ]);
  });

  it('names a page that does not exist and suggests the page meant', () => {
    expect(crossReferenceProblems([border, article('fakeville-bridge', '<S id="s1"><Claim id="c1" disputes="fakevile-border#c1">No.</Claim></S>')])).toEqual([
      'content/articles/fakeville-bridge.mdx:5:12 <Claim id="c1" disputes="fakevile-border#c1">: disputes="fakevile-border#c1" names an article "fakevile-border" that does not exist\n  hint: did you mean disputes="fakeville-border#c1"?',
    ]);
    expect(crossReferenceProblems([border, article('fakeville-bridge', '<S id="s1"><Claim id="c1" confirms="kyiv-talks#c1">No.</Claim></S>')])[0]).toContain(
      'hint: use the file name of a page in content/articles without .mdx, e.g. fakeville-border#c1',
    );
  });
});
