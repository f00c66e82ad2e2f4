// `Mr Brown announced plans to merge 35 agencies - described by one civil service union as a
// "bonfire of the quangos".`: a label verb's agent written before "as" and the quotation speaks it,
// as the agent after the quotation does (`described as "…" by X`, cue-after.ts). Left to the
// subject rules, the passive was skipped and the quotation went to the verb before it ("announced").

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { LABEL_VERBS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { agentAfter, type Phrase } from "./phrases.ts";
import { ROLE_LIKE, type Tok } from "./tokens.ts";

export const AGENT_BEFORE_AS_SWITCH = {
  name: "agent-before-as",
  doc: '`… - described by one civil service union as a "bonfire of the quangos"`: the agent of a label verb before "as" and the quotation is its speaker',
};

/** The agent of the label verb toks[j] when "by <agent> as (a)" runs from it to quotation toks[qi]. */
export function agentBeforeAs(
  toks: Tok[],
  j: number,
  qi: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  const verb = toks[j]!.lower;
  if (!LABEL_VERBS.has(verb) || !/ed$/.test(verb) || toks[j + 1]?.lower !== "by") return null;
  if (!isOn("quotes", AGENT_BEFORE_AS_SWITCH.name, switches)) return null;
  let as = qi - 1;
  if (/^(?:a|an|the)$/.test(toks[as]?.lower ?? "")) as--;
  const words = as - (j + 2);
  if (toks[as]?.lower !== "as" || words < 1 || words > 8) return null;
  if (toks.slice(j + 2, as).some((t) => t.type !== "w")) return null;
  const p = agentAfter(toks.slice(0, as), j + 2, text);
  if (!p) return null;
  // The agent speaks only if it can: a name, a body or a person, not a thing ("by the remark").
  const head = p.text.split(/\s+/).pop()!.toLowerCase();
  const speaks =
    /\p{Lu}/u.test(p.text) ||
    ORG_NOUNS.has(head) ||
    ANONYMOUS_HEADS.has(head) ||
    ROLE_LIKE.test(head) ||
    /^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u.test(head);
  return speaks ? p : null;
}
