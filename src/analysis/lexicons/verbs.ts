// Verbs of saying: which words attribute speech, which rank an actor's statements.

import { forms, words } from "./word-list.ts";

/** "point out" and its inflections: one token in the quote rules (quotes/tokens.ts). */
const POINT_OUT = ["point out", "points out", "pointed out", "pointing out"];

/** Verbs of saying and writing, every inflection (lower case). */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([
  ...POINT_OUT,
  ...forms(`
  say says said saying tell tells told telling write writes wrote written writing
  add adds added adding note notes noted noting announce announces announced announcing
  insist insists insisted warn warns warned warning argue argues argued arguing
  stress stresses stressed post posts posted tweet tweets tweeted claim claims claimed
  explain explains explained state states stated declare declares declared
  ask asks asked asking reply replies replied replying respond responds responded responding answer answered
  admit admits admitted acknowledge acknowledges acknowledged suggest suggests suggested
  conclude concludes concluded recall recalls recalled predict predicts predicted
  promise promises promised vow vows vowed pledge pledged urge urges urged
  deny denies denied maintain maintains maintained confirm confirms confirmed
  agree agrees agreed emphasize emphasizes emphasized emphasise emphasises emphasised
  observe observes observed remark remarks remarked comment comments commented
  joke jokes joked quip quips quipped complain complains complained complaining concede concedes conceded
  boast boasts boasted report reports reported reveal reveals revealed
  continue continues continued went goes explain tells shouted cried yelled whispered
  testify testified assert asserts asserted contend contends contended counter countered
  reiterate reiterates reiterated allege alleges alleged
  believe believes believed think thinks thought feel feels felt
  accuse accuses accused criticise criticises criticised criticize criticizes criticized
  hail hails hailed praise praises praised condemn condemns condemned dismiss dismisses dismissed
  denounce denounces denounced questioned
  call calls called describe describes described characterize characterizes characterized
  characterise characterises characterised label labels labelled labeled dub dubs dubbed
  brand brands branded term terms termed designate designates designated refer refers referred
  blame blames blamed deem deems deemed
  caution cautions cautioned cautioning demand demands demanded demanding retort retorts retorted
  echo echoes echoed echoing chant chants chanted chanting exclaim exclaims exclaimed lament laments
  lamented scoff scoffs scoffed recount recounts recounted proclaim proclaims proclaimed mutter muttered
  interject interjected mused assure assures assured reassure reassures reassured inform informs informed
  `),
  // participles of the verbs above that open a clause on the main subject ("…, dubbing Mr Brown
  // “Sir Wastealot”", "…, insisting Gallas “would have …”")
  ...forms(`dubbing branding describing labelling labeling terming urging insisting hailing
  praising accusing condemning criticising criticizing`),
]);

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
export const VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE: ReadonlySet<string> = new Set(
  forms(`believe believes believed think thinks thought feel feels felt continue continues continued
  went goes report reports reported`),
);

/** Verbs of speech and action that mark the subject as an actor, and rank statements. */
export const STATEMENT_VERBS = words(`
  said says say told tells added announced stated wrote claimed argued insisted warned urged accused denied
  admitted confirmed explained noted called described praised criticised criticized asked replied responded
`);

/** Verbs that say little about what an actor did: statements with only these rank lower. */
export const LITTLE_SAYING_VERBS = words(`is was are were be been has have had said says told added noted`);

/**
 * Reported speech: verbs whose clause complement is what someone said ("said the plan failed",
 * "warned that …"). Those in REPORTED_BARE_VERBS take the clause without "that"; the others
 * only with "that" ("found that", "believes that").
 */
export const REPORTED_THAT_VERBS: ReadonlySet<string> = new Set([
  ...POINT_OUT,
  ...forms(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  argue argues argued arguing warn warns warned warning insist insists insisted insisting
  claim claims claimed claiming suggest suggests suggested suggesting believe believes believed
  think thinks thought acknowledge acknowledges acknowledged admit admits admitted explain explains
  explained announce announces announced predict predicts predicted stress stresses stressed
  contend contends contended assert asserts asserted maintain maintains maintained concede concedes
  conceded complain complains complained write writes wrote tweet tweets tweeted post posts posted
  indicate indicates indicated hint hints hinted signal signals signaled signalled reveal reveals
  revealed confirm confirms confirmed agree agrees agreed recall recalls recalled counter counters
  countered declare declares declared estimate estimates estimated allege alleges alleged charge
  charges charged testify testifies testified promise promises promised vow vows vowed pledge
  pledges pledged assure assures assured remind reminds reminded inform informs informed emphasize
  emphasizes emphasized emphasise emphasised reiterate reiterates reiterated observe observes
  observed boast boasts boasted fear fears feared worry worries worried hope hopes hoped conclude
  concludes concluded find finds found show shows showed report reports reported predicted
  speculate speculates speculated acknowledging explaining suggesting predicting noting
  state states stated point points pointed pointing
  stating announcing alleging confirming complaining declaring stressing emphasizing revealing
  conceding reporting showing finding concluding warning asserting insisting maintaining
  respond responds responded responding reaffirm reaffirms reaffirmed reaffirming calculate
  calculates calculated posit posits posited imply implies implied expect expects expected
  `),
]);

/** Reporting verbs that take a bare clause ("said the plan failed", "told reporters he would"). */
export const REPORTED_BARE_VERBS: ReadonlySet<string> = new Set([
  ...POINT_OUT,
  ...forms(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  argue argues argued arguing warn warns warned warning insist insists insisted insisting
  claim claims claimed claiming suggest suggests suggested suggesting believe believes believed
  think thinks thought acknowledge acknowledges acknowledged admit admits admitted predict predicts
  predicted contend contends contended assert asserts asserted
  wrote writes tweeted tweets announced announces declared declares recalled recalls complained
  complains conceded concedes stressed stresses emphasized emphasizes reiterated reiterates hinted
  hints vowed vows promised promises reported reports revealed reveals confirmed confirms estimated
  estimates alleged alleges maintained maintains countered counters hoped hopes feared fears worried
  worries felt feels joked jokes boasted boasts bragged brags lamented laments observed observes
  replied replies quipped quips indicated indicates signaled signals agreed agrees concluded
  concludes recounted recounts remembered remembers pointed points
  explained explains stated responded responds answered answers cautioned cautions emphasised
  emphasises continued
  `),
]);

/** Reporting verbs whose first complement is the hearer ("told reporters", "assured voters"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  forms(`tell tells told telling assure assures assured remind reminds reminded inform informs
  informed warn warns warned`),
);

/** Verbs of public stance whose object is what was said ("criticized the deal", "endorsed Cruz"). */
export const STANCE_OBJECT_VERBS: ReadonlySet<string> = new Set(
  forms(`
  criticized criticised criticizes criticises criticizing endorsed endorses endorsing praised praises
  praising defended defends defending accused accuses accusing blamed blames blaming urged urges
  urging rejected rejects rejecting dismissed dismisses dismissing denounced denounces denouncing
  condemned condemns condemning slammed slams slamming blasted blasts blasting questioned
  questions questioning denied denies denying proposed proposes proposing mocked mocks mocking
  ridiculed ridicules touted touts touting decried decries decrying lambasted lambastes hailed hails
  called calls calling described describes describing cited cites citing
  announced announces announcing declared declares expressed expresses expressing promised promises
  pledged pledges vowed vows thanked thanks thanking apologized apologised confirmed confirms
  asked asks asking showed shows talked talks talking spoke speaks speaking
  attacked attacks attacking backed backs backing supported supports supporting opposed opposes
  opposing challenged challenges challenging mentioned mentions mentioning discussed discusses
  discussing echoed echoes echoing voiced voices voicing demanded demands demanding welcomed
  welcomes welcoming applauded applauds applauding assailed assails knocked knocks ripped rips
  recommended recommends recommending highlighted highlights highlighting emphasized emphasizes
  referred refers referring railed rails railing lamented laments lamenting bemoaned bemoans
  `),
);

/**
 * Verbs of stated intention and commitment whose content is a "to" clause ("vowed to repeal the
 * law", "wants to sign up five million people", "agreed to lend him the money").
 */
export const INTENT_VERBS: ReadonlySet<string> = new Set(
  forms(`
  want wants wanted plan plans planned planning vow vows vowed vowing pledge pledges pledged pledging
  promise promises promised promising agree agrees agreed refuse refuses refused refusing
  decline declines declined hope hopes hoped intend intends intended threaten threatens threatened
  threatening offer offers offered seek seeks sought expect expects expected aim aims aimed
  propose proposes proposed decide decides decided vote votes voted
  `),
);

/** Common irregular past forms (finite verbs that do not end in -ed): a clause's verb, where a
 *  subject phrase ends ("Roe stood up and declared"). */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set(
  `was were had did said went got made took gave came saw knew thought told wrote ran won lost left
  felt kept brought bought met paid sent spent built held stood understood led fell grew became
  began broke chose drew drove forgot hid rose shook sold sat slept spoke stole struck swore taught
  threw wore meant heard found sought fought caught dealt`.split(/\s+/),
);

/** Past forms the same as the base ("quit", "hit", "cut"): a past verb where a finite one is read. */
export const SAME_FORM_PASTS: ReadonlySet<string> = new Set([
  "quit",
  "hit",
  "cut",
  "put",
  "set",
  "let",
  "shut",
  "beat",
  "cast",
]);

/** Words ending in "s" that are never a verb ("this", "news", "crisis"): the rules that take a
 *  word in -s after a name or before a colon for a present-tense verb skip these. */
export const S_WORDS_NO_VERB: ReadonlySet<string> = words(`
  this his its thus plus yes less us as news series always perhaps whereas bus gas status crisis
  bonus campus virus focus
`);

/** Verbs after a name printed with 's that make the name their subject, not a possessor: no noun
 *  follows a possessive so ("McDonald's said", "Sainsbury's has", "Moody's told"). */
export const AFTER_NAME_IN_S: ReadonlySet<string> = new Set(
  forms(`said says told tells added adds wrote writes warned warns insisted insists explained explains
  announced announces declined confirmed denied agreed has had is was will would`),
);
