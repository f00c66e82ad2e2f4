// Switches of the speaker classes found on BBC study set 21 (one list for inline-switches.ts).

import { CAPITAL_ROLE_AND_SWITCH } from "./capital-role-and.ts";
import { PASSIVE_AS_SAYING_SWITCH } from "./passive-as-saying.ts";
import { PLEA_VERB_SWITCH } from "./plea-verb.ts";
import { PLURAL_SOURCE_THEY_SWITCH } from "./plural-source-they.ts";
import { PRONOUN_CONJUNCT_SWITCH } from "./pronoun-conjunct.ts";
import { PUBLICATION_PAST_MODIFIERS_SWITCH } from "./publication-name.ts";
import { PRONOUN_SUBJECT_VERB_SWITCH, SPEECH_PARTICIPLE_SWITCH } from "./speech-participle.ts";

/** The switches of set 21's classes, for the ablation. */
export const SET21_SWITCHES = [
  PLEA_VERB_SWITCH,
  PUBLICATION_PAST_MODIFIERS_SWITCH,
  PRONOUN_CONJUNCT_SWITCH,
  PASSIVE_AS_SAYING_SWITCH,
  CAPITAL_ROLE_AND_SWITCH,
  SPEECH_PARTICIPLE_SWITCH,
  PLURAL_SOURCE_THEY_SWITCH,
  PRONOUN_SUBJECT_VERB_SWITCH,
];
