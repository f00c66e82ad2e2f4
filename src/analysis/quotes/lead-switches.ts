// Switches of the headline and lead rules added in session 15 (one list for inline-switches.ts).

import { AGENT_PLACE_SWITCH } from "./agent-place.ts";
import { HEADLINE_BODY_SWITCHES } from "./headline-body-term.ts";
import { LEAD_OWNED_DESCRIPTION_SWITCH } from "./lead-description.ts";
import { LEAD_ECHO_SWITCH } from "./lead-echo.ts";
import { LEAD_ISSUER_SWITCH } from "./lead-issuer.ts";
import { OFFICE_INVERTED_TAG_SWITCH } from "./office-inverted-tag.ts";
import { OPENING_TAKEN_UP_SWITCH } from "./opening-taken-up.ts";

export const LEAD_CLASS_SWITCHES = [
  ...HEADLINE_BODY_SWITCHES,
  AGENT_PLACE_SWITCH,
  LEAD_ISSUER_SWITCH,
  OFFICE_INVERTED_TAG_SWITCH,
  LEAD_ECHO_SWITCH,
  OPENING_TAKEN_UP_SWITCH,
  LEAD_OWNED_DESCRIPTION_SWITCH,
] as const;
