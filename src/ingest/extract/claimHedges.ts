/**
 * Hedges that make a claim without naming its source: the reporter's or an unattributed one
 * ("reportedly", "are said to be", "amid reports", "reports have claimed") and the outlet's own
 * ("It was unclear …", "could not independently verify"). All run on the quote-masked sentence,
 * so a speaker's own "reportedly" inside a quote is not the reporter's.
 */

import type { ClaimStatus } from '../types';
import { phraseBefore } from './attributionPhrases';
import { describeSpeaker } from './claimant';
import { PICTURE_NOUNS } from './claimantLexicon';
import { mayMatch } from './mayMatch';

export type HedgeKind =
  /** no source at all: claimant "unknown" */
  | 'unknown'
  /** the outlet in its own voice: "It was unclear whether …" */
  | 'media'
  /** the outlet says it could not check a claim: "could not independently verify" */
  | 'verify';

export interface Hedge {
  kind: HedgeKind;
  /** The hedge as a verb label, lower case: "are said to be", "amid reports", "it's unclear". */
  label: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Only for "could not verify": the sentence goes on with what was not verified ("whether …"). */
  hasContent?: boolean;
  /** Only for "could not verify": its subject is the outlet ("Reuters could not …", "We could not …"). */
  own?: boolean;
  /** …and names it as a news organisation ("Reuters", "The BBC"), not just "we" or "this newspaper". */
  subject?: string;
  /** Only for an outlet's "could not verify": its object is what was just claimed ("… verify these claims", "… confirm it"). */
  refersBack?: boolean;
  /** What was not verified is an unattributed report: "Reports that … could not be confirmed", "We could not confirm reports that …". */
  reports?: boolean;
  /** The claim's status when not `unverified`: the outlet's "There is no evidence that …" disputes. */
  status?: ClaimStatus;
  /** Only for the outlet's doubt: it ends on the claim just made ("… no evidence to support this claim."), so says nothing new. */
  doubtsBack?: boolean;
  /** The doubt is only ever about a claim made before ("He offered no evidence"), never a claim of the outlet's own. */
  backOnly?: boolean;
}

/** "could not independently verify" and the wire's "could not immediately confirm". */
const CHECKED = String.raw`(?:(?:independently|immediately)\s+)?`;

/** Pictures that seem to show something: a picture noun, up to eight words of its own, then the hedge. */
const SEEMS_TO_SHOW = new RegExp(
  String.raw`\b(?:${PICTURE_NOUNS})\b,?(?:\s+[^\s.;:¤]+){0,8}?\s+(?<label>(?:appears?|appeared|seems?|seemed|purports?|purported)\s+to\s+(?:show|depict|capture|reveal))\b`,
  'giu',
);

/**
 * `back`: the outlet's doubt, which falls on the claim just made when it names nothing new
 * (DOUBT_OF_CLAIM); 'only' when it can never be a claim of its own.
 */
const PATTERNS: {
  kind: HedgeKind; pattern: RegExp; weak?: boolean; passive?: boolean; status?: ClaimStatus; back?: boolean | 'only';
}[] = [
  // "are said to be", "was said to have", "is believed to have", "were reported to"; an adverb may
  // sit inside the passive ("are still said to be", "were also reported to")
  {
    kind: 'unknown',
    pattern: /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:(?:widely|still|also|now|already|further|previously|generally|commonly)\s+)?(?:said|reported|believed|thought|understood|alleged|rumou?red|claimed|feared|suspected|reputed|supposed)\s+to(?:\s+(?:be|have)\b)?/giu,
  },
  { kind: 'unknown', pattern: /\b(?:reportedly|supposedly|allegedly|purportedly|reputedly)\b/giu },
  // "Footage shared on social media appeared to show …", "Pictures purport to show …": the reporter
  // hedges what unattributed pictures hold (the label is the hedge itself)
  { kind: 'unknown', pattern: SEEMS_TO_SHOW },
  { kind: 'unknown', pattern: /\bamid\s+(?:\p{L}+\s+)?(?:reports|claims|rumou?rs|speculation)\b/giu },
  // "reports say …", "reports from Kherson suggest …", "reports on social media suggest …": where reports
  // come from or circulate names nobody who made them
  {
    kind: 'unknown',
    pattern: /\b(?:(?:unconfirmed|unverified|media|local|some|other|several|conflicting|multiple|earlier|initial|separate)\s+)?reports\s+(?:(?:from|on|in)\s+(?:[\p{L}’'-]+\s+){1,3}?)?(?:have\s+|had\s+)?(?:also\s+|earlier\s+|previously\s+)?(?:claimed|said|suggested|indicated|emerged|say|claim|suggest|indicate|claiming|saying|suggesting|indicating|(?:are|were)\s+(?:emerging|circulating|coming\s+in))\b/giu,
  },
  { kind: 'unknown', pattern: /\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:\p{L}+\s+)?reports\b/giu },
  { kind: 'unknown', pattern: /\baccording\s+to\s+(?:\p{L}+\s+)?(?:reports|rumou?rs)\b/giu },
  {
    kind: 'unknown',
    // "it is feared dozens were trapped", "it is suspected that …": the reporter's unattributed fear or suspicion
    pattern: /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?(?:reported|claimed|alleged|rumou?red|believed|thought|said|understood|feared|suspected)\b/giu,
  },
  { kind: 'unknown', pattern: /\bunconfirmed\s+reports?\b/giu },
  // the columnist's unattributed hearsay: "We are told that sanctions are working", "…, we are told, …"
  // (not "we were told by officials": a named source)
  { kind: 'unknown', pattern: /\bwe\s+(?:are|were|have\s+been|had\s+been)\s+(?:(?:often|repeatedly|constantly|always|now|also)\s+)?(?:told|assured)\b(?!\s+by\b)/giu },
  // the court reporter's evidence given in court by nobody named: "The court heard that …", "the jury was told"
  // (not "the court heard from a witness": a source follows)
  {
    kind: 'unknown',
    pattern: /\b(?:court|tribunal|jury|hearing|inquest)\s+(?:has\s+|had\s+)?(?:heard|(?:was|were|has\s+been|had\s+been)\s+told)\b(?!\s+(?:from|by)\b)/giu,
  },
  // the broadsheet's unattributed consensus: "By most estimates Russia has lost …", "by some accounts"
  { kind: 'unknown', pattern: /\bby\s+(?:most|many|some|several|all|other|independent|conservative)\s+(?:estimates|accounts|counts|reckonings)\b/giu },
  // "explosions were reported in Kyiv": weak, yields to any named source in the sentence
  { kind: 'unknown', pattern: /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+reported\b(?!\s+to\b)(?!\s+by\b)/giu, weak: true },
  // the outlet's own uncertainty ("It was not possible to verify …" is a verification hedge, below)
  {
    kind: 'media',
    pattern: /\bit(?:\s+(?:is|was|remains|remained|has\s+been|had\s+been)|['’]s)\s+(?:still\s+|also\s+)?(?:not\s+(?:yet\s+|immediately\s+|entirely\s+)?(?:clear|known|possible\s+to\s+(?:say|know))|unclear|unknown|uncertain|impossible\s+to\s+(?:say|know))\b/giu,
  },
  // the same of a thing named: "The cause of the blast was not immediately clear", "Casualty figures remain unclear",
  // or of a question: "Whether the dam will hold remains unclear"
  {
    kind: 'media',
    pattern: /^(?:the|its|their|his|her|any|whether|how|what|why|who|when|where)\s[^,;:]*?\b(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown|uncertain)\s*[.!]?$/gi,
  },
  // the reporter's own inference, in the present: "The strikes appear to have targeted power plants"
  // (not a past "appeared to", which narrates what someone was seen to do), or with "it" before a
  // clause: "It appears that the strikes targeted power plants", "It seems likely that …"
  { kind: 'media', pattern: /\b(?:appears?|seems?)\s+to\s+(?:have|be)\b|\bit\s+(?:appears|seems)\s+(?:that|(?:likely|probable)\s+that)\b/giu },
  // the outlet's own check, in the reporter's "we" (quotes are masked): "We were able to verify the footage"
  {
    kind: 'media',
    pattern: /\bwe\s+(?:(?:have|had|also|independently|then|could|can|(?:was|were)\s+able\s+to)\s+){0,2}(?:verified|verify|confirmed|confirm|geolocated|geolocate|corroborated|corroborate)\b/giu,
    status: 'confirmed',
  },
  // the same doubt in the reporter's "we" (a fact-checker's voice): "We found no evidence that …", "We have seen no sign of …"
  {
    kind: 'media',
    pattern: /\bwe(?:['’]ve|\s+(?:have|had))?\s+(?:also\s+)?(?:found|seen)\s+no\s+(?:evidence|proof|sign|indication)\b/giu,
    status: 'disputed',
    back: true,
  },
  // the outlet's own scepticism: "There is no evidence that …", "There was no evidence to support the claim"
  {
    kind: 'media',
    pattern: /\bthere\s+(?:is|was|has\s+been|had\s+been)\s+(?:still\s+|also\s+)?no\s+(?:evidence|proof|indication)\b/giu,
    status: 'disputed',
    back: true,
  },
  // the reporter's note on a source just quoted, as "…, without offering evidence" (see ./attribution):
  // "He offered no evidence for the assertion."
  {
    kind: 'media',
    pattern: /\b(?:offered|provided|gave|presented|produced|cited|showed)\s+no\s+(?:evidence|proof)\b/giu,
    back: 'only',
  },
  // the outlet's own verdict on what circulates: "The clip is misleading.", "This claim is false."
  {
    kind: 'media',
    pattern: /^(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:claims?|videos?|clips?|images?|photos?|photographs?|pictures?|footage|posts?|reports?|graphics?)\s+(?:is|are|was|were)\s+(?:also\s+)?(?:misleading|false|fake|doctored|fabricated|manipulated|inaccurate|unfounded|baseless|out\s+of\s+context|not\s+(?:genuine|authentic|real|new|recent))\b/giu,
    status: 'disputed',
  },
  // the same of a claim given in full: "Claims that radiation levels had risen tenfold are false."
  {
    kind: 'media',
    pattern: /^(?:the\s+)?(?:[\p{L}-]+\s+)?(?:claims?|reports?|suggestions?|rumou?rs|posts?)\s+(?:that|of)\s[^;:¤]{1,160}?\s(?<label>(?:is|are|was|were)\s+(?:also\s+)?(?:misleading|false|fake|untrue|inaccurate|unfounded|baseless|wrong))\s*[.!]?$/giu,
    status: 'disputed',
  },
  {
    kind: 'verify',
    pattern: new RegExp(String.raw`\b(?:could\s+not|couldn['’]t|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to|is\s+unable\s+to|(?:was|were|is|are)\s+not\s+able\s+to|(?:was|were)n['’]t\s+able\s+to|(?:has|have|had)\s+been\s+unable\s+to|has\s+not\s+been\s+able\s+to|have\s+not\s+been\s+able\s+to|did\s+not|(?:has|have|had)\s+not|(?:has|have|had)n['’]t)\s+(?:be\s+)?${CHECKED}(?:verif(?:y|ied)|confirm(?:ed)?)(?:\s+independently)?\b`, 'giu'),
  },
  // the outlet's own open question: "Our team could not establish the launch site", "We were unable to determine …"
  // (only the outlet's: reporterBefore drops a source's "officials could not establish the cause")
  {
    kind: 'verify',
    pattern: new RegExp(String.raw`\b(?:could\s+not|couldn['’]t|cannot|was\s+unable\s+to|were\s+unable\s+to|(?:has|have)\s+been\s+unable\s+to)\s+${CHECKED}(?:establish|determine)\b`, 'giu'),
  },
  // "could not be independently verified", "could not immediately be confirmed"
  // (or "established", "determined": "Whether the order came from Moscow could not be established")
  { kind: 'verify', pattern: new RegExp(String.raw`\b(?:could|can)\s*not\s+${CHECKED}be\s+${CHECKED}(?:verified|confirmed|established|determined)\b`, 'giu'), passive: true },
  { kind: 'verify', pattern: new RegExp(String.raw`\b(?:could|can)n['’]t\s+${CHECKED}be\s+${CHECKED}(?:verified|confirmed|established|determined)\b`, 'giu'), passive: true },
  {
    kind: 'verify',
    pattern: new RegExp(String.raw`\b(?:impossible|difficult|not\s+possible)\s+to\s+${CHECKED}(?:verify|confirm)(?:\s+independently)?\b`, 'giu'),
    passive: true,
  },
  { kind: 'verify', pattern: new RegExp(String.raw`\b(?:has|have|had)\s+not\s+been\s+${CHECKED}(?:verified|confirmed)\b`, 'giu'), passive: true },
  { kind: 'verify', pattern: /\b(?:remains?|are|is|were|was)\s+(?:still\s+)?unverified\b/giu, passive: true },
  // "ISW has not observed visual confirmation of this claim": the outlet has seen nothing that checks it
  {
    kind: 'verify',
    pattern: /\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:seen|see|observed|observe|found|find)\s+(?:any\s+)?(?:[\p{L}-]+\s+)?(?:confirmation|verification)\b/giu,
  },
  // "There was no independent confirmation of the claim."
  {
    kind: 'verify',
    pattern: /\bthere\s+(?:is|was|has\s+been|had\s+been)\s+(?:still\s+)?no\s+(?:independent|immediate|official)\s+(?:confirmation|verification)\b/giu,
    passive: true,
  },
  {
    kind: 'verify',
    pattern: new RegExp(String.raw`\b(?:neither|none)\b[^.;¤]{0,40}?\b(?:could|can)\s+be\s+${CHECKED}(?:verified|confirmed)\b`, 'giu'),
    passive: true,
  },
];
/** Each pattern's quick test: most sentences hold no hedge at all. */
const QUICK = PATTERNS.map(({ pattern }) => mayMatch(pattern));

/**
 * What may follow the outlet's "no evidence" when it doubts the claim just made: nothing, or that
 * claim named ("to support this claim", "for the assertion", "of it"); not a content clause
 * ("no evidence that troops had left"), which asserts something of its own.
 */
const DOUBT_OF_CLAIM = /^\s*(?:(?:(?:to\s+(?:support|back(?:\s+up)?|substantiate|corroborate|confirm)|for|of)\s+(?:it|this|that|them|(?:the|this|that|these|those|such|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:claims?|assertions?|allegations?|accusations?|accounts?|reports?|figures?|version|statements?|remarks?)))\b)?\s*[.!]?\s*$/u;

/** Who could not verify: the outlet ("The BBC", "we", "this newspaper") or nobody named. */
const REPORTER_BEFORE = /(?:\bwe|\b(?:the|this)\s+(?:newspaper|paper|website|site|channel|broadcaster|agency|outlet|publication)|^\s*|[,;]\s*)\s*$/iu;

/** What a source told: a claim, its numbers, its details. */
const TOLD_NOUNS = 'claims?|reports?|accounts?|allegations?|assertions?|statements?|figures?|numbers?|toll|tally|estimates?|information|details';

/** How big what was just claimed is: "could not confirm the size of the outflows", "the scale of the damage". */
const MEASURE_NOUNS = 'size|scale|extent|scope';

/**
 * What an outlet's "could not verify" may point back at: a claim, its numbers, what it told
 * ("this information", "the details"), its measure ("the scale of …") or the material it rests on ("the recordings", "the documents"); pictures are PICTURE_NOUNS, handled on their own.
 */
export const REFERRED_NOUNS = `${TOLD_NOUNS}|data|recordings?|intercepts?|tapes?|audio|documents?|${MEASURE_NOUNS}`;

/**
 * A verify-hedge that goes on with its own content: "… verify whether troops had left", "… verify
 * that troops had left"; not a demonstrative "that" before a referred noun ("… verify that figure").
 */
const VERIFY_CONTENT = new RegExp(String.raw`^\s*(?:the\s+\p{L}+\s+)?(?:whether|if|that(?!\s+(?:\p{Ll}+\s+)?(?:${REFERRED_NOUNS})\b(?!\s+(?:was|were|is|are|had|has|have)\b))|how|who|claims?\s+that|reports?\s+that)\b`, 'iu');

/**
 * The object of an outlet's "could not verify" that points back at what was just claimed: "these claims",
 * "the Russian MoD's claims about …", "the number of …", "(confirmation) of this claim", "it".
 */
const CLAIM_OBJECT = new RegExp(String.raw`^\s+(?:of\s+)?(?:(?:it|this|that|them|these|those|either|both)\s*(?:[.,;]|$)|(?:any\s+of\s+)?(?:the|this|that|these|those|such|its|their|his|her|either|both|[\p{Lu}][\p{L}’'.-]*)\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:${REFERRED_NOUNS})\b)`, 'u');

/**
 * "… could not confirm reports that …", "… reports of looting": an outlet's hedge whose object is an
 * unattributed report; "the reports of casualties" (a definite noun without a content clause) is
 * one already given, and points back at it.
 */
const REPORT_OBJECT = /^\s+(?:(?:unconfirmed|other|earlier|some|local)\s+)?(?:reports?|rumou?rs|suggestions?)\s+(?:that|of)\b|^\s+the\s+(?:(?:unconfirmed|other|earlier|local)\s+)?(?:reports?|rumou?rs|suggestions?)\s+that\b/iu;

/** A sentence whose subject is an embedded question: "Whether …", "How many …". */
const QUESTION_SUBJECT = /^\s*(?:whether|how|who|what|why|when|where)\s/iu;

/** A passive verify-hedge set off as an aside on the subject: "Audio of the call, which has not been verified, was …". */
const VERIFY_ASIDE_BEFORE = /,\s*which\s+$/iu;
const VERIFY_ASIDE_AFTER = /^\s*,\s*\p{L}/u;
const CLAIM_ASIDE_BEFORE = new RegExp(String.raw`\b(?:${TOLD_NOUNS})\s*,\s*which\s+$`, 'iu');

/** "Reports that …", "Claims of …": a passive hedge whose subject is itself an unattributed report. */
const REPORT_SUBJECT = /^\s*(?:(?:the|unconfirmed|further|other|earlier|separate|local|some|initial)\s+)*(?:reports?|claims?|rumou?rs|suggestions?)\s+(?:that|of)\b/iu;

/**
 * Who could not verify: null for a source ("he could not confirm"); the outlet itself, named
 * ("Reuters") or not ("we", "this newspaper", the outlet's own short name); or nobody named.
 */
function reporterBefore(before: string, outlet: string): { own: boolean; name?: string } | null {
  if (/\b(?:we|our\s+(?:team|reporters?|correspondents?|journalists?)|(?:the|this)\s+(?:newspaper|paper|website|site|channel|broadcaster|agency|outlet|publication))\s*$/iu.test(before)) {
    return { own: true };
  }
  if (REPORTER_BEFORE.test(before)) return { own: false };
  const subject = phraseBefore(before, before.trimEnd().length);
  const sp = subject ? describeSpeaker(subject.text) : null;
  if (!sp) return { own: false };
  if (sp.pronoun) return sp.pronoun === 'we' ? { own: true } : null;
  // "MailOnline", "Sun Online", "Express.co.uk": a paper's website under its own name
  const name = sp.name.toLowerCase().replace(/^the\s+/u, '').replace(/\.(?:co\.uk|com|org|net)$/u, '').replace(/(?<=\p{L})\s*online$/u, '');
  if (` ${outlet.toLowerCase()} `.includes(` ${name} `) || name === initials(outlet)) return { own: true };
  return sp.kind === 'media' ? { own: true, name: sp.name } : null;
}

/** An outlet's initials, as it names itself: "Institute for the Study of War" → "isw". */
function initials(outlet: string): string {
  return outlet.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
}

const label = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/**
 * All hedges in a quote-masked sentence, in order; weak ones only when no strong one is there.
 * `outlet` lets "The Courier could not verify …" count as the outlet's own hedge.
 */
export function findHedges(masked: string, outlet = ''): Hedge[] {
  const strong: Hedge[] = [];
  const weak: Hedge[] = [];
  for (const [i, { kind, pattern, weak: isWeak, passive, status, back }] of PATTERNS.entries()) {
    if (!QUICK[i]!.test(masked)) continue;
    for (const m of masked.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const hedge: Hedge = { kind, label: label(m.groups?.label ?? m[0]), start: m.index, end, ...(status ? { status } : {}) };
      if (back && DOUBT_OF_CLAIM.test(masked.slice(end))) hedge.doubtsBack = true;
      if (back === 'only') hedge.backOnly = true;
      if (kind === 'verify') {
        hedge.hasContent = VERIFY_CONTENT.test(masked.slice(end));
        if (passive || /\sbe\s/u.test(m[0])) {
          if (REPORT_SUBJECT.test(masked)) hedge.reports = true;
          // "Whether the order came from Moscow could not be verified": the question is its content
          if (QUESTION_SUBJECT.test(masked)) hedge.hasContent = true;
          // "Footage, which could not be verified, showed …": the aside hedges what its sentence goes on to say
          // (not "The toll, which could not be verified, …": a claim's own noun still points back at it)
          const before = masked.slice(0, m.index);
          if (VERIFY_ASIDE_BEFORE.test(before) && !CLAIM_ASIDE_BEFORE.test(before) && VERIFY_ASIDE_AFTER.test(masked.slice(end))) {
            hedge.reports = true;
            hedge.hasContent = true;
          }
        } else {
          const who = reporterBefore(masked.slice(0, m.index), outlet);
          if (!who) continue; // "he could not confirm": the source's own hedge
          if (who.own) hedge.own = true;
          if (who.own && REPORT_OBJECT.test(masked.slice(end))) hedge.reports = true;
          if (who.own && !hedge.hasContent && CLAIM_OBJECT.test(masked.slice(end))) hedge.refersBack = true;
          if (who.name) hedge.subject = who.name;
        }
      }
      (isWeak ? weak : strong).push(hedge);
    }
  }
  const all = strong.length ? strong : weak;
  // one hedge per place: drop those inside an earlier, longer one
  return all
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((h, i, arr) => !arr.slice(0, i).some((o) => o.start <= h.start && h.end <= o.end));
}
