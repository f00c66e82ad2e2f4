// The switches of session 27's wire-copy rules (Reuters check sets) that run outside a rule
// table, one list for study-set-switches.ts. (The stray-comma rule, s27-stray-comma.ts, is an
// entry of cue-before.ts's subject rules and is named there.)

import { BRACKET_FIRM_SUBJECT_SWITCH } from "./s27-bracket-firm-subject.ts";
import { ONE_OF_GROUP_SWITCH } from "./s27-one-of-group.ts";

export const S27_WIRE_SWITCHES = [BRACKET_FIRM_SUBJECT_SWITCH, ONE_OF_GROUP_SWITCH];
