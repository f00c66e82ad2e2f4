// `"We need cheaper fuel," the Courier quoted Harbour Air chief Tom Reddy as saying`: the tag's
// subject only passes the words on; the one quoted "as saying" spoke them.

import { isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseAfter } from "./phrases.ts";
import { quotedGroupAsSaying } from "./s25b-fresh-switches.ts";
import { QUOTED_BY_SWITCH } from "./set26-switches.ts";
import { PASSIVE_AUX, type Tok } from "./tokens.ts";

/** The person after "quoted … as saying" in the tag after the quotation, the tag starting at toks[k]. */
export function quotedAsSaying(toks: Tok[], k: number, text: string, switches: StepSwitches): Cue | null {
  const v = toks.findIndex((t, i) => i >= k && i <= k + 5 && t.type === "w" && QUOTING.test(t.lower));
  if (v < 0 || toks.slice(k, v).some((t) => t.type !== "w")) return null;
  // ("Reuters reports a union source as saying": a reporting verb passes words on only before "as saying", session 36)
  const quoting = /^quote[ds]$/.test(toks[v]!.lower);
  if (!quoting && !isOn("quotes", REPORTS_AS_SAYING_SWITCH.name, switches)) return null;
  // "X added in remarks quoted by the paper Y": "quoted by" names who passes the words on (switch).
  if (toks[v + 1]?.lower === "by" && isOn("quotes", QUOTED_BY_SWITCH.name, switches)) return null;
  let p = phraseAfter(toks, v + 1, text);
  let after = p ? toks.findIndex((t) => t.start >= p!.end) : -1;
  // "quoted an insider in the talks as saying": the person runs on through a phrase or two
  // linking them to a body or an event (switch "quoted-person-link").
  for (
    let hop = 0;
    p && hop < 2 && LINK.test(toks[after]?.lower ?? "") && isOn("quotes", "quoted-person-link", switches);
    hop++
  ) {
    const rest = phraseAfter(toks, after + 1, text);
    if (!rest) break;
    p = { start: p.start, end: rest.end, text: text.slice(p.start, rest.end) };
    after = toks.findIndex((t) => t.start >= rest.end);
  }
  if (!p) return quoting ? quotedGroupAsSaying(toks, v, text, switches) : null;
  if (toks[after]?.lower === "as" && /^(?:saying|telling)$/.test(toks[after + 1]?.lower ?? ""))
    return { speaker: p, cue: "quoted as saying", label: false };
  return quoting && objectEndsTag(toks, after, switches)
    ? { speaker: p, cue: toks[v]!.lower, label: false }
    : null;
}

/** Verbs by which a tag's subject passes on someone else's words. */
const QUOTING = /^(?:quote[ds]|reports?|reported|cites?|cited)$/;

export const REPORTS_AS_SAYING_SWITCH = {
  name: "reports-as-saying",
  doc: '`"…," Reuters news agency reports a union source as saying`: the one reported "as saying" spoke the words, not the agency',
};

export const QUOTED_OBJECT_SWITCH = {
  name: "quoted-object-tag",
  doc: '`"…," the paper quotes a source close to the firm.`: the one quoted, named last in the tag, spoke the words',
};

export const QUOTED_KEPT_SWITCH = {
  name: "quoted-person-kept",
  doc: '"the paper quoted a spokesman … complaining that it was “…”": the one quoted keeps the words over the quoting reporter\'s record around them',
};

/** `," the paper quotes a source close to the firm.`: the quoted person ends the sentence (switch). */
function objectEndsTag(toks: Tok[], after: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", QUOTED_OBJECT_SWITCH.name, switches)) return false;
  return after < 0 || (toks[after]!.text === "." && after === toks.length - 1);
}

/** Prepositions linking a quoted person to a body or an event ("an insider in the talks"). */
const LINK = /^(?:in|at|for|of|from|with|to)$/;

/**
 * `The Courier quoted a spokesman for Harbour Air (as) saying the plan was "reckless"`: the one
 * quoted, not the paper, read at the participle or at "quoted" (toks[j]) before the quotation.
 */
export function quotedBeforeParticiple(toks: Tok[], j: number, text: string): Cue | null {
  if (toks[j]!.lower === "quoted") {
    const q = quotedPerson(toks, j, text);
    return q && /ing$/.test(toks[q.next]?.lower ?? "") ? q.cue : null;
  }
  if (!/ing$/.test(toks[j]!.lower)) return null;
  for (let v = j - 1; v >= 0 && j - v <= 12; v--) {
    if (toks[v]!.type !== "w") return null;
    if (toks[v]!.lower !== "quoted") continue;
    const q = quotedPerson(toks, v, text);
    return q && q.next === j ? q.cue : null;
  }
  return null;
}

/** The person after "quoted" at toks[v] (with the body they speak for), and the token after "as". */
function quotedPerson(toks: Tok[], v: number, text: string): { cue: Cue; next: number } | null {
  // "X was quoted by the paper as saying": a passive, whose subject the heard-saying rule reads.
  if (PASSIVE_AUX.has(toks[v - 1]?.lower ?? "") || toks[v + 1]?.lower === "by") return null;
  let p = phraseAfter(toks, v + 1, text);
  if (!p) return null;
  let after = toks.findIndex((x) => x.start >= p!.end);
  // "a spokesman for US-based hedge fund Atticus Capital": the body the person speaks for.
  const body = /^(?:for|at|of|from)$/.test(toks[after]?.lower ?? "")
    ? phraseAfter(toks, after + 1, text)
    : null;
  if (body && /\p{Lu}/u.test(body.text)) {
    p = { start: p.start, end: body.end, text: text.slice(p.start, body.end) };
    after = toks.findIndex((x) => x.start >= body.end);
  }
  if (after < 0) return null;
  if (toks[after]!.lower === "as") after++;
  return { cue: { speaker: p, cue: "quoted", label: false }, next: after };
}
