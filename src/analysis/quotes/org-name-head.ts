// "Shares in Calder Airlines have fallen …. In a filing the airline warned of “weak bookings”": a
// definite organisation noun is the organisation named before it whose name ends in that noun
// (one of the terms set's classes: the name sat in an object, "Shares in …", that no organisation
// rule reads as a speaker).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { type Alternative, isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import { ORG_NAME_HEAD_SWITCH } from "./terms21-switches.ts";
import type { Speaker } from "./types.ts";

/** The latest organisation named in the body before `p` whose name `fits` `p`'s head noun
 *  ("the <head>"), when `wanted` takes that noun. */
export function latestOrgByHead(
  doc: QuoteDoc,
  p: Phrase,
  wanted: (head: string) => boolean,
  fits: (name: string, head: string) => boolean,
): Speaker | null {
  const head = /^the\s+(\p{Ll}+)$/iu.exec(p.text)?.[1];
  if (!head || !wanted(head)) return null;
  const ms = doc.actors.mentionsIn(doc.article.docId);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > p.start || m.start < doc.article.bodyStart || m.via === "pronoun" || m.via === "role")
      continue;
    const actor = doc.actors.byId.get(m.actorId);
    if (actor?.kind !== "organization") continue;
    if (fits(actor.name, head)) return speakerForActor(doc, actor.id, p);
  }
  return null;
}

/** The latest organisation named in the body before `p` whose name ends in `p`'s noun (or its plural). */
function orgNamedByHead(doc: QuoteDoc, p: Phrase): Speaker | null {
  return latestOrgByHead(
    doc,
    p,
    (head) => ORG_NOUNS.has(head),
    (name, head) => {
      const last = name.split(/\s+/).pop()!.toLowerCase();
      return last === head || last === `${head}s`;
    },
  );
}

export const ORG_NAME_HEAD_RULE: Alternative<SpeakerInput, Speaker> = {
  ...ORG_NAME_HEAD_SWITCH,
  try: ({ doc, p, definite }) =>
    definite && isOn("quotes", ORG_NAME_HEAD_SWITCH.name, doc.switches) ? orgNamedByHead(doc, p) : null,
};
