// Switches of the pronoun-antecedent classes of session 18, learned on PolNeAR train (one list for
// inline-switches.ts; each rule reads its switch where it runs).

/** "To Westport economist Ann Roe, the plan is a sham. “…,” she said": a fronted "To"/"For" whose
 *  person comes after a description is the voice a he/she goes on with (fronted-subject.ts). */
export const FRONTED_VOICE_DESCRIBED_SWITCH = {
  name: "fronted-voice-described",
  doc: '"To Westport economist Ann Roe, the plan is a sham. “…,” she said": the person after a description in a fronted "To"/"For" is the voice',
};

/** "Asked about the plan Ann Roe backs, he replied": the person a fronted "Asked about/which/by"
 *  names is asked about or asks, not the one who answers (pronoun-own-clause.ts). */
export const ASKED_ABOUT_SWITCH = {
  name: "topic-asked-about",
  doc: '"Asked about the plan Ann Roe backs, he replied:": the person a fronted "Asked about/which/by …," names is not the he/she',
};

/** "And even Roe tried to help. “…,” he said": a one-word person of no known gender, the subject
 *  of the sentence before, when a he/she of the article may stand for that person (pronouns.ts). */
export const LONE_SURNAME_SUBJECT_SWITCH = {
  name: "pronoun-lone-surname-subject",
  doc: '"And even Roe tried to help. “…,” he said": a lone surname of no known gender, subject of the sentence before, when a he/she of the article may be that person',
};

/** `," said 9/11 widow Jo Marr. She continued: “…”`: the name after a description the phrase
 *  reader stops inside is the inverted tag's speaker, so the she after it is Jo Marr (cue-after.ts). */
export const DESCRIBED_TAG_NAME_SWITCH = {
  name: "tag-said-described-name",
  doc: '`," said 9/11 widow Jo Marr.`, `," said master of ceremonies Jo Marr, an engineer.`: the name after a description the phrase reader stops inside',
};

/** The switches of the session-18 pronoun classes, for the ablation. */
export const PRONOUN18_SWITCHES = [
  FRONTED_VOICE_DESCRIBED_SWITCH,
  ASKED_ABOUT_SWITCH,
  LONE_SURNAME_SUBJECT_SWITCH,
  DESCRIBED_TAG_NAME_SWITCH,
];
