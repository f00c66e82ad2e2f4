// Switches of the speaker classes session 34 found (one list for study-set-switches.ts).

import { THEY_OWN_SUBJECT_SWITCH } from "./plural-source-they.ts";
import { RELATIVE_NOT_DISCUSSED_SWITCH } from "./reported-inside.ts";
import { SPEAKING_NEXT_SWITCH } from "./role-named-next.ts";
import { JOINT_PEOPLE_SWITCH } from "./s25-joint-speakers.ts";
import { CROWD_AGENT_SWITCH } from "./scare18-switches.ts";

/** The switches of session 34's classes, for the ablation. */
export const S34_SWITCHES = [
  THEY_OWN_SUBJECT_SWITCH,
  JOINT_PEOPLE_SWITCH,
  CROWD_AGENT_SWITCH,
  RELATIVE_NOT_DISCUSSED_SWITCH,
  SPEAKING_NEXT_SWITCH,
];
