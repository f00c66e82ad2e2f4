// Words that make a name an organisation's, and well-known organisations.

import { forms, words } from "./word-list.ts";

/** Last word of an organisation's name: "State Department", "Tods Murray Group"; performing groups
 *  too ("Westport Youth Orchestra", "Boys Choir"), which no "he" stands for; and the trades and
 *  papers of wire copy ("Newmont Mining", "Salomon Brothers", "People's Daily"). */
export const ORG_NAME_HEADS = words(`
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
  Worldwide International Global Guild Channel Channels Organisation Newsroom Newsdesk
  Research Securities Consulting Consultancy Consultants Economics Analytics Consortium Syndicate
  Choir Orchestra Philharmonic Ensemble Ballet
  Daily Mining Minerals Resources Steel Chemical Chemicals Brothers Bancorp Bankshares Financial
  Insurance Electric Foods Products Instruments Semiconductor Associates Properties Investments
  Savings Ventures Shipping Textiles Utilities Refining Realty
  Harriers Rovers Wanderers Albion Hotspur Argyle Thistle Athletic Academicals Theatre United
`);

/** Heads of newspapers' names that a weekday starts ("Sunday Telegraph", "Sunday Times"). */
export const WEEKDAY_PAPER_HEADS = words(
  "Times Telegraph Mirror Express Herald Post Mail Independent Tribune Star People Sport Observer",
);

/** Heads of noun phrases that name an organisation ("the department said"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  forms(`department ministry agency company firm club government party union council committee group
  bank court commission office paper newspaper association federation authority board administration
  team service network website magazine broadcaster channel body watchdog regulator organisation
  organization foundation institute university school league charity police force army military
  navy embassy parliament senate house congress cabinet campaign corporation corp inc ltd plc
  airline carrier retailer maker manufacturer giant operator station studio label publisher`),
);

/** Capitalised words that start an organisation name: "Bank of England", "University of X";
 *  "Chambers of Commerce" too (a plural head no surname use puts before "of" in the corpus). */
export const ORG_STARTS = words(`
  Bank University Department Ministry Office Church Board Council Court House Institute Museum Federation
  Association Union League Party Commission Committee College School Academy Chamber Chambers
`);

/** Connectors inside organisation names: "Immigration and Customs Enforcement", "Bank of England",
 *  "Committee to Protect Journalists". */
export const ORG_CONNECTORS = words(`of and for the & on de del to`);

/** Lower-case group nouns after a capitalised name: "Sinaloa cartel", "Tren de Aragua gang". */
export const GROUP_NOUNS = words(`
  cartel cartels gang gangs militia militias group rebels network syndicate faction mafia clan party
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

/**
 * Parties' everyday names and the formal name's first word: "the Tories" and "the Conservative
 * Party" are one party, as "the GOP" and "the Republican Party" are.
 */
export const PARTY_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["Tories", "Conservative"],
  ["Tory", "Conservative"],
  ["Conservatives", "Conservative"],
  ["GOP", "Republican"],
  ["Republicans", "Republican"],
  ["Democrats", "Democratic"],
  // (a party whose everyday name is its formal word: shown as "Labour Party" all the same)
  ["Labour", "Labour"],
]);

/** Corporate suffixes: "Multiplex Group" is also called "Multiplex". */
export const CORP_SUFFIXES = words(
  `Group Inc Inc. Corp Corp. Corporation plc PLC Ltd Ltd. Co Co. Company Holdings LLC AG SA`,
);

/** Legal suffixes a company's acronym and short forms leave out ("Corp", "Inc", "Ltd", "SpA"…). */
export const LEGAL_SUFFIXES = words(
  `Corp Corp. Corporation Inc Inc. Incorporated Co Co. Cos Cos. Company Ltd Ltd. Limited PLC Plc plc
  SpA SA S.A. AG NV N.V. BV GmbH AB ASA Bhd Berhad LLC LP`,
);

/** Descriptive words after a company's name that its short form leaves off: "Telewest Broadband". */
export const CORP_DESCRIPTORS = words(`
  Broadband Communications Technologies Industries Enterprises Airlines Airways Worldwide Pictures Studios
  Records Entertainment Motors Pharmaceuticals Telecommunications Telecoms Media Networks Computer
  Electronics Software Systems Interactive Games Music Publishing Digital Mobile Online
`);

/** Lower-case institution nouns that belong to the name before them: "Labour party", "Superior court". */
export const INSTITUTION_NOUNS = words(`party police court constabulary`);

/** Lower-case nouns that say the name before them is an organisation but are not part of it: "Vanity Fair magazine". */
export const ORG_DESCRIPTOR_NOUNS = words(`
  magazine newspaper paper tabloid website broadcaster network channel studio studios label firm company
  airline carrier retailer supermarket chain bank insurer charity union think-tank
`);

/** Nouns only a body is, written right before its name ("games firm Pocket Tech"). Not
 *  "broadcaster", "publisher", "maker" or "operator": "veteran broadcaster Cyril Fletcher" is a person. */
export const BODY_KIND_NOUNS = words(`
  firm company magazine newspaper paper tabloid website network channel studio label airline retailer
  supermarket chain bank insurer charity union club group giant agency watchdog regulator
`);

/** Kinds specific enough that "the magazine" is the body introduced as "magazine X" over the latest
 *  body named: a rival "club" or a "monitoring firm" is often named last, a second "magazine" seldom. */
export const SPECIFIC_BODY_KINDS = words(`
  magazine newspaper paper tabloid journal broadcaster channel station website watchdog regulator charity
`);
