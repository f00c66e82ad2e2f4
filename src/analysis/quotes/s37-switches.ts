// Switches of the speaker classes session 37 found (one list for study-set-switches.ts).

import { DESCRIPTION_SOLE_NAMED_SWITCH } from "./description-subject.ts";
import { GIVEN_NAME_TAIL_SWITCH } from "./object-of-preposition.ts";
import { OFFICE_HELD_SWITCH } from "./office-held.ts";
import { OFFICE_SOLE_BACK_SWITCH } from "./office-sole-named.ts";
import { OFFICE_PAST_UNKNOWN_SWITCH } from "./office-subject.ts";
import { CAPITAL_ROLE_CHAIN_SWITCH } from "./s22-role-chain.ts";

/** The switches of session 37's classes outside the step tables, for the ablation. */
export const S37_SWITCHES = [
  OFFICE_SOLE_BACK_SWITCH,
  OFFICE_HELD_SWITCH,
  OFFICE_PAST_UNKNOWN_SWITCH,
  DESCRIPTION_SOLE_NAMED_SWITCH,
  GIVEN_NAME_TAIL_SWITCH,
  CAPITAL_ROLE_CHAIN_SWITCH,
];
