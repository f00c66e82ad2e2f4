// Session 43's quote switches, listed with the study sets' switches.

import { DESCRIBED_APPOSED_NAME_SWITCH } from "./apposition.ts";

export const S43_SWITCHES = [DESCRIBED_APPOSED_NAME_SWITCH];
