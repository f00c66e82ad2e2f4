// Switches of readings inside the cue and speaker rules (a verb, an opener, a preposition or an
// office that is not what it looks like), listed together in inline-switches.ts for the ablation.

import { APPOSED_NAME_SWITCH } from "./apposed-name.ts";
import { ASPECT_VERB_SWITCH } from "./aspect-verb.ts";
import { CHIEF_SWITCH } from "./description-subject.ts";
import { FRONT_ADVERB_SWITCH } from "./front-adverb.ts";
import { OFFICE_SOLE_NAMED_SWITCH } from "./office-sole-named.ts";
import { PARTICIPLE_CHANNEL_SWITCH } from "./participle-channel.ts";
import { ROLE_OFFICE_SWITCH } from "./role-office.ts";

export const WORD_USE_SWITCHES = [
  ASPECT_VERB_SWITCH,
  FRONT_ADVERB_SWITCH,
  PARTICIPLE_CHANNEL_SWITCH,
  ROLE_OFFICE_SWITCH,
  CHIEF_SWITCH,
  OFFICE_SOLE_NAMED_SWITCH,
  APPOSED_NAME_SWITCH,
];
