// Switches of the speaker classes left on BBC study sets 14-17 (one list for inline-switches.ts).

import { DESCRIBED_NAME_IRREGULAR_SWITCH } from "./fronted-subject.ts";

/** A partial quotation's own subject, a description with a verb of saying, keeps it inside the
 *  reported speech of another (reported-inside.ts). */
export const REPORTED_OWN_SPEECH_SWITCH = {
  name: "reported-subject-own-speech",
  doc: "\"The lawyer who … had said the rules were “…”, said Mr Hale\": the subject of the quotation's own verb of saying keeps it, not the report's speaker",
};

/** The switches of the classes fixed after set 17, for the ablation. */
export const LEFT16_SWITCHES = [DESCRIBED_NAME_IRREGULAR_SWITCH, REPORTED_OWN_SPEECH_SWITCH];
