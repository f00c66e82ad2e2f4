// `"…," hunt master, Captain Ian Farquhar, said.`: a tag after the quotation that opens on a role of
// lower-case words with no article, then the name in apposition. The phrase reading takes no bare
// role for a subject ("…and then spoke Rubio said" is no tag), so the name in apposition is lost.

import { isOn, type StepSwitches } from "../steps.ts";
import { personNoun } from "./person-noun.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

export const BARE_ROLE_TAG_SWITCH = {
  name: "tag-bare-role-name",
  doc: '`"…," hunt master, Captain Ian Farquhar, said.`: a role of lower-case words with no article before a name in apposition opens the tag',
};

/** toks[k..e) is a role of one to three lower-case words ending on a noun for a person, with a
 *  comma at toks[e] (the name in apposition is checked by the caller): that role, else null. */
export function bareRoleBefore(
  toks: Tok[],
  k: number,
  e: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!isOn("quotes", BARE_ROLE_TAG_SWITCH.name, switches)) return null;
  if (e <= k || e - k > 3 || toks[e]?.text !== ",") return null;
  if (!toks.slice(k, e).every((t) => t.type === "w" && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return null;
  return personNoun(toks[e - 1]!.lower) ? phraseOf(toks, k, e - 1, text) : null;
}
