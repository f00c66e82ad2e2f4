// Switches of the speaker classes left on BBC study sets 14-17 (one list for inline-switches.ts).

import { DESCRIBED_NAME_IRREGULAR_SWITCH } from "./fronted-subject.ts";

/** The switches of the classes fixed after set 17, for the ablation. */
export const LEFT16_SWITCHES = [DESCRIBED_NAME_IRREGULAR_SWITCH];
