/**
 * Links a confirmation, denial or dispute to the earlier claim it answers. The text links them
 * either explicitly ("denied the reports", "confirmed this") or by topic: the two clauses share
 * content words ("clashes had reached the town" ← "the fighting had reached the border").
 */
import type { ClaimAnnotation } from '../types';
import { isNationWord, nationOf } from './claimant';
import { REPORTING_VERBS } from './claimVerbs';
import { ANSWERED_NOUNS, CLAIM_NOUNS } from './claimClauses';

export interface LinkableClaim {
  claim: ClaimAnnotation;
  /** Index of the claim's sentence in the article. */
  sentence: number;
}

/** How many sentences back a confirmation may reach. */
const REACH = 4;
/** How many topic words two clauses must share to be about the same thing. */
const MIN_SHARED = 2;

const STOPWORDS = new Set(`a an the and or but if of to in on at by for with from into onto about as is are was were be been
being has have had do does did will would could should can may might must shall not no nor so than that this these
those it its he she they them his her their we our you your i me my who whom whose which what when where why how
all any both each few more most other some such only own same too very just also now then there here out up down
over under again further once after before during while since until against between through above below off per
some one two three last first new said says say told tell according also still already even yet however within
amid among near some would`.split(/\s+/));

/** A few everyday synonyms of war reporting, folded to one stem. */
const SYNONYMS: Record<string, string> = {
  fighting: 'fight', clash: 'fight', battl: 'fight', battle: 'fight', combat: 'fight', hostiliti: 'fight',
  captur: 'capture', seiz: 'capture', took: 'capture', taken: 'capture', occupi: 'capture',
  withdr: 'withdraw', withdrew: 'withdraw', withdrawn: 'withdraw', retreat: 'withdraw', pull: 'withdraw', fled: 'withdraw', abandon: 'withdraw',
  kill: 'kill', dead: 'kill', death: 'kill', died: 'kill', die: 'kill',
  liberat: 'free', freed: 'free', recaptur: 'free', retak: 'free', retaken: 'free',
  attack: 'strike', strik: 'strike', struck: 'strike', hit: 'strike', shell: 'strike', bomb: 'strike', missil: 'strike',
};

function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? SYNONYMS[word.toLowerCase()] ?? w;
}

/** The content stems of a claim's evidence, leaving out its claimant and attribution words. */
export function topicWords(claim: ClaimAnnotation): Set<string> {
  const claimant = new Set((claim.claimant.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  const out = new Set<string>();
  for (const w of claim.text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const l = w.toLowerCase();
    if (STOPWORDS.has(l) || claimant.has(l) || REPORTING_VERBS.has(l) || l.length < 3 || /^\d+$/.test(l)) continue;
    // "Russian", "Ukraine", "Kyiv" name the sides of nearly every claim in a war report, not what it is about
    if (isNationWord(l)) continue;
    out.add(stem(w));
  }
  return out;
}

/** What names a claim: "the reports", "Haidai's figures", "Moscow's version", "this claim", "any such request". */
const CLAIM_WORDS = String.raw`(?:claims?|reports?|allegations?|accusations?|accounts?|figures|assertions?|reporting|version|announcements?|statements?|rumou?rs|suggestions?|stor(?:y|ies))`;
const EXPLICIT = new RegExp(String.raw`\b(?:(?:the|these|those|such|their|his|her|its|this|that|earlier|[\p{L}’'-]+['’]s?)\s+(?:\p{L}+\s+)?${CLAIM_WORDS}\b|(?:any|no)\s+such\b)|\b(?:confirm\w*|den(?:y|ies|ied)|reject\w*|dismiss\w*|disput\w*|question\w*|refut\w*|verif\w*|contradict\w*)\s+(?:this|it|them)\s*(?:[.,;]|$)`, 'iu');
/**
 * "Haidai's figures", "the ministry's account", "the Ukrainian General Staff's report": the claim's owner, named.
 * Case-sensitive: a capitalised run, or "the" and up to three lower-case words.
 */
const OWNER = new RegExp(String.raw`(?<owner>(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’-]*|\b[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)['’]s?\s+(?:\p{Ll}+\s+)?${CLAIM_WORDS}\b`, 'u');
/** OWNER's and NATION_OWNER's quick test: most answers name no claim. */
const NAMES_CLAIM = new RegExp(String.raw`\b${CLAIM_WORDS}\b`, 'i');
/** How many sentences back a claim named by its owner may be. */
const OWNER_REACH = 12;

const words = (name: string): string[] => (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the');

/** "Russia's claims", "the Ukrainian accusation", "Kyiv's account": a claim owned by a side, named by one word. */
const NATION_OWNER = new RegExp(String.raw`\b(?<nation>\p{Lu}\p{L}+)(?:['’]s?\s+(?:\p{Ll}+\s+)?|\s+)${CLAIM_WORDS}\b`, 'u');

/** The claimant speaks for that side: "Russian Defence Ministry", "Moscow", "Ukraine's General Staff" (not "the US embassy in Kyiv"). */
const speaksFor = (claimant: string, nation: string): boolean => {
  for (const w of claimant.match(/[\p{L}’'.-]+/gu) ?? []) {
    const own = nationOf(w);
    if (own) return own === nation;
  }
  return false;
};

/**
 * The latest earlier claim whose claimant the answer names as the claim's owner ("confirmed Haidai's figures"),
 * or the latest claim first made by a side the answer names ("rejected the Russian claim"); -1 when none.
 */
function ownerClaim(items: LinkableClaim[], i: number): number {
  const { claim, sentence } = items[i];
  if (!NAMES_CLAIM.test(claim.text)) return -1;
  const owner = claim.text.match(OWNER)?.groups?.owner;
  const named = owner ? words(owner) : [];
  const side = nationOf(claim.text.match(NATION_OWNER)?.groups?.nation ?? '');
  if (!named.length && !side) return -1;
  const bySide = side && !(named.length > 1 || (named.length === 1 && !nationOf(named[0])));
  for (let j = i - 1; j >= 0 && sentence - items[j].sentence <= OWNER_REACH; j--) {
    const other = items[j].claim;
    if (other.claimant === claim.claimant) continue;
    if (bySide) {
      if ((other.status === 'claimed' || other.status === 'unverified') && speaksFor(other.claimant, side)) return j;
      continue;
    }
    const theirs = new Set(words(other.claimant));
    if (named.every((w) => theirs.has(w))) return j;
  }
  return -1;
}

/** "This was confirmed by …", "That has been denied by …": a passive whose subject is the claim just made. */
/** "Kyiv’s claim of a breakthrough was backed up by …", "But the reports were denied by …": the same with the claim named. */
const EXPLICIT_PASSIVE = /^(?:(?:but|and|yet|however,?)\s+)?(?:this|that|it|(?:(?:the|this|that|these|those|such)\s+)?(?:[\p{L}’'-]+['’]s?\s+)?(?:claims?|reports?|accounts?|assertions?|allegations?)(?:\s+of\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|also\s+|since\s+|independently\s+)?(?:confirmed|verified|corroborated|backed\s+up|denied|disputed|rejected|dismissed|refuted|contradicted)\b/iu;

/** "… — a claim Hamas disputes", "…, which Kyiv denied": the clause answers the claim just before it. */
const FRONTED = new RegExp(`^(?:which\\s|(?:a|an|the|this|that)\\s+(?:${CLAIM_NOUNS})\\b|(?:a|an)\\s+(?:${ANSWERED_NOUNS})\\b)`, 'iu');

/** Verbs that confirm in so many words (not an outlet's eyewitness). */
const CONFIRMING = /\b(?:confirm|verif|corroborat|back(?:ed|s)?\s+up)/u;

/** Sets `confirms` on each confirmation, denial or dispute that answers an earlier claim. */
export function linkConfirmations(items: LinkableClaim[]): void {
  // Only claims within reach of an answer are compared: their topics are worked out when first needed.
  const topics: Set<string>[] = [];
  const topicOf = (k: number) => (topics[k] ??= topicWords(items[k].claim));
  items.forEach((item, i) => {
    const { claim } = item;
    if (claim.status !== 'confirmed' && claim.status !== 'denied' && claim.status !== 'disputed') return;
    let best = ownerClaim(items, i);
    let bestScore = best >= 0 ? Infinity : 0;
    const adjacent = claim.status === 'confirmed' && CONFIRMING.test(claim.verb);
    for (let j = i - 1; j >= 0; j--) {
      const other = items[j];
      if (item.sentence - other.sentence > REACH) break;
      if (other.claim.claimant === claim.claimant) continue;
      let score = 0;
      for (const t of topicOf(i)) if (topicOf(j).has(t)) score++;
      // a confirmation right after a claim needs only one shared word ("… struck the bridge." ← "… confirmed
      // the bridge was hit"); an eyewitness ("AFP reporters saw …") answers no claim in particular
      const needed = adjacent && item.sentence - other.sentence === 1 && j === i - 1 ? 1 : MIN_SHARED;
      if (score >= needed && score > bestScore) { best = j; bestScore = score; }
    }
    if (best < 0 && FRONTED.test(claim.text) && i > 0 && item.sentence - items[i - 1].sentence <= 1) best = i - 1;
    if (best < 0 && (EXPLICIT.test(claim.text) || EXPLICIT_PASSIVE.test(claim.text))) {
      // "the reports", "this claim" name a claim as first made, not another answer to it
      const near = (o: LinkableClaim, j: number) => j < i && item.sentence - o.sentence <= REACH && o.claim.claimant !== claim.claimant;
      best = items.findLastIndex((o, j) => near(o, j) && (o.claim.status === 'claimed' || o.claim.status === 'unverified'));
      if (best < 0) best = items.findLastIndex(near);
    }
    if (best >= 0) claim.confirms = best;
  });
}
