// The switches of session 27's wire-copy rules (Reuters check sets), one list for
// study-set-switches.ts.

import { BRACKET_FIRM_SUBJECT_SWITCH } from "./s27-bracket-firm-subject.ts";
import { ONE_OF_GROUP_SWITCH } from "./s27-one-of-group.ts";
import { STRAY_COMMA_NAME_SWITCH } from "./s27-stray-comma.ts";

export const S27_WIRE_SWITCHES = [STRAY_COMMA_NAME_SWITCH, BRACKET_FIRM_SUBJECT_SWITCH, ONE_OF_GROUP_SWITCH];
