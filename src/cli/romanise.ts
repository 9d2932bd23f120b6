/**
 * Ukrainian place names in the current national romanisation (Cabinet of Ministers resolution
 * 55 of 2010, also BGN/PCGN 2019): Kyiv, Izium, Sievierodonetsk, Mykolaiv.
 * GeoNames still spells many Ukrainian places in the older BGN/PCGN 1965 system ("Izyum",
 * "Syevyerodonets’k", "Mykolayiv"); `romaniseUkrainian` rewrites those, and transliterates a
 * name still in Cyrillic. Names already national ("Kryvyi Rih", "Kyiv") come back unchanged.
 */

const VOWELS = 'aeiou';
const SOFT_SIGNS = /['’ʼ`]/g;
/** Russian-form names GeoNames keeps for some Crimean places ("Chernomorskoye"): left as they are. */
const RUSSIAN_FORM = /(?:skoye|skiy|oye|iy)$/i;
const CYRILLIC = /[\u0400-\u04ff]/;

/** One word of a 1965-system name: я/є/ю/йо → ia/ie/iu/io, ї and й after a vowel → i, ь dropped. */
function romaniseWord(word: string): string {
  const w = word.replace(SOFT_SIGNS, '').replace(/j/g, 'i');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (i === 0 || c.toLowerCase() !== 'y') {
      out += c;
      continue;
    }
    const prev = w[i - 1]!.toLowerCase();
    const next = (w[i + 1] ?? '').toLowerCase();
    const afterVowel = VOWELS.includes(prev) || prev === 'y';
    let r: string;
    if (next !== '' && 'aeou'.includes(next)) r = 'i';
    else if (next === 'i') r = afterVowel ? '' : 'y';
    else r = afterVowel ? 'i' : 'y';
    out += c === 'Y' ? r.toUpperCase() : r;
  }
  return out;
}

const CYR: Readonly<Record<string, [initial: string, inner: string]>> = {
  а: ['a', 'a'], б: ['b', 'b'], в: ['v', 'v'], г: ['h', 'h'], ґ: ['g', 'g'], д: ['d', 'd'],
  е: ['e', 'e'], є: ['ye', 'ie'], ж: ['zh', 'zh'], з: ['z', 'z'], и: ['y', 'y'], і: ['i', 'i'],
  ї: ['yi', 'i'], й: ['y', 'i'], к: ['k', 'k'], л: ['l', 'l'], м: ['m', 'm'], н: ['n', 'n'],
  о: ['o', 'o'], п: ['p', 'p'], р: ['r', 'r'], с: ['s', 's'], т: ['t', 't'], у: ['u', 'u'],
  ф: ['f', 'f'], х: ['kh', 'kh'], ц: ['ts', 'ts'], ч: ['ch', 'ch'], ш: ['sh', 'sh'],
  щ: ['shch', 'shch'], ь: ['', ''], ю: ['yu', 'iu'], я: ['ya', 'ia'], ʼ: ['', ''], "'": ['', ''],
  '’': ['', ''],
};

/** Cyrillic Ukrainian → national romanisation ("Бережани" → "Berezhany", "Згурівка" → "Zghurivka"). */
function transliterate(name: string): string {
  let out = '';
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const lower = ch.toLowerCase();
    const pair = CYR[lower];
    if (!pair) {
      out += ch;
      wordStart = true;
      continue;
    }
    let r = wordStart ? pair[0] : pair[1];
    if (lower === 'г' && name[i - 1]?.toLowerCase() === 'з') r = 'gh';
    if (ch !== lower && r) r = r[0]!.toUpperCase() + r.slice(1);
    out += r;
    wordStart = false;
  }
  return out;
}

/** A GeoNames spelling of a Ukrainian place in the national romanisation. */
export function romaniseUkrainian(name: string): string {
  if (CYRILLIC.test(name)) return transliterate(name);
  if (RUSSIAN_FORM.test(name.replace(SOFT_SIGNS, ''))) return name.replace(SOFT_SIGNS, '');
  return name
    .split(/([\s-]+)/)
    .map((part, i) => (i % 2 === 1 ? part : romaniseWord(part)))
    .join('');
}
