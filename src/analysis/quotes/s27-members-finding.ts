// Session 27, names (issue #13): `"… consistent leadership", the MPs found.` after "…, said the
// Constitutional Affairs Select Committee". "found" tags a quotation only for a document or a
// body (finding-tag.ts); the members of a body ("the MPs", "the peers") find as their body does,
// and the members-body rule (public-body.ts) gives them the body that just spoke.

import { findingTag } from "./finding-tag.ts";
import type { Cue } from "./phrases.ts";
import { MEMBERS } from "./public-body.ts";
import type { Tok } from "./tokens.ts";

export const MEMBERS_FINDING_SWITCH = {
  name: "tag-members-finding",
  doc: '`"…", the MPs found.`: the members of a body find as the body does (a closing tag)',
};

/** The cue of quotation toks[qi] when `, the MPs found.` follows it, else null. */
export function membersFindingTag(toks: Tok[], qi: number, k: number, text: string): Cue | null {
  return findingTag(toks, qi, k, text, (subject) => MEMBERS.test(subject));
}
