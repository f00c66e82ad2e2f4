// Verbs of saying: which words attribute speech, which rank an actor's statements.

import { forms, words } from "./word-list.ts";

/** Verbs of saying and writing, every inflection (lower case). */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(
  forms(`
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
  caution cautions cautioned cautioning demand demands demanded demanding retort retorts retorted
  echo echoes echoed echoing chant chants chanted chanting exclaim exclaims exclaimed lament laments
  lamented scoff scoffs scoffed recount recounts recounted proclaim proclaims proclaimed mutter muttered
  interject interjected mused
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
