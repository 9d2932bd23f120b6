/**
 * A quick test for whether a pattern can match a text at all. Under the `i` and `u` flags
 * together V8 runs `\b` very slowly (microseconds a sentence), and most of the extractors'
 * patterns match in few sentences: the same pattern without its `\b` assertions (and without
 * `g`/`y`) matches wherever the pattern does, and tests fast. A text it does not match cannot
 * hold a match of the pattern, so skipping the pattern there changes nothing. Inside a negative
 * lookaround dropping `\b` would make the pattern stricter, so there it stays.
 */

/** `re` without the `\b` assertions that only narrow it, for a yes/no test. */
export function mayMatch(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  /** For each open group: whether it or a group around it is a negative lookaround. */
  const negative: boolean[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (next !== 'b' || inClass || negative.at(-1)) out += c + next;
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') negative.push(!!negative.at(-1) || src.startsWith('(?!', i) || src.startsWith('(?<!', i));
    else if (c === ')') negative.pop();
    out += c;
  }
  return new RegExp(out, re.flags.replace(/[gy]/g, ''));
}
