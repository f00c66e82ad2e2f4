// Switches of the speaker classes session 38 found (one list for study-set-switches.ts).

import { NARRATOR_I_SWITCH, UNRESOLVED_PRONOUN_SWITCH } from "./narrator-i.ts";
import { PRONOUN_ANONYMOUS_SUBJECT_SWITCH } from "./pronoun-anonymous-subject.ts";

/** The switches of session 38's classes outside the step tables, for the ablation. */
export const S38_SWITCHES = [NARRATOR_I_SWITCH, PRONOUN_ANONYMOUS_SUBJECT_SWITCH, UNRESOLVED_PRONOUN_SWITCH];
