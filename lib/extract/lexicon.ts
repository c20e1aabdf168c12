// Word lists the engine reasons with. Kept as space-separated strings: small in the bundle,
// easy to read and extend. All entries lower-case.

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Adds the singular of every plural in the list ("workers" → "worker", "witnesses" → "witness"). */
function withSingulars(s: string): Set<string> {
  const out = set(s);
  for (const w of [...out]) {
    if (/[^s]s$/.test(w)) out.add(w.slice(0, -1));
    if (/(ss|sh|ch|x)es$/.test(w)) out.add(w.slice(0, -2));
    if (/ies$/.test(w)) out.add(w.slice(0, -3) + 'y');
  }
  return out;
}

/** Words that may sit between a subject and its reporting verb ("has also said"). */
export const AUX_ADV = set(`
  has have had is are was were be been being will would could should may might must shall can
  did does do also later earlier repeatedly previously again then now reportedly publicly privately
  recently still once further quickly already just first last separately similarly likewise
  separately formally officially explicitly openly angrily bluntly flatly insistently initially
  subsequently eventually finally meanwhile however too not never always often frequently
  jointly directly mainly particularly specifically strongly reiterated`);

export const DAYS = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday
  tonight overnight weekend morning afternoon evening night`);

export const MONTHS = set(`january february march april may june july august september october
  november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`);

/** Time words allowed right after a cue ("said late Tuesday", "said last week"). */
export const TIME_WORDS = set(`late early last this next week month year earlier later on
  previously recently afterwards afterward overnight`);

/** Nouns that make "in/at/on ..." after a cue a manner/venue modifier, not content. */
export const MOD_NOUNS = set(`statement statements interview interviews conference briefing news
  press post posts video message messages speech remarks remark social media televised television
  tv radio broadcast letter email e-mail tweet tweets address hearing meeting session rally
  parliament podcast documentary op-ed column blog website page channel account note release
  communique communiqué summit forum event appearance call phone telephone text sms exchange filing
  testimony court ceremony gathering visit trip tour platform written joint prepared brief separate
  lawyer lawyers attorney attorneys solicitor solicitors spokesperson spokesman spokeswoman
  representative representatives publicist agent`);

/** Online platforms (capitalised) that can follow "on" after a cue. */
export const PLATFORMS = set(`twitter x facebook telegram instagram tiktok youtube linkedin threads
  bluesky mastodon truth weibo wechat whatsapp reddit substack`);

/** Pronouns that can be a source. */
export const PRONOUNS = set(`he she they it we i you`);
export const PERSON_PRONOUNS = set(`he she`);

/** Lower-case heads of source noun phrases ("officials said", "a spokesman for ..."); plurals and singulars both. */
export const ROLE_NOUNS = withSingulars(`
  minister ministers president presidents chancellor secretary spokesman spokeswoman spokesperson
  spokespeople spokesmen commander commanders general generals ambassador envoy senator senators
  governor mayor chief chiefs executive executives director directors chairman chairwoman chair
  head leader leaders king queen prince princess pope judge judges official officials officer
  officers source sources analyst analysts expert experts witness witnesses eyewitness eyewitnesses
  resident residents activist activists researcher researchers scientist scientists doctor doctors
  lawyer lawyers attorney attorneys prosecutor prosecutors investigator investigators authorities
  authority company companies firm group groups ministry department agency government governments
  police army military forces force troops rebels militants militia protesters demonstrators
  workers employees staff passengers passenger crew captain coastguard rescuers firefighters
  paramedics medics hospital hospitals council board court union party team club commission
  committee regulator watchdog observers monitors guard navy airline operator operators body
  institute university economist economists banker bankers trader traders investors diplomat
  diplomats lawmaker lawmakers legislator legislators aide aides adviser advisers advisor advisors
  counterpart colleague colleagues friend friends wife husband mother father son daughter brother
  sister man woman men women boy girl victim victims survivor survivors representative
  representatives delegation delegations office administration cabinet website websites newspaper
  newspapers broadcaster broadcasters channel outlet outlets daily tabloid network station
  publication magazine statement report reports study survey poll polls data figures documents
  document records filing organisers organizers organization organisation charity campaigners
  campaign people villagers farmers fishermen users customers citizens voters critics supporters
  opponents allies dictator ruler rulers owner owners founder professor teacher teachers student
  students parents family families relatives neighbours neighbors inspector inspectors premier
  strongman warlord cleric clerics bishop priest imam coach manager managers player players
  insider insiders person persons individual individuals member members staffer staffers
  administrator administrators operator skipper pilot pilots driver drivers engineer engineers
  nurse nurses consultant consultants contractor contractors union unions association federation
  coalition alliance movement opposition junta regime side sides parliament congress senate
  assembly ministry presidency kremlin secretariat embassy mission command spokesperson
  mp mps deputy deputies candidate candidates nominee campaign prosecutor's ombudsman agency's
  residents official's eyewitness accounts therapist psychologist economist historian columnist
  author writer journalist editor reporter photographer actor actress singer star presenter host
  designer artist chef pundit commentator blogger influencer academic lecturer scholar surgeon
  vet pharmacist architect fisherman farmer miner sailor soldier veteran widow mayor-elect
  pollster forecaster strategist meteorologist campaigner organiser organizer novelist broadcaster
  paper papers boss striker midfielder defender goalkeeper keeper referee winger
  delegate delegates donor donors operative operatives surrogate surrogates dean host anchor
  moderator contender challenger incumbent congressman congresswoman advocate advocates backer
  backers rival rivals fan fans attendee attendees respondent respondents participant participants
  percent majority plurality minority half third quarter conservatives liberals progressives
  evangelicals republicans democrats independents`);

/** Singular nouns that describe one person: "one farmer ... he said", "His daughter, Aoife,". */
export const PERSON_NOUNS = set(`daughter son wife husband mother father brother sister partner widow
  widower friend neighbour neighbor colleague lawyer attorney doctor teacher student resident farmer
  owner manager driver pilot captain skipper nurse worker fisherman miner soldier officer witness
  eyewitness survivor victim passenger man woman boy girl spokesman spokeswoman spokesperson aide
  adviser advisor analyst economist expert researcher scientist professor historian official source
  insider diplomat lawmaker senator minister president chief executive director chairman chairwoman
  mayor governor judge prosecutor detective inspector coach player activist campaigner organiser
  organizer protester volunteer shopkeeper landlord tenant commuter parent grandmother grandfather
  uncle aunt cousin nephew niece fan member engineer mechanic guard constable sergeant boss striker
  midfielder defender goalkeeper keeper referee winger`);

/** Adjectives/modifiers allowed inside a source NP ("senior Western officials"). */
export const NP_ADJ = set(`
  senior junior former top local regional state federal national official military foreign chief
  deputy unnamed anonymous other government security diplomatic western eastern northern southern
  european american russian several many some two three four five six seven eight nine ten dozen
  dozens hundreds thousands both all most few another one first second new own independent
  private public medical legal police health defense defence intelligence interior finance
  economic humanitarian international longtime veteran renegade late acting interim outgoing
  incoming retired elected leading prominent key informed knowledgeable anonymity sole last
  high-ranking high-level well-placed rescue emergency rival opposition ruling pro-government
  separate tribal municipal city district provincial council ministry party news media`);

export const DETERMINERS = set(`the a an another this that these those his her its their our my your
  some several many both all each every no any`);

/** Prepositions/participles that can link words inside a source NP ("a source close to ..."). */
export const NP_LINKS = set(`of for in at from with to close linked familiar based loyal allied
  affiliated tied connected near within on by`);

/** Capitalised words that start sentences but never names. */
export const CAP_STOP = set(`
  the a an but and or nor so yet in on at as for with without after before since while whilst whereas when whenever
  if it its this that these those there here then now still meanwhile later earlier also however
  although though despite during following according based several many some most more other
  another both all each every no not his her their our my your we i he she they you what who
  whom whose why how where which one two three four five six seven eight nine ten because until
  unless once over under about above below between among against into onto from by of to up down
  out off just even only again never always often instead rather indeed perhaps maybe thus hence
  therefore moreover furthermore besides otherwise nevertheless nonetheless still asked speaking
  said says told according yes no oh well like unlike amid amidst toward towards across along
  around behind beyond inside outside near through throughout via per let lets let's mr mrs ms
  there's it's that's here's what's who's don't can't won't isn't aren't wasn't weren't
  i'd i'm i've i'll i’d i’m i’ve i’ll is are was were does did whatever whoever wherever whenever
  photo photos video image images file advertisement related read more share live update updates
  breaking watch exclusive opinion analysis editorial comment listen`);

/**
 * Frequent words that are never a name on their own, whatever their capital: auxiliaries that open
 * questions and inversions ("Had I known"), indefinite pronouns, greetings.
 */
export const NEVER_NAMES = set(`had has have do would could should might must nobody everyone everybody
  someone somebody anyone anybody nothing everything something anything none neither either please
  thanks thank sorry hello hi goodbye`);

/** Holidays and named days: "on Christmas Day", "by New Year's Eve" are dates, not actors. */
export const HOLIDAYS = set(`christmas easter ramadan eid hanukkah diwali thanksgiving halloween passover
  lent advent pentecost whitsun hogmanay valentine's valentine boxing`);

/** Last words of street and landscape names: "Quay Street", "Carra Sound", "Dee Estuary". */
export const PLACE_TAILS = set(`street road avenue lane square quay boulevard terrace crescent
  island islands isles bay river estuary sound strait sea ocean coast peninsula valley mountains
  hills lake forest park bridge harbour harbor beach cove headland fjord`);

/** First words of place names: "Port Mellin", "Mount Kenya", "Lake Vättern". */
export const PLACE_HEADS = set(`port mount lake cape fort isle loch`);

/** Nouns that introduce a vessel's name ("the ferry Corran Star"): a ship, not a person. */
export const VESSEL_NOUNS = set(`ferry ship vessel trawler tanker tug boat yacht freighter liner carrier
  frigate destroyer submarine cruiser dredger barge schooner catamaran steamer lifeboat dinghy`);

/** First words of named weather events: "Storm Hedda", "Hurricane Ida". */
export const EVENT_HEADS = set(`storm hurricane typhoon cyclone`);

/** Prepositions after which a name that never does anything else is a location ("near Skarnes"). */
export const LOCATIVES = set(`in at near outside inside off across around towards toward throughout`);

/** Nouns for settlements: "the town of Tarhunah" names a place. */
export const SETTLEMENTS = set(`town city village island port region province district county
  suburb hamlet municipality neighbourhood neighborhood people residents citizens`);

/** Particles inside names that stay lower-case (al-Sarraj, bin Salman, van der Leyen). */
export const PARTICLES = set(`al el ul bin ibn bint de del della der den di da dos das du la le van
  von ter ten zu y`);

/** Title words: everything up to the last one in a capitalised run is the role. */
export const TITLES = set(`
  president minister chancellor secretary spokesman spokeswoman spokesperson commander general
  ambassador envoy senator governor mayor chief executive director chairman chairwoman chair ceo
  cfo coo head leader king queen prince princess pope judge justice sheikh emir imam cardinal
  archbishop bishop rev reverend father sister brother dr dr. mr mr. mrs mrs. ms ms. prof prof.
  professor sen sen. rep rep. gen gen. col col. lt lt. capt capt. sgt sgt. gov gov. pres pres.
  pm sir dame lord lady marshal admiral colonel captain major lieutenant sergeant inspector
  superintendent commissioner premier chairperson mp deputy vice prime speaker counsel attorney
  coach officer spokesperson cllr councillor councilor alderman coxswain skipper detective constable
  inspector chancellor assemblyman assemblywoman congressman congresswoman`);

/** Last words that make a capitalised run an organisation. */
export const ORG_WORDS = set(`
  ministry department office parliament congress senate council commission committee agency campaign
  authority bank fund court police army navy forces force guard guards party union association
  organization organisation institute university college school hospital company corporation
  corp corp. inc inc. ltd ltd. plc llc group foundation kremlin pentagon nations government
  administration coalition alliance federation front movement brigade brigades board service
  services network center centre club church assembly cabinet secretariat embassy mission command
  bureau directorate trust society league airlines airline railways authority's cross crescent
  house commission's unit corps council's industries holdings partners bloc junta regime
  systems technologies technology solutions software labs laboratories media energy logistics shipping
  ferries lines motors pharmaceuticals pharma capital ventures airways telecom networks communications
  resources mining petroleum chemicals foods brands retail stores insurance securities investments
  financial associates consulting construction engineering terminals ports shipyard shipyards yards
  sons brothers co co. gmbh ag sa nv bv ab asa oy spa limited incorporated enterprises industries
  electric airport station lifeboat coastguard prison council school academy library museum theatre
  orchestra festival federation trust fc cf observatory laboratory lab centre center clinic
  commission tribunal regiment battalion division squad unit patrol democrats republicans greens
  conservatives socialists liberals tories`);

/** Words that make a name an outlet. */
export const OUTLET_WORDS = set(`
  news times post tv television radio press herald tribune journal gazette daily telegraph guardian
  reuters afp ap bbc cnn novosti tass xinhua bloomberg observer chronicle courier express mail
  mirror standard independent examiner inquirer dispatch bulletin wire broadcasting broadcaster
  channel aljazeera jazeera sputnik interfax yonhap kyodo anadolu agence ansa efe dpa pti ani nhk
  cbs nbc abc fox msnbc npr pbs itv sky politico axios vox wired economist magazine newspaper
  website newsweek time forbes fortune ria al-ahrar`);

/** Lower-case role words that mark an outlet ("state news agency RIA Novosti"). */
export const OUTLET_ROLES = set(`agency newspaper broadcaster channel website daily tabloid outlet journal
  station network magazine publication paper wire`);

/**
 * Country → demonym, to make "Russia's Defense Ministry" and "the Russian Defense Ministry" meet.
 * A Map: an object built key by key costs a cold start about 1 ms, and has no inherited keys.
 */
export const DEMONYM: ReadonlyMap<string, string> = new Map(
  `russia:russian turkey:turkish germany:german france:french china:chinese britain:british
  italy:italian spain:spanish japan:japanese india:indian iran:iranian iraq:iraqi syria:syrian
  libya:libyan egypt:egyptian israel:israeli ukraine:ukrainian poland:polish greece:greek
  sweden:swedish norway:norwegian denmark:danish finland:finnish canada:canadian mexico:mexican
  brazil:brazilian america:american us:us u.s.:us uk:uk pakistan:pakistani afghanistan:afghan
  lebanon:lebanese jordan:jordanian qatar:qatari yemen:yemeni sudan:sudanese nigeria:nigerian
  kenya:kenyan ethiopia:ethiopian korea:korean australia:australian netherlands:dutch
  belgium:belgian austria:austrian hungary:hungarian romania:romanian serbia:serbian
  croatia:croatian portugal:portuguese ireland:irish scotland:scottish estonia:estonian
  latvia:latvian lithuania:lithuanian georgia:georgian armenia:armenian azerbaijan:azerbaijani
  belarus:belarusian tunisia:tunisian algeria:algerian morocco:moroccan cyprus:cypriot
  palestine:palestinian venezuela:venezuelan colombia:colombian argentina:argentine chile:chilean`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
);
export const DEMONYMS = new Set<string>([...DEMONYM.values(), ...`emirati saudi kurdish arab western
  european african asian soviet nato-led libyans russians turks germans americans syrians
  israelis palestinians ukrainians iranians iraqis afghans europeans africans asians`.split(/\s+/)]);

/** Places that, as a subject of a cue, stand for a government ("Moscow insisted"). */
/** US states spelled out, as a dateline or a town's state ("the mayor of Austin, Texas"). */
export const US_STATES = new Set([...set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
  virginia washington wisconsin wyoming new_hampshire new_jersey new_mexico new_york north_carolina north_dakota
  rhode_island south_carolina south_dakota west_virginia`)].map((w) => w.replace('_', ' ')));

export const PLACES = set(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad
  chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea estonia
  ethiopia finland france gaza georgia germany ghana greece guatemala haiti honduras hungary
  iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo
  kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg madagascar malaysia
  mali malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal
  netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
  philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore
  slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania
  thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales
  yemen zambia zimbabwe england europe africa asia america washington moscow beijing london paris
  berlin ankara tehran baghdad damascus cairo tripoli benghazi kyiv kiev brussels rome madrid
  tokyo delhi jerusalem riyadh doha abu dhabi dubai istanbul athens warsaw vienna geneva
  stockholm oslo copenhagen helsinki tallinn riga vilnius minsk tbilisi baku yerevan kabul
  islamabad beirut amman khartoum nairobi lagos pretoria canberra ottawa brasilia caracas
  havana lisbon dublin edinburgh`);

/** Words that mark a source NP as a document or channel, whose author is named after by/from/of. */
export const DOC_NOUNS = set(`statement report study survey poll data figures documents document
  records filing letter release communique communiqué bulletin manifest notice announcement minutes
  transcript log logs update tally count estimate estimates analysis review investigation census
  assessment forecast audit inquiry note memo memorandum briefing research average averages`);

/**
 * Frequent given names of clear gender in English-language news (folded, no diacritics), so that
 * "she" can tell Anna Lind from Peter Moss. Names used for both (Alex, Sam, Jan, Jean, Kim) are left out.
 */
export const FEMALE_GIVEN = set(`mary anna ana maria marta martha elizabeth sarah sara emma olivia sophie
  sophia laura julia helen helena ruth rachel rebecca hannah leah jessica jennifer linda susan karen lisa
  nancy margaret patricia barbara catherine katherine kate katarzyna aleksandra alexandra agnieszka
  magdalena joanna ewa eva eve ingrid astrid sigrid birgit karin kirsten anne annie ann amy amelie amelia
  alice claire clara charlotte chloe lucy lucia louise jane janet joan judith julie kathleen lena leila
  layla fatima aisha amina zainab nour mariam maryam priya ananya sunita yuki mei ayse elif zeynep olga
  irina natalia tatiana svetlana yulia elena ekaterina anastasia siobhan aoife niamh roisin sinead fiona
  moira isla gemma rose ruby grace victoria diana angela monica nicole michelle stephanie christine
  caroline emily ella isabel isabella carmen dolores teresa rosa pilar beatriz ines sofia giulia
  francesca chiara paola hana nina marit kari liv ursula greta heidi petra monika renata zofia`);
export const MALE_GIVEN = set(`john james robert michael william david richard joseph thomas tomas charles
  christopher daniel matthew mark paul peter andrew george edward henry jack harry oliver samuel jonathan
  simon stephen steven kevin brian patrick sean conor connor liam declan eamon callum ciaran cormac
  padraig jimmy tom tim ben adam alexander ivan sergei sergey vladimir dmitry dmitri mikhail nikolai oleg
  piotr pawel tomasz krzysztof marek jakub lars erik eric anders henrik jonas johan olaf oskar magnus
  nils hans karl klaus jurgen stefan wolfgang pierre jacques louis francois marco luca giovanni giuseppe
  antonio carlos jose juan miguel pedro manuel luis diego ahmed mohammed muhammad mohamed ali omar
  hassan hussein khaled khalid ibrahim yusuf youssef mustafa tariq hamza rashid nasser abdul raj rahul
  arjun vikram hiroshi kenji takeshi wei joost willem pieter dirk bram frank martin hugo victor felix`);
