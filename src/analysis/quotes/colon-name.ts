// `Rep. Trey Gowdy: “…”`, `… - Carl Bialik: “…”`: a name alone before a colon introduces the
// quotation after it (transcripts, round-ups). Only a name that looks like a person's (a title, or a known given name), opening its
// sentence or set off by a dash, so a heading ("Bottom Line: “…”") is never taken for a speaker.

import { genderOfName } from "../actors/index.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { HONORIFICS, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { DocNames } from "./doc-names.ts";
import { type Cue, nameRun, phraseOf } from "./phrases.ts";
import { headerWithoutColon, loneSurname } from "./s22-cont-switches.ts";
import { isCap, type Tok } from "./tokens.ts";

/** The cue of the quotation toks[j] when only a known name and a colon stand before it. */
export function colonName(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
  names?: DocNames,
): Cue | null {
  const roleFront = isOn("quotes", "colon-role-name", switches);
  // (with no colon, only a dash, a role and a name: `- Westport boss Ann Bell "…"`)
  const bare = toks[j - 1]?.text !== ":";
  if (bare && !(roleFront && headerWithoutColon(switches))) return null;
  const e = bare ? j : j - 1;
  let s = e;
  while (
    s > 0 &&
    e - s < 5 &&
    toks[s - 1]!.type === "w" &&
    (isCap(toks[s - 1]!) || PARTICLES_IN_SPEAKER_NAMES.has(toks[s - 1]!.lower))
  )
    s--;
  // "Westport boss Ann Bell:", "BBC Two controller Ann Bell:": a lower-case role (and the body's
  // name) before the name, back to the sentence start or a dash (switch "colon-role-name").
  const from = roleFront ? roleBefore(toks, s) : -1;
  const before = toks[(from >= 0 ? from : s) - 1];
  if (before && !(before.type === "p" && /^[―—–-]$/.test(before.text))) return null;
  if (!nameRun(toks, s, e)) return null;
  const p = phraseOf(toks, from >= 0 ? from : s, e - 1, text);
  // A person by the look of it: a title or honorific first ("Rep.", "Dr"), a role before the
  // name, or a known given name.
  const first = toks[s]!.text;
  if (bare && from < 0) return null;
  const person =
    from >= 0 ||
    TITLE_WORDS.has(first.toLowerCase()) ||
    HONORIFICS.has(first) ||
    genderOfName(text.slice(toks[s]!.start, toks[e - 1]!.end)) !== "any";
  const lone = e - s === 1 && !bare && !!names && loneSurname(names, first, toks[s]!.start, switches);
  return (person && e - s >= 2) || lone ? { speaker: p, cue: ":", label: false } : null;
}

/** The start of "[Body words] role" right before toks[s] (a lower-case title word last), else -1. */
function roleBefore(toks: Tok[], s: number): number {
  const role = toks[s - 1];
  if (role?.type !== "w" || isCap(role) || !(TITLE_WORDS.has(role.lower) || ROLE_HEADS.has(role.lower)))
    return -1;
  let k = s - 1;
  while (
    k > 0 &&
    s - k < 6 &&
    toks[k - 1]!.type === "w" &&
    (isCap(toks[k - 1]!) || TITLE_WORDS.has(toks[k - 1]!.lower))
  )
    k--;
  const b = toks[k - 1];
  return !b || (b.type === "p" && /^[―—–-]$/.test(b.text)) ? k : -1;
}
