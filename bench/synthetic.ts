/**
 * Synthetic annotated article pages for scale tests and benchmarks: clearly fake places, people
 * and outlets (Fakeville, "Minister Testperson", The Daily Fixture), ~900 words each, with dated
 * events (days, weeks, parts of months, months), attributed claims with confirmations and
 * disputes (on the same page and across pages), area figures with "the size of X" comparisons,
 * distances and places. Deterministic: article i depends only on the seed and i, so the first
 * 1,000 of 10,000 articles are the 1,000 articles.
 *
 *   syntheticArticles(n, seed) → [{ slug, mdx }]          (pure)
 *   tsx bench/synthetic.ts --articles 1000 --out DIR [--seed 1]   writes DIR/<slug>.mdx
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { random } from './random';

export interface SyntheticArticle {
  slug: string;
  mdx: string;
}

const PLACES = [
  ['Fakeville', 48.1, 36.2], ['Testgrad', 47.6, 35.1], ['Mockford', 49.3, 37.8], ['Sampleton', 48.8, 38.4], ['Dummyburg', 46.9, 34.7],
  ['Placeholder Bay', 46.2, 33.9], ['Lorem Heights', 49.9, 36.9], ['Stubbsville', 47.2, 37.3], ['Fixture Falls', 48.4, 35.6], ['Examplepol', 47.9, 38.9],
] as const;
const PEOPLE = [
  ['Minister Testperson', 'person'], ['General Examplov', 'person'], ['Governor Mockworth', 'person'], ['Spokesperson Fakename', 'person'],
  ['Mayor Placeholder', 'person'], ['Colonel Sampleson', 'person'], ['Ministry of Examples', 'org'], ['Institute for Placeholder Studies', 'org'],
  ['Republic of Testland', 'state'], ['Federation of Mockovia', 'state'], ['The Daily Fixture', 'media'],
] as const;
const OUTLETS = ['The Daily Fixture', 'Example Evening News', 'The Sample Times', 'Mockford Gazette', 'Placeholder Post'];
/** Reference areas the comparisons name, with their rough km² so the numbers agree with the words. */
const REFERENCES = [['Wales', 20_779], ['Devon', 6_707], ['Belgium', 30_528], ['Cornwall', 3_562], ['Luxembourg', 2_586]] as const;
const VERBS = ['said', 'announced', 'claimed', 'told reporters', 'wrote'];
const ACTIONS = ['advanced towards', 'withdrew from', 'shelled positions near', 'reinforced the line at', 'cleared roads around'];
const FILLER = [
  'Residents described long queues for water and bread, and several shops remained shut for most of the day.',
  'Analysts cautioned that the front line had moved back and forth many times and that maps drawn from early reports were often wrong.',
  'Aid convoys waited at the edge of the district while officials argued over which roads were safe to use.',
  'The report could not be independently verified, and both sides have made claims that later turned out to be exaggerated.',
  'Local volunteers said they had moved hundreds of people to schools and sports halls further from the fighting.',
  'Power lines were cut in several places, leaving villages without electricity as temperatures fell overnight.',
  'Observers noted that the weather had slowed movement on unpaved roads, turning fields into mud.',
  'A spokesperson for a relief charity said supplies were running low but that more lorries were expected within days.',
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);


const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const slugOf = (i: number) => `synthetic-${String(i + 1).padStart(5, '0')}`;
const nf = new Intl.NumberFormat('en-GB');

function article(i: number, seed: number): SyntheticArticle {
  const rnd = random((seed * 100_003 + i * 7919) >>> 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const published = START + Math.floor(rnd() * 730) * DAY;
  const outlet = pick(OUTLETS);
  const counters = { s: 0, c: 0, e: 0, f: 0, p: 0 };
  const next = (k: keyof typeof counters) => `${k === 's' ? 's' : k}${++counters[k]}`;
  const place = () => {
    const [name, lat, lon] = pick(PLACES);
    return { name, tag: `<Place id="${next('p')}" name="${name}" lat="${lat}" lon="${lon}">${name}</Place>` };
  };
  const sentence = (body: string) => `<S id="${next('s')}">${body}</S>`;
  const claims: string[] = [];
  const claim = (by: readonly [string, string], body: string, extra = '', status = 'claimed') => {
    const id = next('c');
    claims.push(id);
    return `<Claim id="${id}" by="${by[0]}" kind="${by[1]}" verb="${pick(VERBS)}" status="${status}"${extra}>${body}</Claim>`;
  };
  const event = (text: string, at: { name: string; tag: string }) => {
    const end = published - Math.floor(rnd() * 60) * DAY;
    const d = new Date(end);
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
    const kind = Math.floor(rnd() * 4);
    const [date, precision, words] =
      kind === 0 ? [iso(end), 'day', `on ${d.getUTCDate()} ${MONTHS[m]}`]
      : kind === 1 ? [`${iso(end - 6 * DAY)}/${iso(end)}`, 'week', 'over the past week']
      : kind === 2 ? [`${iso(Date.UTC(y, m, 1))}/${iso(Date.UTC(y, m, 10))}`, 'part-of-month', `in early ${MONTHS[m]}`]
      : [`${iso(Date.UTC(y, m, 1))}/${iso(Date.UTC(y, m + 1, 0))}`, 'month', `in ${MONTHS[m]}`];
    return `<Event id="${next('e')}" date="${date}" precision="${precision}" summary="${text} ${at.name} ${words}">${text} ${at.tag} ${words}</Event>`;
  };

  const paragraphs: string[] = [];
  const first = place();
  const lead = pick(PEOPLE);
  paragraphs.push(sentence(claim(lead, `${lead[0]} said forces had ${pick(ACTIONS)} ${first.tag} and that the situation was under control.`)));
  for (let k = 0; k < 6; k++) {
    const p = place();
    const who = pick(PEOPLE);
    const parts = [
      sentence(`${event(`Troops ${pick(ACTIONS)}`, p)}, according to people who had left the area.`),
      sentence(claim(who, `${who[0]} ${pick(VERBS)} that ${nf.format(10 + Math.floor(rnd() * 90))} villages around ${p.name} were back under their control.`)),
    ];
    const r = rnd();
    if (r < 0.35) {
      const target = pick(claims.slice(0, -1).length ? claims.slice(0, -1) : claims);
      const confirmer = pick(PEOPLE);
      parts.push(sentence(claim(confirmer, `${confirmer[0]} confirmed the account, saying the roads to ${p.name} had reopened.`, ` confirms="${target}"`, 'confirmed')));
    } else if (r < 0.5 && i > 0) {
      const other = slugOf(Math.floor(rnd() * i));
      const confirmer = pick(PEOPLE);
      parts.push(sentence(claim(confirmer, `${confirmer[0]} later confirmed an earlier report from ${p.name}.`, ` confirms="${other}#c1"`, 'confirmed')));
    } else if (r < 0.6) {
      const disputer = pick(PEOPLE);
      parts.push(sentence(claim(disputer, `${disputer[0]} denied that anything had changed near ${p.name}.`, ` disputes="c1"`, 'disputed')));
    }
    if (k % 2 === 0) {
      const [refName, refKm2] = pick(REFERENCES);
      const share = pick([0.5, 1, 2] as const);
      const km2 = Math.max(100, Math.round((share * refKm2 * (0.85 + rnd() * 0.3)) / 100) * 100);
      const times = share === 1 ? 'an area the size of' : share === 0.5 ? 'half the size of' : 'twice the size of';
      const reporter = pick(PEOPLE);
      parts.push(
        sentence(
          `${reporter[0]} put the area retaken at <Figure id="${next('f')}" kind="area" value="${km2}" unit="km2" km2="${km2}" by="${reporter[0]}" about="territory retaken near ${p.name}">${nf.format(km2)} square kilometres</Figure> – ` +
            `<Figure id="${next('f')}" kind="area" value="${share}" unit="reference:${refName}" by="${outlet}" about="territory retaken near ${p.name}">${times} ${refName}</Figure>.`,
        ),
      );
    } else {
      const miles = 5 + Math.floor(rnd() * 60);
      parts.push(sentence(`The nearest crossing is <Figure id="${next('f')}" kind="distance" value="${miles}" unit="mi" km="${(miles * 1.609344).toFixed(1)}" by="${outlet}" about="distance from ${p.name} to the crossing">${miles} miles from ${p.name}</Figure>.`));
    }
    parts.push(...Array.from({ length: 5 }, () => sentence(pick(FILLER))));
    paragraphs.push(parts.join(' '));
  }
  const title = `Fighting around ${first.name} as ${lead[0]} reports progress`;
  const front = ['---', `title: ${title}`, `published: ${iso(published)}`, `outlet: ${outlet}`, 'language: en-GB', `source: /sources/${slugOf(i)}.txt`, 'review: draft', '---'];
  return { slug: slugOf(i), mdx: `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n` };
}

export function syntheticArticles(n: number, seed: number): SyntheticArticle[] {
  return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => article(i, seed));
}

/** Writes the pages to `dir` (created if missing); returns the number written. */
export function writeSyntheticArticles(dir: string, n: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  const pages = syntheticArticles(n, seed);
  for (const p of pages) writeFileSync(join(dir, `${p.slug}.mdx`), p.mdx);
  return pages.length;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const n = Number(option(args, 'articles') ?? 1000);
  const seed = Number(option(args, 'seed') ?? 1);
  const out = option(args, 'out');
  if (!out || !Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
    console.error('usage: tsx bench/synthetic.ts --articles N --out DIR [--seed S]');
    process.exit(2);
  }
  console.log(`wrote ${writeSyntheticArticles(out, n, seed)} synthetic articles to ${out}`);
}
