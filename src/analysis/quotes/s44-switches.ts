// Switches for session 44's rules that are no step of their own (study-set-switches.ts lists them).

import { COORDINATE_SUBJECT_SWITCH } from "./coordinate-subject.ts";
import { DEFINITE_SOURCE_SWITCH } from "./indefinite-source.ts";
import { POSSESSED_ROLE_NAME_SWITCH } from "./possessed-role-name.ts";
import { POSSESSIVE_DOCUMENT_SWITCH } from "./possessive-document.ts";

export const S44_SWITCHES = [
  COORDINATE_SUBJECT_SWITCH,
  DEFINITE_SOURCE_SWITCH,
  POSSESSED_ROLE_NAME_SWITCH,
  POSSESSIVE_DOCUMENT_SWITCH,
];
