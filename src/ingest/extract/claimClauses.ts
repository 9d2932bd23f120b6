/**
 * Splits a sentence into clauses where one sentence may hold several claims ("X stated that A,
 * and that B, according to Y"; "A, and B was said to …"), and decides which clauses each claim's
 * evidence covers. Works on the quote-masked sentence, so a comma inside a quote never splits.
 */

export interface Clause {
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

/** Joints between clauses (";", ", but", ", while", ", and that", "— a claim …"); the joint belongs to neither side. */
const JOINT = /\s*(?:;\s*|,\s+(?:and|but)\s+that\s+|,\s+(?:but|while|whereas|although|though|and|yet)\s+|\s+[–—]\s+but\s+|\s+[–—]\s+(?=(?:a|an|the)\s+(?:claims?|assertions?|allegations?|figures?|accounts?|version)\b))/gu;

export function clauses(masked: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of masked.matchAll(JOINT)) {
    if (m.index <= start) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: masked.length });
  return out.filter((c) => c.end > c.start);
}

/** Index of the clause holding offset `at`. */
export function clauseAt(list: Clause[], at: number): number {
  const i = list.findIndex((c) => at < c.end);
  return i < 0 ? list.length - 1 : i;
}

export interface ClauseClaim {
  /** The clause holding the attribution. */
  clause: number;
  /** The assertion follows the attribution: clauses after it with no claim of their own join it. */
  forward: boolean;
  /** The assertion precedes it: clauses before it with no claim of their own join it. */
  backward: boolean;
}

/**
 * For each claim, the range of clauses [first, last] its evidence covers. A clause with no
 * attribution joins the claim before it when that claim looks forward, else the claim after
 * it when that one looks backward; otherwise it is nobody's (plain narrative).
 */
export function clauseRanges(count: number, claims: ClauseClaim[]): [number, number][] {
  const owner = new Array<number>(count).fill(-1);
  claims.forEach((c, i) => { owner[c.clause] = i; });
  for (let j = 0; j < count; j++) {
    if (owner[j] >= 0) continue;
    const prev = j > 0 ? owner[j - 1] : -1;
    if (prev >= 0 && claims[prev].forward) { owner[j] = prev; continue; }
    let k = j + 1;
    while (k < count && owner[k] < 0) k++;
    if (k < count && claims[owner[k]].backward) for (let x = j; x < k; x++) owner[x] = owner[k];
  }
  return claims.map((_, i) => {
    const mine = owner.flatMap((o, j) => (o === i ? [j] : []));
    return [Math.min(...mine), Math.max(...mine)];
  });
}
