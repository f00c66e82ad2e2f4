// The name and kind an actor is shown with, from the forms its mentions use.

import { foldKey } from "../../text/fold.ts";
import type { ActorKind } from "../../types.ts";
import { PARTY_NICKNAMES } from "../lexicons/organisations.ts";
import type { Local } from "./types.ts";
import { COUNTRY_PREFIX } from "./word-classes.ts";

/** "Tories", "Tory party", "GOP": a party's everyday name, shown only when no formal one is used. */
function nickname(text: string): boolean {
  const first = text.split(" ")[0]!;
  const formal = PARTY_NICKNAMES.get(first);
  return formal !== undefined && !first.startsWith(formal);
}

/** The switch of the evidence-first kind vote. */
export const KIND_BY_EVIDENCE_STEP = {
  name: "kind-by-evidence",
  doc: "an actor some article reads with evidence (an org head, a title, a role) takes that kind over articles that read it by its shape alone ('Aston Villa' is no person)",
};

export function canonicalName(group: Local[], byEvidence = false): { name: string; kind: ActorKind } {
  let person = 0;
  let org = 0;
  // Shape alone ("Aston Villa": a given name and a capital word) is a guess; evidence outvotes it.
  const strongOnly = byEvidence && group.some((l) => l.strong);
  for (const l of group) {
    if (strongOnly && !l.strong) continue;
    const w = l.mentions.length * (l.strong ? 2 : 1);
    if (l.kind === "person") person += w;
    else org += w;
  }
  const kind: ActorKind = person >= org ? "person" : "organization";
  const forms = new Map<
    string,
    { text: string; count: number; words: number; accented: boolean; acr: boolean }
  >();
  for (const l of group) {
    for (const m of l.mentions) {
      if (m.via !== "name" && m.via !== "acronym") continue;
      const k = foldKey(m.text);
      const accented = /[^\x00-\x7f]/.test(m.text.replace(/[’‘]/g, ""));
      const f = forms.get(k);
      if (!f) {
        forms.set(k, {
          text: m.text,
          count: 1,
          words: m.text.split(/\s+/).length,
          accented,
          acr: /^[\p{Lu}.&]+$/u.test(m.text),
        });
      } else {
        f.count++;
        if (accented && !f.accented) {
          f.text = m.text;
          f.accented = true;
        }
      }
    }
  }
  const list = [...forms.values()];
  if (list.length === 0) {
    const m = group[0]!.mentions[0];
    return { name: m ? m.text : group[0]!.tokens.join(" "), kind };
  }
  list.sort(
    (a, b) =>
      Number(a.acr) - Number(b.acr) ||
      Number(nickname(a.text)) - Number(nickname(b.text)) ||
      Number(b.words >= 2) - Number(a.words >= 2) ||
      Number(COUNTRY_PREFIX.has(a.text.split(" ")[0]!)) - Number(COUNTRY_PREFIX.has(b.text.split(" ")[0]!)) ||
      b.count - a.count ||
      b.words - a.words ||
      Number(b.accented) - Number(a.accented),
  );
  const chosen = list[0]!.text;
  return { name: (kind === "organization" && formalPartyName(chosen)) || chosen, kind };
}

/**
 * "the Tories", "the Conservatives", "Tory party": a party the article calls only by an everyday
 * name is shown by its formal one ("Conservative Party"), so one party has one name whichever
 * word an article prefers; the everyday names stay its aliases.
 */
function formalPartyName(text: string): string | null {
  const words = text.split(" ");
  const formal = PARTY_NICKNAMES.get(words[0]!);
  if (formal === undefined || words.length > 2) return null;
  if (words.length === 2 && words[1]!.toLowerCase() !== "party") return null;
  return `${formal} Party`;
}
