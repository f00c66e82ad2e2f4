// Speaker-name classes of session 24's second name task (issue #13, BBC study sets 52-55): the
// switch list (each rule is in its own module, so the modules using them import no cycle).

import { NAME_COMMA_BODY_SWITCH } from "./s24b-name-body.ts";
import { POSSESSED_OFFICE_SWITCH } from "./s24b-possessed-office.ts";

// (s24b-kin-given.ts's rule is a step of the speaker table, named there: pronoun-rules.ts)
export const S24B_NAMES_SWITCHES = [POSSESSED_OFFICE_SWITCH, NAME_COMMA_BODY_SWITCH];
