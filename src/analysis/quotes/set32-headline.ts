// A headline class found on BBC study set 32 (headline-quotes.ts saidInBody).

import { isOn } from "../steps.ts";
import { ACCUSED_BY_LEAD_SWITCH } from "./set32-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** A passive verb of accusing, its object clause, then "by" and the agent up to the sentence end. */
const ACCUSED_BY =
  /\b(?:been|was|were|is|are)\s+(?:accused|criticised|criticized|condemned|blamed|attacked)\b[^.;]*?\bby\s+([^.;]+?)\s*\.?\s*$/u;

/** `… has been accused of blocking access by the media watchdog, Reporters Abroad.`: the
 *  headline's quoted charge is the accuser's, the lead's agent (the name in apposition to its
 *  description when there is one); its actor id and name, else null. */
export function leadAccuser(
  doc: QuoteDoc,
): { id: string; name: string; kind: "person" | "organization" } | null {
  if (!isOn("quotes", ACCUSED_BY_LEAD_SWITCH.name, doc.switches)) return null;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  const agent = lead ? ACCUSED_BY.exec(doc.text.slice(lead.start, lead.end))?.[1] : undefined;
  if (!agent) return null;
  // ("the media watchdog, Reporters Abroad": the name after the description)
  const name = agent.includes(",") ? agent.slice(agent.lastIndexOf(",") + 1).trim() : agent;
  const actor = doc.actors.resolve(name.replace(/^the\s+/i, ""));
  return actor && (actor.kind === "person" || actor.kind === "organization")
    ? { id: actor.id, name: actor.name, kind: actor.kind }
    : null;
}
