// Session 26 round 3 (issue #13), unnamed sources studied on the Reuters check sets: news English
// names an anonymous source by an indefinite person noun, often with the firm or place it belongs
// to ("a buyer with a Midwest fruit cooperative", "one head trader at a securities house", "one
// Kansas City grain broker"). The person, not the firm in the link, is the subject of the verb;
// and such a source that has just spoken keeps the he/she that goes on, as "a spokesman" does.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { isCap, isVerbish, ROLE_LIKE, type Tok } from "./tokens.ts";

const INDEFINITE_PERSON_LINK_SWITCH = {
  name: "indefinite-person-link",
  doc: '"A buyer with a Midwest fruit cooperative agreed", "One head trader at a securities house said": the indefinite person the link follows, not the firm it names',
} as const;

export const INDEFINITE_SOURCE_WIDE_SWITCH = {
  name: "indefinite-source-wide",
  doc: '"one Kansas City grain broker said. “…,” he added": an indefinite source whose noun carries a name or a link is a source the he/she goes on from',
} as const;

/** Words that open an indefinite source. */
const INDEFINITE = /^(?:a|an|one|another)$/;
/** Links from a person to where they work: "a trader at", "a manager with", "an aide to". */
const LINK = /^(?:at|with|for|from|to)$/;

/** A lower-case noun for one person that is no organisation or document ("trader", "manager"). */
const personHead = (t: Tok | undefined): boolean =>
  !!t &&
  t.type === "w" &&
  !isCap(t) &&
  !/[^s]s$/.test(t.lower) &&
  (ROLE_HEADS.has(t.lower) ||
    ANONYMOUS_HEADS.has(t.lower) ||
    (ROLE_LIKE.test(t.lower) && !/ment$/.test(t.lower) && t.lower.length > 4)) &&
  !ORG_NOUNS.has(t.lower) &&
  !DOCUMENT_HEADS.has(t.lower);

/** The indefinite determiner opening the description whose head is toks[h], up to four
 *  modifiers back ("one head trader", "an East Coast gas buyer"), else -1. */
function indefiniteStart(toks: Tok[], h: number): number {
  for (let d = h - 1; d >= 0 && h - d <= 5; d--) {
    const t = toks[d]!;
    // ("a message sent to": a document's head, no person's)
    if (t.type !== "w" || DOCUMENT_HEADS.has(t.lower) || ORG_NOUNS.has(t.lower)) return -1;
    if (INDEFINITE.test(t.lower)) return d;
  }
  return -1;
}

/**
 * The subject of the verb toks[j]: "<a|an|one|another> [modifiers] <person noun> <at|with|for|
 * from|to> <firm or place, up to eight words> [,] <verb>" is the whole description, headed by the
 * person, when the words after the link are a noun phrase of one clause (no verb-like word).
 */
function indefinitePersonLink({ toks, b }: VerbAt, text: string): Phrase | null {
  const end = toks[b]?.text === "," ? b - 1 : b;
  for (let l = end - 1; l > 1 && end - l <= 8; l--) {
    const t = toks[l]!;
    if (t.type !== "w" && t.text !== "." && t.text !== "&") return null;
    // "a trader at a bank reported losses, analysts said": a verb between is another clause
    // …and a passive's agent ("a message sent to a firm by its staff said") is no description's link
    if (t.type === "w" && !isCap(t) && (isVerbish(t) || t.lower === "by")) return null;
    if (!LINK.test(t.lower) || !personHead(toks[l - 1])) continue;
    const d = indefiniteStart(toks, l - 1);
    const obj = toks[l + 1];
    if (d < 0 || !obj || !(/^(?:a|an|the|one)$/.test(obj.lower) || isCap(obj))) return null;
    // the description opens its clause ("Ann Roe, a KGB officer who became an agent for …, said" is Ann Roe's)
    const before = toks[d - 1];
    if (before && (before.type === "w" || before.text === ",")) return null;
    return phraseOf(toks, d, end, text);
  }
  return null;
}

/** The subject rule, placed before the noun phrase right before the verb. */
export const INDEFINITE_PERSON_LINK_RULE = {
  ...INDEFINITE_PERSON_LINK_SWITCH,
  try: (v: VerbAt) =>
    isOn("quotes", INDEFINITE_PERSON_LINK_SWITCH.name, v.switches) ? indefinitePersonLink(v, v.text) : null,
};

/** The head noun of "a/an/one/another [up to four modifiers, names too] <noun> [<link> …]" when
 *  the wide reading is on, else null ("one Kansas City grain broker": broker; "a manager with an
 *  East Coast utility": manager). */
export function wideHeadOf(text: string, switches?: StepSwitches): string | null {
  if (!switches || !isOn("quotes", INDEFINITE_SOURCE_WIDE_SWITCH.name, switches)) return null;
  const m =
    /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\d.&'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:at|with|for|from|to)\s+\S.*)?$/u.exec(
      text,
    );
  return m ? m[1]! : null;
}
