// Switches for session 45's rules that are no step of their own (study-set-switches.ts lists them).

import { INDEFINITE_ROLE_SWITCH } from "./indefinite-role.ts";
import { OFFICE_TIE_ROLES_SWITCH } from "./office-tied.ts";
import { PARAGRAPH_PERSON_SWITCH } from "./pronoun-paragraph-person.ts";
import { WORDS_HANDED_BACK_SWITCH } from "./words-came-from.ts";

export const S45_SWITCHES = [
  OFFICE_TIE_ROLES_SWITCH,
  INDEFINITE_ROLE_SWITCH,
  WORDS_HANDED_BACK_SWITCH,
  PARAGRAPH_PERSON_SWITCH,
];
