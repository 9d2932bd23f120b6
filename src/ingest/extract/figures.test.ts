import { describe, expect, it } from 'vitest';
import curated from '../../../content/data/reference-areas.json';
import { loadReferenceAreas } from '../referenceAreas';
import type { FigureAnnotation, Sentence } from '../types';
import { extractFigures } from './figures';

const areas = loadReferenceAreas(curated);
const OUTLET = 'The Courier';

/** Splits made-up test prose into sentences (the real segmenter is tested elsewhere). */
function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(/.+?[.!?]+["”]?(?=\s|$)/g)].map((m, i) => {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    const end = m.index! + m[0].length;
    return { id: `s${i + 1}`, start, end, text: text.slice(start, end), paragraph: 0 };
  });
}

function run(text: string): FigureAnnotation[] {
  const figures = extractFigures({ text, sentences: sentencesOf(text), published: '2024-03-01', outlet: OUTLET }, areas);
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  return figures;
}

function only(text: string): FigureAnnotation {
  const figures = run(text);
  expect(figures.map((f) => f.text)).toHaveLength(1);
  return figures[0]!;
}

describe('areas with a unit', () => {
  it('takes the qualifier into the span and credits the attributed source', () => {
    const f = only('Officials said the army had regained some 4,500 square kilometres since June.');
    expect(f.text).toBe('some 4,500 square kilometres');
    expect([f.figureKind, f.value, f.unit, f.km2, f.km, f.qualifier]).toEqual(['area', 4500, 'km2', 4500, null, 'some']);
    expect(f.reportedBy).toBe('Officials');
    expect(f.refersTo).toBe('territory regained');
  });

  it('keeps a parenthetical conversion inside one figure, valued from the first unit', () => {
    const f = only('The ministry said 9,000 sq km (3,475 sq miles) had been cleared.');
    expect(f.text).toBe('9,000 sq km (3,475 sq miles)');
    expect([f.value, f.unit, f.km2]).toEqual([9000, 'km2', 9000]);
    expect(f.refersTo).toBe('territory cleared');
  });

  it('keeps a conversion set between dashes inside one figure, but not a different amount after a dash', () => {
    const f = only('Rebels have seized 2,000 square kilometers — roughly 770 square miles — of the delta.');
    expect(f.text).toBe('2,000 square kilometers — roughly 770 square miles');
    expect([f.value, f.unit, f.km2]).toEqual([2000, 'km2', 2000]);
    const two = run('Rebels have seized 2,000 sq km – 300 sq miles of them farmland.').filter((x) => x.figureKind === 'area');
    expect(two).toHaveLength(2);
  });

  it('reads the same unit again after "or" as a figure of its own, not a conversion', () => {
    const [whole, part] = run('The rebels hold a tenth of Tarnia, a land of 50,000 sq km, or some 5,000 sq km.').filter((x) => x.figureKind === 'area');
    expect([whole!.text, whole!.km2]).toEqual(['50,000 sq km', 50000]);
    expect([part!.text, part!.km2]).toEqual(['some 5,000 sq km', 5000]);
  });

  it('keeps the capital of a proper adjective in what the figure refers to', () => {
    expect(only('Troops have freed 900 sq km of Tarnish farmland since May.').refersTo).toBe('Tarnish farmland freed');
  });

  it('converts square miles to km²', () => {
    const f = only('Rebels hold nearly 1,200 square miles in the north.');
    expect(f.text).toBe('nearly 1,200 square miles');
    expect(f.unit).toBe('sq_mi');
    expect(f.km2).toBeCloseTo(1200 * 2.58999, 1);
    expect(f.qualifier).toBe('nearly');
  });

  it('reads compact km², hectares and scaled numbers', () => {
    expect(only('The line encloses 2,300km² of farmland.').text).toBe('2,300km²');
    const ha = only('Fires destroyed 800 hectares of forest.');
    expect([ha.text, ha.unit, ha.km2]).toEqual(['800 hectares', 'ha', 8]);
    const big = only('Moscow claims 1.2 million sq km of seabed.');
    expect([big.text, big.value, big.km2]).toEqual(['1.2 million sq km', 1_200_000, 1_200_000]);
  });

  it('reads thousands grouped with a space, not the last group alone', () => {
    const f = only('The army said it had cleared 4 500 sq km.');
    expect([f.text, f.value, f.km2]).toEqual(['4 500 sq km', 4500, 4500]);
    expect(only('Troops took 12\u00a0000 square kilometres.').value).toBe(12000);
  });

  it('reads an area unit hyphenated inside a compound adjective', () => {
    const f = only('Troops cleared an 8,000-square-kilometre area of forest.');
    expect([f.text, f.figureKind, f.km2]).toEqual(['an 8,000-square-kilometre area', 'area', 8000]);
    expect(only('Rebels hold a 300-square-mile pocket.').unit).toBe('sq_mi');
    expect(only('Kyiv said 2,000 sq-km had been freed.').km2).toBe(2000);
  });

  it('keeps a vague amount with no value', () => {
    const f = only('Tens of thousands of square kilometres are thought to be mined.');
    expect(f.text).toBe('Tens of thousands of square kilometres');
    expect(f.value).toBeNaN();
    expect(f.km2).toBeNull();
  });
});

describe('size comparisons', () => {
  it('reads a fraction joined by "of" to "the size of": "a quarter of the size of Cyprus"', () => {
    const f = only('The marshland, roughly a quarter of the size of Cyprus, flooded.');
    expect([f.figureKind, f.value, f.unit]).toEqual(['area', 0.25, 'reference:Cyprus']);
    expect(f.km2).toBeCloseTo(9251 / 4, 0);
  });

  it('values a comparison with a country from world-countries', () => {
    const f = only('The rebels now hold an area the size of Cyprus.');
    expect(f.text).toBe('an area the size of Cyprus');
    expect([f.figureKind, f.value, f.unit, f.km2]).toEqual(['area', 1, 'reference:Cyprus', 9251]);
  });

  it('reads a degree adverb before a relative comparison: "slightly smaller than Luxembourg"', () => {
    const f = only('The buffer zone is slightly smaller than Luxembourg.');
    expect([f.figureKind, f.value, f.unit, f.qualifier]).toEqual(['area', 1, 'reference:Luxembourg', 'less than']);
  });

  it('reads a relative comparison set off after an area with a unit', () => {
    const figures = run('The province spans 14,200 square kilometres - slightly larger than Montenegro.');
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['14,200 square kilometres', 14200, 'km2'],
      ['larger than Montenegro', 1, 'reference:Montenegro'],
    ]);
    expect(run('The fund is worth 40 million, larger than Montenegro’s budget.').map((f) => f.text)).toEqual([]);
  });

  it('finds holiday and Scottish islands', () => {
    expect(only('Rebels hold an area about the size of Tenerife.').km2).toBe(2034);
    expect(only('The lake is roughly the size of the Isle of Skye.').km2).toBe(1656);
  });

  it('multiplies: "roughly twice the size of Luxembourg"', () => {
    const f = only('Troops have cleared a region roughly twice the size of Luxembourg.');
    expect(f.text).toBe('a region roughly twice the size of Luxembourg');
    expect([f.value, f.qualifier]).toEqual([2, 'roughly']);
    expect(f.km2).toBeCloseTo(2 * 2586, -1);
  });

  it('reads fractions and credits an appositive comparison to the outlet', () => {
    const f = only('Kupiansk, an area a third the size of Kent, was shelled, the governor said.');
    expect(f.text).toBe('an area a third the size of Kent');
    expect(f.value).toBeCloseTo(1 / 3, 5);
    expect(f.km2).toBeCloseTo(3738 / 3, 0);
    expect(f.reportedBy).toBe(OUTLET);
    expect(f.refersTo).toBe('Kupiansk');
  });

  it('adds up "X and Y combined"', () => {
    const f = only('The reservoir flooded an area the size of Somerset and Dorset combined.');
    expect(f.text).toBe('an area the size of Somerset and Dorset combined');
    expect(f.km2).toBe(4171 + 2653);
  });

  it('adds up two references that end the phrase, without "combined"', () => {
    const f = only('Kyiv freed land larger than Essex and Kent, officials said.');
    expect([f.text, f.km2]).toEqual(['larger than Essex and Kent', areas.find('Essex')!.km2 + areas.find('Kent')!.km2]);
    expect(only('It took land larger than Luxembourg and Russia lost a brigade.').km2).toBe(areas.find('Luxembourg')!.km2);
  });

  it('reads "larger than" after a territory noun that names whose it is: "an area of Moldova larger than"', () => {
    const f = only('Rebels now hold an area of Moldova larger than Luxembourg.');
    expect([f.value, f.km2]).toEqual([1, areas.find('Luxembourg')!.km2]);
    expect(f.text).toContain('larger than Luxembourg');
  });

  it('reads "larger than" after a territory noun and "-sized"', () => {
    const larger = only('Ukraine has lost an area larger than Belgium.');
    expect([larger.text, larger.value, larger.qualifier, larger.km2]).toEqual(['an area larger than Belgium', 1, 'more than', 30528]);
    const copula = only('The occupied land is now larger than Belgium.');
    expect([copula.text, copula.km2]).toEqual(['larger than Belgium', 30528]);
    expect(only('The buffer zone is about as big as Luxembourg.').text).toBe('about as big as Luxembourg');
    const sized = only('The army seized a Connecticut-sized swathe of farmland.');
    expect([sized.text, sized.unit, sized.km2]).toEqual(['a Connecticut-sized swathe', 'reference:Connecticut', 14357]);
  });

  it('reads "larger than" after a territory noun with its own modifiers before the copula', () => {
    const f = only('The ground the rebels gave up is slightly larger than Belgium.');
    expect([f.text, f.value, f.km2]).toEqual(['larger than Belgium', 1, 30528]);
    expect(only('The land retaken this month is bigger than Luxembourg, the army says.').km2).toBe(2586);
    // no copula, no territory: the words after the noun are a clause of their own
    expect(run('The land reform made farms larger than Belgium’s average.')).toEqual([]);
  });

  it('reads "equivalent to" after a territory noun, and nowhere else', () => {
    const f = only('The militia gave up an area roughly equivalent to Luxembourg.');
    expect([f.text, f.value, f.unit, f.km2]).toEqual(['an area roughly equivalent to Luxembourg', 1, 'reference:Luxembourg', 2586]);
    expect(run('The aid package is equivalent to Luxembourg’s annual budget.')).toEqual([]);
  });

  it('reads a relative comparison quoted in a headline after its territory noun', () => {
    const f = only("Army frees area 'larger than Cornwall' in a week.");
    expect([f.text, f.value, f.km2]).toEqual(['larger than Cornwall', 1, 3562]);
  });

  it('reads every comparison in a sentence, not only the first', () => {
    const figures = run('Rebels took land about the size of Cyprus, an area larger than Luxembourg.');
    expect(figures.map((f) => [f.text, f.unit])).toEqual([
      ['about the size of Cyprus', 'reference:Cyprus'],
      ['an area larger than Luxembourg', 'reference:Luxembourg'],
    ]);
  });

  it('reads "comparable in size to"', () => {
    const f = only('Rebels hold an area comparable in size to Cyprus.');
    expect([f.text, f.value, f.km2]).toEqual(['an area comparable in size to Cyprus', 1, 9251]);
  });

  it('finds US states and islands written with "the"', () => {
    expect(only('It is roughly the size of the Isle of Wight.').unit).toBe('reference:Isle of Wight');
    expect(only('The burned land was twice the size of the US state of Rhode Island.').km2).toBe(2 * 4001);
  });

  it('finds a German state behind "the German state of" and reads a hyphenated "one-and-a-half times"', () => {
    expect(only('The flooded plain is roughly the size of the German state of Hesse.').unit).toBe('reference:Hesse');
    const f = only('The rebels seized a swathe one-and-a-half times the size of Northern Ireland.');
    expect(f.value).toBe(1.5);
  });

  it('reads "the area of" when it is measured against, not when it places', () => {
    const f = only('The rebels now hold roughly the area of Cyprus.');
    expect([f.text, f.value, f.km2, f.qualifier]).toEqual(['roughly the area of Cyprus', 1, 9251, 'roughly']);
    expect(only('The reservoir flooded twice the area of Luxembourg.').km2).toBe(2 * 2586);
    expect(run('Shelling continued around the area of Cyprus.')).toEqual([]);
  });

  it('declines references that are not in the table or not places', () => {
    expect(run('The crowd filled a town the size of Luton.')).toEqual([]);
    expect(run('Nobody knows the size of the Russian army.')).toEqual([]);
    expect(run('Russia is far larger than Ukraine.')).toEqual([]);
  });

  it('glosses a figure set off by dashes, sharing what the figure before it measures', () => {
    const [a, b] = run('Kyiv said its troops had freed 3,000 square kilometres – an area larger than Luxembourg – in a week.');
    expect([a!.text, b!.text]).toEqual(['3,000 square kilometres', 'an area larger than Luxembourg']);
    expect([a!.reportedBy, b!.reportedBy]).toEqual(['Kyiv', OUTLET]);
    expect(b!.refersTo).toBe(a!.refersTo);
  });
});

describe('distances', () => {
  it('extends the span over where the distance is measured from', () => {
    const f = only('The bridge lies about 40 miles north-west of Odesa.');
    expect(f.text).toBe('about 40 miles north-west of Odesa');
    expect([f.figureKind, f.value, f.unit, f.km2]).toEqual(['distance', 40, 'mi', null]);
    expect(f.km).toBeCloseTo(64.37, 1);
  });

  it('reads "to the west of" as where the distance is measured from', () => {
    const f = only('Rebel guns stand some 12 km to the west of Tarnov.');
    expect([f.text, f.refersTo]).toEqual(['some 12 km to the west of Tarnov', 'distance from Tarnov']);
  });

  it('takes an adjectival measure with its head noun', () => {
    const f = only('Defenders dug in along the 700-mile southern front.');
    expect(f.text).toBe('the 700-mile southern front');
    expect(f.refersTo).toBe('length of the southern front');
    expect(f.km).toBeCloseTo(1126.5, 0);
  });

  it('keeps a conversion and the locative in one figure', () => {
    const f = only('The village is 50 kilometres (31 miles) from the border.');
    expect(f.text).toBe('50 kilometres (31 miles) from the border');
    expect([f.value, f.unit, f.km]).toEqual([50, 'km', 50]);
  });

  it('reads advances and credits the speaker', () => {
    const f = only('Ukrainian units advanced 12km in two days, the commander said.');
    expect(f.text).toBe('12km');
    expect(f.refersTo).toBe('advance');
    expect(f.reportedBy).toBe('commander');
  });

  it('credits the author of a report that gives the figure, not "by the …"', () => {
    expect(only('The report by the ministry said crews had cleared 12km of the canal.').reportedBy).toBe('ministry');
  });

  it('treats a location aside as the writer’s gloss', () => {
    const f = only('The governor said fighting reached Vovchansk, some 5 miles from the Russian border.');
    expect(f.text).toBe('some 5 miles from the Russian border');
    expect(f.reportedBy).toBe(OUTLET);
    expect(f.refersTo).toBe('distance of Vovchansk from Russian border');
  });

  it('reads ranges and "within"', () => {
    const range = only('Troops pushed forward 15 to 20 kilometres.');
    expect([range.text, range.value, range.qualifier]).toEqual(['15 to 20 kilometres', 15, 'between 15 and 20']);
    const within = only('Russian guns are within a mile of the plant.');
    expect([within.text, within.value, within.qualifier]).toEqual(['within a mile of the plant', 1, 'within']);
  });

  it('declines weapon ranges, speeds, convoys and idioms', () => {
    expect(run('The missiles have a range of 300km.')).toEqual([]);
    expect(run('The drone flies at 180km/h.')).toEqual([]);
    expect(run('A 25-mile convoy of tanks stalled.')).toEqual([]);
    expect(run('The supply convoy stretched more than 30 miles.')).toEqual([]);
    expect(only('The convoy stopped 20 miles north of Tarnov.').text).toBe('20 miles north of Tarnov');
    expect(run('They walked a mile.')).toEqual([]);
  });

  it('declines the length of a column of vehicles even when places follow it', () => {
    expect(run('An aid convoy stretching 12 miles south of Vetrovo waited at the checkpoint.')).toEqual([]);
    expect(run('The column of lorries, buses and vans now extends some 9km from Orlanka to Dolyna.')).toEqual([]);
  });

  it('declines a queue length written with a verb', () => {
    expect(run('Lorries queued for 15 miles outside the port.')).toEqual([]);
  });

  it('declines lines of cars or a traffic jam stretching a length, not a front line', () => {
    expect(run('At the Tarn crossing, lines of trucks stretched for more than 20 km on Sunday.')).toEqual([]);
    expect(run('A traffic jam at the Vetrovo checkpoint extended for about 6 miles.')).toEqual([]);
    expect(only('The front line stretched for about 900 km.').value).toBe(900);
  });

  it('declines the length of a race or a charity walk, not a territory the text goes on to describe', () => {
    expect(run('Volunteers ran a 10km relay through the park.')).toEqual([]);
    expect(run('Nurses finished the 20-mile charity walk at noon.')).toEqual([]);
    expect(only('Troops covered the 12 km between the two villages.').text).toBe('12 km');
    expect(only('Of the 6,000 square kilometres liberated since May, most is mined.').text).toBe('6,000 square kilometres');
    expect(only('Officials said the 900 sq km still occupied would be next.').km2).toBe(900);
  });

  it('declines a distance with no number, which has no km to give', () => {
    expect(run('Sappers have cleared tens of kilometres of road near Orlanka.')).toEqual([]);
    expect(run('The brigade crept forward a few hundred metres at a time.')).toEqual([]);
  });

  it('declines how far people travel, by a trip noun or by a means of transport', () => {
    expect(run('Families made the 2,000 km journey to Warsaw by bus.')).toEqual([]);
    expect(run('The conscripts travelled 700 kilometres to their base.')).toEqual([]);
    expect(run('Volunteers covered 400 miles by train with the aid.')).toEqual([]);
    expect(only('Tarnov lies 400 miles north of Vetrovo.').km).toBeCloseTo(643.7, 1);
  });

  it('keeps a trip through a named route, which measures the route on the map', () => {
    const f = only('Tankers will sail about 140 nautical miles along a channel swept of mines.');
    expect([f.figureKind, f.value, f.unit, f.refersTo]).toEqual(['distance', 140, 'nmi', 'length of the channel']);
    expect(f.km).toBeCloseTo(259.3, 1);
    expect(run('The ferry sailed 140 nautical miles to the island.')).toEqual([]);
  });

  it('keeps a trip measure told as a bearing from a place: "sailed 40 miles north of the cape"', () => {
    const f = only('The frigate was struck while it sailed some 40 miles north of Cape Verran.');
    expect([f.figureKind, f.value, f.unit]).toEqual(['distance', 40, 'mi']);
    expect(run('The ferry sailed 40 miles north to the island.')).toEqual([]);
  });

  it('declines how far a weapon reaches, written with "targets … away", not where guns fire from', () => {
    expect(run('The new launchers can hit targets 90 miles away.')).toEqual([]);
    expect(run('The howitzers lob shells up to 25 miles.')).toEqual([]);
    expect(run('It has rockets that can reach 300km.')).toEqual([]);
    expect(only('Howitzers fired on the depot from about 25km away.').km).toBe(25);
    expect(only('Orlanka, now 25km away, was freed on Monday.').text).toBe('25km');
  });

  it('declines a range written right before its number, not a place within range', () => {
    expect(run('The rockets have a range of about 70 km.')).toEqual([]);
    expect(run('Both systems have ranges of 40 km.')).toEqual([]);
    expect(run('Its range extends to 500 miles.')).toEqual([]);
    expect(only('Vetrovo is within mortar range of Tarnov, 12 miles away.').km).toBeCloseTo(19.31, 1);
  });

  it('declines the conversion of a declined measure with it', () => {
    expect(run('The howitzers lob shells up to 25 miles (40 km).')).toEqual([]);
  });

  it('declines the length of a shot', () => {
    expect(run('A marksman shot the commander from 3 kilometres away.')).toEqual([]);
  });

  it('declines rates and method notes, for areas as for distances', () => {
    expect(run('Sappers clear about 3 hectares per day in the fields.')).toEqual([]);
    expect(run('Crews resurface 2 km a week on the ring road.')).toEqual([]);
    // the pace of an advance is a distance advanced
    const pace = only('The rebels have advanced about 3 km a day since the thaw.');
    expect([pace.figureKind, pace.value, pace.km]).toEqual(['distance', 3, 3]);
    expect(run('All totals are rounded to the nearest 500 sq km.')).toEqual([]);
  });
});

describe('shares of a territory', () => {
  it('a held percentage after a share takes the same base', () => {
    const figures = run('The militia took 12 per cent of Georgia’s territory, on top of the 8 per cent it already held.');
    expect(figures.map((f) => [f.text, f.value])).toEqual([['12 per cent of Georgia’s territory', 12], ['8 per cent', 8]]);
    expect(figures[1]!.km2).toBeCloseTo(figures[0]!.km2! * 8 / 12, 0);
  });

  it('keeps a percentage as written and computes km² from a named base', () => {
    const f = only('Moscow now controls about 17 per cent of Ukraine’s territory, analysts said.');
    expect(f.text).toBe('about 17 per cent of Ukraine’s territory');
    expect([f.figureKind, f.value, f.unit, f.qualifier]).toEqual(['share', 17, 'share', 'about']);
    expect(f.km2).toBeCloseTo(0.17 * 603500, -2);
    expect(f.reportedBy).toBe('analysts');
  });

  it('takes "the country" as the country the article has named most often so far', () => {
    const text =
      'Moldova says the rebels are losing ground. Transnistria lies on Moldova’s eastern border with Ukraine. ' +
      'Officials in Moldova say the rebels, backed by Russia, hold about 12 per cent of the country.';
    const f = only(text);
    expect(f.text).toBe('about 12 per cent of the country');
    expect(f.km2).toBeCloseTo(0.12 * 33846, -1);
    expect(f.refersTo).toBe('share of the country (Moldova)');
    const bare = only('Moldova says the rebels are losing ground. The share of the country they hold fell to 12 per cent.');
    expect(bare.refersTo).toBe('share of the country (Moldova)');
    expect(bare.km2).toBeCloseTo(0.12 * 33846, -1);
  });

  it('a country named only as a yardstick of size is not "the country"', () => {
    const text = 'Moldova says the rebels are losing ground. They hold a strip roughly the size of Malta and another as large as Cyprus. '
      + 'The rebels hold about 12 per cent of the country.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.refersTo).toBe('share of the country (Moldova)');
  });

  it('counts a demonym on land as naming the country: "two Georgian provinces"', () => {
    const text = 'Georgia protested. Russia recognised the breakaway regions. Tbilisi says Russian troops occupy two Georgian provinces. '
      + 'Together the two provinces make up about 20 per cent of the country.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.refersTo).toBe('share of the country (Georgia)');
  });

  it('a country named as holding land does not count towards "the country"', () => {
    const text = 'Georgia signed the deal. Russia now holds two regions of Georgia. '
      + 'Russia and the militias it arms have held about a fifth of the country since the war.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.refersTo).toBe('share of the country (Georgia)');
  });

  it('never takes "the country" as the one holding the share', () => {
    const text = 'Russia called up reservists. Russia blamed the West. Ukraine asked for tanks. Russia now controls 14% of the country.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.refersTo).toBe('share of the country (Ukraine)');
    expect(f.km2).toBeCloseTo(0.14 * 603500, -2);
    const forces = run(text.replace('Russia now controls', 'Russian forces hold')).find((x) => x.figureKind === 'share')!;
    expect(forces.refersTo).toBe('share of the country (Ukraine)');
    const force = run(text.replace('Russia now controls', 'Russia’s invasion force still occupies')).find((x) => x.figureKind === 'share')!;
    expect(force.refersTo).toBe('share of the country (Ukraine)');
    const back = 'Ukraine asked for tanks. Ukraine thanked Poland. Ukraine has taken back 3% of the country.';
    expect(run(back).find((x) => x.figureKind === 'share')!.refersTo).toBe('share of the country (Ukraine)');
  });

  it('never takes "the country" as its holder in a past tense either: "held", "had seized"', () => {
    const text = 'Russia called up reservists. Russia blamed the West. Ukraine asked for tanks. Before the war, Russia and its proxies held 7% of the country.';
    expect(run(text).find((x) => x.figureKind === 'share')!.refersTo).toBe('share of the country (Ukraine)');
    const had = run(text.replace('Russia and its proxies held', 'Russia had seized')).find((x) => x.figureKind === 'share')!;
    expect(had.refersTo).toBe('share of the country (Ukraine)');
  });

  it('takes "the country" from an "of" phrase earlier in its sentence over the most named country', () => {
    const text = 'Moldova sent aid. Moldova closed a border post. Poland said it held 30 sq km of Moldova, about 0.1 percent of the country.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.km2).toBe(Math.round(0.001 * areas.find('Moldova')!.km2));
    const other = 'Poland sent aid. Poland closed a border post. Talks on the fate of Moldova went on as Russia held about 10 percent of the country.';
    expect(run(other).find((x) => x.figureKind === 'share')!.km2).toBe(Math.round(0.1 * areas.find('Moldova')!.km2));
  });

  it('leaves km² unknown for "the country" when the article has named no country', () => {
    const f = only('The rebels hold about 12 per cent of the country, officials said.');
    expect([f.value, f.km2, f.refersTo]).toEqual([12, null, 'share of the country']);
  });

  it('takes the base of "N per cent of which" from the territory before the comma', () => {
    const f = only('The offensive targets the Luhansk region, 95 per cent of which is already held by separatists.');
    expect(f.text).toBe('95 per cent of which');
    expect([f.figureKind, f.value]).toEqual(['share', 95]);
    expect(f.km2).toBeCloseTo(0.95 * 26684, -1);
    expect(run('The army lost its reserve, half of which was destroyed.')).toEqual([]);
  });

  it('takes the base of "N per cent of which" from an area written just before the comma', () => {
    const [area, share] = run('The province stretches over roughly 12,000 square kilometres, nearly 40 per cent of which the rebels took in spring.');
    expect(area!.km2).toBe(12000);
    expect(share!.text).toBe('nearly 40 per cent of which');
    expect([share!.figureKind, share!.value, share!.km2]).toEqual(['share', 40, 4800]);
  });

  it('takes the owner of a possessive base as the territory, past its other modifiers', () => {
    const f = only('Rebels hold 10 per cent of Moldova’s internationally recognised territory.');
    expect(f.km2).toBeCloseTo(0.1 * 33847, -1);
  });

  it('ends a named base where the table stops knowing it, before a contact clause', () => {
    const f = only('The rebels have lost much of the 12 per cent of Moldova Russia backed them to take.');
    expect(f.text).toBe('12 per cent of Moldova');
    expect(f.km2).toBeCloseTo(0.12 * 33846, -1);
  });

  it('adds up two named territories that share a plural noun', () => {
    const f = only('Rebels hold 30 per cent of the Somerset and Dorset counties.');
    expect(f.text).toBe('30 per cent of the Somerset and Dorset counties');
    expect(f.km2).toBeCloseTo(0.3 * (4171 + 2653), -1);
  });

  it('reads fractions and demonym bases', () => {
    const f = only('Russia holds a fifth of Ukrainian land.');
    expect([f.text, f.value]).toEqual(['a fifth of Ukrainian land', 0.2]);
    expect(f.km2).toBeCloseTo(120700, -2);
  });

  it('reads "half the" without "of" as a share', () => {
    const f = only('Troops were driven out of almost half the Zaporizhzhia region.');
    expect([f.text, f.value, f.qualifier]).toEqual(['almost half the Zaporizhzhia region', 0.5, 'almost']);
    expect(f.km2).toBeCloseTo(27180 / 2, -1);
    expect(run('They spent half the time in bunkers.')).toEqual([]);
  });

  it('takes "the region" as the region the article last named', () => {
    const text = 'Shelling hit the Sumy region overnight. Fighting spread in the Mykolaiv region. Officials say Kyiv holds about 90 per cent of the region.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect([f.text, f.value]).toEqual(['about 90 per cent of the region', 90]);
    expect(f.km2).toBeCloseTo(0.9 * areas.find('Mykolaiv region')!.km2, -1);
    expect(f.refersTo).toBe('share of the region (Mykolaiv oblast)');
    expect(only('Officials say Kyiv holds about 90 per cent of the region.').km2).toBeNull();
  });

  it('takes "the region" from a bare oblast name in its own sentence, not from one earlier', () => {
    const text = 'Fighting spread in the Sumy region. Near Zaporizhzhia, where Kyiv says it holds two-thirds of the region, guns fell silent.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.km2).toBe(Math.round((2 / 3) * areas.find('Zaporizhzhia oblast')!.km2));
    const earlier = 'Troops reached Zaporizhzhia. Fighting spread in the Sumy region. Kyiv says it holds two-thirds of the region.';
    expect(run(earlier).find((x) => x.figureKind === 'share')!.km2).toBe(Math.round((2 / 3) * areas.find('Sumy oblast')!.km2));
  });

  it('reads the four annexed regions named bare as their oblasts, as Donetsk and Luhansk', () => {
    expect(only('Moscow holds about 60% of Kherson and its bridges.').km2).toBeCloseTo(0.6 * 28461, -1);
    expect(only('Moscow holds about 60% of Zaporizhzhia.').km2).toBeCloseTo(0.6 * 27180, -1);
  });

  it('reads a percentage set off after an area of a named place as its share of that place', () => {
    for (const text of ['Rebels now hold 6,800 sq km of Moldova, or about 21 per cent, officials said.', 'Rebels now hold 6,800 sq km of Moldova - about 21% - officials said.']) {
      const [area, share] = run(text);
      expect([area!.text, area!.km2]).toEqual(['6,800 sq km', 6800]);
      expect([share!.figureKind, share!.value, share!.refersTo]).toEqual(['share', 21, 'share of Moldova']);
      expect(share!.km2).toBeCloseTo(0.21 * areas.find('Moldova')!.km2, -1);
    }
    expect(run('Rebels now hold 6,800 sq km, and their vote share rose to 21 per cent.').map((f) => f.figureKind)).toEqual(['area']);
  });

  it('leaves km² empty when the base is not named', () => {
    const f = only('Two-thirds of the province remains contested.');
    expect(f.text).toBe('Two-thirds of the province');
    expect(f.value).toBeCloseTo(2 / 3, 5);
    expect(f.km2).toBeNull();
  });

  it('computes km² from a base written as an area, which stays a figure of its own', () => {
    const [share, area, ...rest] = run('At its peak the militia held 30 per cent of the island’s 9,000 sq km (3,475 sq miles).');
    expect(rest).toEqual([]);
    expect(share!.text).toBe('30 per cent of the island’s 9,000 sq km');
    expect([share!.figureKind, share!.value, share!.km2]).toEqual(['share', 30, 2700]);
    expect(area!.text).toBe('9,000 sq km (3,475 sq miles)');
    expect([area!.figureKind, area!.km2]).toEqual(['area', 9000]);
  });

  it('reads a bare percentage when the sentence names what it is a share of', () => {
    const f = only('By June the share of the province held by rebels had dropped to about 12 per cent.');
    expect(f.text).toBe('about 12 per cent');
    expect([f.figureKind, f.value, f.km2, f.qualifier]).toEqual(['share', 12, null, 'about']);
    expect(run('Turnout reached 60 per cent.')).toEqual([]);
    expect(run('The share of voters backing him fell to 30 per cent.')).toEqual([]);
  });

  it('keeps the first number of a percentage range, as for distances', () => {
    const f = only('Observers think the rebels hold between 10 and 14 per cent of Moldova.');
    expect([f.text, f.value, f.qualifier]).toEqual(['between 10 and 14 per cent of Moldova', 10, 'between 10 and 14']);
    expect(f.km2).toBeCloseTo(0.1 * 33846, -1);
    expect(only('Rebels hold 10-14% of Moldova.').value).toBe(10);
    expect(only('Their share grew from 7 to 12 per cent of Moldova.').value).toBe(12);
    expect(only('They lost Bender in 1992 and 12 per cent of Moldova.').value).toBe(12);
  });

  it('takes the base of "N% of it" from the "of" phrase it points back to', () => {
    const [area, share, ...rest] = run('The militia holds 4,000 sq km of Moldova, or about 12% of it.');
    expect(rest).toEqual([]);
    expect(area!.text).toBe('4,000 sq km');
    expect([share!.text, share!.value, share!.refersTo]).toEqual(['about 12% of it', 12, 'share of Moldova']);
    expect(share!.km2).toBeCloseTo(0.12 * 33846, -1);
    expect(run('The army sold its surplus, or about 12% of it.')).toEqual([]);
  });

  it('takes the base of "N% of it" from a region named in the sentence before, and only there', () => {
    const f = run('The Sumy region is mostly farmland. Troops hold about 5% of it.').find((x) => x.figureKind === 'share')!;
    expect([f.text, f.km2]).toEqual(['about 5% of it', Math.round(0.05 * areas.find('Sumy oblast')!.km2)]);
    expect(run('The Sumy region is mostly farmland. Rain fell. Troops hold about 5% of it.')).toEqual([]);
  });

  it('reads every share in a sentence, not only the first', () => {
    const figures = run('The militia holds 90 per cent of the northern province and about 40 per cent of the coast.');
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ['90 per cent of the northern province', 90],
      ['about 40 per cent of the coast', 40],
    ]);
  });

  it('reads a percentage restating the share before it, with the same base', () => {
    const [now, then, ...rest] = run('Rebels hold 12 per cent of Moldova, down from a peak of 15 per cent in May.');
    expect(rest).toEqual([]);
    expect(now!.text).toBe('12 per cent of Moldova');
    expect([then!.text, then!.value, then!.refersTo]).toEqual(['15 per cent', 15, 'share of Moldova']);
    expect(then!.km2).toBeCloseTo(0.15 * 33846, -1);
    expect(run('Rebels hold 12 per cent of Moldova; inflation is 15 per cent.')).toHaveLength(1);
  });

  it('reads a fraction after a bare "from" as restating the share before it', () => {
    const [now, then, ...rest] = run("The rebels' share of Moldova shrank to 9 per cent from a quarter in spring.");
    expect(rest).toEqual([]);
    expect(now!.text).toBe('9 per cent');
    expect([then!.text, then!.value, then!.refersTo]).toEqual(['a quarter', 0.25, 'share of Moldova']);
  });

  it('reads a river\'s west bank as land, not the West Bank of the reference table', () => {
    const [share, before, ...rest] = run('Rebels now hold nearly half of the west bank, up from a tenth in April.');
    expect(rest).toEqual([]);
    expect([share!.text, share!.value, share!.km2]).toEqual(['nearly half of the west bank', 0.5, null]);
    expect([before!.text, before!.value]).toEqual(['a tenth', 0.1]);
  });

  it('reads a percentage restating a share past an "including" aside', () => {
    const [share, restated] = run('Moscow holds 16 per cent of Ukraine, including Crimea, down from about 21% in spring.');
    expect([restated!.text, restated!.value, restated!.km2]).toEqual(['about 21%', 21, Math.round(0.21 * share!.km2! / 0.16)]);
  });

  it('reads a restatement past an "according to" aside, and a fraction word restating a share', () => {
    const [, pct] = run('Rebels hold 12 per cent of Moldova, according to the army, down from 15 per cent in May.');
    expect([pct!.text, pct!.value, pct!.refersTo]).toEqual(['15 per cent', 15, 'share of Moldova']);
    const [, frac, ...rest] = run('The rebels now hold nearly 90 per cent of Moldova, up from roughly a third last year.');
    expect(rest).toEqual([]);
    expect([frac!.text, frac!.value, frac!.qualifier, frac!.refersTo]).toEqual(['roughly a third', 1 / 3, 'roughly', 'share of Moldova']);
    expect(run('The rebels hold a third of Moldova, and half the soldiers have left.')).toHaveLength(1);
  });

  it('reads "N per cent occupied" as a share of the clause\'s subject', () => {
    const [, f] = run('Moldova, which spans some 33,800 sq km, was already 30 per cent occupied.') as [FigureAnnotation, FigureAnnotation];
    expect([f.text, f.value, f.refersTo, f.km2]).toEqual(['30 per cent', 30, 'share of Moldova', Math.round(0.3 * 33846)]);
    const g = only('Aid workers said the harbour town was now 60 per cent controlled by the rebels.');
    expect([g.value, g.refersTo, g.km2]).toEqual([60, 'share of the harbour town', null]);
    expect(run('Turnout was 60 per cent, officials said.')).toEqual([]);
  });

  it('declines a share of a people named by a plural demonym', () => {
    expect(run('Nearly two-thirds of Swedes now favour joining the alliance.')).toEqual([]);
    expect(run('Half of Poles said they would take in refugees.')).toEqual([]);
  });

  it('declines a share of a service restored or cut, not of land', () => {
    expect(run('Engineers restored electricity to two-thirds of the city by noon.')).toEqual([]);
    expect(only('Troops now hold two-thirds of the city.').value).toBeCloseTo(2 / 3, 5);
  });

  it('takes the base of "the territory of the X region" from the whole region name', () => {
    const f = only('Officials said 80% of the territory of the Sumy region was mined.');
    expect([f.value, f.km2]).toEqual([80, Math.round(0.8 * areas.find('Sumy oblast')!.km2)]);
  });

  it('reads a percentage set off after "all of" or "most of" a territory as its share', () => {
    const f = only('Kyiv now holds almost all of the Sumy region - about 98 per cent, officials said.');
    expect([f.text, f.value, f.km2]).toEqual(['about 98 per cent', 98, Math.round(0.98 * areas.find('Sumy oblast')!.km2)]);
    expect(run('Most of the brigade, about 90%, survived.')).toEqual([]);
  });

  it('declines shares of troops, people and money', () => {
    expect(run('Russia has lost a third of its combat troops.')).toEqual([]);
    expect(run('Half of the city’s residents have fled.')).toEqual([]);
    expect(run('Spending reached 20 per cent of GDP.')).toEqual([]);
    expect(run('A quarter of Ukrainians have left.')).toEqual([]);
  });
});

describe('counts of settlements and residents', () => {
  it('counts settlements with their qualifier and verb', () => {
    const f = only('The army said it had retaken more than 40 settlements.');
    expect(f.text).toBe('more than 40 settlements');
    expect([f.figureKind, f.value, f.unit, f.qualifier]).toEqual(['count', 40, 'count', 'more than']);
    expect(f.refersTo).toBe('settlements retaken');
    expect(f.reportedBy).toBe('army');
  });

  it('reads "N-odd" as the number written, for settlements and distances', () => {
    const f = only('Partisans said they had freed 40-odd hamlets in the marshes.');
    expect([f.text, f.value, f.figureKind]).toEqual(['40-odd hamlets', 40, 'count']);
    const d = only('The brigade pushed 30-odd miles beyond the river.');
    expect([d.text, d.km]).toEqual(['30-odd miles beyond the river', 48.28]);
  });

  it('counts the part of "N of the region’s M villages", not the total', () => {
    const f = only('Partisans now hold 40 of the district’s 65 villages.');
    expect([f.text, f.value, f.refersTo]).toEqual(['40 of the district’s 65 villages', 40, 'villages']);
    expect(only('Troops retook 12 of the 30 hamlets on the plain.').value).toBe(12);
  });

  it('reads "half a dozen" as six, not as "a dozen"', () => {
    const f = only('Troops retook half a dozen villages near the river.');
    expect([f.text, f.value]).toEqual(['half a dozen villages', 6]);
  });

  it('counts vague settlements and populations', () => {
    expect(only('Dozens of villages were liberated.').value).toBeNaN();
    const pop = only('Avdiivka, home to 32,000 people before the war, lies in ruins.');
    expect([pop.text, pop.value, pop.refersTo]).toEqual(['home to 32,000 people', 32000, 'population of Avdiivka']);
  });

  it('counts the residents a place has or had', () => {
    const f = only('Orlova, which had about 9,000 residents before the war, lies in ruins.');
    expect(f.text).toBe('about 9,000 residents');
    expect([f.figureKind, f.value, f.qualifier, f.refersTo]).toEqual(['count', 9000, 'about', 'population of Orlova']);
    expect(only('It was a quiet market town with 8,000 inhabitants.').value).toBe(8000);
    expect(run('The bus had 40 residents evacuated.')).toEqual([]);
    expect(run('The village, which had 30 residents killed in the raid, was empty.')).toEqual([]);
  });

  it('counts the residents of a place described in an appositive, and declines its area', () => {
    const hub = only('Soldiers entered Vorona, a busy rail hub of roughly 31,000 people, at dawn.');
    expect([hub.text, hub.value, hub.figureKind]).toEqual(['a busy rail hub of roughly 31,000 people', 31000, 'count']);
    expect(only('They reached Pryvillia, a frontline town of 9,000.').value).toBe(9000);
    expect(only('It is a region of 24,000 sq km.').figureKind).toBe('area');
  });

  it('counts residents after "the town of", but not a town named after it', () => {
    const f = only('Staff live in Dolyna, the town of 40,000 beside the dam.');
    expect([f.text, f.value, f.figureKind]).toEqual(['the town of 40,000', 40000, 'count']);
    expect(run('Troops entered the town of Dolyna at dawn.')).toEqual([]);
  });

  it('declines settlements under attack and anaphoric counts', () => {
    expect(run('Shelling hit 12 villages overnight.')).toEqual([]);
    expect(run('The governor said 27 localities had come under fire since Friday.')).toEqual([]);
    expect(run('Nine frontline towns were shelled on Sunday night.')).toEqual([]);
    expect(run('Infantry mounted failed assaults on five hamlets near the river.')).toEqual([]);
    expect(only('Officials said 30 villages were retaken.').value).toBe(30);
    expect(run('The two villages lie on the river.')).toEqual([]);
    expect(run('Izium was one of the first towns to be freed.')).toEqual([]);
  });
});

describe('out of scope', () => {
  it('declines casualties, prisoners, money, durations and ages', () => {
    const text =
      'At least 2,000 soldiers died. Some 300 prisoners were exchanged. Donors pledged $4bn. The siege lasted 80 days. A 45-year-old man was hurt. About 1,500 evacuated residents were held in a camp.';
    expect(run(text)).toEqual([]);
  });
});

describe('out of scope: land in farming', () => {
  it('declines hectares or acres of farmland, crops or fields, and land sown or harvested', () => {
    expect(run('Growers in the occupied south lost about 1.8 million hectares of arable land.')).toEqual([]);
    expect(run('Villagers could not sow 40,000 acres this spring.')).toEqual([]);
    expect(run('The flood covered 600 hectares of sunflower fields and wheat.')).toEqual([]);
    expect(run('Sappers have cleared 9,000 hectares around the port.')).toHaveLength(1);
  });
});

describe('attribution and offsets', () => {
  it('resolves a pronoun to the person named in the sentence before', () => {
    const figures = run('Governor Oleh Kiper spoke on Tuesday. He said troops had cleared 200 sq km.');
    expect(figures.map((f) => [f.sentence, f.text, f.reportedBy])).toEqual([['s2', '200 sq km', 'Governor Oleh Kiper']]);
  });

  it('resolves a pronoun to a three-word name, not its first two words', () => {
    const figures = run('Chief-of-Staff Ada Korvin toured the line. Shelling eased. “We are 5 km from the river,” she said.');
    expect(figures.map((f) => f.reportedBy)).toEqual(['Chief-of-Staff Ada Korvin']);
  });

  it('credits the name set off after a role, not the outlet', () => {
    const f = only('Troops have retaken 3,000 sq km, the commander of the northern army, General Ada Korvin, said on Sunday.');
    expect(f.reportedBy).toBe('General Ada Korvin');
    expect(only('The governor of Tarnova, Ilse Marek, said more than 40 villages were retaken.').reportedBy).toBe('Ilse Marek');
    expect(only('Ilse Marek, the governor of Tarnova, said more than 40 villages were retaken.').reportedBy).toBe('Ilse Marek');
  });

  it('credits the speaker of an inverted attribution after a clause or a quote', () => {
    expect(only('Troops advanced 9 km in places, said Ada Korvin, an army spokeswoman.').reportedBy).toBe('Ada Korvin');
    expect(only('“We have freed 40 villages,” said the regional governor.').reportedBy).toBe('regional governor');
  });

  it('skips the day wire copy puts between the speaker and the verb', () => {
    expect(only('The defence ministry on Saturday said troops had cleared 300 sq km.').reportedBy).toBe('defence ministry');
    expect(only('Governor Ilse Marek on Monday evening said 12 villages had been retaken.').reportedBy).toBe('Governor Ilse Marek');
  });

  it('credits a role with its "of" complement, starting at a word boundary', () => {
    const f = only('“We hold the ridge,” a commander of the 41st brigade told reporters from a dugout 3 km from the river.');
    expect(f.reportedBy).toBe('commander of the 41st brigade');
  });

  it('credits a source that concedes or acknowledges a number', () => {
    expect(only('The militia’s command conceded that it had lost about 700 sq km.').reportedBy).toBe('militia’s command');
    expect(only('Border guards acknowledged the rebels were 4 miles from the river.').reportedBy).toBe('Border guards');
  });

  it('credits a plural speaker in the present tense', () => {
    expect(only('Rebels hold some 900 sq km, Western analysts estimate.').reportedBy).toBe('Western analysts');
  });

  it('credits a speaker named by what they are: a think tank, residents', () => {
    expect(only('The rebels have lost about half of the territory they seized, the think tank estimated.').reportedBy).toBe('think tank');
    expect(only('Troops are now within 5 miles of the dam, residents said.').reportedBy).toBe('residents');
    expect(only('Militia bloggers, who often criticise the army, claimed the rebels had advanced 5 km.').reportedBy).toBe('Militia bloggers');
  });

  it('credits "according to" and marks "is said to" as unknown', () => {
    expect(only('According to the Kyiv Independent, 350 sq km were retaken.').reportedBy).toBe('Kyiv Independent');
    expect(only('Moscow is said to have lost 600 square kilometres.').reportedBy).toBe('unknown');
    expect(only('According to Moldovan estimates, the enclave is home to 90,000 people.').reportedBy).toBe('Moldovan estimates');
    expect(only('Rebels hold 800 sq km, according to estimates by the Tarnova Institute.').reportedBy).toBe('Tarnova Institute');
    expect(only('Troops have freed 35 villages, according to the district governor, Ilse Marek.').reportedBy).toBe('Ilse Marek');
    expect(only('According to the governor, Tarnova lost 80 sq km in March.').reportedBy).toBe('governor');
  });

  it('ends an "according to" source at a spaced hyphen', () => {
    const f = only('Troops have retaken 700 sq km, according to the army command - a sharp turn in the war.');
    expect(f.reportedBy).toBe('army command');
  });

  it('credits a figure in a quote carried on from an earlier sentence to its speaker', () => {
    const curly = run('General Ada Korvin said: “We are moving fast. Our troops advanced 12 km in a day. Nobody expected it.”');
    expect(curly.map((f) => [f.text, f.reportedBy])).toEqual([['12 km', 'General Ada Korvin']]);
    const straight = run('"We are moving fast," the commander said. "Nobody expected it. Our troops advanced 12 km in a day."');
    expect(straight.map((f) => f.reportedBy)).toEqual(['commander']);
    const closed = run('“We are moving fast,” the commander said. The front is now 30 miles from Kharkiv.');
    expect(closed.map((f) => f.reportedBy)).toEqual([OUTLET]);
  });

  it('credits the outlet when nobody is named, and falls back to "the outlet" without one', () => {
    expect(only('The front is now 30 miles from Kharkiv.').reportedBy).toBe(OUTLET);
    const text = 'The front is now 30 miles from Kharkiv.';
    const [f] = extractFigures({ text, sentences: [], published: '2024-03-01' }, areas);
    expect([f!.sentence, f!.reportedBy, f!.start]).toEqual(['s1', 'the outlet', 17]);
  });

  it('gives document offsets, not sentence offsets', () => {
    const text = 'Nothing here. Later the line moved 8 miles east of Bakhmut.';
    const [f] = run(text);
    expect(f!.start).toBe(text.indexOf('8 miles'));
    expect(f!.sentence).toBe('s2');
  });
});

describe('writer’s glosses', () => {
  it('credits a "which is roughly the size of" comparison to the outlet', () => {
    const [a, b] = run('Kyiv said it had retaken 6,500 sq km, which is roughly the size of Devon.');
    expect([a!.text, b!.text]).toEqual(['6,500 sq km', 'roughly the size of Devon']);
    expect([a!.reportedBy, b!.reportedBy]).toEqual(['Kyiv', OUTLET]);
    expect(b!.km2).toBe(6707);
  });

  it('reads "more than the entire land area of" as a comparison', () => {
    const [, f, ...rest] = run('The rebels now hold 2,000 sq km – more than the entire land area of Luxembourg.');
    expect(rest).toEqual([]);
    expect([f!.text, f!.value, f!.qualifier, f!.km2]).toEqual(['more than the entire land area of Luxembourg', 1, 'more than', 2586]);
  });

  it('ends a comparison before a spaced dash', () => {
    expect(only('Rebels hold an area the size of Luxembourg - and it is growing.').text).toBe('an area the size of Luxembourg');
  });

  it('reads "the equivalent of" set off after an area as the writer’s comparison', () => {
    const [a, b, ...rest] = run('Rebels said they had seized 1,700 square miles, the equivalent of Somerset and Dorset combined.');
    expect(rest).toEqual([]);
    expect([a!.text, b!.text]).toEqual(['1,700 square miles', 'the equivalent of Somerset and Dorset combined']);
    expect([b!.value, b!.km2, b!.reportedBy]).toEqual([1, 4171 + 2653, OUTLET]);
    expect(run('The aid was the equivalent of Wales’s budget.')).toEqual([]);
    expect(run('He paid the equivalent of France in taxes.')).toEqual([]);
  });

  it('keeps a comparison in the source’s own words with the source', () => {
    const f = only('“We have freed an area the size of Wales,” the general said.');
    expect(f.text).toBe('an area the size of Wales');
    expect(f.reportedBy).toBe('general');
  });
});

describe('blind-round 4: comparisons and shares after an area', () => {
  it('a bare "more than X" set off after an area compares it; a copula after the appositive too', () => {
    const [, b] = run('The rebels hold about 4,000 sq km, more than the county of Kent.');
    expect([b!.text, b!.value, b!.km2, b!.qualifier]).toEqual(['more than the county of Kent', 1, areas.find('Kent')!.km2, 'more than']);
    const [, c] = run('The zone, which is some 1,500 square miles, is smaller than Cornwall.');
    expect([c!.text, c!.km2]).toEqual(['smaller than Cornwall', areas.find('Cornwall')!.km2]);
    expect(run('The rebels hold more than 4,000 sq km.')).toHaveLength(1);
    expect(run('The army retook 4,000 sq km, more than Russia took all summer.')).toHaveLength(1);
  });

  it('"of which X holds N%" is a share of the area the clause hangs on', () => {
    const [, s] = run('The province covers 20,000 sq km, of which the rebels now hold about 40%.');
    expect([s!.figureKind, s!.value, s!.km2]).toEqual(['share', 40, 8000]);
    expect(run('The army fielded 20,000 troops, of which 40% were conscripts.').filter((f) => f.figureKind === 'share')).toEqual([]);
    const named = run('Fighting spread across the Luhansk region, of which the rebels hold 60%.').find((f) => f.figureKind === 'share')!;
    expect([named.value, named.km2]).toEqual([60, Math.round(0.6 * areas.find('Luhansk region')!.km2)]);
  });
});

describe('blind-round 9: qualifiers, "ground", a pronoun holder', () => {
  it('"as far as 30 kilometres" keeps its qualifier in the span', () => {
    const f = only('The rebels fell back as far as 30 kilometres from the coast.');
    expect([f.text.startsWith('as far as 30 kilometres'), f.km, f.qualifier]).toEqual([true, 30, 'as far as']);
  });

  it('"a quarter of the ground it took" is a share of land; "half of the ground forces" is not', () => {
    const f = only('Analysts think the junta has lost a quarter of the ground it took in the spring.');
    expect([f.figureKind, f.value]).toEqual(['share', 0.25]);
    expect(run('The junta lost half of the ground forces it sent.')).toEqual([]);
  });

  it('a pronoun that holds "the country" is the country named last, so the share is of another', () => {
    const text = 'Ukraine was invaded by Russia last year. Today it occupies about a fifth of the country.';
    const f = run(text).find((x) => x.figureKind === 'share')!;
    expect(f.km2).toBe(Math.round(0.2 * areas.find('Ukraine')!.km2));
  });
});
