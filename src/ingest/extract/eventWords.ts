/**
 * Word classes the event extractor uses to tell what a time expression is attached to: an event
 * (something that happened: capture, withdrawal, attack, meeting …), a reporting act ("said on
 * Tuesday"), a state ("now control", "are being held"), or a modal (a plan, a prediction).
 * Verb lemmas are inflected here (capture → captures, captured, capturing), so lists stay short.
 */

/** Regular event verbs (lemmas); inflections are generated. */
const EVENT_VERBS = [
  'abandon', 'abduct', 'advance', 'airlift', 'ambush', 'annex', 'arrest', 'arrive', 'assassinate',
  'attack', 'battle', 'behead', 'besiege', 'blockade', 'bomb', 'bombard', 'burn', 'capture',
  'cede', 'clash', 'collapse', 'counter-attack', 'counterattack', 'crash', 'cross', 'damage',
  'defeat', 'defend', 'deliver', 'deploy', 'deport', 'destroy', 'detain', 'detonate', 'die',
  'drop', 'elect', 'encircle', 'end', 'enter', 'erupt', 'escalate', 'evacuate', 'execute',
  'expel', 'explode', 'fire', 'flood', 'free', 'gain', 'halt', 'hijack', 'impose', 'injure',
  'intensify', 'intercept', 'invade', 'kidnap', 'kill', 'launch', 'liberate', 'loot', 'march',
  'massacre', 'mobilise', 'mobilize', 'murder', 'occupy', 'open', 'oust', 'overpower',
  'pillage', 'pull', 'push', 'raid', 'raise', 'rape', 'raze', 'reach', 'recapture',
  'reclaim', 'regain', 'release', 'repel', 'repulse', 'rescue', 'resign', 'restore', 'resume',
  'retreat', 'return', 'sanction', 'seize', 'shell', 'smash', 'stall', 'start', 'storm',
  'suffer', 'surrender', 'surround', 'swap', 'topple', 'torch', 'torture', 'visit', 'vote',
  'withdraw', 'wound', 'agree', 'exchange', 'evict', 'flank', 'breach', 'appoint', 'sack', 'replace',
  'establish', 'approve', 'ratify', 'suspend', 'ban', 'veto', 'recognise', 'recognize', 'bury',
  'discover', 'uncover', 'demolish', 'overturn', 'convict', 'sentence', 'jail', 'charge',
  'disappear', 'vanish', 'escape', 'defect', 'infiltrate', 'sabotage', 'hack', 'travel',
  // the tabloid's words for shelling: "have been pounding the city since May"
  'pound', 'pummel', 'batter',
  // troop movements: "are now moving troops east", "redeployed units to Bakhmut last week"
  'move', 'redeploy', 'regroup', 'relocate', 'reinforce',
  // slow advances and finished operations: "spent the past month grinding their way into the city",
  // "the withdrawal had been completed by dawn", "troops finished crossing the river"
  'grind', 'complete', 'finish',
  // a vote cast by holding back: "China abstained on Friday on the resolution"
  'abstain',
  // "secured the release of 215 soldiers", "knocked the bridge out of action": a result won by force or deal
  'secure', 'knock',
  // a shift of staff or troops: "the plant's staff were finally rotated on March 20"
  'rotate',
];

/** Irregular forms of event verbs, all listed. */
const EVENT_IRREGULAR = [
  'begin', 'begins', 'began', 'begun', 'beginning', 'blow', 'blew', 'blown', 'break', 'broke', 'broken',
  'breaking', 'drive', 'drove', 'driven', 'driving', 'drives', 'fall', 'fell', 'fallen', 'falling',
  'falls', 'fight', 'fought', 'fighting', 'fights', 'flee', 'fled', 'fleeing', 'flees', 'hit', 'hits',
  'hitting', 'lose', 'lost', 'losing', 'loses', 'meet', 'met', 'meeting', 'meets', 'overrun', 'overran',
  'overrunning', 'retake', 'retook', 'retaken', 'retaking', 'send', 'sent', 'sending', 'shoot', 'shot',
  'shooting', 'sink', 'sinks', 'sinking', 'sank', 'sunk', 'strike', 'struck', 'striking', 'strikes', 'take', 'took',
  'taken', 'taking', 'takes', 'win', 'won', 'winning', 'withdrew', 'withdrawn', 'withdrawing',
  'overthrow', 'overthrew', 'overthrown', 'led', 'beat', 'beaten', 'slay', 'slain',
  'shut', 'shutting', 'dying', 'downed', 'forced', 'forcing', 'targeted', 'targeting', 'targetted',
  'ordered', 'ordering', 'landed', 'planted', 'planting', 'signed', 'signing', 'blocked', 'blocking',
  'closed', 'closing', 'found', 'burst', 'bursting', 'leave', 'leaves', 'left', 'leaving',
  'fly', 'flies', 'flew', 'flown', 'flying', 'quit', 'quits', 'quitting',
  // "cut rates on Thursday", "cut gas flows to Poland": a reduction decided is an act
  'cut', 'cutting',
  // "laid down their arms", "laid mines along the road": always an act ("lay" is the state of "lie")
  'laid',
  // "the cruiser went down under tow", "troops went in at dawn": a going is a movement; only the past
  // forms ("going to" is a future, and "went on television" is caught as an address first)
  'went', 'gone',
  // a life's milestones, the dates a profile or obituary hangs on: "was born in 1973", "founded the group in 2014"
  'born', 'founded',
];

/** Nouns naming events ("fierce battles", "last week's assault"). */
const EVENT_NOUNS = [
  'advance', 'advances', 'airstrike', 'airstrikes', 'ambush', 'annexation', 'arrest', 'arrests',
  'assassination', 'assault', 'assaults', 'attack', 'attacks', 'battle', 'battles', 'blast', 'blasts',
  'blitz', 'blockade', 'bombardment', 'bombing', 'bombings', 'breakthrough', 'capture', 'ceasefire',
  'clash', 'clashes', 'collapse', 'counter-attack', 'counter-offensive', 'counter-strike',
  'counterattack', 'counteroffensive', 'coup', 'crash', 'defeat', 'deportation', 'deportations',
  'drive', 'election', 'evacuation', 'execution', 'executions', 'explosion', 'explosions', 'fighting',
  'incursion', 'invasion', 'killing', 'killings', 'landing', 'liberation', 'massacre', 'meeting',
  'mobilisation', 'mobilization', 'murder', 'murders', 'mutiny', 'occupation', 'offensive',
  'onslaught', 'protest', 'protests', 'pullout', 'push', 'raid', 'raids', 'rebellion', 'referendum',
  'retreat', 'seizure', 'shelling', 'siege', 'skirmish', 'skirmishes', 'strike', 'strikes', 'summit',
  'surrender', 'talks', 'truce', 'uprising', 'visit', 'withdrawal', 'handover', 'rout', 'sortie',
  'barrage', 'bombardments', 'shootings', 'shooting', 'sinking', 'downing', 'beginning', 'start', 'end',
  'outbreak', 'fall',
  // official reports' name for a war's new phase: "since the escalation of hostilities on 24 February"
  'escalation',
  // what a ministry announces when its troops leave: "announced the pull-out of its forces"
  'pull-out', 'pullback', 'redeployment',
];

/** Reporting and thinking: a time expression attached to these dates the speech, not an event. */
const REPORT_VERBS = [
  'acknowledge', 'add', 'address', 'admit', 'allege', 'announce', 'argue', 'assert', 'ask', 'brief',
  'claim', 'comment', 'condemn', 'confirm', 'declare', 'deny', 'describe', 'estimate', 'explain',
  'fear', 'hail', 'hope', 'insist', 'note', 'pledge', 'post', 'praise', 'predict', 'promise', 'quote',
  'report', 'reveal', 'state', 'stress', 'suggest', 'thank', 'tweet', 'urge', 'vow', 'warn', 'believe',
  'accuse', 'publish', 'share', 'tell', 'insist', 'signal', 'indicate', 'cite', 'welcome', 'exclaim',
  'reply', 'respond', 'question', 'doubt', 'dismiss', 'reject', 'mention', 'appeal', 'blame', 'assess', 'judge',
  'update', 'criticise', 'criticize', 'denounce', 'decry', 'boast', 'concede',
];
const REPORT_IRREGULAR = [
  'say', 'says', 'said', 'saying', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'think', 'thinks', 'thought', 'thinking', 'know',
  'knows', 'knew', 'known', 'understand', 'understood', 'expect', 'expects', 'expected', 'expecting',
];
/** Not "column": in war news it is a convoy ("the column was spotted on Monday"), not an op-ed. */
const REPORT_NOUNS = [
  'address', 'announcement', 'briefing', 'bulletin', 'comments', 'conference', 'interview', 'message',
  'post', 'remarks', 'report', 'speech', 'statement', 'tweet', 'update', 'video', 'broadcast',
  'podcast', 'letter', 'article', 'op-ed', 'press',
];

/** States and stances, not happenings: "which the Russians now control", "are now being held". */
const STATE_VERBS = [
  'contain', 'control', 'cost', 'face', 'include', 'lack', 'live', 'look', 'need', 'own', 'plan',
  'prepare', 'remain', 'seem', 'stay', 'try', 'want', 'work', 'wait', 'consider', 'refuse', 'appear',
  'mean', 'belong', 'exist', 'compare', 'pretend', 'employ', 'dub', 'task', 'feature', 'show',
  // an extent, not a happening: "queues of lorries stretched for miles", "the front stretches 600 miles"
  'stretch',
  // a share held, not a happening: "exports accounted for a third of revenue last year"
  'account',
];
/** The irregular pasts of state verbs ("By May, Russia held a fifth of Ukraine" tells a state reached). */
const STATE_IRREGULAR_PAST = [
  'held', 'became', 'felt', 'kept', 'lay', 'sat', 'stood', 'sought', 'got', 'gave', 'given', 'saw', 'seen',
  // "grain has been stuck in silos since the war began": unable to move is a state, not a happening
  'stuck',
];
const STATE_IRREGULAR = [
  'hold', 'holds', 'holding', 'become', 'becomes', 'becoming', 'feel', 'feels', 'keep', 'keeps', 'keeping',
  'lie', 'lies', 'lying', 'sit', 'sits', 'sitting', 'stand', 'stands', 'standing', 'seek', 'seeks', 'seeking',
  'get', 'gets', 'getting', 'give', 'gives', 'giving', 'see', 'sees',
  ...STATE_IRREGULAR_PAST,
  // "Russian forces now occupy a fifth of Ukraine" is a state, as "now control" is; "occupied" (the
  // seizure, "has been occupied since X") stays an event, and "occupying" keeps its class ("raped by
  // occupying forces in March" is dated through it).
  'occupy', 'occupies',
];

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', "’s", "'s",
]);
/** Modals that make a clause a plan, prediction or possibility rather than a past event. */
export const MODALS = new Set([
  'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'might', 'may', "’ll", "'ll", 'wo', 'ca',
]);
export const NEGATIONS = new Set(['not', 'never', "n't", "n’t", 'no']);

const VOWELS = /[aeiou]/;

/** Regular inflections of a verb lemma (with consonant doubling as a candidate). */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma]);
  if (lemma.endsWith('e')) {
    const stem = lemma.slice(0, -1);
    forms.add(`${lemma}s`).add(`${lemma}d`).add(`${lemma.endsWith('ee') ? lemma : stem}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${lemma}ing`);
  } else {
    forms.add(/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`).add(`${lemma}ed`).add(`${lemma}ing`);
    const last = lemma.at(-1) ?? '';
    if (!VOWELS.test(last) && !/[wxy]/.test(last) && VOWELS.test(lemma.at(-2) ?? '')) {
      forms.add(`${lemma}${last}ed`).add(`${lemma}${last}ing`);
    }
  }
  return [...forms];
}

const build = (lemmas: string[], irregular: string[]): Set<string> =>
  new Set([...lemmas.flatMap(inflect), ...irregular]);

export const EVENT_VERB_FORMS = build(EVENT_VERBS, EVENT_IRREGULAR);
export const EVENT_NOUN_FORMS = new Set(EVENT_NOUNS);
export const REPORT_FORMS = build(REPORT_VERBS, REPORT_IRREGULAR);
export const REPORT_NOUN_FORMS = new Set(REPORT_NOUNS);
export const STATE_FORMS = build(STATE_VERBS, STATE_IRREGULAR);
const STATE_PAST_FORMS = new Set(STATE_IRREGULAR_PAST);
/** A past form of a state verb, regular or not: "controlled", "held". */
export const isStatePast = (word: string): boolean => /ed$/i.test(word) || STATE_PAST_FORMS.has(word.toLowerCase());

export type WordClass = 'event' | 'report' | 'state' | 'modal' | 'aux' | 'negation' | 'other';

/**
 * The class of a token. Reporting wins over state, state over event ("held" is a state, "shot" an
 * event); nouns and verbs of events are both events ("an attack", "had attacked").
 */
export function classify(token: string): WordClass {
  const t = token.toLowerCase().replace(/’/g, "'");
  if (MODALS.has(t) || MODALS.has(token.toLowerCase())) return 'modal';
  if (NEGATIONS.has(t)) return 'negation';
  if (AUXILIARIES.has(t)) return 'aux';
  if (REPORT_FORMS.has(t) || REPORT_NOUN_FORMS.has(t)) return 'report';
  if (STATE_FORMS.has(t)) return 'state';
  if (EVENT_VERB_FORMS.has(t) || EVENT_NOUN_FORMS.has(t)) return 'event';
  return 'other';
}

/**
 * Irregular pasts outside our lists ("have dug in", "the economy shrank", "came under fire"): like
 * a regular "-ed" form, they show that a clause has a verb, and stand for its event when it names
 * none from our lists. Not forms that double as nouns or bare verbs ("cut", "fed", "bit", "spent").
 */
const OTHER_IRREGULAR_PAST = new Set([
  'came', 'overcame', 'went', 'ran', 'dug', 'shrank', 'shrunk', 'swept', 'froze', 'frozen', 'caught',
  'threw', 'thrown', 'tore', 'torn', 'hid', 'hidden', 'built', 'rebuilt', 'stole', 'stolen', 'shook',
  'shaken', 'sold', 'bought', 'brought', 'drew', 'drawn', 'rode', 'ridden', 'slid', 'stuck', 'spun',
  'sprang', 'swung', 'crept', 'leapt', 'overtook', 'overtaken', 'undertook', 'undertaken', 'swore',
  'sworn', 'upheld', 'withheld', 'forbade', 'forbidden', 'rang', 'sang', 'dealt', 'hung', 'wove',
  'rose', 'risen', 'arose', 'arisen', 'grew', 'grown', 'made', 'chose', 'chosen', 'heard', 'sped', 'woke', 'woken',
]);
export const isIrregularPast = (token: string): boolean => OTHER_IRREGULAR_PAST.has(token.toLowerCase());

/**
 * Pasts spelt like their base and like nouns ("a power cut", "a set of"): verbs after a perfect or
 * passive auxiliary ("power was cut"), before a particle ("set up a corridor", "cut off the road")
 * or before the determiner of their object ("troops cut the last supply road"): a noun "cut" or
 * "set" is not followed by one, save in a compound used as a subject ("a power cut the next day").
 */
const BARE_PAST = new Set(['cut', 'set', 'put', 'spread', 'split', 'shed', 'cast']);
const PERFECT_OR_PASSIVE = new Set(['was', 'were', 'been', 'had', 'has', 'have']);
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all']);
const DETERMINERS_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const COMPOUND_MODIFIERS = new Set(['power', 'tax', 'price', 'rate', 'budget', 'spending', 'pay', 'job', 'jobs', 'aid', 'supply', 'film', 'tv', 'stage', 'data']);

/** For a past spelt like its noun, whether it is a verb here given its neighbours; null for other words. */
export function isBarePast(token: string, previous = '', next = ''): boolean | null {
  if (!BARE_PAST.has(token.toLowerCase())) return null;
  const prev = previous.toLowerCase();
  return PERFECT_OR_PASSIVE.has(prev) || PARTICLES.has(next.toLowerCase())
    || (OBJECT_DETERMINERS.has(next.toLowerCase()) && !COMPOUND_MODIFIERS.has(prev) && !DETERMINERS_BEFORE.has(prev))
    // "Gazprom cut flows", "Moscow shut supplies": a name right before it is its subject, as a
    // noun "cut" is not written after a name (save the compounds: "Power cut …", "Tax cut …")
    || (NAME_RE.test(previous) && !COMPOUND_MODIFIERS.has(prev) && !DETERMINERS_BEFORE.has(prev));
}
const NAME_RE = /^[A-Z][a-z]+$/;

/** The irregular past tenses and participles of our event verbs ("took", "have fallen"). */
const EVENT_IRREGULAR_PAST = new Set([
  'began', 'begun', 'blew', 'blown', 'broke', 'broken', 'drove', 'driven', 'fell', 'fallen', 'fought', 'fled',
  'hit', 'lost', 'met', 'overran', 'retook', 'retaken', 'sent', 'shot', 'sank', 'sunk', 'struck', 'took',
  'taken', 'won', 'withdrew', 'withdrawn', 'overthrew', 'overthrown', 'led', 'beat', 'beaten', 'slain', 'shut',
  'found', 'burst', 'left', 'flew', 'flown', 'quit', 'laid', 'went', 'gone',
]);

/** An event verb in a past tense or participle: "pushed", "took", "have fallen"; not "push", "pushing". */
export const isPastEvent = (token: string): boolean => {
  const t = token.toLowerCase();
  return EVENT_VERB_FORMS.has(t) && (t.endsWith('ed') || EVENT_IRREGULAR_PAST.has(t));
};

const IRREGULAR_FORMS = new Set([...EVENT_IRREGULAR, ...REPORT_IRREGULAR, ...STATE_IRREGULAR, ...OTHER_IRREGULAR_PAST]);
/** Past tenses and participles outside our lists still show that a clause has a verb. */
const GENERIC_VERB_RE = /^[a-z]{2,}ed$/;
const NOT_VERBS = new Set([
  'hundred', 'red', 'bed', 'shed', 'sled', 'seed', 'need', 'speed', 'feed', 'weed', 'bleed', 'indeed',
  'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'beloved', 'aged', 'kindred', 'led',
]);

/**
 * Whether a token is (probably) a verb form that can head a clause. Base and -s forms of regular
 * verbs are left out, since most double as nouns ("the start", "attacks"); their -ed and -ing
 * forms, irregular forms, auxiliaries, modals and reporting verbs count.
 */
export function isVerbLike(token: string): boolean {
  const t = token.toLowerCase().replace(/’/g, "'");
  const cls = classify(t);
  if (cls === 'aux' || cls === 'modal') return true;
  if (EVENT_NOUN_FORMS.has(t) || REPORT_NOUN_FORMS.has(t)) return false;
  if (cls === 'report' || IRREGULAR_FORMS.has(t) || t === 'led') return true;
  if ((cls === 'event' || cls === 'state') && /(?:ed|ing)$/.test(t)) return true;
  const bare = t.split('-').at(-1) ?? t;
  return GENERIC_VERB_RE.test(bare) && !NOT_VERBS.has(bare);
}
