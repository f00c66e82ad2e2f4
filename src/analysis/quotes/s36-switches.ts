// Switches of the speaker classes session 36 found (one list for study-set-switches.ts).

import { BARE_PLURAL_OPENER_SWITCH } from "./bare-plural-opener.ts";
import { GOVERNMENT_NOT_PARTY_SWITCH } from "./body-kind.ts";
import { OWNER_MEASURE_SWITCH } from "./clause-subject.ts";
import { INVERTED_AFTER_TOO_SWITCH } from "./inverted-too.ts";
import { PARTICIPLE_AFTER_WHO_SWITCH } from "./participle-who.ts";
import { REPORTS_AS_SAYING_SWITCH } from "./quoted-as-saying.ts";
import { QUOTED_PARTICIPLE_SWITCH } from "./quoted-participle.ts";
import { ANSWER_WORD_SWITCH } from "./set33-mentioned.ts";
import { STRAY_UNTAGGED_SWITCH } from "./spans.ts";
import { STRAY_RUN_TERM_SWITCH } from "./stray-run-term.ts";
import { SUBJECT_WHO_SPOKE_SWITCH } from "./subject-who-spoke.ts";
import { WHO_PAST_APPOSITION_SWITCH } from "./who-past-apposition.ts";

/** The switches of session 36's classes outside the step tables, for the ablation. */
export const S36_SWITCHES = [
  QUOTED_PARTICIPLE_SWITCH,
  SUBJECT_WHO_SPOKE_SWITCH,
  GOVERNMENT_NOT_PARTY_SWITCH,
  REPORTS_AS_SAYING_SWITCH,
  ANSWER_WORD_SWITCH,
  OWNER_MEASURE_SWITCH,
  STRAY_UNTAGGED_SWITCH,
  INVERTED_AFTER_TOO_SWITCH,
  STRAY_RUN_TERM_SWITCH,
  BARE_PLURAL_OPENER_SWITCH,
  PARTICIPLE_AFTER_WHO_SWITCH,
  WHO_PAST_APPOSITION_SWITCH,
];
