import { describe, expect, it } from 'vitest';
import curated from '../../content/data/reference-areas.json';
import { areaKey, CuratedAreaFileSchema, loadReferenceAreas } from './referenceAreas';

const areas = loadReferenceAreas(curated);

describe('loadReferenceAreas', () => {
  it('finds curated UK comparisons with and without "the", in any case', () => {
    expect(areas.find('Devon')?.km2).toBe(6707);
    expect(areas.find('Wales')?.km2).toBe(20779);
    expect(areas.find('the Isle of Wight')?.name).toBe('Isle of Wight');
    expect(areas.find('ISLE OF WIGHT')?.name).toBe('Isle of Wight');
    expect(areas.find('Greater London')?.km2).toBeGreaterThan(1500);
    expect(areas.find('Northern Ireland')?.km2).toBe(14130);
  });

  it('finds countries from world-countries by common, official and alternative names', () => {
    expect(areas.find('Belgium')?.km2).toBe(30528);
    expect(areas.find('Luxembourg')?.km2).toBeCloseTo(2586, -1);
    expect(areas.find('the Kingdom of Belgium')?.name).toBe('Belgium');
    expect(areas.find('Russian Federation')?.name).toBe('Russia');
    expect(areas.find('Belgium')?.source).toMatch(/world-countries.*ODbL/);
  });

  it('adds curated aliases to packaged countries ("the UK", "the US")', () => {
    expect(areas.find('the UK')?.name).toBe('United Kingdom');
    expect(areas.find('the US')?.name).toBe('United States');
  });

  it('finds US states, Ukrainian regions and qualified names', () => {
    expect(areas.find('Texas')?.km2).toBe(695662);
    expect(areas.find('the US state of Connecticut')?.name).toBe('Connecticut');
    expect(areas.find('Crimea')?.km2).toBeGreaterThan(26000);
    expect(areas.find('the Crimean peninsula')?.name).toBe('Crimea');
    expect(areas.find('Donbass')?.name).toBe('Donbas');
    expect(areas.find('the Luhansk region')?.name).toBe('Luhansk oblast');
  });

  it('keeps the country Georgia for the bare name and the state when it is qualified', () => {
    expect(areas.find('Georgia')?.km2).toBeLessThan(100000);
    expect(areas.find('the US state of Georgia')?.km2).toBe(153910);
  });

  it('looks up adjectives through world-countries demonyms', () => {
    expect(areas.findDemonym('Ukrainian')?.name).toBe('Ukraine');
    expect(areas.findDemonym('French')?.name).toBe('France');
  });

  it('finds countries by name, never a curated region or city', () => {
    expect(areas.findCountry('Ukraine')?.name).toBe('Ukraine');
    expect(areas.findCountry('the Russian Federation')?.name).toBe('Russia');
    expect(areas.findCountry('Devon')).toBeUndefined();
    expect(areas.findCountry('Kharkiv')).toBeUndefined();
  });

  it('finds the Scottish council areas, lochs and parks a Scottish paper compares with', () => {
    expect(areas.find('Fife')?.km2).toBe(1340);
    expect(areas.find('the Borders')?.name).toBe('Scottish Borders');
    expect(areas.find('the Cairngorms')?.km2).toBe(4528);
    expect(areas.find('Loch Ness')?.km2).toBe(56);
  });

  it('finds a historic Scottish county made of two council areas ("the size of Lanarkshire")', () => {
    expect(areas.find('Lanarkshire')?.km2).toBe(2248);
    expect(areas.find('North Lanarkshire')?.km2).toBe(470);
  });

  it('finds the Irish provinces and counties an Irish paper compares with, never a bare city name', () => {
    expect(areas.find('Leinster')?.km2).toBe(19801);
    expect(areas.find('Co Galway')?.name).toBe('County Galway');
    expect(areas.find('Donegal')?.name).toBe('County Donegal');
    expect(areas.find('Limerick')).toBeUndefined();
  });

  it('does not look up two-letter codes or unknown names', () => {
    expect(areas.find('BE')).toBeUndefined();
    expect(areas.find('Narnia')).toBeUndefined();
  });

  it('rejects a curated entry without a source, and an alias-only entry for an unknown country', () => {
    expect(CuratedAreaFileSchema.safeParse({ areas: [{ name: 'Devon', km2: 6707 }] }).success).toBe(false);
    expect(() => loadReferenceAreas({ areas: [{ name: 'Atlantis', aliases: ['Atl'], source: 'x' }] })).toThrow(/Atlantis/);
  });

  it('every curated entry says where its number comes from', () => {
    const file = CuratedAreaFileSchema.parse(curated);
    for (const a of file.areas) expect(a.source.length).toBeGreaterThan(5);
  });
});

describe('areaKey', () => {
  it('folds case, accents, punctuation and a leading "the"', () => {
    expect(areaKey('The Isle  of Wight')).toBe('isle of wight');
    expect(areaKey('Côte d’Ivoire')).toBe('cote divoire');
    expect(areaKey('Washington, D.C.')).toBe('washington dc');
  });
});
