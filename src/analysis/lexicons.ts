// Small, general word lists for recognising actors in English news prose: titles and roles,
// honorifics, organisation heads, a few well-known bare organisations, demonyms, places.
// Kept short on purpose: the rules in names.ts/actors.ts do the work, these only name the
// conventions news writing uses ("Secretary of State X", "X Department", "Mexican President").

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Honorifics before a name; dropped from the name ("Mr McLetchie" → McLetchie). */
export const HONORIFICS = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron Prof Prof. Professor Rev Rev. Reverend
  Fr Fr. Father Sister Brother Sheikh Imam Rabbi Mx
`);

/** Words that end a title before a name: "… Secretary Kristi Noem", "President Donald Trump". */
export const TITLE_HEADS = words(`
  President Vice-President Secretary Minister Director Chancellor Governor Senator Sen. Sen Rep. Representative
  Congressman Congresswoman Ambassador Commissioner Chairman Chairwoman Chair Chief Spokesman Spokeswoman
  Spokesperson Judge Justice General Gen. Gen Lt. Col. Colonel Major Maj. Admiral Adm. Captain Capt. Sergeant
  Sgt. Commander Mayor Leader Prince Princess King Queen Pope Emperor Premier Attorney Coach Manager Officer
  CEO Founder Editor Correspondent Lawyer Prosecutor Inspector Superintendent Detective Constable MP MSP MEP
  Envoy Adviser Advisor Administrator Deputy Speaker Whip Treasurer Sheriff Deputy-Director Executive
  Chairperson Director-General Dean Bishop Archbishop Cardinal Chancellor-elect President-elect Rapporteur DJ
  Engineer Analyst Economist Scientist Researcher
`);

/** Words that may appear inside a title phrase before its head ("Acting … Director"). */
export const TITLE_MODIFIERS = words(`
  Acting Interim Former Ex Deputy Vice Assistant Associate Senior Junior Chief Principal Executive Lead Joint
  Shadow Foreign Home Defence Defense Finance Interior Health Culture Trade Justice Environment Education
  Energy Transport Transportation Treasury Homeland Security State Labor Labour Commerce Agriculture Veterans
  Economic Culture Sports Sport Media Digital Northern Scottish Welsh Irish Prime First Second General
  Managing Operating Financial Technology Marketing Attorney Solicitor Surgeon Then Party Opposition
  Immigration Customs Enforcement Border Protection National Regional Federal Police Army Naval Air Force
  Head Team Club Group Company Editor Political Business Technology Arts Home Affairs Development Public
  Secretary Minister Legal Press Communications Intelligence Counterterrorism Cabinet Tory Conservative
  Liberal Democrat Democratic Republican Lib Dem Green Labor Sinn Fein European Union UN U.S. US UK EU
`);

/** Organisation words that may follow "Secretary of", "Minister for": "Secretary of State". */
export const TITLE_OF_WORDS = words(`
  State Defense Defence Homeland Security Health Human Services Treasury Energy Commerce Education Transportation
  Transport Agriculture Labor Labour Interior Justice Veterans Affairs Housing Urban Development Foreign Home
  Environment Trade Industry Culture Media Sport Sports Work Works Pensions Finance the Exchequer Scotland Wales
  Northern Ireland Europe International Women Equalities Communities Local Government Immigration Science
  Technology Innovation Business Enterprise Constitutional Employment Public National Staff Police Army Navy
  and
`);

/** Last word of an organisation's name: "State Department", "Tods Murray Group". */
export const ORG_HEADS = words(`
  Department Ministry Agency Administration Commission Council Party Bank Inc Inc. Corp Corp. Corporation Group
  Committee Court Courts University College School Association Union Federation Office Service Services
  Authority Institute Foundation Company Co Co. Ltd Ltd. plc PLC LLC Airlines Airways Guard Army Navy Police
  Bureau Board Network Networks News League Club Organization Organisation Forces Force Senate Congress
  Parliament Assembly Cabinet Commons Treasury Trust Fund Society Systems Technologies Holdings Industries
  Motors Records Studios Pictures Entertainment Media Broadcasting Telecom Telecommunications Communications
  Press Times Post Journal Herald Tribune Guardian Telegraph Mirror Express Gazette Review Magazine Mail
  Institution Academy Laboratory Laboratories Labs Co-Operative Cooperative Partnership Partners Alliance Front
  Movement Coalition Brigade Brigades Cartel Command Reserve Exchange Church Hospital Centre Center Unit
  Squad Team Office Executive Conference Caucus Chamber Secretariat Mission Tribunal Directorate Watch
  Enterprises Capital Airline Petroleum Oil Energy Pharmaceuticals Software Microsystems Electronics Stores
  Worldwide International Global Guild Channel Channels Organisation
`);

/** Lower-case group nouns after a capitalised name: "Sinaloa cartel", "Tren de Aragua gang". */
export const GROUP_NOUNS = words(`
  cartel cartels gang gangs militia militias group rebels network syndicate faction mafia clan party
`);

/** Capitalised words that start an organisation name: "Bank of England", "University of X". */
export const ORG_STARTS = words(`
  Bank University Department Ministry Office Church Board Council Court House Institute Museum Federation
  Association Union League Party Commission Committee College School Academy
`);

/**
 * Well-known organisations and acronyms that carry no org head word. Short: a corpus teaches
 * the rest through heads, acronyms and lower-case group nouns.
 */
export const KNOWN_ORGS = words(`
  FBI CIA NSA DEA ICE DHS DOJ NATO UN EU WHO IMF OPEC FIFA UEFA IOC BBC CNN NBC ABC CBS ITV Reuters AP AFP
  Pentagon Kremlin Hamas Hezbollah Taliban Labour Tories Tory Conservatives Democrats Republicans SNP UKIP BNP
  Google Microsoft Apple Amazon Facebook Meta Twitter Nvidia Intel IBM Samsung Sony Boeing Airbus Ryanair
  Interpol Europol Unicef UNHCR Nasa NASA Greenpeace Fiat Toyota Ford Yahoo eBay Vodafone Tesco Sainsbury
  Barclays HSBC Whitehall Westminster Holyrood Ofcom Ofsted Ofwat Wada WADA Balco MSN Sky Telewest
  Parliament Cabinet Commons Congress Senate Treasury
  Opel Saab Nissan Honda Volkswagen Siemens Nokia Motorola Disney Pixar Warner Viacom Universal
`);

/** Bare well-known organisations that are more than one word (matched as whole phrases). */
export const KNOWN_ORG_PHRASES = [
  "White House",
  "Downing Street",
  "Lib Dems",
  "Lib Dem",
  "Liberal Democrats",
  "National Guard",
  "Tren de Aragua",
  "Scotland Yard",
  "Wall Street",
  "Capitol Hill",
  "Manchester United",
  "Manchester City",
  "Real Madrid",
  "Ask Jeeves",
  "European Union",
  "United Nations",
  "Red Cross",
  "Al Qaeda",
  "al-Qaeda",
  "Islamic State",
];

/** Demonyms and national adjectives that may start a title ("Venezuelan President"). */
export const DEMONYMS = words(`
  American Mexican Venezuelan Colombian Cuban Brazilian Argentine Argentinian Chilean Peruvian Ecuadorian
  Canadian British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss
  Austrian Swedish Norwegian Danish Finnish Polish Czech Hungarian Greek Turkish Russian Ukrainian Chinese
  Japanese Korean Indian Pakistani Afghan Iranian Iraqi Syrian Israeli Palestinian Lebanese Egyptian Saudi
  Nigerian Kenyan South African Australian Ethiopian Thai Vietnamese Indonesian Filipino Malaysian European
  U.S. US UK U.K. Nicaraguan Honduran Guatemalan Salvadoran Panamanian Haitian Dominican Jamaican Bolivian
  Californian Texan Floridian Londoner Paraguayan Uruguayan Latino Latina Asian Arab African Western Eastern Northern Southern
`);

/** Places and regions: never actors on their own. Small and general (countries, big regions, capitals). */
export const PLACES = words(`
  America Americas Mexico Venezuela Colombia Cuba Brazil Argentina Chile Peru Ecuador Canada Britain England
  Scotland Wales Ireland France Germany Italy Spain Portugal Netherlands Belgium Switzerland Austria Sweden
  Norway Denmark Finland Poland Greece Turkey Russia Ukraine China Japan Korea India Pakistan Afghanistan Iran
  Iraq Syria Israel Gaza Lebanon Egypt Nigeria Kenya Africa Australia Europe Asia Caribbean Pacific Atlantic
  Washington London Paris Berlin Moscow Beijing Tokyo Caracas Havana Bogota Madrid Rome Brussels Geneva Dublin
  Edinburgh Glasgow Cardiff Belfast Manchester Liverpool Birmingham Leeds California Texas Florida York Chicago
  Miami Ecuador Nicaragua Honduras Guatemala Panama Haiti Jamaica Bolivia Thailand Cambodia Vietnam Indonesia
  Philippines Malaysia Singapore Taiwan Ukraine Athens Sydney Odesa Kyiv Jerusalem Texas Arizona Ohio Georgia
  Virginia Carolina Dakota Europe Antarctica Arctic Mediterranean Balkans Baltic Iberia Scandinavia Siberia
  Hollywood Manhattan Brooklyn Scotland Sinaloa Sonora Chihuahua Tijuana Juarez Guadalajara Monterrey
  Mumbai Delhi Shanghai Hong Kong Seoul Cairo Baghdad Tehran Kabul Istanbul Ankara Lisbon Vienna Prague Warsaw
  Stockholm Oslo Copenhagen Helsinki Amsterdam Zurich Toronto Vancouver Montreal Ottawa Boston Seattle Atlanta
  Dallas Houston Denver Detroit Philadelphia Quebec Bondi Beach
`);

/** Place words that make a capitalised phrase a place: "Mexico City", "National Palace". */
export const PLACE_HEADS = words(`
  City Street Road Avenue Square Palace Island Islands Sea Ocean River Lake Mountain Mountains Valley Bay Gulf
  Coast Beach Park Airport Station Stadium Bridge Province County State States Region Republic Kingdom
  Basin Strait Canal Peninsula Desert Hills Heights Harbour Harbor Port Village Town Borough District Hall
  Cathedral Arena Centre Center Tower Castle Abbey Garden Gardens
`);

/** Last words of names of events, awards and competitions: "Jesse Owens Awards" is not a person. */
export const EVENT_HEADS = words(`
  Award Awards Prize Prizes Cup Games Olympics Championship Championships Festival Show Trophy Open Final
  Finals Tournament Series Grand Prix Marathon Summit Conference Day Week Act Bill Treaty Agreement Accord
`);

/** Capitalised words that are never (part of) an actor's name. */
export const NEVER = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter
  Internet Web God I I'm I've I'll I'd OK TV AM PM BST GMT EST CET UTC Mbps Kbps GB MB AI
  Mrs Mr Ms Dr
`);

/** Words that end a person's name ("Martin Luther King Jr", "James Morley III"). */
export const NAME_SUFFIXES = words(`Jr Jr. Sr Sr. II III IV`);

/** Letters after a name that are not part of it but say it is a person: "Guy Mansfield QC". */
export const POST_NOMINALS = words(`QC KC MP MSP MEP AM MLA OBE MBE CBE KBE DBE PhD`);

/** First words of place names: "Los Angeles", "San Francisco", "Fort Worth". */
export const PLACE_STARTS = words(
  `Los Las San Santa Santo Sao São Fort Mount Mt Lake Port Saint St St. Tel Rio Buenos El New`,
);

/** Lower-case particles inside names: "de la Fuente", "van Gogh", "bin Salman". */
export const PARTICLES = words(
  `de la del della der den di da dos das du van von bin ibn al el le ter ten st`,
);

/** Connectors inside organisation names: "Immigration and Customs Enforcement", "Bank of England". */
export const ORG_CONNECTORS = words(`of and for the & on de del`);

/** Role nouns that refer back to an actor ("the president", "the department"): noun → kind. */
export const ROLE_NOUNS: ReadonlyMap<string, "person" | "organization"> = new Map([
  ...[
    "president",
    "secretary",
    "minister",
    "director",
    "chancellor",
    "governor",
    "senator",
    "ambassador",
    "commissioner",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "judge",
    "general",
    "mayor",
    "leader",
    "prime minister",
    "chief executive",
    "coach",
    "manager",
    "actor",
    "actress",
    "singer",
    "star",
    "athlete",
    "sprinter",
    "champion",
  ].map((r) => [r, "person"] as const),
  ...[
    "department",
    "ministry",
    "agency",
    "administration",
    "company",
    "firm",
    "group",
    "party",
    "bank",
    "government",
    "commission",
    "council",
    "committee",
    "carrier",
    "airline",
    "club",
    "cartel",
    "gang",
    "corporation",
    "network",
    "broadcaster",
  ].map((r) => [r, "organization"] as const),
]);

/** Verbs of speech and action that mark the subject as an actor, and rank statements. */
export const SPEECH_VERBS = words(`
  said says say told tells added announced stated wrote claimed argued insisted warned urged accused denied
  admitted confirmed explained noted called described praised criticised criticized asked replied responded
`);

/** Verbs that say little about what an actor did: statements with only these rank lower. */
export const WEAK_VERBS = words(`is was are were be been has have had said says told added noted`);

/** Common English given names (a small list): a two-word capitalised phrase starting with one is a person. */
export const GIVEN_NAMES = words(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank
  Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter
  Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan
  Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene
  Russell Bobby Mason Philip Louis Tony Tom Tim Jim Bill Bob Mike Dave Steve Chris Nick Ben Sam Dan Matt Rob
  Ian Neil Gordon Alistair Nigel Colin Graham Simon Martin Stuart Iain Hugh Malcolm Gavin Glenn Craig Clive
  Tony Marco Carlos Luis Miguel Pedro Jorge Manuel Javier Francisco Antonio Rafael Ricardo Fernando Andres
  Alejandro Diego Pablo Sergio Emmanuel Vladimir Boris Sergei Xi Li Wang Mohammed Muhammad Ahmed Ali Omar
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
  Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
  Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
  Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
  Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
  Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Claudia Kristi Kelli Marion Tessa
  Jane Kate Lucy Sally Clare Claire Fiona Gillian Harriet Tessa Jo Liz Beth Ruth Ellen Anne Kirsty Nicola
  Hillary Condoleezza Angela Theresa Keir Rishi Boris Liz Ed Ken Len Les Jon Leo Max Oscar Hugo Felix Ivan
`);

/** Capitalised words that commonly start a sentence and are not names (besides stopwords). */
export const SENTENCE_STARTERS = words(`
  Yet However Meanwhile Still Despite Last Next Shortly Speaking Although Though Since Under Among Asked
  Analysts Officials Experts Critics Supporters Police Many Most Some Several Both Either Neither Now Then Today
  Earlier Later Instead Already Once Even Never Only Just Such Another Other Every Each Further Overall Also
  According Following Amid Across Along Around Behind Beyond Inside Outside Within Without Towards Toward
  Unlike Like Including Given Having Being Here There Thus Hence Indeed Perhaps Maybe Finally First Second
  Third Sources Our Their His Her Its My Your
`);

/** Corporate suffixes: "Multiplex Group" is also called "Multiplex". */
export const CORP_SUFFIXES = words(
  `Group Inc Inc. Corp Corp. Corporation plc PLC Ltd Ltd. Co Co. Company Holdings LLC AG SA`,
);

/** Descriptive words after a company's name that its short form leaves off: "Telewest Broadband". */
export const CORP_DESCRIPTORS = words(`
  Broadband Communications Technologies Industries Enterprises Airlines Airways Worldwide Pictures Studios
  Records Entertainment Motors Pharmaceuticals Telecommunications
`);

/** Lower-case institution nouns that belong to the name before them: "Labour party", "Superior court". */
export const INSTITUTION_NOUNS = words(`party police court constabulary`);

/** Lower-case nouns that say the name before them is an organisation but are not part of it: "Vanity Fair magazine". */
export const ORG_DESCRIPTOR_NOUNS = words(`
  magazine newspaper paper tabloid website broadcaster network channel studio studios label firm company
  airline carrier retailer supermarket chain bank insurer charity union think-tank
`);

/** Countries (and the UK's nations) that sports bodies and agencies are named after: "Sport England". */
export const NATIONS = words(`
  England Scotland Wales Ireland Britain UK USA America Canada Australia Zealand France Germany Italy Spain
  India China Japan Mexico Brazil Kenya Nigeria Jamaica Africa Europe
`);

/** First words that make "<word> <nation>" a place, not a body: "Great Britain", "Northern Ireland". */
export const PLACE_MODIFIERS = words(`
  Great Greater New Old North South East West Northern Southern Eastern Western Central Mid Upper Lower Inner
  Outer Little Rural Urban Downtown All Modern Ancient Republic Democratic Federal United
`);

/** Upper-case abbreviations of things, not actors: "a PC", "a DVD", "VAT". */
export const THING_ACRONYMS = words(`
  PC PCs PVR PVRs DVD DVDs CD CDs TV GDP VAT ID IDs PE IT HIV AIDS SMS MMS ISP ADSL DSL PIN MP3 GPS USB RAM
  CPU HD LCD RSS URL PDF FAQ DNA CCTV GCSE GCSEs ASBO ASBOs MW GW FM IVF SUV SUVs IQ
`);
