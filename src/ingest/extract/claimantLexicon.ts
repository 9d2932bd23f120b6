/**
 * Word lists for recognising who speaks in news English: titles that precede a personal name,
 * nouns that name people by role, nouns that name organisations, documents that "say" things
 * on someone's behalf, and news outlets. Lower-case entries; callers fold case.
 */

/**
 * Words a news page puts before a colon to label a part, not a speaker: Ukrainska Pravda's
 * "Source:", "Quote:", "Details:", "Background:", a live blog's "Update:", "Analysis:".
 */
export const EDITORIAL_LABELS = new Set([
  'source', 'sources', 'quote', 'quotes', 'details', 'detail', 'background', 'context', 'update', 'updated', 'reminder',
  'recap', 'analysis', 'note', 'summary', 'timeline', 'explainer', 'breaking', 'live', 'latest', 'watch', 'video',
  'photo', 'photos', 'correction', 'disclaimer', 'comment', 'opinion', 'read', 'also', 'previously', 'earlier', 'meanwhile',
]);

/** Titles and ranks written before a personal name ("Governor Oleh …", "Sir Richard …"). */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'pm', 'premier', 'chancellor', 'secretary', 'secretary-general',
  'governor', 'gov', 'mayor', 'deputy', 'general', 'gen', 'lieutenant', 'lt', 'major', 'maj', 'colonel', 'col',
  'captain', 'capt', 'commander', 'cmdr', 'admiral', 'adm', 'rear', 'marshal', 'sergeant', 'sgt', 'brigadier', 'corporal',
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor',
  'king', 'queen', 'prince', 'princess', 'pope', 'patriarch', 'archbishop', 'bishop', 'father', 'rev', 'reverend',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mp', 'mep', 'ambassador',
  'judge', 'justice', 'chief', 'foreign', 'defence', 'defense', 'home', 'interior', 'health', 'economy',
  'finance', 'state', 'speaker', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'envoy', 'commissioner', 'sheikh', 'emir', 'ayatollah', 'field', 'staff',
  'executive',
  // a party's post in a legislature: "House Minority Leader Kevin …", "Senate Majority Leader Chuck …"
  'leader', 'majority', 'minority',
  // the outlet's own staff by desk: "Defence Editor Jerome Starkey"
  'editor',
]);

/** Titles that go with a given name ("Sir Richard") rather than a surname ("Governor Sinegubov"). */
export const GIVEN_NAME_TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope']);

/** Nouns naming people by what they are or do ("a resident of …", "war crimes investigators"). */
export const PERSON_HEADS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'ministers',
  'governor', 'mayor', 'president', 'leader', 'leaders', 'commander', 'commanders', 'general', 'generals',
  'chief', 'chiefs', 'bosses', 'head', 'secretary', 'ambassador', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts',
  'source', 'sources', 'witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'resident', 'residents', 'local',
  'locals', 'villager', 'villagers', 'civilian', 'civilians', 'citizen', 'citizens', 'investigator',
  'investigators', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'soldier', 'soldiers', 'troops', 'pundit',
  'pundits', 'blogger', 'bloggers', 'journalist', 'journalists', 'reporter', 'reporters', 'correspondent',
  'correspondents', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'negotiator', 'negotiators',
  'envoy', 'senator', 'senators', 'lawmaker', 'lawmakers', 'mp', 'mps', 'politician', 'politicians',
  'chairman', 'chairwoman', 'director', 'researcher', 'researchers', 'scientist', 'scientists', 'doctor',
  'doctors', 'medic', 'medics', 'paramedic', 'paramedics', 'nurse', 'nurses', 'survivor', 'survivors', 'victim', 'victims', 'wife', 'wives',
  'husband', 'husbands', 'mother', 'mothers', 'father', 'fathers', 'relative', 'relatives', 'family',
  'families', 'people', 'person', 'man', 'men', 'woman', 'women', 'observer', 'observers', 'monitor', 'monitors',
  'inspector', 'inspectors', 'infantryman', 'infantrymen', 'colonel', 'captain', 'admiral', 'sergeant', 'brigadier', 'pilot', 'pilots', 'veteran',
  'veterans', 'volunteer', 'volunteers', 'activist', 'activists', 'campaigner', 'campaigners', 'protester',
  'protesters', 'critic', 'critics', 'supporter', 'supporters', 'owner', 'manager', 'worker', 'workers',
  'staff', 'employee', 'employees', 'student', 'students', 'teacher', 'teachers', 'economist', 'economists',
  'historian', 'historians', 'professor', 'commentator', 'commentators', 'insider', 'insiders', 'representative',
  'representatives', 'deputy', 'deputies', 'mayors', 'governors', 'presidents', 'premier', 'chancellor',
  'king', 'queen', 'prince', 'pope', 'bishop', 'priest', 'rabbi', 'imam', 'fighter', 'fighters', 'rebel',
  'rebels', 'separatist', 'separatists', 'militant', 'militants', 'refugee', 'refugees', 'marine', 'marines',
  'paratrooper', 'paratroopers', 'sailor', 'sailors', 'officer', 'officers', 'guard', 'guards', 'crew',
  'team', 'member', 'members', 'colleague', 'colleagues', 'friend', 'friends', 'neighbour', 'neighbours',
  'neighbor', 'neighbors', 'son', 'daughter', 'brother', 'sister', 'one', 'someone', 'nobody', 'everyone',
  // the tabloid's names for a regime's speakers: "Putin's mouthpiece", "the Kremlin's propagandists"
  'mouthpiece', 'mouthpieces', 'propagandist', 'propagandists', 'henchman', 'henchmen', 'crony', 'cronies',
  'stooge', 'stooges', 'lackey', 'lackeys',
  // who speaks for an occupation: "Russian-installed proxies", "the Kremlin's puppets"
  'proxy', 'proxies', 'puppet', 'puppets', 'collaborator', 'collaborators',
  // the tabloid's intelligence services: "according to British spies", "Western spooks believe"
  'spy', 'spies', 'spook', 'spooks',
  // who speaks on a broadcast: "a guest on the talk show said", "presenter Olga Skabeyeva claimed"
  'guest', 'guests', 'host', 'hosts', 'presenter', 'presenters', 'anchor', 'anchors', 'panellist', 'panellists',
  'panelist', 'panelists',
  // who speaks for a firm: "its chief executive has confirmed", "the boss said"
  'executive', 'executives', 'boss',
  // who speaks in a courtroom: "the judge said", "a former detainee testified", "the defendant admitted"
  'judge', 'judges', 'magistrate', 'magistrates', 'juror', 'jurors', 'defendant', 'defendants', 'accused',
  'detainee', 'detainees', 'prisoner', 'prisoners', 'captive', 'captives', 'barrister', 'barristers',
  'solicitor', 'solicitors', 'attorney', 'attorneys', 'counsel',
  // who acts for a firm or a state: "the estate agent told …", "border agents said"
  'agent', 'agents',
  // plurals of roles named above in the singular: "EU envoys said", "the hospital directors told"
  'envoys', 'ambassadors', 'directors', 'chairmen', 'colonels', 'captains', 'admirals', 'sergeants', 'owners',
  'managers', 'professors', 'chancellors', 'bishops', 'priests',
  // who speaks in sport and the arts: "some fans claimed", "organisers said", "the player insisted"
  'fan', 'fans', 'player', 'players', 'athlete', 'athletes', 'coach', 'coaches', 'footballer', 'footballers',
  'organiser', 'organisers', 'organizer', 'organizers', 'artist', 'artists', 'musician', 'musicians',
]);

/** Nouns naming organisations, authorities and armed forces as collective speakers. */
export const ORG_HEADS = new Set([
  'ministry', 'ministries', 'department', 'army', 'armies', 'military', 'militaries', 'navy', 'forces', 'force',
  'government', 'governments', 'authorities', 'authority', 'administration', 'agency', 'agencies', 'office',
  'council', 'committee', 'commission', 'institute', 'tank', 'police', 'service', 'services', 'intelligence',
  'command', 'headquarters', 'directorate', 'bureau', 'parliament', 'senate', 'congress', 'assembly',
  'court', 'tribunal', 'company', 'firm', 'group', 'organisation', 'organization', 'union', 'alliance',
  'coalition', 'party', 'embassy', 'consulate', 'side', 'sides', 'mission', 'watchdog', 'regulator', 'kremlin', 'pentagon', 'cabinet',
  'presidency', 'operator', 'utility', 'charity', 'regime', 'leadership', 'center', 'centre',
  'university', 'bank', 'fund', 'brigade', 'battalion', 'regiment', 'division', 'unit', 'corps', 'fleet',
  'guard', 'staff', 'duma', 'rada', 'foundation', 'network', 'outlet', 'media', 'press', 'garrison',
  'opposition', 'states', 'countries', 'nations', 'allies', 'partners', 'groups', 'organisations',
  'organizations', 'charities', 'institutes', 'companies', 'firms', 'unions', 'parties', 'councils', 'agencies',
  'board', 'boards', 'secretariat', 'prosecution', 'judiciary',
  // the services that report a sinking or a strike at sea: "the coastguard said"
  'coastguard', 'coastguards',
  // a company by its trade, in tabloid style: "the Russian energy giant said"
  'giant',
  // bodies of sport and the arts: "the club said", "the federation denied", "the theatre's management said"
  'management', 'club', 'clubs', 'federation', 'federations', 'league', 'association', 'broadcasters',
  'theatre', 'theater', 'orchestra', 'festival',
]);

/** Names of organisations usually written without an org noun ("Nato said", "the Kremlin denied"). */
export const ORG_NAMES = new Set([
  'nato', 'un', 'eu', 'iaea', 'osce', 'unhcr', 'unicef', 'icrc', 'isw', 'kremlin', 'pentagon',
  'white house', 'downing street', 'red cross', 'amnesty', 'amnesty international', 'human rights watch',
  'wagner', 'fsb', 'sbu', 'gur', 'mod', 'nasa', 'imf', 'opec', 'g7', 'g20', 'hamas', 'hezbollah', 'taliban',
  'gazprom', 'rosatom', 'energoatom', 'ukrenergo', 'interpol', 'europol', 'the west', 'whitehall', 'élysée',
  'elysee', 'bundestag', 'knesset', 'idf', 'fbi', 'cia', 'mi6', 'gchq', 'kyiv independent',
  // a ministry known by its bare name in British and American usage: "the Treasury said"
  'treasury',
]);

/** Documents and messages that "say" things for their author ("the statement said"). */
export const DOC_HEADS = new Set([
  'report', 'reports', 'statement', 'statements', 'post', 'message', 'letter', 'study', 'assessment', 'update',
  'bulletin', 'analysis', 'document', 'documents', 'memo', 'briefing', 'survey', 'review', 'dossier', 'video',
  'footage', 'readout', 'communique', 'communiqué', 'release', 'tweet', 'note', 'summary', 'figures', 'data',
  'estimate', 'estimates', 'statistics', 'calculations', 'tally', 'count', 'records', 'research', 'findings',
  'map', 'maps', 'account',
  // what an inquiry "found": "a BBC investigation found that …"
  'investigation', 'investigations', 'inquiry', 'probe', 'audit',
  // pictures that "show" or "suggest": "satellite images show"
  'images', 'imagery', 'photos', 'photographs', 'pictures', 'videos',
  // what a fact-check traces: "a clip shared on TikTok claims …", "the photo purports to show …"
  'clip', 'clips', 'image', 'photo', 'photograph', 'picture',
  // social-media accounts that post claims: "pro-Kremlin accounts claimed …"
  'accounts',
]);

/**
 * Epithets that stand for a person named earlier ("the tycoon boasted", "the warlord said"):
 * a definite epithet resolves to the last person named, as a reader would read it.
 */
export const EPITHET_HEADS = new Set([
  'tycoon', 'warlord', 'mogul', 'oligarch', 'strongman', 'despot', 'dictator', 'tyrant', 'autocrat', 'billionaire',
  'millionaire', 'businessman', 'businesswoman', 'boss', 'magnate', 'kingpin', 'firebrand', 'hardliner',
  // a broadcaster or envoy already named is "the presenter", "the diplomat" when the piece returns to them
  'presenter', 'broadcaster', 'anchor', 'propagandist', 'mouthpiece', 'diplomat',
  // an investigator the piece has named: "Karim Khan told reporters … The prosecutor said"
  'prosecutor',
]);

/** News outlets (an outlet speaking in its own voice is `media`). */
export const MEDIA_NAMES = new Set([
  'bbc', 'cnn', 'reuters', 'afp', 'ap', 'associated press', 'agence france-presse', 'bloomberg', 'sky news',
  'al jazeera', 'fox news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'abc', 'abc news', 'cnbc', 'npr', 'politico',
  'axios', 'tass', 'ria', 'ria novosti', 'interfax', 'ukrinform', 'ukrainska pravda', 'meduza', 'rt',
  'guardian', 'the guardian', 'times', 'the times', 'new york times', 'the new york times', 'washington post',
  'the washington post', 'wall street journal', 'the wall street journal', 'financial times', 'the financial times',
  'telegraph', 'the telegraph', 'independent', 'the independent', 'daily mail', 'the daily mail', 'mail',
  'sun', 'the sun', 'mirror', 'the mirror', 'daily express', 'express', 'the economist', 'economist',
  'der spiegel', 'spiegel', 'le monde', 'novaya gazeta', 'kommersant', 'izvestia', 'channel 4', 'channel 4 news',
  'itv', 'itv news', 'the atlantic', 'newsweek', 'time', 'vice', 'euronews', 'dw', 'deutsche welle',
  'voice of america', 'voa', 'radio free europe', 'rfe/rl', 'the hill', 'the kyiv post', 'kyiv post',
  'the kyiv independent', 'yonhap', 'xinhua', 'kyodo', 'nhk', 'anadolu', 'the new yorker', 'vox', 'msnbc',
  // fact-checkers and open-source investigators, who speak as outlets in their own checks
  'full fact', 'bellingcat', 'snopes', 'factcheck.org', 'politifact', 'storyful', 'bbc verify',
  'daily beast', 'the daily beast', 'huffpost', 'huffpost uk', 'lrt', 'lrt english', 'the observer', 'the herald',
]);

/** Possessive and plain determiners that open a noun phrase. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

/** Subject pronouns that can stand for a speaker named earlier. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Everyday words that look like agent nouns or adverbs but are neither. */
export const NOT_AGENT = new Set([
  'horrors', 'errors', 'factors', 'sectors', 'corridors', 'monitors', 'numbers', 'others', 'orders',
  'borders', 'centers', 'matters', 'letters', 'waters', 'powers', 'members', 'layers', 'headquarters',
  'rumours', 'rumors', 'reactors', 'doors', 'floors', 'towers', 'markets', 'events', 'moments', 'comments',
  'segments', 'documents', 'statements', 'governments', 'movements', 'payments', 'elements', 'agreements',
  'order', 'border', 'number', 'water', 'power', 'matter', 'letter', 'paper', 'center', 'layer', 'corner',
  'weather', 'winter', 'summer', 'quarter', 'disaster', 'chapter', 'computer', 'error', 'horror', 'factor',
  'sector', 'corridor', 'terror', 'mirror', 'floor', 'door', 'interior', 'exterior', 'tower', 'river', 'shelter',
  'poster', 'cluster', 'register', 'character', 'helicopter', 'counter', 'transfer', 'offer', 'answer', 'other',
  'carrier', 'barrier', 'border', 'trailer', 'container', 'reactor', 'monitor', 'motor', 'tractor', 'meter',
  'litre', 'liter', 'kilometer', 'centre', 'theatre', 'theater', 'indian', 'italian', 'civilian',
  // -ives that are things, not people ("its objectives in Donbas remain unchanged")
  'objectives', 'initiatives', 'alternatives', 'perspectives', 'incentives', 'explosives', 'narratives', 'directives',
]);

/** Pictures, as a pattern alternation: what "footage appeared to show", "could not verify the video" speak of. */
export const PICTURE_NOUNS = 'footage|videos?|clips?|images?|imagery|pictures?|photos?|photographs?';
