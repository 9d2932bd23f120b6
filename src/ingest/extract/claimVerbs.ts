/**
 * Reporting verbs of news English and what each does to a claim's status. Only finite forms
 * are listed ("said", "says"): participles ("adding that", "saying") continue the claim of the
 * verb before them and never open a new one.
 */
import type { ClaimStatus } from '../types';

/** What must follow a verb for it to report speech rather than an action. */
export type Complement =
  /** anything: "said", "told", "announced" */
  | 'any'
  /** a clause, a quote or the end of the sentence: "maintained that", "…, he noted." */
  | 'clause'
  /** a claim-like object or clause: "rejected the claims", "dismissed reports that" */
  | 'claim'
  /** only when on a platform or with a message: "posted on Telegram that" */
  | 'message'
  /** an object and what it is called: "called it a sham", "described the move as a retreat" */
  | 'naming'
  /** only next to a quote: "…,” she continued", "he went on: “…”" (else an action: "fighting continued") */
  | 'quote'
  /** a count of what was found: "recorded 2,939 deaths", "recorded more than 300 cases" (not "recorded a video") */
  | 'tally';

export interface ReportingVerb {
  lemma: string;
  status: ClaimStatus;
  complement: Complement;
  /** "vowed to fight", "promised to return": a commitment, not an assertion. */
  commissive?: boolean;
  /** "told residents to leave", "warned critics to keep quiet": an order, not an assertion. */
  directive?: boolean;
  /** "saw", "witnessed": speaks only through an outlet's own reporters. */
  eyewitness?: boolean;
  /** "data show", "the figures suggest": only a document or data can be its subject. */
  document?: boolean;
  /** "…,” said X": may stand before its subject in a closing attribution. */
  invertible?: boolean;
}

type Entry = [forms: string, lemma: string, status: ClaimStatus, complement: Complement, flags?: string];

const ENTRIES: Entry[] = [
  ['say says said', 'say', 'claimed', 'any'],
  ['tell tells told', 'tell', 'claimed', 'any', 'directive'],
  ['add adds added', 'add', 'claimed', 'clause'],
  ['announce announces announced', 'announce', 'claimed', 'any'],
  ['claim claims claimed', 'claim', 'claimed', 'any'],
  ['state states stated', 'state', 'claimed', 'clause'],
  // "the ministry stressed that …", "she emphasised": weight put on a statement, still a statement
  ['stress stresses stressed', 'stress', 'claimed', 'clause'],
  ['emphasise emphasises emphasised emphasize emphasizes emphasized', 'emphasise', 'claimed', 'clause'],
  ['underline underlines underlined underscore underscores underscored', 'underline', 'claimed', 'clause'],
  // a long quote carried on: "…,” she continued"
  ['continue continues continued', 'continue', 'claimed', 'quote'],
  // the tabloid's verbs of angry speech, only next to a quote: 'Kadyrov blasted: "…"', '"…," he fumed'
  // (not "slammed the move as illegal", "missiles blasted the city")
  ['blast blasts blasted slam slams slammed rage rages raged fume fumes fumed rant rants ranted', 'blast', 'claimed', 'quote'],
  ['gloat gloats gloated sneer sneers sneered brag brags bragged', 'gloat', 'claimed', 'quote'],
  ['explain explains explained', 'explain', 'claimed', 'clause'],
  ['warn warns warned', 'warn', 'claimed', 'any', 'directive'],
  ['caution cautions cautioned', 'caution', 'claimed', 'clause', 'directive'],
  ['predict predicts predicted', 'predict', 'claimed', 'any'],
  ['forecast forecasts forecasted', 'forecast', 'claimed', 'clause'],
  ['vow vows vowed', 'vow', 'claimed', 'any', 'commissive'],
  ['promise promises promised', 'promise', 'claimed', 'any', 'commissive'],
  ['pledge pledges pledged', 'pledge', 'claimed', 'any', 'commissive'],
  ['threaten threatens threatened', 'threaten', 'claimed', 'any', 'commissive'],
  ['insist insists insisted', 'insist', 'claimed', 'any'],
  ['admit admits admitted', 'admit', 'claimed', 'any'],
  ['concede concedes conceded', 'concede', 'claimed', 'any'],
  ['acknowledge acknowledges acknowledged', 'acknowledge', 'claimed', 'any'],
  ['estimate estimates estimated', 'estimate', 'claimed', 'any'],
  ['write writes wrote', 'write', 'claimed', 'any'],
  ['tweet tweets tweeted', 'tweet', 'claimed', 'any'],
  ['post posts posted', 'post', 'claimed', 'message'],
  ['report reports reported', 'report', 'claimed', 'any'],
  // "declared that …", "… the troops declared": not "declared martial law", "declared the region part of …"
  ['declare declares declared', 'declare', 'claimed', 'clause'],
  ['hail hails hailed', 'hail', 'claimed', 'any'],
  ['accuse accuses accused', 'accuse', 'claimed', 'any'],
  ['blame blames blamed', 'blame', 'claimed', 'any'],
  ['argue argues argued', 'argue', 'claimed', 'any'],
  ['suggest suggests suggested', 'suggest', 'claimed', 'clause'],
  // "hinted that more towns would soon be freed": a veiled statement is still a statement
  ['hint hints hinted', 'hint', 'claimed', 'clause'],
  ['believe believes believed', 'believe', 'claimed', 'any'],
  // "officials fear the Kremlin may be …": a judgement stated as a worry (only with its clause: not "feared for their lives")
  ['fear fears feared', 'fear', 'claimed', 'clause'],
  // "the adviser joked that the blasts were caused by a smoker": an assertion made in jest is still made
  ['joke jokes joked quip quips quipped', 'joke', 'claimed', 'clause'],
  ['allege alleges alleged', 'allege', 'claimed', 'any'],
  ['assert asserts asserted', 'assert', 'claimed', 'any'],
  ['note notes noted', 'note', 'claimed', 'clause'],
  ['reveal reveals revealed', 'reveal', 'claimed', 'any'],
  ['disclose discloses disclosed', 'disclose', 'claimed', 'any'],
  ['maintain maintains maintained', 'maintain', 'claimed', 'clause'],
  ['reiterate reiterates reiterated', 'reiterate', 'claimed', 'any'],
  ['boast boasts boasted', 'boast', 'claimed', 'any'],
  // "a milblogger complained that the lines were thin": a grievance stated as fact (not "complained of pain")
  ['complain complains complained', 'complain', 'claimed', 'clause'],
  ['contend contends contended', 'contend', 'claimed', 'clause'],
  ['counter counters countered', 'counter', 'claimed', 'clause'],
  ['reply replies replied', 'reply', 'claimed', 'clause'],
  ['respond responds responded', 'respond', 'claimed', 'clause'],
  ['remark remarks remarked', 'remark', 'claimed', 'clause'],
  ['observe observes observed', 'observe', 'claimed', 'clause'],
  ['indicate indicates indicated', 'indicate', 'claimed', 'clause'],
  ['signal signals signalled signaled', 'signal', 'claimed', 'clause'],
  ['conclude concludes concluded', 'conclude', 'claimed', 'clause'],
  ['assess assesses assessed', 'assess', 'claimed', 'clause'],
  // "Western officials reckon that …": the Economist's verb of estimate
  ['reckon reckons reckoned', 'reckon', 'claimed', 'clause'],
  // a monitor's findings: "the mission documented 300 cases", "the office recorded 2,939 deaths"
  // (past forms only: "documents", "records" are mostly nouns)
  ['documented', 'document', 'claimed', 'any'],
  ['recorded', 'record', 'claimed', 'tally'],
  // an intelligence judgement: "Defence Intelligence judges that …"
  ['judge judges judged', 'judge', 'claimed', 'clause'],
  // an interviewee's memory is told like "recalled": "she remembers that …", "…,” he remembered"
  ['recall recalls recalled remember remembers remembered', 'recall', 'claimed', 'clause'],
  ['mention mentions mentioned', 'mention', 'claimed', 'clause'],
  ['inform informs informed', 'inform', 'claimed', 'any'],
  ['assure assures assured', 'assure', 'claimed', 'any'],
  ['testify testifies testified', 'testify', 'claimed', 'any'],
  ['confirm confirms confirmed', 'confirm', 'confirmed', 'any'],
  // "the claim was corroborated by satellite images"
  ['corroborate corroborates corroborated', 'corroborate', 'confirmed', 'any'],
  // "a claim echoed by pro-Kremlin bloggers": a second source says the same
  ['echo echoes echoed', 'echo', 'claimed', 'claim'],
  ['verify verifies verified', 'verify', 'confirmed', 'any'],
  // a fact-checker placing pictures: "BBC Verify geolocated the video to Bucha", "footage geolocated by Reuters"
  ['geolocate geolocates geolocated', 'geolocate', 'confirmed', 'any', 'eyewitness'],
  // the same check by landmarks or sources: "Reuters was able to match the skyline with …", "the BBC traced the clip to …"
  // (only the outlet's own, as for an eyewitness: "to match Russia's firepower" is no check)
  ['match matches matched trace traces traced', 'match', 'confirmed', 'any', 'eyewitness'],
  ['deny denies denied', 'deny', 'denied', 'any'],
  ['refute refutes refuted', 'refute', 'denied', 'any'],
  ['rebut rebuts rebutted', 'rebut', 'denied', 'any'],
  ['reject rejects rejected', 'reject', 'disputed', 'claim'],
  // a fact-checker shows a claim false: "the clip was debunked by X" (a rejection by others, not the subject's denial)
  ['debunk debunks debunked', 'debunk', 'disputed', 'claim'],
  ['dismiss dismisses dismissed', 'dismiss', 'disputed', 'claim'],
  ['dispute disputes disputed', 'dispute', 'disputed', 'claim'],
  ['question questions questioned', 'question', 'disputed', 'claim'],
  ['doubt doubts doubted', 'doubt', 'disputed', 'claim'],
  ['challenge challenges challenged', 'challenge', 'disputed', 'claim'],
  ['contest contests contested', 'contest', 'disputed', 'claim'],
  ['rubbish rubbishes rubbished', 'rubbish', 'disputed', 'claim'],
  // a rejection of what was said: "condemned the remarks", "a claim Israel condemned as unforgivable"
  // (only with words for object: "condemned the attack as barbaric" answers no one)
  ['condemn condemns condemned', 'condemn', 'disputed', 'claim'],
  // "rebuffed the reports": a rejection, not a denial
  ['rebuff rebuffs rebuffed', 'rebuff', 'disputed', 'claim'],
  ['downplay downplays downplayed', 'downplay', 'disputed', 'claim'],
  ['ridicule ridicules ridiculed', 'ridicule', 'disputed', 'claim'],
  ['mock mocks mocked', 'mock', 'disputed', 'claim'],
  // "satellite imagery contradicts that claim", "witness accounts contradicted the army's version"
  ['contradict contradicts contradicted', 'contradict', 'disputed', 'claim'],
  // "portrayed the fall of the city as a turning point", "characterised the strikes as revenge"
  ['describe describes described portray portrays portrayed characterise characterises characterised characterize characterizes characterized', 'describe', 'claimed', 'naming'],
  // "analysts identified the debris as a Tochka-U", "the army identified the dead as conscripts": a finding named, with "as"
  ['identify identifies identified', 'describe', 'claimed', 'naming'],
  ['call calls called', 'call', 'claimed', 'naming'],
  // the tabloid's "called", which may also take "as": "branded the reports “fake news”", "labelled the claims as lies"
  ['brand brands branded label labels labelled labeled', 'brand', 'claimed', 'naming'],
  ['show shows showed', 'show', 'claimed', 'clause', 'document'],
  ['saw witnessed heard watched', 'see', 'confirmed', 'any', 'eyewitness'],
  ['learn learns learned learnt understands', 'learn', 'claimed', 'clause'],
];

/**
 * Verbs that stand before their subject in a closing attribution ("…,” said the mayor", "…,
 * added Mr X"): verbs of saying. Rejecting, accusing and naming verbs never invert, so "X, a
 * minister, rejected Kyiv's account" reads "Kyiv's account" as an object, not a speaker.
 */
const INVERTIBLE = new Set(['say', 'add', 'announce', 'claim', 'state', 'explain', 'warn', 'predict',
  'insist', 'admit', 'concede', 'acknowledge', 'estimate', 'write', 'tweet', 'report', 'declare', 'argue',
  'suggest', 'allege', 'assert', 'note', 'maintain', 'reiterate', 'boast', 'contend', 'counter', 'reply',
  'respond', 'remark', 'observe', 'conclude', 'reckon', 'recall', 'caution', 'confirm', 'stress', 'emphasise', 'continue']);

/** Finite form (lower case) → its reporting verb. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map(
  ENTRIES.flatMap(([forms, lemma, status, complement, flags = '']) =>
    forms.split(' ').map((form) => [form, {
      lemma, status, complement,
      ...(flags.includes('commissive') ? { commissive: true } : {}),
      ...(flags.includes('directive') ? { directive: true } : {}),
      ...(flags.includes('eyewitness') ? { eyewitness: true } : {}),
      ...(flags.includes('document') ? { document: true } : {}),
      ...(INVERTIBLE.has(lemma) ? { invertible: true } : {}),
    }] as const)),
);

/** Multi-word reporting phrases: the match's `verb` group is the label kept on the claim. */
export const REPORTING_PHRASES: { pattern: RegExp; status: ClaimStatus; complement?: Complement }[] = [
  // "Ms X went on to say that …": the speaker carries on (not "went on to win")
  {
    pattern: /\b(?<verb>(?:went|goes|go)\s+on\s+to\s+(?:say|add|claim|insist|warn|predict|state|explain|argue|suggest|note|stress|accuse|describe|call|tell))\b/giu,
    status: 'claimed',
  },
  // "…,” Mr X went on." (as "continued": only next to a quote; "the war went on" is no speech)
  { pattern: /\b(?<verb>(?:went|goes)\s+on)\b(?!\s+to\b)/giu, status: 'claimed', complement: 'quote' },
  // "local media were reporting that …", "officials are saying that …": a report in progress
  {
    pattern: /\b(?<verb>(?:is|are|was|were)\s+(?:(?:also|now|still|already)\s+)?(?:reporting|saying|claiming|insisting|warning|suggesting))(?=\s+that\b)/giu,
    status: 'claimed',
  },
  // "repeated his threat that …", "reiterated its claim that …": a statement made again, named by its noun
  {
    pattern: /\b(?<verb>repeat(?:ed|s)|reiterat(?:ed|es)|renew(?:ed|s))\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?<noun>threat|warning|claim|assertion|accusation|allegation|insistence|vow|promise|prediction)\s+(?<tail>that)\b/giu,
    status: 'claimed',
  },
  // "issued a chilling warning", "issued a statement", "issued a denial"
  {
    pattern: /\b(?<verb>issu(?:ed|es))\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>warning|statement|denial|appeal|rebuttal|ultimatum|threat|update)\b/giu,
    status: 'claimed',
  },
  // "released a video showing", "published figures suggesting"
  {
    pattern: /\b(?<verb>released|publishe[ds]|shared|posted|releases)\s+(?:a\s+|an\s+|new\s+|the\s+)?(?:[\p{L}-]+\s+)?(?<noun>video|videos|footage|images|photos|photographs|pictures|figures|data|statistics|map|maps|assessment|update|report)\s+(?<tail>showing|suggesting|indicating|that|which\s+showed)\b/giu,
    status: 'claimed',
  },
  // "cast doubt on", "poured cold water on", "expressed scepticism about": scepticism without a denial
  {
    pattern: /\b(?<verb>cast(?:s)?\s+doubt\s+on|pour(?:ed|s)\s+cold\s+water\s+on|scoff(?:ed|s)\s+at|express(?:ed|es)\s+(?:(?:some|strong|deep|serious)\s+)?(?:scepticism|skepticism|doubts?))\b/giu,
    status: 'disputed',
  },
  // "officials are sceptical that …", "experts were doubtful of the claims": scepticism stated as a state of mind
  {
    pattern: /\b(?<verb>(?:is|are|was|were|remains?|remained)\s+(?:(?:deeply|highly|very|increasingly|also|still)\s+)?(?:sceptical|skeptical|doubtful))(?=\s+(?:that|of|about|whether)\b)/giu,
    status: 'disputed',
  },
  // "found no evidence of", "has seen no sign that", "has not observed any indications that": scepticism towards a claim
  {
    pattern: /\b(?<verb>(?:(?:found|finds|saw|sees|seen|observed|observes)\s+no|(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:found|find|seen|see|observed|observe)\s+any)\s+(?:evidence|proof|indications?|signs?))\b/giu,
    status: 'disputed',
  },
  { pattern: /\b(?<verb>point(?:ed|s)\s+out)\b/giu, status: 'claimed' },
  // "brushed off reports that …", "shrugged off the claims", "waved away the allegations": a rejection without a denial
  {
    pattern: /\b(?<verb>(?:brush(?:ed|es)?|shrug(?:ged|s)?|laugh(?:ed|s)?)\s+(?:off|aside)|wav(?:ed|es?)\s+(?:away|aside))\b/giu,
    status: 'disputed',
    complement: 'claim',
  },
  // "played down the scale of the losses": making less of a claim, not denying it
  { pattern: /\b(?<verb>play(?:ed|s)\s+down)\b/giu, status: 'disputed', complement: 'claim' },
  // "Kyiv's claim was backed up by the Pentagon", "X backed up the reports": a second source confirms
  { pattern: /\b(?<verb>back(?:ed|s)?\s+up)\b/giu, status: 'confirmed', complement: 'claim' },
  // "an investigation by X found that …", "…, the study found.": a finding (not "troops found bodies", "were found by")
  { pattern: /\b(?<verb>found|finds)(?=\s+that\b|\s*[.!]?\s*$)/giu, status: 'claimed' },
  // "put the figure lower": a lower or higher count answers someone else's (scepticism)
  {
    pattern: /\b(?<verb>puts?\s+(?:the|that|this|their|its|his|her)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|tally|total|count|estimate|losses|casualties)\s+(?:much\s+|far\s+|considerably\s+|significantly\s+|even\s+|slightly\s+)?(?:lower|higher))\b/giu,
    status: 'disputed',
  },
  // "put the death toll at 40": an estimate of one's own
  {
    pattern: /\b(?<verb>puts?\s+(?:the|that|this|their|its|his|her)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|tally|total|count|estimate|losses|casualties)\s+at)\b/giu,
    status: 'claimed',
  },
  // "called the claims lies": a denial worded with "called"
  {
    pattern: /\b(?<verb>call(?:ed|s))(?=\s+(?:(?:the|these|those|such|this|that|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?)\s+(?:(?:\p{L}+\s+)?(?:false|untrue|fake|lies|baseless|groundless|fabricated|nonsense|absurd)\b|\u00a4))/giu,
    status: 'denied',
  },
];

/**
 * "… as false", "… were untrue": the object of a rejection declared false; a noun of falsehood may
 * take one adjective ("as “Western propaganda”", "as pure fiction"), not a verb ("is spreading disinformation");
 * British copy quotes the verdict in plain single quotes ("as 'fakes'").
 */
export const AS_FALSE = /\b(?:as|were|was|are|is|be)\s+["“‘']?(?:an?\s+)?["“‘']?(?:completely\s+|totally\s+|entirely\s+|simply\s+)?(?:false|untrue|fakes?|lies|lie|baseless|groundless|fabricated|staged|absurd|(?:(?![\p{L}-]+(?:ing|ed)\s)[\p{L}-]+\s+)?(?:fabrications?|fiction|hoax(?:es)?|nonsense|propaganda|disinformation))\b/iu;

/**
 * What follows a `clause` verb: that/whether/if, a colon, a quote, a comma, the end, or a
 * content clause without "that", opened by a pronoun or a short noun phrase and its auxiliary (a capitalised
 * one may go on in lower case: "suggest Russian state TV has …")
 * ("suggested it had been lost", "added the bridge was closed", "understands the army's chiefs have …",
 * "suggested Kyiv may have …": a name and its auxiliary).
 */
export const CLAUSE_COMPLEMENT = /^\s*(?:that\b|whether\b|if\b|how\b|:|,|[.!?]|$|\u00a4|[“"‘]|(?:it|he|she|they|we|there|this)\s+(?:is|was|were|are|had|has|have|would|will|could|can|may|might|should|must|did|does|do|\p{Ll}+ed)\b|(?:the|its|their|his|her|some|most|many)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:is|was|were|are|had|has|have|would|will|could|can|may|might)\b|\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2}\s+(?:is|was|were|are|had|has|have|would|will|could|can|may|might)\b)/u;

/**
 * A claim-like object or clause after "rejected", "dismissed", "questioned" … (its words may be a
 * masked quote: "dismissed as “nonsense” reports that …"), or what makes a fact doubtful: "questioned
 * the scale of the advance", "challenged the accuracy of the count"; or another's words quoted: "rejected
 * Russia's “transparently false allegations”".
 */
export const CLAIM_COMPLEMENT =
  /^\s*(?:that\b|whether\b|if\b|it\b|this\b|them\b|(?:(?:the|these|those|such|this|that|his|her|their|its|any|all|russian|ukrainian|western|[\p{Lu}][\p{L}’']*)\s+)?(?:[\p{L}’'¤-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|accounts?|figures?|numbers?|toll|tally|version|narrative|idea|notion|statements?|rumou?rs|stor(?:y|ies)|reporting|assessments?|estimates?|charges?|findings|boasts?|announcements?|explanations?|descriptions?|characteri[sz]ations?|denials?|warnings?|predictions?|forecasts?|conclusions?|comments?|remarks?|words|data|evidence|analysis|count|scale|extent|accuracy|credibility|veracity|authenticity|reliability|truth)\b|\p{Lu}[\p{L}-]*['’]s\s+\u00a4)/iu;

/**
 * "rejected the plan as illegal", "dismissed the announcement as theatre": an object judged
 * with "as" (not "as soon as", not "dismissed the general as commander", which is a sacking).
 */
export const JUDGED_AS = /^\s+(?:(?!as\b)[\p{L}’'-]+\s+){1,6}?as\s+(?!soon\b|well\b|long\b|much\b|many\b|far\b|part\b|a\s+result\b|of\b)(?:(?:an?|the)\s+)?(?<word>[\p{L}¤“"‘]+)/u;

/** After "called": an object and what it is called ("called it a sham", "called the strikes revenge"). */
export const NAMED_OBJECT =
  /^\s+(?:it|this|that|them|him|her|(?:the|these|those|this|that|his|her|their|its|such)\s+(?:(?!(?:to|for|on|in|at|with|by|from|into|after|before|during|over|off|up|back|out|and|or)\b)[\p{L}’'-]+\s+){0,3}?(?!(?:to|for|on|in|at|with|by|from|into|after|before|during|over|off|up|back|out|and|or)\b)[\p{L}’'-]+)\s+(?<predicate>an?\s+\p{L}+|the\s+\p{L}+|[¤“"‘]|[\p{Ll}-]+)/u;

/** After "described": "as …" somewhere in the clause, or "how …". */
export const DESCRIBED_AS = /^\s+(?:how\b|as\b|[^.;:¤,]{1,60}?\s+as\b)/u;

/** After "posted": a platform or a message. */
export const MESSAGE_COMPLEMENT =
  /^\s*(?:that\b|:|,|[.!?]|$|\u00a4|[“"]|(?:on|to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]*|social\s+media|messaging|his|her|their|its|an?\s)|(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:video|message|statement|photo|picture|update|tweet)\b)/u;
