// The lexicon of reporting: verbs and phrases that attribute words to a speaker ("said",
// "told", "according to"), words that name an anonymous source, titles that precede a name,
// and the constructions that mark a quoted label ("called it", "so-called"). General English
// news usage — nothing here is specific to one corpus.

const forms = (spec: string): string[] => spec.split(/\s+/).filter(Boolean);

/** Verbs of saying and writing, every inflection (lower case). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  forms(`
  say says said saying tell tells told telling write writes wrote written writing
  add adds added adding note notes noted noting announce announces announced announcing
  insist insists insisted warn warns warned warning argue argues argued arguing
  stress stresses stressed post posts posted tweet tweets tweeted claim claims claimed
  explain explains explained state states stated declare declares declared
  ask asks asked reply replies replied respond responds responded answer answered
  admit admits admitted acknowledge acknowledges acknowledged suggest suggests suggested
  conclude concludes concluded recall recalls recalled predict predicts predicted
  promise promises promised vow vows vowed pledge pledged urge urges urged
  deny denies denied maintain maintains maintained confirm confirms confirmed
  agree agrees agreed emphasize emphasizes emphasized emphasise emphasises emphasised
  observe observes observed remark remarks remarked comment comments commented
  joke jokes joked quip quips quipped complain complains complained concede concedes conceded
  boast boasts boasted report reports reported reveal reveals revealed
  continue continues continued went goes explain tells shouted cried yelled whispered
  testify testified assert asserts asserted contend contends contended counter countered
  reiterate reiterates reiterated allege alleges alleged
  believe believes believed think thinks thought feel feels felt
  accuse accuses accused criticise criticises criticised criticize criticizes criticized
  hail hails hailed praise praises praised condemn condemns condemned dismiss dismisses dismissed
  call calls called describe describes described characterize characterizes characterized
  characterise characterises characterised label labels labelled labeled dub dubs dubbed
  brand brands branded term terms termed designate designates designated refer refers referred
  blame blames blamed deem deems deemed
  `),
);

/** Verbs that introduce a label or characterisation rather than a statement. */
export const LABEL_VERBS: ReadonlySet<string> = new Set(
  forms(`
  call calls called describe describes described characterize characterizes characterized
  characterise characterises characterised label labels labelled labeled dub dubs dubbed
  brand brands branded term terms termed designate designates designated refer refers referred
  hail hails hailed deem deems deemed
  `),
);

/** Verbs that can only attribute when a quotation follows them directly (not "he thinks X"). */
export const WEAK_VERBS: ReadonlySet<string> = new Set(
  forms(`believe believes believed think thinks thought feel feels felt continue continues continued
  went goes report reports reported`),
);

/** Words between a subject and its verb that do not change who speaks ("he later said"). */
export const ADVERBS: ReadonlySet<string> = new Set(
  forms(`also later then again once recently earlier previously simply just further repeatedly
  has have had was is were are will would did does do had been being once yesterday today
  publicly privately reportedly separately quickly firmly flatly angrily bluntly
  not never already even still only openly frankly`),
);

/** Pronouns that can stand as a speaker, with the person they refer to. */
export const PRONOUNS: Readonly<Record<string, "male" | "female" | "plural" | "thing" | "self">> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "thing",
  we: "plural",
  i: "self",
};

/** Honorifics and the gender they imply. */
export const HONORIFICS: Readonly<Record<string, "male" | "female" | "any">> = {
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

/** Honorifics that are part of a peer's styled name ("Lord Butler"): kept in the name. */
export const STYLED: ReadonlySet<string> = new Set(["lord", "lady", "sir", "dame", "baroness", "baron"]);

/** Words of office and description that precede a name ("Foreign Secretary Jack Straw"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  forms(`
  president vice prime minister secretary foreign home shadow deputy chief executive chancellor
  senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor
  general gen. gen admiral adm. colonel col. captain capt. lieutenant lt. sergeant sgt. major
  commander director chairman chairwoman chair spokesman spokeswoman spokesperson leader
  ambassador envoy attorney judge justice officer official minister. premier commissioner
  inspector insp det det. detective superintendent supt constable pc chief-executive boss
  manager coach striker midfielder defender goalkeeper keeper player captain analyst economist
  analyst founder co-founder head editor correspondent professor prof analyst partner
  mexican american british french german us u.s. uk eu former acting interim new then
  conservative labour liberal democrat democratic republican lib dem tory green independent
  party campaign group general-secretary mp mep mr mr. mrs mrs. ms ms. dr dr. the
  foreign-minister security defense defence finance trade economy health education justice
  interior state national federal senior junior assistant principal managing news science
  culture sports sport environment transport energy international affairs development
  engineer researcher scientist lawyer doctor nurse teacher farmer author writer actor actress singer
  star comedian presenter host producer musician artist chef pilot
  `),
);

/** Heads of noun phrases that name an anonymous source ("a senior official said"). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  forms(`official officials spokesman spokeswoman spokesperson spokespeople source sources aide aides
  insider insiders diplomat diplomats person people observer observers analyst analysts expert experts
  critic critics witness witnesses resident residents friend friends member members worker workers
  staffer staffers adviser advisers advisor advisors`),
);

/** Heads of noun phrases that name an organisation ("the department said"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  forms(`department ministry agency company firm club government party union council committee group
  bank court commission office paper newspaper association federation authority board administration
  team service network website magazine broadcaster channel body watchdog regulator organisation
  organization foundation institute university school league charity police force army military
  navy embassy parliament senate house congress cabinet campaign corporation corp inc ltd plc
  airline carrier retailer maker manufacturer giant operator station studio label publisher`),
);

/** Nouns for documents that speak for their issuer ("the statement said"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  forms(`statement report survey study letter document memo filing release communique poll research
  paper article editorial ruling judgment verdict message email posting motion headline`),
);

/** Particles inside personal names ("Juan Ramón de la Fuente", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  forms(`de la del della di da das dos du le van von der den ter bin ibn al el abu st st. y e`),
);

/** Words that end a noun phrase when reading backwards from a verb. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(
  forms(`that and but or who whom which whose when while where because as if though although since
  after before than so whether what how why to of for with by in on at from into about over under
  it's is are was were be been said says told`),
);

/** Constructions that mark the next quotation as a label: `as "X"`, `so-called "X"`. */
export const LABEL_BEFORE =
  /(?:\b(?:as|so-called|dubbed|branded|labell?ed|termed|called|calling|named|known as|what (?:he|she|they|it|we) (?:called|calls|described as)|the word|the term|the phrase|the words))\s*$/i;

/** "According to X", "X, in a statement," and friends: cues that are phrases, not verbs. */
export const ACCORDING_TO = /\baccording to\s+$/i;

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}

/** Nouns ending in -ly that are not adverbs ("the former monopoly said"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
  forms(`monopoly family assembly supply ally rally reply anomaly italy july jelly belly bully holly lily
  homily panoply apply comply multiply rely imply fly daily weekly monthly quarterly melancholy folly
  oligopoly bubbly`),
);

/** Offices with one holder: "the chancellor" names whoever the article calls that, or no one. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(
  forms(`minister chancellor president secretary general leader premier governor mayor chairman chairwoman
  chair chief executive director commissioner ambassador speaker judge prosecutor attorney treasurer
  governor-general chief-executive head registrar ombudsman`),
);

/** Role nouns that describe a person in apposition or before a name ("Arsenal boss X"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...OFFICE_HEADS,
  ...forms(`boss manager coach striker midfielder defender goalkeeper keeper captain player winger
  analyst economist founder co-founder editor correspondent professor partner spokesman spokeswoman
  spokesperson lawyer doctor author writer actor actress singer star comedian presenter host producer
  musician artist chef pilot mogul dj rapper guitarist drummer frontman veteran campaigner activist
  adviser advisor aide deputy official officer inspector detective superintendent constable mp mep
  senator congressman congresswoman representative candidate challenger champion chairperson
  broadcaster journalist commentator critic designer engineer scientist researcher teacher owner
  investor entrepreneur banker magnate tycoon billionaire millionaire daughter son wife husband mother
  father brother sister widow girlfriend boyfriend friend colleague rival counterpart predecessor
  successor`),
]);

/** Capitalised nouns for a person's nationality used as a description ("the Scot said"). */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set(
  forms(`scot scotsman scotswoman briton brit englishman englishwoman irishman irishwoman welshman
  welshwoman frenchman frenchwoman dutchman dutchwoman spaniard swede dane pole finn kiwi aussie
  italian australian brazilian argentine argentinian portuguese canadian american german norwegian
  russian ukrainian croatian serbian romanian bulgarian czech nigerian ghanaian cameroonian ivorian
  senegalese chilean colombian mexican uruguayan paraguayan peruvian belgian austrian swiss greek
  turk israeli egyptian moroccan algerian tunisian japanese chinese korean indian pakistani
  wallaby springbok`),
);
