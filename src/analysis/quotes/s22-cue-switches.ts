// Switches of session 22's "tag from the wrong clause or noun" classes (BBC study sets 36 and 38,
// PolNeAR train): each names the clause or noun a tag's speaker is read from.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";

/** `Crowds had come out "…", he said adding that …`: a participle right after a tag with no comma
 *  between hangs on the tag's verb as ", he said, adding" does (participle-after-tag.ts). */
export const TAG_PARTICIPLE_NO_COMMA_SWITCH = {
  name: "participle-after-tag-no-comma",
  doc: "`Crowds had come out \"…\", he said adding that …`: a participle right after the tag, with no comma, has the tag's speaker, not the sentence's opening subject",
};

/** `Ann Brekke, head of the radio unit at the company says`: the name before a lower-case role that
 *  runs through its own prepositions, not the role's last object (s22-role-chain.ts). */
export const ROLE_CHAIN_SWITCH = {
  name: "name-before-role-chain",
  doc: "`Ann Brekke, head of the radio unit at the company says`: the name before a role running through its prepositions with no closing comma, not the role's last object",
};

/** `Prosecutors said Jaynes was "a cheat", using …, news agency Reuters reported`: a plural role
 *  noun opening the sentence says the words its own "said" reports, as "officials said" does; the
 *  closing tag only passes them on (reported-inside.ts). */
export const PLURAL_ROLE_OWN_SPEECH_SWITCH = {
  name: "plural-role-own-speech",
  doc: '`Prosecutors said Jaynes was "a cheat", …, news agency Reuters reported`: a capitalised plural role noun is no name; the words its own verb of saying reports are its, not the closing tag\'s',
};

/** Is `text` one capitalised plural role noun ("Prosecutors", "Officials"), no one's name? */
export function pluralRoleWord(text: string | null | undefined): boolean {
  if (!text || !/^\p{Lu}\p{Ll}+s$/u.test(text)) return false;
  const lower = text.toLowerCase();
  return ANONYMOUS_HEADS.has(lower) || ROLE_HEADS.has(lower.slice(0, -1));
}

/** "When Tom Brack suggested …, Rina Vold fired back: “…”": a speech verb inside a fronted
 *  subordinate clause is no cue for a quotation after the main clause (s22-fronted-clause.ts). */
export const FRONTED_CLAUSE_VERB_SWITCH = {
  name: "fronted-clause-verb",
  doc: '"When Tom Brack suggested the port would close, Rina Vold fired back: “…”": a speech verb in a fronted subordinate clause cues no quotation after the main clause',
};

/** The inline switches of these classes, for the ablation. */
export const S22_CUE_SWITCHES = [
  TAG_PARTICIPLE_NO_COMMA_SWITCH,
  ROLE_CHAIN_SWITCH,
  PLURAL_ROLE_OWN_SPEECH_SWITCH,
  FRONTED_CLAUSE_VERB_SWITCH,
];
