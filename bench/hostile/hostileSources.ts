/**
 * Sources written to break the site: MDX and HTML syntax, scripts, {…} expressions, import and
 * export lines, backticks, Markdown syntax, character references, control and bidi characters,
 * right-to-left and mixed scripts, hostile front matter, 1 MB of text, an empty body. Each
 * either builds with every sentence shown as text and nothing run, or stops the ingest with a
 * message naming its file (`stops`: it must).
 */

export interface HostileSource {
  /** File name without .txt. */
  name: string;
  /** The whole file: front matter and body. */
  text: string;
  /** What the ingest must say, after naming the file, when this source cannot be built. */
  stops?: RegExp;
}

/** Every payload that would run sets this global or opens a dialog: a page must do neither. */
export const MARKER = '__hostile';
const RUN = `alert(1);window.${MARKER}=1`;

const front = (title: string, extra = '') => `---\ntitle: ${JSON.stringify(title)}\npublished: 2022-09-14\noutlet: The Test Gazette\n${extra}---\n`;

const BODIES: Record<string, string[]> = {
  'mdx-syntax': [
    'The governor said <Claim id="c9" status="confirmed" by="Nobody">the town was taken</Claim> on Tuesday.',
    'A sentence closes early </S> and opens <S id="s1"> again, with a fragment <> </> and <Figure km2="1e9">huge</Figure>.',
    'Self-closing tags like <Event date="2099-01-01" /> and <Place name="Atlantis" lat="0" lon="0"/> are just words here.',
  ],
  'html-and-scripts': [
    `Officials said <script>${RUN}</script> was found on the server.`,
    `The picture <img src="x" onerror="${RUN}"> failed to load, said the mayor.`,
    `A link <a href="javascript:${RUN}">click here</a> and a frame <iframe src="javascript:${RUN}"></iframe> appeared.`,
    '<style>body { display: none }</style> The page must still show this sentence.',
    `<svg onload="${RUN}"><circle r="5"/></svg> An SVG was attached to the report.`,
  ],
  'expressions': [
    `Troops advanced {${RUN}} kilometres, the army said.`,
    'The count was {1 + 1} or {"two"} or {/* three */} according to the ministry.',
    'Unbalanced braces { and } and }{ and {{double}} stay as text.',
    `A template \${${RUN}} and {props.secret} must not be evaluated.`,
  ],
  'import-export': [
    'import evil from "./evil.js"',
    `export const meta = { run: (() => { ${RUN} })() }`,
    'export default function Layout() { return null }',
    'The ministry said the lines above are text, not code.',
    'import { a } from "b"; export { a };',
  ],
  'backticks-and-markdown': [
    '```js',
    `${RUN}`,
    '```',
    'Inline `code` and ``double `ticks` `` and an unclosed ` backtick were reported.',
    '# Not a heading, the spokesman said, and neither is ## this one.',
    '> Not a quote. - Not a list. 1. Not a numbered list.',
    `- A real list item with <script>${RUN}</script> and {braces} in it, the editor said.`,
    '2) A numbered item: `code`, *stars* and <b>tags</b> stay as typed.',
    '| a | b | — the table | was | not a table.',
    'A link [click](javascript:alert(1)) and an image ![pixel](https://tracker.example/p.png) stay as text.',
    'Emphasis *stars* and _underscores_ and ~~strikes~~ and <https://auto.example/link> were written literally.',
    'Character references &amp; &lt;script&gt; &#60;b&#62; &nbsp; &bogus; must show as typed.',
    'A backslash \\ at the end and \\{ escapes \\} and a lone \\',
  ],
  // Addresses in running text, which GitHub-flavoured Markdown turns into links by itself.
  'autolinks': [
    `See www.example.org/<img src="x" onerror="${RUN}" /> for details, the ministry said.`,
    'Write to press@example.org_desk* or visit http://example.org/a_b*c and www.example.org/{alert(1)} today.',
  ],
  'controls': [
    'Control characters\u0000 NUL\u0007 BEL\u001b[31m ESC and DEL\u007f were in the wire copy.',
    'Bidi overrides \u202eevil\u202c and isolates \u2066x\u2069 and marks\u200e\u200f were removed, the editor said.',
    'Zero\u200bwidth spaces and a\ufeffBOM and a line\u2028separator and a C1\u0085control appear here.',
    '\tTabs\tbecome\tspaces, said the governor.',
  ],
  'rtl-and-mixed': [
    'قال المحافظ إن القوات دخلت المدينة يوم الثلاثاء.',
    'אמר הדובר כי הכוחות נסוגו מהגבול.',
    'The governor said «Київ» and “Ізюм” and the Arabic مرحبا and Hebrew שלום sit in one English sentence of 6,000 km².',
    'Mixed digits ١٢٣ and 123 and emoji 🇺🇦 😀 and combining e\u0301 letters are kept.',
    'Ukrаine’s look-аlike letters (Cyrillic а) were folded, the report said.',
  ],
};

/** About 1 MB of long sentences with markup in them, so that escaping works at scale; a claim every tenth paragraph. */
function megabyte(): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 1; size < 1_048_576; i++) {
    const p =
      `Paragraph ${i} of the long report describes the <b>road</b> between {the} river and the \`forest\`, where farmers, ` +
      'engineers & volunteers have been clearing fields, repairing bridges and counting what was lost, at some length.' +
      (i % 10 === 0 ? ` The governor said ${i} villages were freed on Tuesday.` : '');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return paragraphs;
}

export function hostileSources(): HostileSource[] {
  return [
    ...Object.entries(BODIES).map(([name, lines]) => ({ name, text: front(`Hostile: ${name}`) + lines.join('\n') + '\n' })),
    {
      name: 'front-matter',
      text: front(`</title><script>${RUN}</script>{title} <S id="x">`, 'url: "https://www.example.com/news/1"\n') + 'A headline with markup must stay text, said the editor.\n',
    },
    {
      name: 'script-address',
      text: front('Hostile: a javascript: address', `url: "javascript:${RUN}"\n`) + 'The source address must be a web address.\n',
      stops: /url: "javascript:.*" must be a web address starting with http:\/\/ or https:\/\//,
    },
    { name: 'one-megabyte', text: front('Hostile: one megabyte of text') + megabyte().join('\n') + '\n' },
    { name: 'empty-body', text: front('Hostile: empty body'), stops: /the article text is empty/ },
    // Only invisible characters: the ingest may stop, or build a page with no sentences.
    { name: 'invisible-body', text: front('Hostile: invisible body') + '\n \t \n\u200b\ufeff\n' },
  ];
}
