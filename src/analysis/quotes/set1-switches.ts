// Switches of the speaker classes left on BBC study set 1 and recurring over the study sets
// (one list for inline-switches.ts).

import { DOCUMENT_OWNER_TOPIC_SWITCH } from "./document-topic.ts";
import { MANNER_AFTER_SUBJECT_SWITCH } from "./manner-tag.ts";
import { MODIFIED_ORG_NAME_SWITCH } from "./modified-org-name.ts";
import { PAPER_ANY_MENTION_SWITCH } from "./newspaper.ts";
import { ROLE_ACRONYM_NAME_SWITCH } from "./role-acronym-name.ts";
import { APPOSITION_ACRONYM_SWITCH } from "./subject-past-apposition.ts";
import { TAIL_ROLE_NAME_SWITCH } from "./tail-tag.ts";

/** The switches of the classes fixed in session 17 (set 1), for the ablation. */
export const SET1_SWITCHES = [
  MANNER_AFTER_SUBJECT_SWITCH,
  PAPER_ANY_MENTION_SWITCH,
  ROLE_ACRONYM_NAME_SWITCH,
  MODIFIED_ORG_NAME_SWITCH,
  DOCUMENT_OWNER_TOPIC_SWITCH,
  APPOSITION_ACRONYM_SWITCH,
  TAIL_ROLE_NAME_SWITCH,
];
