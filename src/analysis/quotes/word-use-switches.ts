// Switches of word-use readings inside the cue rules (a verb, an opener or a preposition that is
// not what it looks like), listed together in inline-switches.ts for the ablation.

import { ASPECT_VERB_SWITCH } from "./aspect-verb.ts";
import { FRONT_ADVERB_SWITCH } from "./front-adverb.ts";
import { PARTICIPLE_CHANNEL_SWITCH } from "./participle-channel.ts";

export const WORD_USE_SWITCHES = [ASPECT_VERB_SWITCH, FRONT_ADVERB_SWITCH, PARTICIPLE_CHANNEL_SWITCH];
