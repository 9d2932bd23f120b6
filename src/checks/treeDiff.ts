/** How two builds differ: files only in one of them, and files in both whose bytes differ. */
export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  different: string[];
}

export function treeDiff(first: ReadonlyMap<string, Uint8Array>, second: ReadonlyMap<string, Uint8Array>): TreeDiff {
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;
  return {
    onlyInFirst: [...first.keys()].filter((f) => !second.has(f)).sort(),
    onlyInSecond: [...second.keys()].filter((f) => !first.has(f)).sort(),
    different: [...first].filter(([f, bytes]) => second.has(f) && !same(bytes, second.get(f)!)).map(([f]) => f).sort(),
  };
}
