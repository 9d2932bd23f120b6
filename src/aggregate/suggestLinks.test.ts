import { describe, expect, it } from 'vitest';
import { parseArticle } from './parseArticle';
import { formatSuggestion, suggestLinks } from './suggestLinks';

const article = (slug: string, published: string, prose: string) =>
  parseArticle(`---\ntitle: ${slug}\n---\n\n${prose}\n`, { slug, file: `content/articles/${slug}.mdx`, title: slug, published, outlet: 'The Daily Example', review: 'draft' });
const place = (id: string, name = 'Fakeville') => `<Place id="${id}" name="${name}" lat="49.1" lon="37.2">${name}</Place>`;

const border = article('fakeville-border', '2022-09-14', `<S id="s1"><Claim id="c1" by="Minister Testperson">Troops reached ${place('p1')}.</Claim></S>\n\n<S id="s2"><Claim id="c2" by="General Mockford">Troops freed <Figure id="f1" kind="area" value="6000" unit="km2" km2="6000">6,000 square kilometres</Figure>.</Claim></S>`);

describe('suggestLinks', () => {
  it('suggests that a later claim about the same place within three days confirms the earlier one', () => {
    const bridge = article('fakeville-bridge', '2022-09-16', `<S id="s1"><Claim id="c4" by="Mayor Sampleton">Our flag flies in ${place('p1')} again.</Claim></S>`);
    expect(suggestLinks([border, bridge]).map(formatSuggestion)).toEqual([
      'content/articles/fakeville-bridge.mdx:5:12 <Claim id="c4"> may confirm fakeville-border#c1 (same place Fakeville, 2 days apart) — add confirms="fakeville-border#c1"',
    ]);
  });

  it('dates a claim by the events in its sentence rather than by its article', () => {
    const later = article('fakeville-review', '2022-10-30', `<S id="s1"><Claim id="c1" by="Mayor Sampleton"><Event id="e1" date="2022-09-13">On 13 September</Event> troops entered ${place('p1')}.</Claim></S>`);
    expect(suggestLinks([border, later]).map((s) => s.reasons)).toEqual([['same place Fakeville, 1 day apart']]);
    const muchLater = article('fakeville-anniversary', '2023-09-14', `<S id="s1"><Claim id="c1" by="Mayor Sampleton">${place('p1')} remembers.</Claim></S>`);
    expect(suggestLinks([border, muchLater])).toEqual([]);
  });

  it('suggests a link between claims giving the same figure within 5%, whenever they were made', () => {
    const later = article('fakeville-autumn', '2022-11-01', '<S id="s1"><Claim id="c1" by="Testland ministry">Some <Figure id="f1" kind="area" value="6200" unit="km2" km2="6200">6,200 sq km</Figure> were freed.</Claim></S>');
    expect(suggestLinks([border, later]).map(formatSuggestion)).toEqual([
      'content/articles/fakeville-autumn.mdx:5:12 <Claim id="c1"> may confirm fakeville-border#c2 (similar figures 6,000 km² and 6,200 km²) — add confirms="fakeville-border#c2"',
    ]);
    const far = article('fakeville-winter', '2022-12-01', '<S id="s1"><Claim id="c1" by="Testland ministry">Some <Figure id="f1" kind="area" value="6400" unit="km2" km2="6400">6,400 sq km</Figure> were freed.</Claim></S>');
    expect(suggestLinks([border, far])).toEqual([]);
  });

  it('suggests a dispute when the later claim denies', () => {
    const denial = article('fakeville-denial', '2022-09-15', `<S id="s1"><Claim id="c1" by="Mockland spokesman" status="denied">Nobody reached ${place('p1')}.</Claim></S>`);
    expect(suggestLinks([border, denial]).map((s) => `${s.field} ${s.target}`)).toEqual(['disputes fakeville-border#c1']);
  });

  it('leaves out links already made, claims by the same claimant, and claims on one page', () => {
    const linked = article('fakeville-linked', '2022-09-15', `<S id="s1"><Claim id="c1" by="Mayor Sampleton" confirms="fakeville-border#c1">Yes, ${place('p1')}.</Claim></S>`);
    const same = article('fakeville-same', '2022-09-15', `<S id="s1"><Claim id="c1" by="Minister Testperson">Again, ${place('p1')}.</Claim></S>`);
    expect(suggestLinks([border, linked, same]).filter((s) => s.target === 'fakeville-border#c1' || s.article.slug === 'fakeville-border')).toEqual([]);
  });

  it('gives each claim its three closest candidates only', () => {
    const earlier = [1, 2, 3, 4, 5].map((d) => article(`fakeville-day-${d}`, `2022-09-1${d}`, `<S id="s1"><Claim id="c1" by="Reporter ${d}">News from ${place('p1')}.</Claim></S>`));
    const latest = article('fakeville-wrap', '2022-09-16', `<S id="s1"><Claim id="c1" by="Mayor Sampleton">All quiet in ${place('p1')}.</Claim></S>`);
    expect(suggestLinks([...earlier, latest]).filter((s) => s.article === latest).map((s) => `${s.target} ${s.reasons[0]}`)).toEqual([
      'fakeville-day-3#c1 same place Fakeville, 3 days apart',
      'fakeville-day-4#c1 same place Fakeville, 2 days apart',
      'fakeville-day-5#c1 same place Fakeville, 1 day apart',
    ]);
  });

  it('suggests nothing for articles without shared places or figures', () => {
    const other = article('elsewhere', '2022-09-14', `<S id="s1"><Claim id="c1" by="Mayor Sampleton">Quiet in ${place('p1', 'Mockton')}.</Claim></S>`);
    expect(suggestLinks([border, other])).toEqual([]);
  });
});
