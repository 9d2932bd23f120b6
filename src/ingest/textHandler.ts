/**
 * The serialiser's own handler for text nodes, doing less work for the same output. Its `safe`
 * tries every "unsafe" pattern (96 with MDX and GFM on) on every text node, yet a pattern can only
 * match where its character occurs: the handler hands `safe` just the patterns whose character is
 * in the text or in the characters around it (which `safe` looks at too), so the escaping is the same.
 */
import type { Handle, Unsafe } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'mdast-util-to-markdown';

interface Lookup {
  /** Every character the patterns are about. */
  characters: string[];
  /** For each ASCII code, the index of its character in `characters`, or -1. */
  asciiSlot: Int16Array;
  /** The characters outside ASCII, with their index. */
  others: [string, number][];
  /** The patterns for each set of characters met so far (few sets come up: " ", " .", " ,’" …). */
  bySet: Map<string, Unsafe[]>;
}

const lookups = new WeakMap<readonly Unsafe[], Lookup>();

function lookupFor(patterns: readonly Unsafe[]): Lookup {
  let lookup = lookups.get(patterns);
  if (!lookup) {
    const characters = [...new Set(patterns.flatMap((p) => [...p.character]))];
    const asciiSlot = new Int16Array(128).fill(-1);
    const others: [string, number][] = [];
    characters.forEach((c, i) => (c.length === 1 && c.charCodeAt(0) < 128 ? (asciiSlot[c.charCodeAt(0)] = i) : others.push([c, i])));
    lookup = { characters, asciiSlot, others, bySet: new Map() };
    lookups.set(patterns, lookup);
  }
  return lookup;
}

/** The patterns whose character occurs in `subject`, in their original order. */
export function unsafeIn(patterns: readonly Unsafe[], subject: string): Unsafe[] {
  const { characters, asciiSlot, others, bySet } = lookupFor(patterns);
  // One pass over the subject (it is read once per text node of every page).
  const seen = new Uint8Array(characters.length);
  for (let i = 0; i < subject.length; i++) {
    const code = subject.charCodeAt(i);
    if (code < 128 && asciiSlot[code] >= 0) seen[asciiSlot[code]] = 1;
  }
  for (const [c, i] of others) if (subject.includes(c)) seen[i] = 1;
  let present = '';
  for (let i = 0; i < characters.length; i++) if (seen[i]) present += characters[i];
  let found = bySet.get(present);
  if (!found) {
    found = patterns.filter((p) => [...p.character].every((c) => present.includes(c)));
    bySet.set(present, found);
  }
  return found;
}

export const textHandler: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  state.unsafe = unsafeIn(all, (info.before ?? '') + node.value + (info.after ?? ''));
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
