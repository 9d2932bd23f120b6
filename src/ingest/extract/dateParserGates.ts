/**
 * What each date parser cannot match without: a word or a digit its pattern requires. chrono runs
 * every parser's pattern over every sentence, and most sentences hold none of the month names,
 * weekdays or "ago"/"later" words most parsers need; testing that word first and skipping the
 * parser when it is missing finds the same dates with about half the parsing (a skipped parser
 * could not have matched). chrono's own parsers are known by class name: one this table does not
 * name always runs. Each
 * gate is a plain substring test, case-insensitive like the patterns, so it also lets through text
 * the pattern would refuse; dateParserGates.test.ts checks each gate on every sentence its parser
 * finds a date in.
 */
import type { Parser } from 'chrono-node';
import { anchorParser, relativeClauseParser, spanParser } from './dateAnchorParser';
import { calendarParser, overnightParser, smallHoursParser, weekendParser } from './dateCalendarParser';
import { LIGHT_WORDS } from './dateParserKit';
import {
  conflictSpanParser, daySpanParser, fortnightAgoParser, holidayParser, monthSpanParser, onFromParser, partOfMonthParser, perfectSpanParser, recentParser, rollingParser, seasonParser,
  vagueAgoParser, weekOfMonthParser, yearParser,
} from './dateParsers';

const DIGIT = /\d/;
/** Every month name and abbreviation chrono and we accept contains one of these. */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

const CHRONO_GATES = new Map<string, RegExp>(Object.entries({
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENYearMonthDayParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
  ENYearMonthNameParser: MONTH_WORD,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/iu,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/iu,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/iu,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/iu,
  ENRelativeDateFormatParser: /this|last|past|next|after/iu,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/iu,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/iu,
  ENEndOfCurrentMonthParser: /month/iu,
}));

const NEWS_GATES = new Map<Parser, RegExp>([
  [partOfMonthParser, MONTH_WORD],
  [weekOfMonthParser, /week|half/iu],
  [rollingParser, /past|last|previous|preceding/iu],
  [perfectSpanParser, /hour|day|week/iu],
  [fortnightAgoParser, /fortnight/iu],
  [onFromParser, /on\s+from/iu],
  [vagueAgoParser, /ago/iu],
  [recentParser, /recent/iu],
  [conflictSpanParser, /conflict|war|fighting|invasion|occupation|siege|offensive|battle|hostilities|campaign|combat|clashes/iu],
  [calendarParser, /week|month|year/iu],
  [weekendParser, /weekend/iu],
  [overnightParser, /night/iu],
  [smallHoursParser, /hours/iu],
  [seasonParser, /spring|summer|autumn|fall|winter/iu],
  [yearParser, DIGIT],
  [daySpanParser, /between|from|and\s+[0-3]?\d/iu],
  [monthSpanParser, /between|from/i],
  [holidayParser, /Year|Christmas|Victory|Independence/u],
  [anchorParser, new RegExp(String.raw`next|following|before|previous|preceding|later|earlier|day|morning|afternoon|evening|night|then|${LIGHT_WORDS}|\beve\b|\d`, 'iu')],
  [spanParser, /later|earlier|within|follow|ensuing|subsequent|first|month|year|spring|summer|autumn|fall|winter/iu],
  [relativeClauseParser, /after|before/iu],
]);

/** The gate of `parser`, or undefined for a parser that always runs. */
export const gateOf = (parser: Parser): RegExp | undefined => NEWS_GATES.get(parser) ?? CHRONO_GATES.get(parser.constructor.name);
