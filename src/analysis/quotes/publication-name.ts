// "wrote the influential Rapido magazine", "said the respected Harbour Times newspaper": lowercase
// modifiers between "the" and a publication's name and head noun are no part of the speaker; the
// name and its head ("Rapido magazine") are, as when the article writes them bare.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** "Publication past modifiers": its switch (set21-switches.ts). */
export const PUBLICATION_PAST_MODIFIERS_SWITCH = {
  name: "publication-past-modifiers",
  doc: '"wrote the influential Rapido magazine": the publication\'s name and head, past "the" and lowercase modifiers',
};

/** "the", one to three lowercase modifiers, then capitalised words and a publication's head noun. */
const MODIFIED_PUBLICATION =
  /^[Tt]he\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){1,3})(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:magazine|newspaper|journal|weekly|tabloid|website))$/u;
/** Modifiers that make the phrase a member or a part, not the publication. */
const NOT_MODIFIERS =
  /^(?:for|of|at|to|from|with|by|in|on|and|or|a|an|its|their|two|three|several|other|former)$/;

/** The publication's name and head inside p, past "the" and its modifiers, else null. */
export function publicationPastModifiers(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", PUBLICATION_PAST_MODIFIERS_SWITCH.name, doc.switches)) return null;
  const m = MODIFIED_PUBLICATION.exec(p.text);
  if (
    !m ||
    m[1]!
      .trim()
      .split(/\s+/)
      .some((w) => NOT_MODIFIERS.test(w))
  )
    return null;
  const name = m[2]!;
  return { start: p.end - name.length, end: p.end, text: name };
}
