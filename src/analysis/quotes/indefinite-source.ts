// "one dealer, who asked not to be named, told Reuters …. “…,” he said": a person given only by an
// indefinite noun ("one dealer", "a shopper", "another trader") who has just spoken is an anonymous
// source like "a spokesman", though the noun is no usual source word: it enters the speaker
// history and keeps the he/she after it, over a person named earlier. Not one who puts a question
// ("a reporter asked Ruiz …. He replied"): the he/she after a question is the one who answers.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_GENDER } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { personNoun } from "./person-noun.ts";
import { wideHeadOf } from "./s26b-sources.ts";
import type { Speaker } from "./types.ts";

/** `if he got a greater say in how it is run`: "a/an … say" is the noun, not a source and its verb. */
export const INDEFINITE_SAY_NOUN_SWITCH = {
  name: "indefinite-say-noun",
  doc: '"if he got a greater say in how it is run": an indefinite phrase before a bare "say" is no source that speaks ("a bigger" is no "dealer")',
};

/** People who question the subject of the story: who answers them is someone else. */
const ASKERS = /^(?:questioner|interviewer|reporter|journalist|caller|heckler|protester|protestor)$/;

/** The head noun of "a/an/one/another [up to two lower-case words] <noun>", else null. */
const headOf = (text: string): string | null =>
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)$/u.exec(text)?.[1] ?? null;

/** An unnamed speaker written "a/an/one/another [adjective] <noun>", the noun one for a person
 *  (a role, or a person's ending: "one song" is no source), no organisation, document or asker;
 *  `after` is the text right after it ("asked …" puts a question). */
export function indefiniteSource(sp: Speaker, after = "", switches?: StepSwitches): boolean {
  // (switch "indefinite-source-wide": names and a link in the description, s26b-sources.ts)
  const head = sp.kind === "unnamed" ? (headOf(sp.text) ?? wideHeadOf(sp.text, switches)) : null;
  return (
    !!head &&
    personNoun(head) &&
    !ORG_NOUNS.has(head) &&
    !DOCUMENT_HEADS.has(head) &&
    !ASKERS.test(head) &&
    !/^\s+asked\b/.test(after) &&
    // "a greater say in how it is run": a singular indefinite subject never takes a bare "say" (switch)
    !(switches && isOn("quotes", INDEFINITE_SAY_NOUN_SWITCH.name, switches) && /^\s+say\b/.test(after))
  );
}

/** The gender an indefinite source's noun gives ("a young man", "one mother"), else "any". */
export const indefiniteGender = (sp: Speaker): Speaker["gender"] => headGender(headOf(sp.text) ?? "");

/** The gender a person's head noun gives ("mother", "spokeswoman", "chairman"), else "any". */
export function headGender(head: string): "male" | "female" | "any" {
  if (ROLE_GENDER[head]) return ROLE_GENDER[head];
  return /woman$/.test(head) ? "female" : /man$/.test(head) ? "male" : "any";
}

export const DEFINITE_SOURCE_SWITCH = {
  name: "definite-source",
  doc: '"The chancellor has told Labour\'s conference …. “…,” he told delegates": an office no rule gave a name, whose holder spoke, keeps the he/she after it',
} as const;

/** An unnamed person who spoke and may be taken up by a he/she: an indefinite source, or (switch)
 *  an office no rule resolved to a name ("the chancellor", "the prime minister"). Not another
 *  definite description: "the businessman" stands for someone named, whom the description rules
 *  should find; an office may be held by someone the article never names. */
export function unnamedPersonSource(sp: Speaker, after = "", switches?: StepSwitches): boolean {
  if (indefiniteSource(sp, after, switches)) return true;
  if (sp.kind !== "unnamed" || !switches || !isOn("quotes", DEFINITE_SOURCE_SWITCH.name, switches))
    return false;
  const head = /^[Tt]he\s+(?:[\p{Ll}'’-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)$/u.exec(sp.text)?.[1];
  // (no one a relative clause brings in once: "The barrister who had represented him had said …")
  return !!head && OFFICE_HEADS.has(head) && !/^\s+(?:who|whose|which|that)\b/.test(after);
}
