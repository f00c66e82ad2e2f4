// "Originally dubbed “Jerry's Guide” the firm …": a capitalised adverb opening the sentence is no
// name, so it is no subject of the verb after it.

import { LY_NOUNS } from "../lexicons/clauses.ts";
import type { Phrase } from "./phrases.ts";

/** The switch of this reading (listed in inline-switches.ts for the ablation). */
export const FRONT_ADVERB_SWITCH = {
  name: "front-adverb-subject",
  doc: '"Originally dubbed “…”": a capitalised adverb in -ly is no subject',
};

/** Adverb endings, long enough that no common given name or surname ends so ("Kelly", "Connolly"). */
const ADVERB =
  /^\p{Lu}\p{Ll}{2,}(?:ally|fully|ily|ously|ently|antly|ively|ately|edly|ingly|arly|ibly|ably|ctly|stly|ntly|ssly)$/u;

/** A one-word phrase that is a capitalised adverb ("Originally", "Similarly", "Hopefully"). */
export function frontAdverb(p: Phrase): boolean {
  return ADVERB.test(p.text) && !LY_NOUNS.has(p.text.toLowerCase());
}
