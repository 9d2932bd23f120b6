/**
 * Attributed claims: who says what, and how sure the text is of it. For each sentence:
 *   1. hide quoted speech (a verb inside a quote is the speaker's, not an attribution);
 *   2. find attributions (reporting verbs with their subject, "according to", passives with
 *      an agent) and hedges (unattributed "reportedly", "are said to", the outlet's "unclear");
 *   3. name each source (titles and epithets off, pronouns and short names resolved);
 *   4. split the sentence into clauses and keep one claim per clause with a source, a hedge
 *      claim only where no source is named; plain narrative yields nothing;
 *   5. give each claim its evidence (its clauses) and status.
 * Finally confirmations, denials and disputes are linked to the claim they answer.
 */
import type { ClaimAnnotation, ClaimStatus, ExtractContext, Sentence } from '../types';
import { FIRST_PERSON, findAttributions, namesReporter, ownReporter, ownWitness, type Attribution } from './attribution';
import { clauseSubject, type Phrase } from './attributionPhrases';
import { describeSpeaker, isMedia, type Speaker } from './claimant';
import { PICTURE_NOUNS } from './claimantLexicon';
import { clauseAt, clauseRanges, clauses, qualifiesPrevious, subjectClause, type Clause } from './claimClauses';
import { findHedges, REFERRED_NOUNS, type Hedge } from './claimHedges';
import { linkConfirmations, type LinkableClaim } from './claimLinks';
import { isHeadline } from './events';
import { hasQuoteMark, isAllQuote, leavesQuoteOpen, maskQuotes } from './claimQuotes';
import {
  createMemory, introducedPerson, isPlural, noteSpeaker, notePerson, rememberNames, resolveSpeaker, type Claimant, type SpeakerMemory,
} from './claimSpeakers';

/** One claim chosen for a clause, before its evidence is cut. */
interface Choice {
  clause: number;
  claimant: Claimant;
  verb: string;
  status: ClaimStatus;
  forward: boolean;
  backward: boolean;
  /** Where the named source starts, so the evidence keeps it. */
  sourceStart?: number;
  /** Later clauses folded into this claim ("said … but warned that …"). */
  merged?: number[];
}

/** "An AFP photographer": the article that opens a capitalised run is no part of the outlet's name. */
const LEADING_ARTICLE = /^(?:An?|The)\s+(?=\p{Lu})/u;
/** A hedge about more than one claim: "these claims", "the reports", "the battlefield reports". */
const BOTH = /\b(?:both|neither|either|these|those|the\s+(?:\p{L}+\s+)?(?:claims|reports|accounts|allegations))\b/iu;
/** "The Tánaiste": one capitalised word after the article names a post, not a person. */
const TITLE_UNDER_THE = /^[Tt]he\s+\p{Lu}[\p{L}’'-]*$/u;
const PLAIN_REPORTS = /^(?:\p{L}+\s+)?(?:reports?|rumou?rs|claims)$/iu;
/** A quote that opens on the speaker's own sight: "“We watched as …", "“I saw …". */
const QUOTED_EYEWITNESS = /[“"‘']\s*(?:I|We)\s+(?:(?:have|had|could)\s+)?(?:watched|saw|seen|see|witnessed)\b/u;
/** A quote that opens on the speaker's own check: "“We have verified 300 deaths", "“I can confirm …" (not "could not"). */
const QUOTED_CONFIRMATION = /[“"‘']\s*(?:I|We)\s+(?:(?:have|had|can)\s+(?:now\s+|also\s+)?)?(?:verified|confirmed|verify|confirm)\b/u;
/** The same in reported speech, right after the verb: "… says she saw …", "… said that they had watched …". */
const REPORTED_EYEWITNESS = /^\s+(?:that\s+)?(?:he|she|they|we)\s+(?:(?:have|had|could)\s+)?(?:watched|saw|seen|witnessed)\b/iu;
/** A single report met before ("the report", "the latest report"): it points back to its author. */
const ONE_REPORT = /\breport$/iu;
/** An unattributed frame around what follows: "it is understood", "it has been claimed". */
const IT_FRAME = /^it\s/u;
/** What may follow a closing frame: "…, it is understood." */
const SENTENCE_END = /^\s*[.!]?\s*$/u;
/** A comma just before a closing frame. */
const COMMA_BEFORE = /,\s*$/u;
/** A reception of doubt whose agent a relative clause then quotes: "met with disbelief by X, who said". */
const SCEPTICAL_RECEPTION = /\bmet\s+with\s+(?:[\p{L}-]+\s+)?(?:disbelief|scepticism|skepticism|derision|scorn|ridicule|incredulity|doubt)\s+(?:from|by)\s+[^,;]{1,120},\s*who\s+(?:[\p{L}-]+\s+)?$/iu;
/** A relative pronoun just before a subject: "a cost that one official described as …". */
const RELATIVE_BEFORE = /\b(?:that|which|whom)\s+$/iu;
/** The object of an answer that names the charges it answers: "rejected the allegations", "denied all such claims". */
/** (or another's, by name, maybe in its own quoted words: "rejected Russia's “transparently false allegations”") */
const ANSWERED_CHARGES = /^\s+(?:(?:the|these|those|such|all|any|its|their|his|her|western|ukrainian|russian|\p{Lu}[\p{L}-]*['’]s)\s+){1,2}(?:(?:[\p{L}-]+\s+)?(?:allegations?|accusations?|claims?|charges?|reports?)\b|\u00a4)/iu;
/** A sentence in the reporter's voice that ends with a question mark. */
const QUESTION = /\?\s*$/u;

/** The outlet's name as a claimant ("Daily Express (UK)" → "Daily Express"). */
function outletName(ctx: ExtractContext): string {
  return ctx.outlet?.replace(/\s*\([^)]*\)\s*$/u, '').trim() || 'the outlet';
}

/** A byline line: "By Jane Doe", "Jane Doe, Kramatorsk", "Jane Doe in Kyiv". */
const BYLINE = /^(?:By\s+)?(?<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:\s*,\s*\p{Lu}[\p{L}’' -]{0,40}|\s+in\s+\p{Lu}[\p{L}’'-]+)?\.?$/u;
const BYLINE_REACH = 4;

/**
 * The reporter a byline names, who speaks in their own name when they write "I watched …": a line
 * of its own above the first sentences (normalize keeps it as a heading, outside the sentences).
 */
function bylineName(ctx: ExtractContext): string | undefined {
  const top = ctx.text.slice(0, ctx.sentences[BYLINE_REACH]?.start ?? ctx.text.length);
  return top.split('\n').map((line) => line.trim()).findLast((line) => BYLINE.test(line) && !isMedia(line))?.match(BYLINE)?.groups?.name;
}

/** Who speaks on a broadcast, by the part they play in it: "guest", "host", "presenter". */
const STUDIO_ROLE = /\b(?:guests?|hosts?|presenters?|anchors?|panell?ists?)$/iu;
/** A phrase ending in a common noun: a role, not a name ("the state nuclear operator"). */
const ROLE_ENDING = /(?:^|\s)\p{Ll}[\p{L}-]*$/u;
/** An organisation or outlet called by its own capitalised name ("Energoatom", "Naftogaz"). */
const isNamedBody = (sp: Speaker): boolean =>
  !sp.pronoun && !sp.document && sp.kind !== 'person' && sp.kind !== 'unknown' && /^\p{Lu}/u.test(sp.name);

/** Names the source of each attribution; keeps the memory of speakers up to date. */
function resolveAll(
  attrs: Attribution[], masked: string, list: Clause[], memory: SpeakerMemory, index: number, ctx: ExtractContext,
): { attr: Attribution; claimant: Claimant }[] {
  const out: { attr: Attribution; claimant: Claimant }[] = [];
  const earlier: Claimant[] = [];
  // "Russia has not commented, but it has denied …": the sentence's own subject is a candidate for "it"
  const opening = clauseSubject(masked);
  const openingSpeaker = opening ? describeSpeaker(opening.text) : null;
  let openingClaimant: Claimant | null = null;
  if (openingSpeaker && !openingSpeaker.pronoun && !openingSpeaker.document
    && (['org', 'state'].includes(openingSpeaker.kind)
      || (openingSpeaker.proper && introducedPerson(memory, openingSpeaker.name)))) {
    openingClaimant = resolveSpeaker(memory, openingSpeaker, index, []);
    if (openingClaimant) earlier.push(openingClaimant);
  }
  // "The caller wept as she told the presenter …": the one person this sentence opens on, whom a
  // "he"/"she" opening a subordinate clause stands for
  const openingPerson = !openingClaimant && openingSpeaker?.kind === 'person' && !openingSpeaker.pronoun && !openingSpeaker.document
    && !isPlural(openingSpeaker.name) ? openingSpeaker : null;
  const text = ctx.sentences[index]!.text;
  for (const attr of attrs) {
    let claimant: Claimant | null = null;
    if (attr.form === 'coordinated') {
      // "X confirmed A but said B": the subject is that of the clause the verb is coordinated with
      const clause = list[subjectClause(list, clauseAt(list, attr.verbStart))];
      const before = out.findLast((o) => o.attr.verbStart < attr.verbStart && !list[clauseAt(list, o.attr.verbStart)].relative)?.claimant;
      const subject = before ? null : clauseSubject(masked, clause.start);
      // "The paper visited the site and saw …": a coordinated "saw" is an eyewitness only under the outlet's own subject
      if (attr.eyewitness && !(subject && ownWitness(subject.text))) continue;
      const sp = subject ? describeSpeaker(subject.text) : null;
      claimant = before ?? (sp ? resolveSpeaker(memory, sp, index, earlier) : null);
      if (subject) attr.source = subject;
    } else if (attr.source) {
      let sp = describeSpeaker(attr.source.text);
      // "the governor of the region, Vladimir Saldo, claimed", "Ukraine's state nuclear operator,
      // Energoatom, said": prefer the name to the role
      const alias = attr.alias ? describeSpeaker(attr.alias.text) : null;
      // "His guest, a retired general, claimed": a subject that names nobody yields to its appositive
      // (a studio role says only where someone spoke: "The host, a former general, said")
      if (alias && (!sp || (!sp.proper && (alias.proper || (isNamedBody(alias) && ROLE_ENDING.test(sp.name))
        || (alias.kind === 'person' && STUDIO_ROLE.test(sp.name)))))) sp = alias;
      // "The Taoiseach, Micheál Martin, said": a capitalised title under "the" is a post, its appositive the person
      else if (alias?.proper && alias.kind === 'person' && sp?.kind === 'person' && TITLE_UNDER_THE.test(attr.source.text)) sp = alias;
      // "I watched as …": the reporter's own eyewitness (named below by the byline, if any)
      // and its own check or doubt: "We have confirmed …", "We've found no evidence that …" (a plain "we
      // said" may be a quote's speaker run on, so it stays nobody's)
      if ((attr.eyewitness || attr.status !== 'claimed') && FIRST_PERSON.test(attr.source.text)) sp = { name: outletName(ctx), kind: 'media' };
      // "According to the report, …" after the General Staff's update: one report met before speaks for its
      // author; reports nobody was named for are the hedges' business
      const oneReport = !!sp?.document && ONE_REPORT.test(sp.name);
      if (!sp || ((sp.document || sp.kind === 'unknown') && PLAIN_REPORTS.test(sp.name) && !oneReport)) continue;
      // "According to the update, Russia launched …": a document named before the subject is not its
      const before = sp.document && opening && attr.source.start < opening.start;
      const main = openingPerson && (sp.pronoun === 'he' || sp.pronoun === 'she') && opening!.start < attr.source.start
        && SUBORDINATE_BEFORE.test(masked.slice(0, attr.source.start)) ? resolveSpeaker(memory, openingPerson, index, []) : null;
      claimant = resolveSpeaker(memory, sp, index, before ? earlier.filter((c) => c !== openingClaimant) : main ? [...earlier, main] : earlier);
      if (oneReport && claimant?.kind === 'unknown') continue;
    }
    // a reporter by name ("The BBC's Quentin Sommerville", "our correspondent, Jane Doe,") speaks in their own name
    const proper = (p?: Phrase) => !!p && !!describeSpeaker(p.text)?.proper;
    const reporter = claimant?.kind === 'person' && (proper(attr.source) || proper(attr.alias)) ? claimant.name : undefined;
    // the outlet's own reporting: its eyewitness, or "our correspondent reports …"
    if (claimant && (attr.eyewitness || (!reporter && attr.source && ownReporter(attr.source.text)))) {
      const named = attr.source?.text.match(/[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*/gu)
        ?.map((run) => run.replace(LEADING_ARTICLE, '')).find(isMedia);
      const byline = attr.source && FIRST_PERSON.test(attr.source.text) ? bylineName(ctx) : undefined;
      claimant = { name: reporter ?? named ?? byline ?? outletName(ctx), kind: 'media' };
    }
    if (!claimant) continue;
    // "This newspaper has long argued that …", "We have always said …": a leader restating its own line is opinion, not a report
    if (attr.source && (claimant.kind === 'media' || /^we$/iu.test(attr.source.text))
      && EDITORIAL_RECORD.test(masked.slice(attr.source.end, attr.verbStart))) continue;
    noteSpeaker(memory, claimant, index, attr.source?.text);
    earlier.push(claimant);
    // "“We watched as the convoy left,” the correspondent said": a reporter's quoted eyewitness is the outlet's
    // (by "she said", one introduced before as a reporter)
    if (claimant.kind === 'person' && [attr.source?.text, attr.alias?.text, claimant.name].some((p) => !!p && namesReporter(p))) {
      memory.reporters.add(claimant.name);
    }
    const witnessed = (memory.reporters.has(claimant.name)
      && (QUOTED_EYEWITNESS.test(text) || REPORTED_EYEWITNESS.test(masked.slice(attr.verbEnd))))
      || QUOTED_CONFIRMATION.test(text);
    if (!attr.declined) out.push({ attr: witnessed ? { ...attr, status: 'confirmed' } : attr, claimant });
  }
  return out;
}

/** The paper's track record between its name and the verb: "has long", "have always", "has consistently". */
const EDITORIAL_RECORD = /^\s*(?:has|have)\s+(?:long|always|consistently|repeatedly)\s*$/iu;

/** Joints that concede or contrast, unlike ", and", which adds a statement of its own. */
const CONCESSIVE_JOINT = /^,\s(?:but|though|although|while|yet)$/;
const SUBJECT_PRONOUN = /^\s*(?:he|she|they|it)\s*$/i;

/**
 * Plural reports opening a subject, maybe after one adjective: "Reports from the city", "Early reports from
 * Kharkiv"; or a bare "others" after them ("Some reports suggest A, while others claim B").
 */
const UNAUTHORED_REPORTS = /^(?:(?:[a-z]+\s+)?reports\b|others$)/i;

/** A subject that is a document or no known speaker at all ("findings", "early data"). */
const isThing = (sp: Speaker | null): boolean => !!sp && (!!sp.document || sp.kind === 'unknown');

/** Picks one claim per clause: a named source first, a hedge where none is named. */
function choose(
  named: { attr: Attribution; claimant: Claimant }[], hedges: Hedge[], list: Clause[], ctx: ExtractContext, masked: string,
): Choice[] {
  const choices: Choice[] = [];
  list.forEach((clause, j) => {
    const here = named.filter((n) => clauseAt(list, n.attr.verbStart) === j);
    if (here.length) {
      // "A, the prosecutor's office said.": a closing attribution governs what comes before it
      const closing = here.findLast((n) => !n.attr.forward && n.attr.form !== 'according' && n.attr.verbEnd >= clause.end - 25);
      // "The Kremlin says …, Russian news agencies report.": the press only relays the speaker it names first;
      // "X categorically rejects the charges, his office said.": a plain closing report relays X's answer
      const relays = (n: { attr: Attribution; claimant: Claimant }) => (closing!.claimant.kind === 'media'
        ? n.claimant.kind !== 'media' : n.attr.status !== 'claimed' && closing!.attr.status === 'claimed');
      const relayed = closing
        ? here.find((n) => n.attr.form === 'subject' && n.attr.verbStart < closing.attr.verbStart && relays(n))
        : undefined;
      // "According to X, A, at a cost that one official described as …": the opening source frames the
      // clause; a report inside a relative clause of its content is part of what X says
      const framing = here.some((n) => n.attr.form === 'according' && n.attr.forward);
      const embedded = (n: { attr: Attribution }) => framing && !!n.attr.source && RELATIVE_BEFORE.test(masked.slice(0, n.attr.source.start));
      // "Preliminary findings indicate A, according to prosecutors": a closing "according to" names who
      // holds the document (or the thing no speaker) that speaks
      const closingAccording = here.find((n) => n.attr.form === 'according' && !n.attr.forward);
      // "A, since X announced B, according to Y": a report in a subordinate clause only dates or explains A,
      // so the closing "according to" still names who says A
      const authored = closingAccording
        && here.some((n) => n.attr.form === 'subject' && !!n.attr.source
          && (isThing(describeSpeaker(n.attr.source.text)) || SUBORDINATE_BEFORE.test(masked.slice(0, n.attr.source.start))))
        ? closingAccording : undefined;
      const primary = relayed ?? closing ?? authored ?? here.find((n) => n.attr.form !== 'according' && n.attr.form !== 'relative' && !embedded(n))
        ?? here.find((n) => n.attr.form !== 'according' && !embedded(n)) ?? here[0];
      const same = here.filter((n) => n.claimant.name === primary.claimant.name);
      const verbs = [...new Set(same.filter((n) => n === primary || n.attr.form === 'coordinated').map((n) => n.attr.verb))];
      // "X claimed A, a figure ISW assesses is likely inflated": another source's doubt of the claim, in its clause
      const doubted = here.find((n) => n.attr.frontedClaim && n.attr.verbStart > primary.attr.verbStart && n.attr.status !== 'claimed');
      // "Peskov said Moscow rejected the allegations": a report of the answer to the charges is that answer
      const answer = primary.attr.forward && primary.attr.status === 'claimed'
        ? here.find((n) => n.attr.verbStart > primary.attr.verbEnd && n.attr.status !== 'claimed'
          && ANSWERED_CHARGES.test(masked.slice(n.attr.verbEnd)))
        : undefined;
      // "The claim was met with scepticism by analysts, who said …": what those who doubted it say disputes it
      const received = primary.attr.form === 'relative' && primary.attr.status === 'claimed'
        && SCEPTICAL_RECEPTION.test(masked.slice(0, primary.attr.verbStart)) ? 'disputed' : undefined;
      const strong = same.find((n) => n.attr.status !== 'claimed')?.attr.status ?? doubted?.attr.status ?? answer?.attr.status ?? received;
      // "Reports from Kharkiv suggest …": plural reports with no author are the rumour "reports suggest" is
      const hedged = same.some((n) => n.attr.hedged)
        || (primary.claimant.kind === 'unknown' && primary.attr.status === 'claimed' && UNAUTHORED_REPORTS.test(primary.attr.source?.text ?? ''));
      // "It is understood that the ministry believes …": the reporter's hedge on the report that follows it
      // (not "Amid reports of a retreat, Zelensky said …": only an "it is …" frame governs what follows)
      const framed = primary.attr.forward && hedges.some((h) => h.kind === 'unknown' && IT_FRAME.test(h.label)
        && h.start >= clause.start && h.end <= (primary.attr.source?.start ?? primary.attr.verbStart));
      // "Officials have privately admitted X, it is understood.": the same frame, closing the sentence
      const closingFrame = hedges.some((h) => h.kind === 'unknown' && IT_FRAME.test(h.label) && h.start > primary.attr.verbEnd
        && SENTENCE_END.test(masked.slice(h.end)) && COMMA_BEFORE.test(masked.slice(0, h.start)));
      const status = hedged ? 'unverified' : framed || closingFrame ? unverified(strong ?? primary.attr.status) : strong ?? primary.attr.status;
      // "X said A but warned B", "X said A, which they said killed B": one claim while the speaker and the
      // status stay the same; "X doubted the figures, which they said were invented": a plain statement in a
      // relative clause explains the speaker's stance and keeps its status
      const last = choices.at(-1);
      // "X believes A, though they said B": a concessive clause whose pronoun is the same speaker qualifies A as well
      const concedes = primary.attr.form === 'subject' && CONCESSIVE_JOINT.test(clause.joint ?? '')
        && SUBJECT_PRONOUN.test(primary.attr.source?.text ?? '');
      if (last && ((primary.attr.form === 'coordinated' && qualifiesPrevious(clause)) || clause.relative || concedes)
        && Math.max(last.clause, ...(last.merged ?? [])) === j - 1
        && last.claimant.name === primary.claimant.name && (last.status === status || (clause.relative && status === 'claimed'))) {
        (last.merged ??= []).push(j);
        last.verb = [...new Set([...last.verb.split(' / '), ...verbs])].join(' / ');
        last.forward = primary.attr.forward;
        return;
      }
      choices.push({
        clause: j, claimant: primary.claimant, verb: verbs.join(' / '), status,
        forward: primary.attr.forward, backward: !primary.attr.forward,
        sourceStart: primary.attr.form === 'subject' || primary.attr.form === 'coordinated' || primary.attr.form === 'relative'
          ? primary.attr.source?.start : undefined,
      });
      return;
    }
    const hedge = hedges.find((h) => h.kind !== 'verify' && h.start >= clause.start && h.start < clause.end);
    if (hedge) {
      const claimant: Claimant = hedge.kind === 'media' ? { name: outletName(ctx), kind: 'media' } : { name: 'unknown', kind: 'unknown' };
      choices.push({ clause: j, claimant, verb: hedge.label, status: hedge.status ?? 'unverified', forward: false, backward: false });
    }
  });
  return choices;
}

/** A subordinator just before a subject: "since Moscow announced …", "after the governor said …", "came as the agencies concluded …". */
const SUBORDINATE_BEFORE = /\b(?:since|after|before|until|till|once|because|although|though|when|while|as)\s+$/iu;

/** What a bare "could not be verified" must be about to fall on the claims before it. */
const CLAIM_REFERENCE = new RegExp(String.raw`\b(?:${REFERRED_NOUNS}|it|this|that|them|these|those|either|both|neither|none)\b`, 'iu');

/** A hedge about numbers ("The figures could not be verified") and a claim that gives some. */
const NUMBER_REFERENCE = /\b(?:figures?|numbers?|toll|tally|tallies|estimates?|counts?|statistics)\b/iu;
const NUMBER = /\d|\b(?:dozens|hundreds|thousands|millions)\b/iu;
/** Dates and years, whose digits give no figure: "on March 4", "4 March", "since 2014". */
const DATES = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b/gi;
const givesNumber = (text: string): boolean => NUMBER.test(text.replace(DATES, ''));
const NUMBERS = /\d[\d,.]*|\b(?:dozens|hundreds|thousands|millions)\b/gi;
const countNumbers = (text: string): number => text.replace(DATES, '').match(NUMBERS)?.length ?? 0;
/** How many sentences back a hedge about numbers may reach. */
const NUMBER_REACH = 4;
/** A live blog's time stamp opening an entry's line: "14:05", "08.40 BST", "2.15pm Kyiv says …". */
const ENTRY_STAMP = /\n\s*\d{1,2}[:.]\d{2}(?!\d)/u;

/** Pictures as the object of "could not verify": "… could not verify the footage", "… the location of the video". */
const PICTURES_OBJECT = new RegExp(String.raw`^\s+(?:the\s+(?:exact\s+)?(?:location|date|timing|origins?|source|authenticity|provenance|contents?)\s+of\s+)?(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:${PICTURE_NOUNS})\b`, 'iu');
const PICTURES = new RegExp(String.raw`\b(?:${PICTURE_NOUNS})\b`, 'iu');
/** A question about pictures as that object: "… could not confirm where or when the footage was filmed". */
const PICTURES_QUESTION = new RegExp(String.raw`^\s+(?:exactly\s+)?(?:where|when|whether|how)(?:\s+or\s+(?:where|when|how))?\s+(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:${PICTURE_NOUNS})\b`, 'iu');

/**
 * The claims of the sentence just before that rest on pictures, when the outlet "could not verify
 * the footage" they show: the hedge is about them, not an assertion of its own.
 */
function picturedBefore(drafts: LinkableClaim[], index: number, after: string): LinkableClaim[] {
  if (!PICTURES_OBJECT.test(after) && !PICTURES_QUESTION.test(after)) return [];
  const out: LinkableClaim[] = [];
  for (let k = drafts.length - 1; k >= 0 && drafts[k].sentence === index - 1; k--) {
    if (PICTURES.test(drafts[k].claim.text)) out.push(drafts[k]);
  }
  return out;
}

/** Pictures that show something: "Videos posted on social media showed …", "Footage shows …". */
const PICTURES_SHOW = new RegExp(String.raw`\b(?:${PICTURE_NOUNS})\b[^.;:]{0,80}?\bshow(?:s|ed|n)?\b`, 'iu');

/** The hedge names the pictures it could not check: "could not verify the footage". */
const VERIFY_PICTURES = new RegExp(String.raw`\b(?:verify|verified|confirm|confirmed|authenticate|authenticated)\s+(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:${PICTURE_NOUNS})\b`, 'iu');

/** The sentence just before holds no claim and is pictures showing something, which "could not verify the footage" is about. */
function showsPictures(ctx: ExtractContext, drafts: LinkableClaim[], index: number, hedged: string, after: string): boolean {
  return index > 0 && (PICTURES_OBJECT.test(after) || VERIFY_PICTURES.test(hedged)) && drafts.at(-1)?.sentence !== index - 1
    && PICTURES_SHOW.test(ctx.sentences[index - 1].text);
}

function picturedClaim(sentence: Sentence, ctx: ExtractContext, verb: string): ClaimAnnotation {
  return {
    kind: 'claim', sentence: sentence.id, start: sentence.start, end: sentence.end, text: ctx.text.slice(sentence.start, sentence.end),
    claimant: 'unknown', claimantKind: 'unknown', verb, status: 'unverified',
  };
}

/** A line that ends on a quoted phrase with no stop inside it: "… insists leader in 'excellent health'". */
const QUOTED_PHRASE_END = /[^.!?…,;:]['’"”]\s*$/u;

/** The article's first line, a paragraph of its own, closing on a quoted phrase: a tabloid headline. */
function quotedTitle(sentences: readonly Sentence[], index: number): boolean {
  return index === 0 && sentences[1]?.paragraph !== sentences[0].paragraph && QUOTED_PHRASE_END.test(sentences[0].text);
}

/** A claim that is a quoted remark: "X said: “…”", "“…,” he said." */
const QUOTED_REMARK = /:\s*["“‘][^"“”]{8,}["”’]?\s*$|^\s*["“‘][^"“”]{8,}["”’]\s*,?\s*(?:\p{L}+\s+){1,4}\p{L}+\.?\s*$/u;

/** A claim the reporter could not verify is unverified; a denial or a dispute of it is still one. */
const unverified = (status: ClaimStatus): ClaimStatus => (status === 'denied' || status === 'disputed' ? status : 'unverified');

/**
 * A bare hedge ("The claims could not be verified") on the claims of the sentences just before:
 * about figures, the last ones that gave numbers (up to NUMBER_REACH sentences back), else the last
 * one (two for "both", "these" …) of the two sentences before, kept to its own paragraph when that
 * holds any and never past a live blog's time stamp. Reads back from the end, never the whole article.
 */
function hedgeEarlierClaims(
  drafts: LinkableClaim[], index: number, about: string, label: string, sentences: readonly Sentence[], text: string,
): number {
  const count = BOTH.test(label) || BOTH.test(about) ? 2 : 1;
  let from = drafts.length;
  while (from > 0 && index - drafts[from - 1].sentence <= NUMBER_REACH) from--;
  // a live blog's new entry ("14:05", "14:05 Kremlin responds") closes what the hedge may reach
  // (nor on the outlet's own eyewitness: it does not doubt what its reporters saw)
  const recent = drafts.slice(from).filter((d) => !ENTRY_STAMP.test(text.slice(sentences[d.sentence].end, sentences[index].start))
    && !(d.claim.claimantKind === 'media' && d.claim.status === 'confirmed'));
  const numeric = NUMBER_REFERENCE.test(about) ? recent.filter((d) => givesNumber(d.claim.text)) : [];
  // "X said 75 missiles were fired, 41 of which were shot down. Those figures could not be verified.":
  // plural numbers met by the last claim alone are its own, not the one before
  if (numeric.length && countNumbers(numeric.at(-1)!.claim.text) > 1) numeric.splice(0, numeric.length - 1);
  const reachable = recent.filter((d) => index - d.sentence <= 2);
  // "X claimed … . An official said: “Nonsense.” The claim could not be verified.": a quoted remark is
  // checked by hearing it, so the hedge falls on the reported fact before it
  const facts = reachable.filter((d) => !QUOTED_REMARK.test(d.claim.text));
  const near = numeric.length ? numeric : facts.length ? facts : reachable;
  // "X claimed … . ISW cannot confirm these claims.": a hedge closing a paragraph with claims is about them
  const paragraph = sentences[index].paragraph;
  const inParagraph = near.filter((d) => sentences[d.sentence].paragraph === paragraph);
  const hedged = (inParagraph.length ? inParagraph : near).slice(-count);
  for (const last of hedged) last.claim.status = unverified(last.claim.status);
  return hedged.length;
}

/**
 * Applies "could not independently verify". In a sentence with claims, it makes them
 * unverified (not a denial or a dispute: "Moscow denied it. The claims could not be verified.").
 * On its own, an outlet that says it could not verify something ("Reuters could not verify the
 * footage", "We could not confirm whether …") makes a claim of its own voice; so does an
 * unattributed report that "could not be confirmed". A bare passive about a claim ("The figures
 * could not be verified"), or the outlet's words about one ("ISW cannot confirm these claims"),
 * falls on the claim(s) just before (about figures, on the last ones that gave numbers), even as a
 * clause of its own before another report ("The claims could not be verified, but images verified
 * by Reuters showed …"), which then leaves that clause out.
 */
function applyVerifyHedges(
  hedges: Hedge[], choices: Choice[], list: Clause[], drafts: LinkableClaim[], index: number, ctx: ExtractContext,
  masked: string, closed: Set<number>,
): void {
  const alone = choices.length === 0;
  const ownVoice = (h: Hedge): void => {
    const claimant: Claimant = h.reports ? { name: 'unknown', kind: 'unknown' } : { name: h.subject ?? outletName(ctx), kind: 'media' };
    choices.push({ clause: clauseAt(list, h.start), claimant, verb: h.label, status: 'unverified', forward: true, backward: true });
    choices.sort((a, b) => a.clause - b.clause);
  };
  for (const h of hedges.filter((x) => x.kind === 'verify')) {
    const at = clauseAt(list, h.start);
    // "…, a figure that could not be verified": the claims whose evidence holds the hedge
    const ranges = clauseRanges(list.length, choices, closed);
    const covering = choices.filter((_, i) => ranges[i][0] <= at && at <= ranges[i][1]);
    // "Reuters could not verify these claims": the outlet's words about a claim, not one of its own
    const bare = !h.hasContent && (!h.own || !!h.refersBack) && !h.reports;
    // "Videos posted online showed … . The ABC could not verify the footage.": what the pictures show is
    // an unverified report of nobody named, and the hedge is no claim of its own
    const itself = covering.filter((c) => c.verb === h.label);
    if (!h.hasContent && itself.length === covering.length && showsPictures(ctx, drafts, index, masked, masked.slice(h.end))) {
      for (const c of itself) choices.splice(choices.indexOf(c), 1);
      drafts.push({ claim: picturedClaim(ctx.sentences[index - 1], ctx, h.label), sentence: index - 1 });
      continue;
    }
    const hedgeClause = masked.slice(list[at].start, list[at].end);
    const pictured = !bare && (!h.hasContent || PICTURES_QUESTION.test(masked.slice(h.end))) && !covering.length
      ? picturedBefore(drafts, index, masked.slice(h.end)) : [];
    const last = choices.at(-1);
    if (bare && !covering.length && last && choices.every((c) => c.clause < at) && CLAIM_REFERENCE.test(hedgeClause)) {
      // "It is understood that X, although this could not be verified": the claim this sentence has just made
      last.status = unverified(last.status);
    } else if (bare && (covering.length || !alone) && covering.every((c) => c.clause > at) && CLAIM_REFERENCE.test(hedgeClause)) {
      // "The claims could not be verified, but images verified by Reuters showed …", "That could not be
      // verified, and Kyiv said …": a clause of its own about the claim(s) before, not part of the report after it
      closed.add(at);
      hedgeEarlierClaims(drafts, index, hedgeClause, h.label, ctx.sentences, ctx.text);
    } else if (covering.length) {
      for (const c of covering) c.status = unverified(c.status);
    } else if (pictured.length) {
      // "Footage appeared to show … . The Sun could not verify the footage.": the hedge falls on that claim
      for (const d of pictured) d.claim.status = unverified(d.claim.status);
    } else if (!bare) {
      ownVoice(h);
    } else if (alone) {
      // "The claim could not be verified": the hedge falls on the claim(s) just before (not "the footage …")
      const hedged = CLAIM_REFERENCE.test(masked) ? hedgeEarlierClaims(drafts, index, masked, h.label, ctx.sentences, ctx.text) : 0;
      // "Reuters could not verify the accounts" with no claim near: the outlet's own voice after all
      if (!hedged && h.own) ownVoice(h);
    }
  }
}

/** How many sentences back the outlet's doubt may fall on a claim: the one just before, or the one before that. */
const DOUBT_REACH = 2;

/**
 * "He offered no evidence for the assertion.", "There is no evidence to support this claim.": the
 * outlet's doubt about the claim just made, in its paragraph, is that claim's status, not a claim of
 * its own (a denial or a dispute stays one). Away from any claim, "There is no evidence" stays the
 * outlet's own; "offered no evidence" says nothing.
 */
function applyDoubts(hedges: Hedge[], choices: Choice[], drafts: LinkableClaim[], index: number, sentences: readonly Sentence[]): void {
  for (const h of hedges) {
    if (!h.doubtsBack && !h.backOnly) continue;
    const own = choices.findIndex((c) => c.claimant.kind === 'media' && c.verb === h.label);
    if (own < 0) continue;
    const last = drafts.at(-1);
    const reaches = h.doubtsBack && choices.length === 1 && !!last && index - last.sentence <= DOUBT_REACH
      && sentences[last.sentence].paragraph === sentences[index].paragraph;
    if (!reaches && !h.backOnly) continue;
    choices.splice(own, 1);
    if (reaches && last!.claim.status !== 'denied') last!.claim.status = h.status ?? unverified(last!.claim.status);
  }
}

function toClaims(
  sentence: Sentence, choices: Choice[], list: Clause[], ctx: ExtractContext, closed: ReadonlySet<number>,
): ClaimAnnotation[] {
  const ranges = clauseRanges(list.length, choices, closed);
  return choices.map((c, i) => {
    const [first, last] = ranges[i];
    let start = list[first].start;
    // the evidence reaches back to its named source, but not into another claim's clauses
    const before = Math.max(-1, ...ranges.filter((_, k) => k !== i).map(([, l]) => l).filter((l) => l < first));
    const floor = before >= 0 ? list[before + 1].start : 0;
    if (c.sourceStart !== undefined && c.sourceStart < start) start = Math.max(c.sourceStart, floor);
    const from = sentence.start + start;
    const to = sentence.start + list[last].end;
    const raw = ctx.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return {
      kind: 'claim', sentence: sentence.id, start: from + lead, end: from + lead + text.length, text,
      claimant: c.claimant.name, claimantKind: c.claimant.kind, verb: c.verb, status: c.status,
    };
  });
}

export function extractClaims(ctx: ExtractContext): ClaimAnnotation[] {
  const memory = createMemory();
  const drafts: LinkableClaim[] = [];
  let quoteOpen = false;
  ctx.sentences.forEach((sentence, index) => {
    const text = ctx.text.slice(sentence.start, sentence.end);
    rememberNames(memory, text);
    // a sentence with no quote mark inside a quote its paragraph opened before is the speaker's words
    const inQuote = quoteOpen && sentence.paragraph === ctx.sentences[index - 1]?.paragraph;
    quoteOpen = leavesQuoteOpen(text, inQuote);
    if (inQuote && !hasQuoteMark(text)) return;
    // a headline sums up the claims the article then reports ("Kremlin denies involvement"); a
    // text of one line has none
    if (ctx.sentences.length > 1 && (isHeadline(sentence, index === 0) || quotedTitle(ctx.sentences, index))) return;
    const masked = maskQuotes(text);
    if (isAllQuote(masked)) return; // a continuation quote has no attribution of its own
    if (QUESTION.test(masked)) return; // a crosshead or the reporter's question asserts nothing
    const attributions = findAttributions(masked, text);
    const hedges = findHedges(masked, outletName(ctx));
    // a sentence that reports nothing is not split into clauses (the split tries every "and" and "that")
    const list = attributions.length || hedges.length ? clauses(masked, attributions.length) : [];
    const named = resolveAll(attributions, masked, list, memory, index, ctx);
    const choices = choose(named, hedges, list, ctx, masked);
    const closed = new Set<number>();
    applyVerifyHedges(hedges, choices, list, drafts, index, ctx, masked, closed);
    applyDoubts(hedges, choices, drafts, index, ctx.sentences);
    for (const claim of toClaims(sentence, choices, list, ctx, closed)) drafts.push({ claim, sentence: index });
    if (!named.some((n) => n.claimant.kind === 'person')) {
      notePerson(memory, clauseSubject(masked)?.text, index, masked);
    }
  });
  linkConfirmations(drafts);
  return drafts.map((d) => d.claim);
}
