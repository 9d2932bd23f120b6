/**
 * fast-check generators of article text that tries to break the pipeline: markup of every kind
 * (MDX, HTML, JSX expressions, import/export lines, Markdown syntax, character references),
 * control and bidi characters, right-to-left and mixed scripts, and arbitrary Unicode, cut into
 * sentences and lines. Shared by the property tests of normalisation and emission.
 */
import fc from 'fast-check';

const WORDS = ['Ukraine', 'said', 'the', 'troops', 'Izium', 'border', 'on', 'Tuesday', '6,000', 'square', 'kilometres', 'governor', 'confirmed'];
const MARKUP = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<S id="s1">', '</S>', '<Claim by="x">', '{1+1}', '{', '}', '{/* c */}',
  '<', '>', '</', '<>', '`', '```', '*', '**', '_', '#', '## ', '> ', '- ', '+ ', '1. ', '|', '\\', '&amp;', '&lt;', '&#x3C;', '&',
  '[x](javascript:alert(1))', '![a](b)', '<!-- x -->', 'import x from "y"', 'export const a = 1', ':', '~~', '$$', '---', '***', '===',
  '"', '“', '”', "'", '’', '–', '…', '(Image: Getty)', 'http://example.org/a_b*c',
];
const SCRIPTS = ['مرحبا بالعالم', 'שלום עולם', 'Київ', 'Ізюм', 'Ελλάδα', '北京', '😀', 'e\u0301', 'Ukrаine', 'ﬁ', '\u0661\u0662'];
const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\t', '\r', '\r\n', '\u2028'];
const BREAKS = [' ', ' ', ' ', '. ', '! ', '? ', '.\n', '\n', '\n\n', ': '];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Article text: 1–60 tokens, each followed by a space, a sentence end or a line break. */
export const hostileText = fc
  .array(fc.tuple(token, fc.constantFrom(...BREAKS)), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([t, b]) => t + b).join(''));
