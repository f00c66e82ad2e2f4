// Switches of the speaker classes found on BBC study set 16 (one list for inline-switches.ts).

import { BARE_ROLE_TAG_SWITCH } from "./bare-role-tag.ts";
import { INDEFINITE_SAY_NOUN_SWITCH } from "./indefinite-source.ts";
import { NICKNAME_SWITCH } from "./nickname.ts";
import { PRONOUN_UNLINKED_ANY_SWITCH } from "./pronoun-unlinked-any.ts";

/** The switches of set 16's classes, for the ablation. */
export const SET16_SWITCHES = [
  INDEFINITE_SAY_NOUN_SWITCH,
  BARE_ROLE_TAG_SWITCH,
  NICKNAME_SWITCH,
  PRONOUN_UNLINKED_ANY_SWITCH,
];
