// "the Finance and Economy Ministry said …. “…,” the ministry said": the article's name list
// (doc-names.ts) joins no "and", so the latest name ending "ministry" is "Economy Ministry", an
// actor of no one; the body whose portfolio runs through "and" is the model's organisation
// "Finance and Economy Ministry", and a bare "the ministry" stands for it.

import { literal } from "../../text/regex-literal.ts";
import { isOn } from "../steps.ts";
import { demonymDescription } from "./demonym-description.ts";
import { orgNameOn } from "./org-name-on.ts";
import { PORTFOLIO_ORG_SWITCH } from "./set24-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** The latest organisation before `at` whose name ends with the head noun (doc-names.ts), taken
 *  to the model's organisation "<Word> and <name>" when the name alone is no actor (switch). */
export function orgByHeadJoined(doc: QuoteDoc, head: string, at: number): string | null {
  const named = doc.names.orgByHead(head, at);
  // "The Australian firm": a description, no name (set 31, switch)
  const org = named && demonymDescription(doc, named) ? null : named;
  // "Joint Committee" of "Joint Committee on Human Rights" (set 27's class)
  const on = org && !doc.actors.resolve(org) ? orgNameOn(doc, org, at) : null;
  if (on) return on;
  if (!org || !isOn("quotes", PORTFOLIO_ORG_SWITCH.name, doc.switches) || doc.actors.resolve(org)) return org;
  const before = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’-]*) and ${literal(org)}(?![\\p{L}\\p{N}])`,
    "u",
  );
  const m = before.exec(doc.text.slice(doc.article.bodyStart, at));
  const joined = m ? `${m[1]} and ${org}` : null;
  return joined && doc.actors.resolve(joined)?.kind === "organization" ? joined : org;
}
