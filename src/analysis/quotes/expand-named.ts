// The fullest name an article gives for a speaker's name, past the full names the words before
// it bar: "Mr Howard" is not "Howard Flight" when the article calls Flight "Mr Flight", and
// "Mrs Blair" is not "Tony Blair" (session 40).

import type { StepSwitches } from "../steps.ts";
import type { DocNames } from "./doc-names.ts";
import { givenNameBarred, otherGenderBarred } from "./speaker-words.ts";

export const expandNamed = (
  doc: { names: DocNames; text: string; switches: StepSwitches },
  core: string[],
  at: number,
  words: readonly string[],
) => doc.names.expand(core, at, givenNameBarred(words, doc.text), otherGenderBarred(words, doc.switches));
