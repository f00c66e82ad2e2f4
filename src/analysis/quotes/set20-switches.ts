// Switches of the speaker classes found on BBC study set 20 (one list for inline-switches.ts).

import { IT_OPENER_SWITCH } from "./it-opener.ts";
import { LIST_OWNER_SWITCH } from "./list-owner.ts";

/** The switches of set 20's classes, for the ablation. */
export const SET20_SWITCHES = [IT_OPENER_SWITCH, LIST_OWNER_SWITCH];
