// Titles, honorifics, offices and roles that stand before or for a person's name.

import { forms, words } from "./word-list.ts";

/** Honorifics before a name; dropped from the name ("Mr McLetchie" → McLetchie). */
export const HONORIFICS = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron Prof Prof. Professor Rev Rev. Reverend
  Fr Fr. Father Sister Brother Sheikh Imam Rabbi Mx
`);

/** The honorifics that say a person and nothing more ("Mr Warner", "Lord Sainsbury"): whatever word
 *  follows, a firm's name included, is a name. */
export const PERSONAL_HONORIFICS = words(
  `Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sir Dame Lord Lady Baroness Baron`,
);

/** Honorifics and the gender they imply. */
export const HONORIFIC_GENDER: Readonly<Record<string, "male" | "female" | "any">> = {
  mr: "male",
  "mr.": "male",
  mrs: "female",
  "mrs.": "female",
  ms: "female",
  "ms.": "female",
  miss: "female",
  sir: "male",
  lord: "male",
  lady: "female",
  dame: "female",
  dr: "any",
  "dr.": "any",
  prof: "any",
  "prof.": "any",
  professor: "any",
  king: "male",
  queen: "female",
  prince: "male",
  princess: "female",
  baroness: "female",
  baron: "male",
};

/** Role and kin nouns that give a person's gender ("Fletcher's daughter Jill", "the spokesman"). */
export const ROLE_GENDER: Readonly<Record<string, "male" | "female">> = {
  daughter: "female",
  wife: "female",
  mother: "female",
  sister: "female",
  // step-, half- and wider kin ("the guitarist's stepsister", "his niece")
  stepsister: "female",
  stepmother: "female",
  stepdaughter: "female",
  "half-sister": "female",
  niece: "female",
  aunt: "female",
  grandmother: "female",
  granddaughter: "female",
  widow: "female",
  girlfriend: "female",
  actress: "female",
  spokeswoman: "female",
  chairwoman: "female",
  congresswoman: "female",
  son: "male",
  husband: "male",
  father: "male",
  brother: "male",
  stepbrother: "male",
  stepfather: "male",
  stepson: "male",
  "half-brother": "male",
  nephew: "male",
  uncle: "male",
  grandfather: "male",
  grandson: "male",
  widower: "male",
  boyfriend: "male",
  spokesman: "male",
  chairman: "male",
  congressman: "male",
};

/** Nouns for a person's relation to another ("her friend Shona", "his father, Bill", "one
 *  neighbour"): read before a lone given name and as an anonymous source's head. */
export const RELATION_NOUNS: readonly string[] = `friend partner wife husband boyfriend girlfriend
  fiance fiancee fiancé fiancée colleague neighbour flatmate team-mate classmate son daughter mother
  father mum dad brother sister grandmother grandfather gran grandson granddaughter uncle aunt cousin
  nephew niece widow`
  .trim()
  .split(/\s+/);

/** Relatives who share the family's name ("Hale's wife Ann" is Ann Hale), as a pattern's alternation. */
export const FAMILY_NOUNS = "daughter|son|wife|husband|mother|father|brother|sister|widow|widower";

/** Words before a relation noun that keep it a relation ("his late wife", "her best friend"). */
export const RELATION_MODIFIERS = "best|old|younger|older|elder|twin|late|long-time";

/** Honorifics that go before a surname, never a given name alone ("Mr Howard" is no Howard Flight). */
export const SURNAME_HONORIFICS: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx"]);

/** Honorifics that are part of a peer's styled name ("Lord Butler"): kept in the name. */
export const STYLED: ReadonlySet<string> = new Set(["lord", "lady", "sir", "dame", "baroness", "baron"]);

/** Police, military and civic ranks written short, with or without a stop ("Det Chief Supt Ann
 *  Bell", "Lt Col Ian Roe", "Cllr Jo Hart"): titles, never a given name. ("PC", "DC", "DS" and "DI"
 *  are left out: they are as often a computer, a capital or a company.) */
const RANK_ABBREVIATIONS = `
  Supt Supt. Insp Insp. Det Det. Sgt Lt Col Maj Brig Brig. Capt Cpl Cpl. Pte Pte. Cdr Cdr. Cmdr Cmdr.
  Cllr Cllr. Gov Gov. DCI DCS DSupt Lt-Col Lt-Gen Maj-Gen Brig-Gen
`;

/** Words that end a title before a name: "… Secretary Kristi Noem", "President Donald Trump". */
export const TITLE_HEADS = words(`${RANK_ABBREVIATIONS}
  President Vice-President Secretary Under-Secretary Undersecretary Minister Director Chancellor Governor Senator Sen. Sen Rep. Representative
  Congressman Congresswoman Ambassador Commissioner Chairman Chairwoman Chair Chief Spokesman Spokeswoman
  Spokesperson Judge Justice General Gen. Gen Lt. Col. Colonel Major Maj. Admiral Adm. Captain Capt. Sergeant
  Sgt. Commander Mayor Leader Prince Princess King Queen Pope Emperor Premier Attorney Coach Manager Officer
  CEO Founder Editor Correspondent Lawyer Prosecutor Inspector Superintendent Detective Constable MP MSP MEP
  Envoy Adviser Advisor Administrator Deputy Speaker Whip Treasurer Sheriff Deputy-Director Executive
  Chairperson Director-General Dean Bishop Archbishop Cardinal Chancellor-elect President-elect Rapporteur DJ
  Engineer Analyst Economist Scientist Researcher
  Secretary-General Attorney-General Solicitor-General Surgeon-General Inspector-General Auditor-General
  Advocate-General Governor-General Postmaster-General Comptroller-General General-Secretary
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

/** Words of office and description that precede a name ("Foreign Secretary Jack Straw"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...forms(RANK_ABBREVIATIONS.toLowerCase()),
  // "Det Ch Insp": "Ch" (chief) only inside a rank written short
  "ch",
  ...forms(`
  president vice prime minister secretary under-secretary undersecretary foreign home shadow deputy chief executive chancellor
  senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor
  general gen. gen admiral adm. colonel col. captain capt. lieutenant lt. sergeant sgt. major
  commander director chairman chairwoman chair spokesman spokeswoman spokesperson leader
  ambassador envoy attorney judge justice officer official minister. premier commissioner
  inspector insp det det. detective superintendent supt constable pc chief-executive boss
  manager coach striker midfielder defender goalkeeper keeper player captain analyst economist
  analyst founder co-founder head editor correspondent professor prof analyst partner
  mexican american british french german us u.s. uk eu former acting interim new then
  conservative labour liberal democrat democratic republican lib dem tory green independent
  party campaign group general-secretary mp mep msp mr mr. mrs mrs. ms ms. dr dr. the
  foreign-minister security defense defence finance trade economy health education justice
  interior state national federal senior junior assistant principal managing news science
  culture sports sport environment transport energy international affairs development
  engineer researcher scientist lawyer doctor nurse teacher farmer author writer actor actress singer
  star comedian presenter host producer musician artist chef pilot
  secretary-general attorney-general solicitor-general surgeon-general inspector-general auditor-general
  advocate-general governor-general postmaster-general comptroller-general director-general
  `),
]);

/** Clergy offices: "the Bishop said" is the office's holder, not a man named Bishop (a name keeps
 *  them as a style: "Bishop Colm Dwyer"). */
export const CLERGY_OFFICES: ReadonlySet<string> = new Set(forms("bishop archbishop cardinal"));

/** Roles written as capital abbreviations: "the DJ said" is a person's role, not an organisation
 *  "DJ" (as "the MP" is); so are members of parliaments ("As an MSP, Mr Roe …"). */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  forms("dj djs ceo ceos mp mps msp msps mep meps mla mlas"),
);

/** Offices with one holder: "the chancellor" names whoever the article calls that, or no one. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(
  forms(`minister chancellor president secretary general leader premier governor mayor chairman chairwoman
  chair chief executive director commissioner ambassador speaker judge prosecutor attorney treasurer
  governor-general chief-executive head registrar ombudsman secretary-general attorney-general
  solicitor-general surgeon-general director-general`),
);

/** Portfolios and compounds that make an office of a head noun: the prime minister is not the
 *  finance minister, the home secretary not the foreign secretary, though both are written in
 *  lower case. */
export const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set(
  forms(`prime foreign home finance defence defense health education justice interior trade transport
  culture environment energy treasury economy economic development sports sport chief first attorney
  surgeon managing executive`),
);

/** Modifiers that make another office of the same head: the shadow home secretary is not the
 *  home secretary, the vice president not the president. */
export const OFFICE_RANKS: ReadonlySet<string> = new Set(
  forms("shadow deputy vice assistant acting junior interim under"),
);

/** Role nouns that describe a person in apposition or before a name ("Arsenal boss X"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...OFFICE_HEADS,
  ...forms(`boss manager coach striker midfielder defender goalkeeper keeper captain player winger
  analyst economist founder co-founder editor correspondent professor partner spokesman spokeswoman
  spokesperson lawyer doctor author writer actor actress singer star comedian presenter host producer
  musician artist chef pilot mogul dj rapper guitarist drummer frontman veteran campaigner activist
  adviser advisor aide deputy official officer inspector detective superintendent constable mp mep msp
  senator congressman congresswoman representative candidate challenger champion chairperson
  broadcaster journalist commentator critic designer engineer scientist researcher teacher owner
  investor entrepreneur banker magnate tycoon billionaire millionaire daughter son wife husband mother
  father brother sister widow girlfriend boyfriend friend colleague rival counterpart predecessor
  successor organiser organizer coordinator controller
  youngster teenager athlete sprinter runner debutant full-back fly-half scrum-half prop hooker flanker
  agent bishop archbishop cardinal forward lock ceo skipper bowler paceman seamer spinner batsman
  all-rounder wicketkeeper
  coroner barrister solicitor surgeon councillor referee umpire headteacher headmaster headmistress
  footballer cricketer golfer boxer jockey swimmer cyclist waitress`),
]);

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

/** Letters after a name that are not part of it but say it is a person: "Guy Mansfield QC". */
export const POST_NOMINALS = words(`QC KC MP MSP MEP AM MLA OBE MBE CBE KBE DBE PhD`);
