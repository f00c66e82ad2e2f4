// Switches of the classes of a description at the cue for a named actor, session 18 (one list for
// inline-switches.ts).

import { BODY_KIND_SWITCH } from "./body-kind.ts";
import { COUNTRY_GOVERNMENT_SWITCH } from "./country-government.ts";
import { PLACE_MODIFIER_SWITCH } from "./place-modifier.ts";

/** The switches of session 18's description classes, for the ablation. */
export const COREF18_SWITCHES = [COUNTRY_GOVERNMENT_SWITCH, PLACE_MODIFIER_SWITCH, BODY_KIND_SWITCH];
