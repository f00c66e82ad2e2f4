// "the parliamentary Joint Committee on Human Rights. … the cross-party committee stated": the
// article's name list (doc-names.ts) joins no "on", so the latest name ending "committee" is
// "Joint Committee"; the model's organisation runs on through "on" ("Committee on …",
// "Council on …"), and a bare "the committee" stands for that whole name.

import { literal } from "../../text/regex-literal.ts";
import { isOn } from "../steps.ts";
import { ORG_NAME_ON_SWITCH } from "./set27-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** The model's organisation "<org> on <Capitalised words>" written before `at`, else null (switch). */
export function orgNameOn(doc: QuoteDoc, org: string, at: number): string | null {
  if (!isOn("quotes", ORG_NAME_ON_SWITCH.name, doc.switches)) return null;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${literal(org)} on ((?:\\p{Lu}[\\p{L}'’-]*)(?: (?:and |of |the )?\\p{Lu}[\\p{L}'’-]*)*)`,
    "gu",
  );
  let found: string | null = null;
  for (const m of doc.text.slice(doc.article.bodyStart, at).matchAll(re)) {
    const name = `${org} on ${m[1]}`;
    if (doc.actors.resolve(name)?.kind === "organization") found = name;
  }
  return found;
}
