// Speaker-name and source classes of session 25 (issue #13, BBC study sets 36-55): the switch list
// (each rule is in its own module; the steps and rules of the quote tables are named there:
// s25-joint-speakers.ts in context.ts, s25-document-owner.ts and s25-national-branch.ts in
// s23-doc-switches.ts).

import { ROLE_MODIFIER_SWITCH } from "./s25-role-modifier.ts";

export const S25_NAMES_SWITCHES = [ROLE_MODIFIER_SWITCH];
