// Switches of the description-at-the-cue classes of session 17 (one list for inline-switches.ts).

import { OFFICE_TIED_HOLDER_SWITCH, OFFICE_TIED_OTHER_SWITCH } from "./office-tied.ts";

/** The switches of the classes of a description at the cue for an actor named nearby, for the ablation. */
export const DESC17_SWITCHES = [OFFICE_TIED_HOLDER_SWITCH, OFFICE_TIED_OTHER_SWITCH];
