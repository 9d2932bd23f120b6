/**
 * What the reader remembers about speakers while reading on: the full names seen so far (so
 * "Governor Sinegubov" and "Sir Richard" become "Oleh Sinegubov" and "Richard Barrons"), the
 * last person who spoke or acted (for "he said"), and the last speaker of any kind (for "they",
 * "it", "the statement"). A fresh memory per article; nothing global.
 */
import type { ClaimantKind } from '../types';
import { describePerson, describeSpeaker, nameKey, type Speaker } from './claimant';
import { phraseAfter } from './attributionPhrases';
import { EPITHET_HEADS, PERSON_HEADS } from './claimantLexicon';

/** An outlet meeting its source: "spoke to", "talked to", "interviewed". */
const INTERVIEWED = /\b(?:spoke|talked|has\s+spoken|has\s+talked)\s+to\s+|\binterviewed\s+/iu;

export interface Claimant {
  name: string;
  kind: ClaimantKind;
}

interface Seen extends Claimant {
  sentence: number;
}

interface FullName {
  name: string;
  /** nameKey of the first and the last word, to match "Sir Richard" and "Sinegubov" against. */
  first: string;
  last: string;
}

export interface SpeakerMemory {
  /** Full personal names (two words or more), in order of appearance. */
  names: FullName[];
  /** The last person speaking or acting, one person (for "he", "she"). */
  lastPerson?: Seen;
  lastSpeaker?: Seen;
  /** The last group of people speaking or acting ("Russian military bloggers"), for a lone "One" or "Another". */
  lastGroup?: Seen;
  /** The people who lately spoke or acted, most recent last: "he" and "she" skip one of the other sex. */
  people: Seen[];
  /** What the text has shown of a person's sex: a title ("Ms"), a role ("spokeswoman") or a pronoun read as them. */
  sexes: Map<string, Pronoun>;
  /** The person last named with each title: "Colonel Oleksandr Hrynchuk" makes a later "the colonel" him. */
  titled: Map<string, string>;
  /** Bodies that lately spoke, with the words they were described by, for "the company", "the outlet". */
  bodies: Body[];
  /** The named body that last acted without speaking ("Amnesty has angered Kyiv with a report"): who
   * publishes a later "the report" when no speaker is near. */
  actor?: Seen;
  /** People introduced as reporters ("correspondent Jane Doe"): their quoted "we watched" is the outlet's eyewitness. */
  reporters: Set<string>;
}

interface Body extends Seen {
  /** Lower-case words of the name and of the phrase that introduced it ("state nuclear company Energoatom"). */
  words: Set<string>;
}

type Pronoun = 'he' | 'she';

export const createMemory = (): SpeakerMemory => ({
  names: [], people: [], sexes: new Map(), titled: new Map(), bodies: [], reporters: new Set(),
});

/** How many recent people "he" and "she" choose among. */
const PEOPLE_KEPT = 6;
/** How many recent bodies "the company", "the outlet" choose among, and how far back. */
const BODIES_KEPT = 4;
const BODY_REACH = 4;
/** A think tank called by what it is, and the words its own name is made of. */
const THINK_TANK = /\bthink[\s-]tank$/iu;
const THINK_TANK_NAMES = ['institute', 'institution', 'centre', 'center', 'foundation', 'endowment', 'council'];
/** Nouns an outlet is called by when named again: "the outlet reported", "the newspaper said". */
const PRESS_NOUNS = new Set(['outlet', 'newspaper', 'paper', 'broadcaster', 'channel', 'website', 'site', 'publication', 'agency', 'tabloid', 'daily']);
/** A security or intelligence service is named again as "the agency" or "the service" whichever word
 * introduced it ("Russia's FSB security service … The agency claimed"). */
const AGENCY_NOUNS = new Set(['agency', 'service']);
const AGENCY_WORDS = ['agency', 'service', 'intelligence', 'security'];
/** A government department is named again as "the department" whatever it is called ("the Home Office … the
 * department said", "the Treasury … the department"), and its name need not hold the word. */
const DEPARTMENT_NOUNS = new Set(['department', 'ministry']);
const DEPARTMENT_WORDS = ['department', 'ministry', 'office', 'treasury'];
/** What a campaign group or watchdog is called when named again ("Human Rights Watch … the watchdog said"):
 * any body met before that is no public one, whatever its name is made of. */
const NGO_NOUNS = new Set(['watchdog', 'charity', 'organisation', 'organization', 'ngo']);
/** "the energy giant", "the tech giant": a company met before, never one introduced by this word. */
const COMPANY_EPITHET = /\bgiant$/iu;
/** Words of a public body's name: no company, so never "the giant". */
const PUBLIC_BODY_WORDS = [...DEPARTMENT_WORDS, ...AGENCY_NOUNS, 'government', 'kremlin', 'pentagon', 'whitehall', 'army', 'military',
  'forces', 'command', 'embassy', 'council', 'parliament', 'police', 'authorities', 'regulator'];

/** Titles and roles that tell a person's sex. */
const SEX_OF_TITLE: Record<string, Pronoun> = {
  mr: 'he', sir: 'he', lord: 'he', king: 'he', prince: 'he', spokesman: 'he', chairman: 'he', businessman: 'he',
  mrs: 'she', ms: 'she', miss: 'she', dame: 'she', lady: 'she', queen: 'she', princess: 'she', spokeswoman: 'she',
  chairwoman: 'she', businesswoman: 'she',
};

/** Relatives named by kinship tell their sex: "his wife had told him …" leaves a later "He claimed" to the man. */
const SEX_OF_KIN: Record<string, Pronoun> = {
  wife: 'she', mother: 'she', mum: 'she', daughter: 'she', sister: 'she', grandmother: 'she', aunt: 'she', niece: 'she', girlfriend: 'she',
  husband: 'he', father: 'he', dad: 'he', son: 'he', brother: 'he', grandfather: 'he', uncle: 'he', nephew: 'he', boyfriend: 'he',
};

/** "Ms Kovalenko", "Mr. Smith": a courtesy title before a surname. */
const COURTESY = /\b(?<title>Mr|Mrs|Ms|Miss)\.?\s+(?<surname>[\p{Lu}][\p{L}’'-]+)/gu;

/** The person is the one last seen; keeps the short list "he" and "she" choose from. */
function setLastPerson(memory: SpeakerMemory, seen: Seen): void {
  memory.lastPerson = seen;
  memory.people = memory.people.filter((p) => p.name !== seen.name);
  memory.people.push(seen);
  if (memory.people.length > PEOPLE_KEPT) memory.people.shift();
}

function noteSex(memory: SpeakerMemory, name: string, sex: Pronoun | undefined): void {
  if (sex && !memory.sexes.has(name)) memory.sexes.set(name, sex);
}

/** Lower-case particles inside a surname: "Hamish de Bretton-Gordon", "Ursula von der Leyen". */
const NAME_PARTICLES = '(?:de|da|di|du|del|van|von|der|den|la|le|al|bin|ibn)';

/** A title or an epithet before a capitalised name: "President Volodymyr Zelensky", "mining magnate Olaf Krantz". */
const TITLED_NAME = new RegExp(`\\b(?:President|[Gg]overnor|General|Gen\\.|Sir|Dame|Lord|Mr|Mrs|Ms|Dr|[Mm]inister|Secretary|[Mm]ayor|[Cc]ommander|Chancellor|Colonel|Lieutenant|Captain|Admiral|Senator|Ambassador|Prince|King|Queen|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|MP|leader|chief|${[...EPITHET_HEADS].join('|')})\\s+(?:\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+\\s+)?((?:[\\p{Lu}][\\p{L}’'-]+\\s+(?:${NAME_PARTICLES}\\s+){0,2}){1,3}?[\\p{Lu}][\\p{L}’'-]+)\\b`, 'gu');

/** What a later mention calls a title's holder: a UK "Defence Secretary" is "the minister". */
const TITLE_ALIASES: Record<string, string[]> = { secretary: ['minister'], ambassador: ['envoy'] };

/** Keeps the full personal names a sentence introduces. */
export function rememberNames(memory: SpeakerMemory, text: string): void {
  for (const m of text.matchAll(TITLED_NAME)) {
    const sp = describeSpeaker(m[1]);
    if (!sp?.proper || sp.givenName) continue;
    remember(memory, sp.name);
    const title = m[0].slice(0, m[0].search(/[\s.]/u)).toLowerCase();
    noteSex(memory, sp.name, SEX_OF_TITLE[title]);
    memory.titled.set(title, sp.name);
    for (const alias of TITLE_ALIASES[title] ?? []) memory.titled.set(alias, sp.name);
    // "Russian President Vladimir Putin": a later "the Russian president" is him, whoever spoke last
    const country = text.slice(Math.max(0, m.index - 30), m.index).match(NATION_BEFORE)?.[1];
    if (country) memory.titled.set(`${country.toLowerCase()} ${title}`, sp.name);
    // "Russia's foreign minister Sergei Lavrov": a later "the Russian minister" is him
    const owner = text.slice(Math.max(0, m.index - 40), m.index).match(NATION_OWNER)?.[1];
    if (owner) memory.titled.set(`${owner.toLowerCase()} ${title}`, sp.name);
  }
  // "Ms Kovalenko went on …": the surname of someone named in full before
  if (!/\bM(?:r|rs|s|iss)\b/u.test(text)) return;
  for (const m of text.matchAll(COURTESY)) {
    const key = nameKey(m.groups!.surname);
    const full = memory.names.findLast((n) => n.last === key);
    if (full) noteSex(memory, full.name, SEX_OF_TITLE[m.groups!.title.toLowerCase()]);
  }
}

function remember(memory: SpeakerMemory, name: string): void {
  const words = name.split(' ');
  if (words.length < 2) return;
  memory.names = memory.names.filter((n) => n.name !== name);
  memory.names.push({ name, first: nameKey(words[0]), last: nameKey(words.at(-1)!) });
}

/** The fuller form of a short reference to a person: "Sinegubov", "Sir Richard". */
function fullName(memory: SpeakerMemory, sp: Speaker): string {
  const words = sp.name.split(' ');
  if (sp.givenName) {
    const given = nameKey(words[words.length - 1]);
    return memory.names.findLast((n) => n.first === given)?.name ?? sp.name;
  }
  if (words.length !== 1) return sp.name;
  const key = nameKey(words[0]);
  return memory.names.findLast((n) => n.last === key)?.name ?? sp.name;
}

/**
 * A person the text has introduced: a full name, or a surname met in full before. A lone
 * capitalised word opening a sentence ("Car traffic was restored") is often no name at all,
 * unless it has spoken before.
 */
export function introducedPerson(memory: SpeakerMemory, name: string): boolean {
  const words = name.split(' ');
  if (words.length > 1) return true;
  const key = nameKey(words[0]);
  // (or a surname the text has already had speak: "Zelensky said … Zelensky also thanked …")
  return memory.names.some((n) => n.last === key) || memory.people.some((p) => p.name === name);
}

const within = (seen: Seen | undefined, sentence: number, distance: number) =>
  seen && sentence - seen.sentence <= distance ? seen : undefined;

/** The quantifier a group is named with, which "others" replaces: "some analysts", "many residents". */
const GROUP_QUANTIFIER = /^(?:some|many|several|a\s+few|most|other)\s+/iu;
/** One member named by its kind: "another panellist", "one resident". */
const ONE_OF_KIND = /^(?:another|one)\s+([a-z]+)$/iu;

/** The plural of a role noun: "panellist" → "panellists", "deputy" → "deputies", "fisherman" → "fishermen". */
function pluralNoun(noun: string): string {
  if (/man$/u.test(noun)) return noun.replace(/man$/u, 'men');
  if (/[^aeiou]y$/u.test(noun)) return noun.replace(/y$/u, 'ies');
  return /(?:s|sh|ch|x)$/u.test(noun) ? `${noun}es` : `${noun}s`;
}
/** A subject that is one member of a group named before: "One wrote on Telegram", "Another claimed". */
const LONE_MEMBER = /^(?:one|another)$/iu;

/**
 * The claimant a described speaker stands for, or null when a pronoun or document has no
 * antecedent. `earlier` are the claimants already found in the same sentence ("X said he …").
 */
export function resolveSpeaker(memory: SpeakerMemory, sp: Speaker, sentence: number, earlier: Claimant[]): Claimant | null {
  if (sp.pronoun === 'he' || sp.pronoun === 'she') {
    // the last person of that sex, or of none known: "Terekhov said … Kovalenko said … He insisted"
    const other = sp.pronoun === 'he' ? 'she' : 'he';
    const fits = (c: Claimant) => c.kind === 'person' && (memory.sexes.get(c.name) ?? SEX_OF_KIN[c.name.toLowerCase()]) !== other;
    const hit = earlier.findLast(fits) ?? memory.people.findLast((p) => fits(p) && sentence - p.sentence <= 12)
      ?? earlier.findLast((c) => c.kind === 'person') ?? within(memory.lastPerson, sentence, 12);
    if (!hit) return { name: sp.name, kind: 'person' };
    noteSex(memory, hit.name, sp.pronoun);
    return { name: hit.name, kind: hit.kind };
  }
  if (sp.pronoun === 'they') {
    // a single country is "it" in news English: "Latvia has closed the border, they said" is someone else
    const plural = (c?: Claimant) => c && c.kind !== 'unknown' && (c.kind !== 'state' || / and /u.test(c.name)) ? c : undefined;
    const hit = plural(earlier.findLast((c) => plural(c))) ?? plural(within(memory.lastSpeaker, sentence, 3));
    return hit ? { name: hit.name, kind: hit.kind } : null;
  }
  if (sp.pronoun === 'it') {
    const institutional = (c?: Claimant) => c && ['org', 'state', 'media'].includes(c.kind) ? c : undefined;
    const hit = institutional(earlier.findLast((c) => institutional(c))) ?? institutional(within(memory.lastSpeaker, sentence, 2));
    return hit ? { name: hit.name, kind: hit.kind } : null;
  }
  if (sp.name.toLowerCase() === 'others') {
    // "Some officials said A, while others said B": more of the group just named ("other officials");
    // with no group ("Some reports suggest A, while others claim B") nobody known speaks
    const group = earlier.findLast((c) => c.kind === 'person' && isPlural(c.name)) ?? within(memory.lastGroup, sentence, 2);
    if (group) return { name: `other ${group.name.replace(GROUP_QUANTIFIER, '')}`, kind: group.kind };
    // "Another panellist insisted A, while others claimed B": the rest of the kind that one member was named by
    const member = (earlier.findLast((c) => c.kind === 'person') ?? within(memory.lastPerson, sentence, 1))?.name.match(ONE_OF_KIND);
    return member ? { name: `other ${pluralNoun(member[1])}`, kind: 'person' } : { name: 'unknown', kind: 'unknown' };
  }
  if (LONE_MEMBER.test(sp.name)) {
    // "Russian military bloggers reacted with fury. One wrote …": a member of the group just named
    const hit = within(memory.lastGroup, sentence, 3);
    return hit ? { name: hit.name, kind: hit.kind } : { name: sp.name, kind: 'person' };
  }
  if (sp.epithet) {
    // "the tycoon boasted": the person last named, if any is near
    const hit = earlier.findLast((c) => c.kind === 'person') ?? within(memory.lastPerson, sentence, 3);
    return hit ? { name: hit.name, kind: hit.kind } : { name: sp.name, kind: 'person' };
  }
  if (sp.document) {
    // "the report said" after a body and its researcher quoted by name: bodies publish reports, people make statements
    const bodyDocument = BODY_DOCUMENTS.has(sp.name.split(' ').at(-1)!.toLowerCase());
    const published = bodyDocument
      ? earlier.findLast(isInstitution) ?? memory.bodies.findLast((b) => sentence - b.sentence <= BODY_REACH) : undefined;
    const hit = published ?? earlier.at(-1) ?? within(memory.lastSpeaker, sentence, 2) ?? (bodyDocument ? within(memory.actor, sentence, BODY_REACH) : undefined);
    // "A post shared on Facebook claims …": a message nobody is named for speaks for no one known
    return hit ? { name: hit.name, kind: hit.kind } : { name: sp.name, kind: 'unknown' };
  }
  if (sp.kind === 'person' && sp.proper) {
    const name = fullName(memory, sp);
    remember(memory, name);
    return { name, kind: 'person' };
  }
  // "Energoatom said … the company said": a body met before, by a word it was described by ("the
  // company") or, for the press, by what it is ("the outlet")
  // ("the think tank", "the US-based think tank": the Institute or Centre quoted before)
  const thinkTank = !!sp.definite && sp.kind === 'org' && THINK_TANK.test(sp.name);
  const company = !!sp.definite && sp.kind === 'org' && COMPANY_EPITHET.test(sp.name);
  if (sp.definite && sp.kind !== 'person' && (!sp.name.includes(' ') || thinkTank || company)) {
    const head = sp.name.toLowerCase();
    const hit = memory.bodies.findLast((b) => sentence - b.sentence <= BODY_REACH && namesAgain(b, head, thinkTank, company));
    if (hit) return { name: hit.name, kind: hit.kind };
  }
  // "the colonel said", "the governor added": the person named with that title before
  const titled = sp.definite ? memory.titled.get(sp.name.toLowerCase()) : undefined;
  if (titled) return { name: titled, kind: 'person' };
  const national = sp.definite && sp.kind === 'person' ? nationalTitle(memory, sp.name) : undefined;
  if (national) return { name: national, kind: 'person' };
  const head = sp.definite && sp.kind === 'person' ? sp.name.match(NATION_HEAD) : null;
  if (head) return headOfState(memory, head[1].toLowerCase(), sentence) ?? { name: sp.name, kind: sp.kind };
  return { name: sp.name, kind: sp.kind };
}

/** Documents a body publishes, unlike a statement or a post a person may make. */
const BODY_DOCUMENTS = new Set(['report', 'study', 'assessment', 'analysis', 'survey', 'review', 'findings', 'investigation', 'bulletin', 'update', 'dossier']);
const isInstitution = (c: Claimant): boolean => c.kind === 'org' || c.kind === 'state' || c.kind === 'media';

/** Whether a definite `head` ("the company", "the agency", "the think tank", "the energy giant") names body `b` again. */
function namesAgain(b: Body, head: string, thinkTank: boolean, company: boolean): boolean {
  const has = (words: readonly string[]) => words.some((w) => b.words.has(w));
  if (b.words.has(head) || (b.kind === 'media' && PRESS_NOUNS.has(head))) return true;
  if (thinkTank) return has(THINK_TANK_NAMES);
  if (b.kind !== 'org') return false;
  if (company || NGO_NOUNS.has(head)) return !has(PUBLIC_BODY_WORDS);
  return (AGENCY_NOUNS.has(head) && has(AGENCY_WORDS)) || (DEPARTMENT_NOUNS.has(head) && has(DEPARTMENT_WORDS));
}

/** A capitalised word before a title, as a nation's adjective: "Russian President …", "US President …". */
const NATION_BEFORE = /(?<![\p{L}’'-])(?!The\b)(\p{Lu}[\p{L}]*)\s+$/u;
/** A nation's possessive before a lower-case title: "Russia's foreign minister …". */
const NATION_OWNER = /(?<![\p{L}’'-])(\p{Lu}[\p{L}]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A title after a nation's adjective: "Russian minister". */
const NATIONAL_TITLE = /^(\p{Lu}[\p{L}]*)\s+(\p{Ll}+)$/u;
/** How much of a nation's name its adjective keeps: "Russia" → "Russian", "Ukraine" → "Ukrainian". */
const NATION_STEM = 5;

/**
 * "the Russian minister": the person titled so under that nation's possessive before ("Russia's
 * foreign minister Sergei Lavrov"), the adjective read by the stem it shares with the nation's name.
 */
function nationalTitle(memory: SpeakerMemory, name: string): string | undefined {
  const m = name.match(NATIONAL_TITLE);
  if (!m || m[1].length < NATION_STEM) return undefined;
  const stem = m[1].slice(0, NATION_STEM).toLowerCase();
  const title = ` ${m[2]}`;
  let found: string | undefined;
  for (const [key, person] of memory.titled) if (key.endsWith(title) && key.startsWith(stem)) found = person;
  return found;
}

/** A nation's leader called by role: "the Russian leader", "the Ukrainian president". */
const NATION_HEAD = /^(\p{Lu}[\p{L}]*)\s+(?:president|leader)$/u;

/**
 * "the Russian leader": the person titled that nation's president before, or else the person just
 * named by name (a reader takes the epithet for him) unless the text titled them another nation's.
 */
function headOfState(memory: SpeakerMemory, nation: string, sentence: number): Claimant | null {
  const named = memory.titled.get(`${nation} president`) ?? memory.titled.get(`${nation} leader`);
  if (named) return { name: named, kind: 'person' };
  // only a person named by name: "a ministry official" is no nation's leader
  const last = within(memory.lastPerson, sentence, 2);
  if (!last || !memory.names.some((n) => n.name === last.name)) return null;
  const otherNation = [...memory.titled].some(([key, name]) => name === last.name && / (?:president|leader)$/u.test(key) && !key.startsWith(`${nation} `));
  return otherNation ? null : { name: last.name, kind: 'person' };
}

/** "residents", "war crimes investigators", "wives of soldiers": a group, not "he" or "she". */
export function isPlural(name: string): boolean {
  const word = name.split(/\s+(?:of|from|in|for|to|at|with|on|close|familiar)\s+/u)[0].split(' ').at(-1)!;
  const head = word.toLowerCase();
  if (/^(?:people|men|women|police|troops|staff|children|crew|families)$/.test(head)) return true;
  return /[^s]s$/.test(head) && (PERSON_HEADS.has(head) || !/^[\p{Lu}]/u.test(word));
}

/** A body's own name, capitalised ("Amnesty International"), not a common "ministry". */
const NAMED_BODY = /^\p{Lu}/u;

/** A capitalised body before a speaker's role: "A Home Office spokesperson", "the Interior Ministry spokeswoman". */
const BODY_IN_ROLE = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?<body>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?<role>\p{Ll}+)(?:\s|$)/u;

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? []);

/** Keeps `body` as the latest of the bodies met (once, however often it speaks). */
function rememberBody(memory: SpeakerMemory, body: Body): void {
  memory.bodies = [...memory.bodies.filter((b) => b.name !== body.name), body].slice(-BODIES_KEPT);
}

/** Records who just spoke; `described` is the phrase that named them ("Ukraine's state nuclear company Energoatom"). */
export function noteSpeaker(memory: SpeakerMemory, c: Claimant, sentence: number, described = ''): void {
  if (c.kind === 'unknown') return;
  memory.lastSpeaker = { ...c, sentence };
  if (c.kind !== 'person') rememberBody(memory, { ...c, sentence, words: wordsOf(`${c.name} ${described}`) });
  // "A Home Office spokesperson said … the department added": the body a spokesperson speaks for is met too
  const body = c.kind === 'person' ? described.match(BODY_IN_ROLE)?.groups : undefined;
  if (body && PERSON_HEADS.has(body.role.toLowerCase())) rememberBody(memory, { name: body.body, kind: 'org', sentence, words: wordsOf(body.body) });
  if (c.kind === 'person' && isPlural(c.name)) memory.lastGroup = { ...c, sentence };
  if (c.kind === 'person' && !isPlural(c.name)) setLastPerson(memory, { ...c, sentence });
}

/** A name set off by commas after a subject: "The command's spokeswoman, Natalia Humeniuk, cautioned …". */
const APPOSITIVE_NAME = /^,\s+(?<name>(?:\p{Lu}[\p{L}’'-]+\s+){1,3}?\p{Lu}[\p{L}’'-]+),/u;

/** The personal name in apposition to a role that opens the sentence, if any. */
function appositiveName(text: string, subject: string | undefined): Speaker | null {
  const at = subject ? text.indexOf(subject) : -1;
  const name = at >= 0 ? text.slice(at + subject!.length).match(APPOSITIVE_NAME)?.groups?.name : undefined;
  const sp = name ? describeSpeaker(name) : null;
  return sp?.proper && sp.kind === 'person' ? sp : null;
}

/**
 * Records a named person who acts in a sentence without speaking ("Zelensky watched …"), or
 * failing that the last titled person the sentence names ("… after President X signed it"):
 * a later "he" or "she" goes to the last person named. Returns false when nobody was noted.
 */
export function notePerson(memory: SpeakerMemory, subject: string | undefined, sentence: number, text = ''): boolean {
  const titled = [...text.matchAll(TITLED_NAME)].map((m) => ({ at: m.index, sp: describeSpeaker(m[1]) })).filter((t) => t.sp?.proper);
  // "Mining magnate Olaf Krantz bought …": a titled name opening the sentence is its subject
  const opening = titled.find((t) => t.at <= 40 && !/[,;:]/u.test(text.slice(0, t.at)));
  const described = subject ? describeSpeaker(subject) : null;
  // a personal name never opens with "The": "The Ukrainian army …" is no person
  const sp = opening?.sp ?? appositiveName(text, subject) ?? (described?.proper && /^(?:the|a|an)\s/iu.test(subject!) ? null : described);
  // "Amnesty has angered Kyiv with a report. The report said …": a named body that acts may publish
  // what a later "the report" says, though it said nothing yet
  if (described?.kind === 'org' && NAMED_BODY.test(described.name) && !described.document) memory.actor = { name: described.name, kind: 'org', sentence };
  if (sp?.proper && sp.kind === 'person') {
    const c = resolveSpeaker(memory, sp, sentence, []);
    if (c) setLastPerson(memory, { ...c, sentence });
    return !!c;
  }
  // "The veteran commander declared …": one person described by role, unless it is an epithet
  // for the person just named ("Zelensky visited … The lionhearted leader said …")
  if (sp && !sp.proper && !sp.pronoun && !sp.document && sp.kind === 'person' && isPlural(sp.name)) {
    memory.lastGroup = { name: sp.name, kind: 'person', sentence };
  }
  if (sp && !sp.proper && !sp.epithet && !sp.pronoun && !sp.document && sp.kind === 'person' && !isPlural(sp.name)
    && !within(memory.lastPerson, sentence, 3)) {
    setLastPerson(memory, { name: sp.name, kind: 'person', sentence });
    return true;
  }
  // "Channel 4 News spoke to an engineer who …": the one the outlet interviewed speaks next
  const met = described?.kind === 'media' ? text.match(INTERVIEWED) : null;
  const guest = met ? phraseAfter(text, met.index! + met[0].length) : null;
  const gsp = guest ? describePerson(guest.text) : null;
  if (gsp && !gsp.proper && !isPlural(gsp.name)) {
    setLastPerson(memory, { name: gsp.name, kind: 'person', sentence });
    return true;
  }
  const mentioned = titled.at(-1)?.sp;
  if (!mentioned) return false;
  const c = resolveSpeaker(memory, mentioned, sentence, []);
  if (c) setLastPerson(memory, { ...c, sentence });
  return !!c;
}
