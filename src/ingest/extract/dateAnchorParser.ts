/**
 * Chained expressions as chrono-node parsers: "the next day", "two days later", "48 hours later", "that day",
 * "later in the day",
 * "by the afternoon", "on the 9th", "since then"; "two years later", "days later", "within weeks",
 * "the following year", "that summer". They are resolved against the previous date in the text, not D
 * (see dates.ts). "A day after Moscow announced …" dates the clause it introduces from the date
 * before it in the same sentence ("took the town on Sunday, a day after …" = Saturday).
 */
import type { Parser } from 'chrono-node';
import { parts } from './dateMath';
import { atWordStart, isoOf, LIGHT_WORDS, NUMBER, numberOf } from './dateParserKit';

/** Tag of a clock time ("at 5am"), chained like "that day" but read on D when no day was named before it. */
export const CLOCK_TAG = 'anchor/clock';
const ANCHOR_RE = new RegExp(
  '(?:(?:(?<the>the)\\s+)?(?<next>next|following)\\s+(?<nunit>day|morning|afternoon|evening|night|week)(?![\\p{L}]))' +
    '|(?:the\\s+(?<before>day|night|evening)\\s+before(?!\\s+(?:the|a|an|his|her|their|its)\\b))' +
    '|(?:the\\s+(?:previous|preceding)\\s+(?<punit>day|night|evening|week)(?![\\p{L}]))' +
    // "struck Kherson on the eve of the visit": the day before the happening just told; not a
    // landmark's or a named day's eve ("on the eve of the (Russian) invasion", "of 24 February")
    "|(?:(?:on\\s+)?the\\s+(?<eve>eve)\\s+of(?=\\s+(?:the|his|her|their|its|this|that)\\s+(?!(?:[a-z]+\\s+)?(?:war|invasion|anniversary)(?![\\p{L}]))[a-z]))" +
    `|(?:(?:${NUMBER}\\s+(?<lunit>day|week|fortnight|hour)s?|(?<vague>hours|moments|minutes))\\s+(?<dir>later|earlier))` +
    '|(?:(?:on\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night))' +
    '|(?:(?:by|in|during)\\s+the\\s+(?:morning|afternoon|evening)|by\\s+nightfall|(?:earlier|later)\\s+in\\s+the\\s+day)(?![\\p{L}])(?!\\s+(?:of|rush)(?![\\p{L}]))' +
    // a clock time with no day of its own is on the day last named: "On 24 February … At 5am, columns crossed"
    // (with no day named yet, the news day: dates.ts); so is a rush hour ("during the morning rush hour"),
    // and a time of day told by the light ("at dawn", "shortly before daybreak")
    '|(?<clock>(?:at|by|before|around|about|(?:shortly|just)\\s+(?:before|after))\\s+(?:noon|midday|' + LIGHT_WORDS + '|\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))|(?:during|in)\\s+the\\s+(?:morning|evening)\\s+rush[\\s-]hour)(?![\\p{L}])'
    // "shortly before 11am local time" is a clock time too, unless a day follows it ("at 5am Kyiv time on Friday")
    + '(?:\\s+(?:local|[a-z]+)\\s+time(?![\\p{L}]))?(?!(?:\\s+[a-z]+\\s+time)?\\s+(?:on|of|this|last|yesterday|today|tonight|tomorrow)(?![\\p{L}]))' +
    '|(?:on\\s+the\\s+(?<dom>\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))' +
    // "in the days since," with nothing after "since" is "since then"; "in the days since the invasion" is not
    '|(?<then>since\\s+then|in\\s+the\\s+days\\s+since(?!\\s*[\\p{L}\\p{N}]))(?![\\p{L}\\p{N}])',
  'iu',
);
const DAYS_PER_UNIT: Record<string, number> = { day: 1, week: 7, fortnight: 14, hour: 1 / 24 };

/**
 * "a few days later", "several weeks later": a count as vague as "days later", read the same way
 * (VAGUE_SPAN), not as exactly three.
 */
export const VAGUE_COUNT = '(?:a\\s+few|few|several)';
const VAGUE_COUNT_RE = new RegExp(`^${VAGUE_COUNT}$`, 'i');
/**
 * Chains longer than a week or vaguer than a count: "two years later", "a month earlier", "days
 * later", "within weeks", "in the weeks that followed", "the following year", "that summer". Not
 * "within days of the invasion", which counts from the invasion.
 */
const SPAN_RE = new RegExp(
  `(?:(?:${NUMBER}\\s+(?<unit>month|year|decade)s?|(?:${VAGUE_COUNT}\\s+)?(?<vague>days|weeks|months|years))\\s+(?<dir>later|earlier))` +
    `|(?:within\\s+(?:${NUMBER.replace('?<n>', '?<wn>')}\\s+(?<wunit>hour|day|week|fortnight|month|year)s?|(?<wvague>minutes|hours|days|weeks|months))(?!\\s+of(?![\\p{L}])))` +
    '|(?:(?:the\\s+(?<which>following|next|previous|preceding|same)|that(?:\\s+same)?)\\s+(?<cal>month|year|spring|summer|autumn|fall|winter))' +
    '|(?:(?:in|over|during)\\s+the\\s+(?:(?<fvague>days|weeks|months)\\s+that\\s+followed|(?:following|ensuing|subsequent)\\s+(?<svague>days|weeks|months))(?![\\p{L}]))' +
    '|(?:the\\s+(?<before>month|year)\\s+before(?!\\s+(?:the|a|an|his|her|their|its)(?![\\p{L}])))' +
    '|(?:(?:in|during|over)\\s+(?:the|its)\\s+first\\s+(?<first>week|fortnight|month)(?![\\p{L}])(?!\\s+(?:of|after|since)(?![\\p{L}])))',
  'iu',
);
/** "in the first week": the first days of what was last dated, from its start (the first month as 30 days). */
const FIRST_SPAN: Record<string, string> = { week: '6d', fortnight: '13d', month: '29d' };
/** A vague count ("days later", "within weeks") is two to six of the unit; "within" starts the next day. */
export const VAGUE_SPAN: Record<string, [string, string]> = {
  minutes: ['0d', '0d'], hours: ['0d', '0d'], days: ['2d', '6d'], weeks: ['14d', '42d'], months: ['2m', '6m'], years: ['2y', '6y'],
};
const SPAN_UNIT: Record<string, string> = { hour: 'h', day: 'd', week: 'w', fortnight: 'f', month: 'm', year: 'y' };

/**
 * "a day after Moscow announced …", "barely 24 hours after …", "two weeks before the vote": the
 * offset of the clause that follows from the date before it in the sentence. Not when a date
 * follows ("two days after 9 May" is chrono's).
 */
// a hedge on the count ("around 16 hours after the blast") is still the offset, not chrono's "16 hours after" from D
const RELATIVE_RE = new RegExp(
  `(?:(?:(?:around|about|some|roughly|nearly|almost|barely|just|only|less\\s+than|more\\s+than)\\s+)?(?<rn>${NUMBER.replace('?<n>', '?<rnum>')}|the)\\s+(?<runit>day|week|fortnight|hour)s?|(?<hours>hours|moments|minutes))\\s+(?<rdir>after|before)` +
    '(?=\\s+(?!(?:the\\s+)?(?:\\d|(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last|this)(?![\\p{L}])))[\\p{L}])',
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
    const week = g.nunit?.toLowerCase() === 'week';
    // "talks are planned for next week": without "the", "next week" is the week after D's (chrono's, in the future).
    if (week && !g.the && g.next?.toLowerCase() === 'next') return null;
    if (g.next) tag = week ? 'anchor/week:1' : 'anchor/offset:1';
    else if (g.before || g.eve) tag = 'anchor/offset:-1';
    else if (g.punit) tag = g.punit.toLowerCase() === 'week' ? 'anchor/week:-1' : 'anchor/offset:-1';
    else if (g.lunit && VAGUE_COUNT_RE.test(g.n ?? '')) return null; // "a few days later" is the span parser's
    else if (g.lunit || g.vague) {
      // "hours later" is the same day; "48 hours later" two days on.
      const days = g.vague ? 0 : numberOf(g.n) * DAYS_PER_UNIT[(g.lunit ?? '').toLowerCase()]!;
      tag = `anchor/offset:${Math.floor(days) * (g.dir?.toLowerCase() === 'later' ? 1 : -1)}`;
    } else if (g.dom) {
      const day = Number(g.dom);
      // "on the 9th of May" / "on the 9th May" are chrono's; "on the 9th Brigade" is no date.
      const after = context.text.slice((match.index ?? 0) + match[0].length);
      if (day < 1 || day > 31 || /^\s+(?:of\s+)?\p{Lu}/u.test(after)) return null;
      tag = `anchor/dom:${day}`;
    } else if (g.then) tag = 'anchor/same';
    else tag = 'anchor/offset:0';
    const { year, month, day } = parts(isoOf(context));
    // Tagged relative so chrono does not merge "on Sunday, the next day" into one date.
    const result = context.createParsingResult(match.index ?? 0, match[0], { year, month, day }).addTag(tag).addTag('result/relativeDate');
    // a clock time is on the day last named, or on the news day when none was (dates.ts)
    return g.clock ? result.addTag(CLOCK_TAG) : result;
  },
};

/** A count of a unit as a span end: "3d", "2m"; hours round down to whole days. */
function spanEnd(n: number, unit: string): string {
  const u = SPAN_UNIT[unit.toLowerCase()] ?? 'd';
  if (u === 'h') return `${Math.floor(n / 24)}d`;
  if (u === 'w' || u === 'f') return `${n * (u === 'w' ? 7 : 14)}d`;
  // "a decade later": ten years on
  if (unit.toLowerCase() === 'decade') return `${n * 10}y`;
  return `${n}${u}`;
}

/**
 * The chains of SPAN_RE, as placeholders tagged `anchor/span:<from>:<to>` (the anchor's start and
 * end moved by so many days, months or years: "2m", "-6d"), `anchor/calendar:<month|year>:<n>`
 * (the whole month or year n after the anchor's) or `anchor/season:<season>:<n>` (that season of
 * the anchor's year, the next one, the one before).
 */
export const spanParser: Parser = {
  pattern: () => SPAN_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    let tag: string;
    if (g.unit || g.vague) {
      const sign = g.dir?.toLowerCase() === 'later' ? 1 : -1;
      // "a few months later" is as vague as "months later"
      const vague = g.vague ?? (VAGUE_COUNT_RE.test(g.n ?? '') ? `${g.unit!}s` : undefined);
      const [from, to] = vague ? VAGUE_SPAN[vague.toLowerCase()]! : [spanEnd(numberOf(g.n), g.unit!), spanEnd(numberOf(g.n), g.unit!)];
      const signed = (end: string): string => (sign > 0 || end.startsWith('0') ? end : `-${end}`);
      tag = sign > 0 ? `anchor/span:${signed(from)}:${signed(to)}` : `anchor/span:${signed(to)}:${signed(from)}`;
    } else if (g.first) {
      // "Since 21 September, … In the first week, 200,000 left": counted from the anchor's first day
      tag = `anchor/first:${FIRST_SPAN[g.first.toLowerCase()]!}`;
    } else if (g.fvague || g.svague) {
      // "in the weeks that followed", "over the following days": from the day after the anchor, as "within weeks"
      tag = `anchor/span:1d:${VAGUE_SPAN[(g.fvague ?? g.svague)!.toLowerCase()]![1]}`;
    } else if (g.wunit || g.wvague) {
      const to = g.wvague ? VAGUE_SPAN[g.wvague.toLowerCase()]![1] : spanEnd(numberOf(g.wn), g.wunit!);
      tag = `anchor/span:${to === '0d' ? '0d' : '1d'}:${to}`;
    } else {
      const which = (g.which ?? (g.before ? 'previous' : 'same')).toLowerCase();
      const n = which === 'following' || which === 'next' ? 1 : which === 'previous' || which === 'preceding' ? -1 : 0;
      const cal = (g.cal ?? g.before ?? '').toLowerCase();
      tag = cal === 'month' || cal === 'year' ? `anchor/calendar:${cal}:${n}` : `anchor/season:${cal === 'fall' ? 'autumn' : cal}:${n}`;
    }
    const { year, month, day } = parts(isoOf(context));
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day }).addTag(tag).addTag('result/relativeDate');
  },
};

/**
 * "after the signing," / "before the vote.": "the" (or a possessive: "after his appointment") and one
 * noun closing the phrase, no clause of its own: a comma ends it, or the main clause's article opens
 * straight after it ("Hours after his appointment a bomb struck"). Not "the war" or "the invasion":
 * landmarks with dates of their own (landmark-dates.json).
 */
const ANAPHORIC_NOUN_RE = /^\s+(?:the|his|her|its|their)\s+(?!(?:war|invasion)\b)[a-z]+(?:-[a-z]+)?(?:\s*,|\s+(?:a|an|the)\s)/i;
const SENTENCE_OPENING_RE = /^\s*(?:["“‘']\s*)?(?:(?:and|but|then|just|only|barely)\s+)?$/i;

/**
 * "a day after <clause>": a placeholder tagged `anchor/offset:<-days>` (after) or `+days` (before)
 * and `anchor/local`, since only a date earlier in the same sentence can anchor it.
 */
export const relativeClauseParser: Parser = {
  pattern: () => RELATIVE_RE,
  extract(context, match) {
    if (!atWordStart(context, match)) return null;
    const g = match.groups ?? {};
    if (g.rn?.toLowerCase() === 'the' && g.rdir?.toLowerCase() === 'before') return null; // "the day before": a chain
    const unit = (g.runit ?? 'hour').toLowerCase();
    const n = g.hours ? 0 : g.rn?.toLowerCase() === 'the' ? 1 : numberOf(g.rnum);
    const days = unit === 'hour' ? Math.floor(n / 24) : n * (DAYS_PER_UNIT[unit] ?? 1);
    const sign = g.rdir?.toLowerCase() === 'after' ? -1 : 1;
    const { year, month, day } = parts(isoOf(context));
    // "One day after the signing, missiles struck …": a fronted bare event noun names the last event
    // told, so the main clause is dated from the anchor, as "the next day" is. Mid-sentence ("on
    // Sunday, a day after the retreat") the noun's own date counts back from the sentence's.
    const index = match.index ?? 0;
    if (SENTENCE_OPENING_RE.test(context.text.slice(0, index)) && ANAPHORIC_NOUN_RE.test(context.text.slice(index + match[0].length))) {
      return context.createParsingResult(index, match[0], { year, month, day }).addTag(`anchor/offset:${-sign * days}`).addTag('result/relativeDate');
    }
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day })
      .addTag(`anchor/offset:${sign * days}`).addTag('anchor/local').addTag('relation/after').addTag('result/relativeDate');
  },
};
