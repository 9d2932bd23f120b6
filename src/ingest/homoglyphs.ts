/**
 * Folds Cyrillic and Greek look-alike letters that stand in for Latin ones ("Ukrаine" with a
 * Cyrillic а) back to Latin. Genuine Cyrillic or Greek words are left alone: a letter is folded
 * only inside a word that also has Latin letters, or in a word made only of look-alikes whose
 * neighbouring words are Latin (a lone Cyrillic "а" used as the English article).
 */

/** Look-alike letters and the Latin letter each imitates. */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h',
  ԛ: 'q', ԝ: 'w', ӏ: 'l', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C',
  Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', α: 'a', ο: 'o', ε: 'e', ρ: 'p', ν: 'v', ι: 'i', κ: 'k',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
};

export interface HomoglyphReport {
  /** How many characters were replaced. */
  count: number;
  /** Replacements by character: { "а→a": 299 }. */
  byChar: Record<string, number>;
}

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER_LETTER = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]/u;

type Script = 'latin' | 'mixed' | 'lookalike' | 'other';

function classify(word: string): Script {
  let latin = false;
  let lookalike = false;
  let foreign = false;
  for (const ch of word) {
    if (LATIN.test(ch)) latin = true;
    else if (ch in CONFUSABLES) lookalike = true;
    else if (!/\p{M}/u.test(ch)) foreign = true;
  }
  if (foreign || OTHER_LETTER.test(word)) return latin && lookalike ? 'mixed' : 'other';
  if (latin && lookalike) return 'mixed';
  if (latin) return 'latin';
  return lookalike ? 'lookalike' : 'other';
}

/** Returns the text with look-alikes folded to Latin and a report of what was replaced. */
const ANY_LOOKALIKE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'u');

export function foldHomoglyphs(text: string): { text: string; report: HomoglyphReport } {
  const report: HomoglyphReport = { count: 0, byChar: {} };
  if (!ANY_LOOKALIKE.test(text)) return { text, report };
  const words = [...text.matchAll(WORD)].map((m) => ({ index: m.index, word: m[0], script: classify(m[0]) }));
  if (!words.some((w) => w.script === 'mixed' || w.script === 'lookalike')) return { text, report };

  const isLatinish = (i: number) => words[i] !== undefined && (words[i].script === 'latin' || words[i].script === 'mixed');
  let out = '';
  let last = 0;
  words.forEach((w, i) => {
    const fold = w.script === 'mixed' || (w.script === 'lookalike' && (isLatinish(i - 1) || isLatinish(i + 1)));
    if (!fold) return;
    let folded = '';
    for (const ch of w.word) {
      const latin = CONFUSABLES[ch];
      if (latin && !LATIN.test(ch)) {
        folded += latin;
        report.count++;
        const key = `${ch}→${latin}`;
        report.byChar[key] = (report.byChar[key] ?? 0) + 1;
      } else folded += ch;
    }
    out += text.slice(last, w.index) + folded;
    last = w.index + w.word.length;
  });
  return { text: out + text.slice(last), report };
}
