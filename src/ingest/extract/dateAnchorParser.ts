/**
 * Chained expressions as a chrono-node parser: "the next day", "two days later", "that day",
 * "on the 9th". They are resolved against the previous date in the text, not D (see dates.ts).
 */
import type { Parser } from 'chrono-node';
import { parts } from './dateMath';
import { atWordStart, isoOf, NUMBER, numberOf } from './dateParserKit';

const ANCHOR_RE = new RegExp(
  '(?:(?:the\\s+)?(?<next>next|following)\\s+(?<nunit>day|morning|afternoon|evening|night|week))' +
    '|(?:the\\s+(?<before>day|night|evening)\\s+before(?!\\s+(?:the|a|an|his|her|their|its)\\b))' +
    '|(?:the\\s+previous\\s+(?<punit>day|night|evening|week))' +
    `|(?:${NUMBER}\\s+(?<lunit>day|week)s?\\s+(?<dir>later|earlier))` +
    '|(?:(?:on\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night))' +
    '|(?:on\\s+the\\s+(?<dom>\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))',
  'iu',
);

/**
 * Chained expressions: "the next day", "two days later", "that day", "on the 9th". The result is a
 * placeholder at D tagged `anchor/offset:<days>`, `anchor/week:<weeks>` or `anchor/dom:<day>`.
 */
export const anchorParser: Parser = {
  pattern: () => ANCHOR_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    let tag: string;
    if (g.next) tag = g.nunit?.toLowerCase() === 'week' ? 'anchor/week:1' : 'anchor/offset:1';
    else if (g.before) tag = 'anchor/offset:-1';
    else if (g.punit) tag = g.punit.toLowerCase() === 'week' ? 'anchor/week:-1' : 'anchor/offset:-1';
    else if (g.lunit) {
      const n = numberOf(g.n) * (g.dir?.toLowerCase() === 'later' ? 1 : -1);
      tag = g.lunit.toLowerCase() === 'week' ? `anchor/offset:${7 * n}` : `anchor/offset:${n}`;
    } else if (g.dom) {
      const day = Number(g.dom);
      // "on the 9th of May" / "on the 9th May" are chrono's; "on the 9th Brigade" is no date.
      const after = context.text.slice((match.index ?? 0) + match[0].length);
      if (day < 1 || day > 31 || /^\s+(?:of\s+)?\p{Lu}/u.test(after)) return null;
      tag = `anchor/dom:${day}`;
    } else tag = 'anchor/offset:0';
    const { year, month, day } = parts(isoOf(context));
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day }).addTag(tag);
  },
};
