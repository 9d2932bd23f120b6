/**
 * Synthetic source articles for the benchmarks: plain .txt files with front matter, ~900 words
 * each, written the way news copy is (one paragraph a line) and full of what the extractors look
 * for: dates, attributed claims, confirmations, hedged reports, area figures and places. Every
 * person, town and outlet is an invented name (only a few regions are real, for the gazetteer),
 * so nobody mistakes one for real news. Deterministic: the same (n, seed) gives the same files.
 */
import { random } from './random';

export interface SyntheticSource {
  /** File name without .txt, e.g. "synthetic-0001". */
  slug: string;
  /** The whole file: front matter, then the article text. */
  text: string;
  /** How many words the article text has. */
  words: number;
}

const FIRST = ['Alva', 'Borek', 'Cressida', 'Dmitra', 'Elko', 'Faina', 'Gorvan', 'Halyna', 'Ivo', 'Jolanta', 'Kestor', 'Lusha'];
const LAST = ['Examplenko', 'Sampleson', 'Fictusov', 'Placeholdyk', 'Mockridge', 'Dummyan', 'Testovych', 'Inventova'];
const ROLES = ['governor', 'mayor', 'defence minister', 'army spokesman', 'regional commander', 'foreign minister'];
const TOWNS = ['Imaginsk', 'Fictograd', 'Samplevka', 'Testopil', 'Dummyivka', 'Mockhorod', 'Placeholdersk', 'Nowhereburg'];
/** Real regions and cities, so that the place extractor and gazetteer do their share of the work. */
const REAL_PLACES = ['Kharkiv', 'Izium', 'Kherson', 'Zaporizhzhia', 'Donetsk', 'Luhansk', 'Mykolaiv', 'Sumy'];
const OUTLETS = ['The Daily Example', 'Synthetic Herald', 'The Fictional Courier', 'Placeholder Post'];
const ORGS = ['the Ministry of Examples', 'the General Staff of Fictonia', 'the Synthetic Defence Council', 'the Mock Brigade'];
const WHEN = ['last week', 'on Tuesday', 'in early March', 'three days ago', 'on Sunday', 'last month', 'in late April', 'yesterday'];
const SINCE = ['since early March', 'for the past week', 'since the start of the month'];
const VERBS = ['said', 'announced', 'claimed', 'insisted', 'told reporters'];
const COMPARE = ['an area the size of Devon', 'an area half the size of Wales', 'an area the size of Luxembourg'];
const UNITS = ['square kilometres', 'sq km', 'square miles'];
const FILLER = [
  'Columns of trucks were seen on the main road out of {town}, and residents queued for water at the central square.',
  'The bridge over the river near {town} has been damaged twice, and engineers have built a pontoon crossing beside it.',
  'Aid workers handed out blankets and food parcels to families who had spent the night in basements.',
  'The railway station in {town} reopened after repairs, with two trains a day to the regional capital.',
  'Farmers in the district say the fields cannot be worked until the mines are cleared, which may take years.',
  'Volunteers have repainted the school in {town}, although most of its windows are still boarded up.',
  'Analysts at the invented Institute for Example Studies expect the front line to stay where it is through the winter.',
];

interface Cast {
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
}

function sentenceMakers({ pick, int }: Cast): (() => string)[] {
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const town = () => pick(TOWNS);
  const number = () => int(2, 95) * 100;
  return [
    () => `${pick(ROLES).replace(/^./, (c) => c.toUpperCase())} ${person()} ${pick(VERBS)} that troops had entered ${town()} ${pick(WHEN)}.`,
    () => `${person()}, the ${pick(ROLES)} of ${town()}, said the shelling had stopped ${pick(WHEN)}.`,
    () => `“We will not leave ${town()},” ${person()} told the ${pick(OUTLETS)}.`,
    () => `According to ${pick(ORGS)}, forces have retaken some ${number().toLocaleString('en-GB')} ${pick(UNITS)} ${pick(SINCE)}.`,
    () => `${pick(ORGS).replace(/^t/, 'T')} said it had liberated ${pick(COMPARE)} around ${town()} ${pick(WHEN)}.`,
    () => `${person()}, the ${pick(ROLES)}, confirmed that the flag had been raised over ${town()} ${pick(WHEN)}.`,
    () => `Enemy units are said to be pulling out from ${town()}, although it was unclear how many remained.`,
    () => `The ${pick(ROLES)} ${person()} wrote on Telegram that at least ${int(3, 40)} villages had been freed ${pick(WHEN)}.`,
    () => `Reportedly, convoys were leaving ${town()} ${pick(WHEN)}, some ${int(5, 60)} miles from the border.`,
    () => `${person()} denied that the garrison in ${town()} had surrendered.`,
    () => `Shelling was reported near ${pick(REAL_PLACES)} and around ${town()}, the ${pick(ROLES)} said.`,
    () => pick(FILLER).replace('{town}', town()),
    () => pick(FILLER).replace('{town}', town()),
  ];
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function isoDay(rand: () => number): string {
  const day = new Date(Date.UTC(2022, 2, 1) + Math.floor(rand() * 900) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** One article of about `targetWords` words (it stops at the first paragraph past the target). */
function article(rand: () => number, index: number, targetWords: number): SyntheticSource {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const makers = sentenceMakers({ pick, int });
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences = Array.from({ length: int(1, 3) }, () => pick(makers)());
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += wordCount(paragraph);
  }
  const slug = `synthetic-${String(index + 1).padStart(5, '0')}`;
  const frontMatter = [
    '---',
    `title: "Synthetic report ${index + 1}: fighting near ${pick(TOWNS)}"`,
    `published: ${isoDay(rand)}`,
    `outlet: ${pick(OUTLETS)}`,
    'language: en-GB',
    '---',
  ].join('\n');
  return { slug, text: `${frontMatter}\n${paragraphs.join('\n')}\n`, words };
}

/** `n` synthetic sources of 850–950 words each. */
export function syntheticSources(n: number, seed = 1): SyntheticSource[] {
  const rand = random(seed);
  return Array.from({ length: n }, (_, i) => article(rand, i, 850 + Math.floor(rand() * 100)));
}
