// The speaker fields of a quotation, to give another quotation the same speaker.

import type { QuoteFound } from "./types.ts";

export type Said = Pick<
  QuoteFound,
  "speakerId" | "speakerText" | "speakerName" | "speakerKind" | "speakerOrg" | "speakerOrgId"
>;

export const said = (q: QuoteFound): Said => ({
  speakerId: q.speakerId,
  speakerText: q.speakerText,
  speakerName: q.speakerName,
  speakerKind: q.speakerKind,
  speakerOrg: q.speakerOrg ?? null,
  speakerOrgId: q.speakerOrgId ?? null,
});

/** The speaker fields of a speaker a rule found, tied to no organisation. */
export const speakerSaid = (
  id: Said["speakerId"],
  text: string,
  name: Said["speakerName"],
  kind: Said["speakerKind"],
): Said => ({
  speakerId: id,
  speakerText: text,
  speakerName: name,
  speakerKind: kind,
  speakerOrg: null,
  speakerOrgId: null,
});

/** A person or organisation a rule found at `text`, shown as a body quotation already names it
 *  ("Lord Goldsmith"), else by the actor model's name. */
export function actorSaid(
  actor: { id: string; name: string; kind: string },
  text: string,
  found: readonly QuoteFound[],
): Said {
  const kind = actor.kind === "person" ? "person" : "organization";
  const seen = found.find((q) => q.speakerId === actor.id && q.speakerKind === kind);
  return speakerSaid(actor.id, text, seen?.speakerName ?? actor.name, kind);
}

/** A person a rule found at `text`, by the actor model's name; the quotation's organisation, if
 *  any, is left as it was (unlike speakerSaid). */
export const personSaid = (
  actor: { id: string; name: string },
  text: string,
): Pick<QuoteFound, "speakerId" | "speakerText" | "speakerName" | "speakerKind"> => ({
  speakerId: actor.id,
  speakerText: text,
  speakerName: actor.name,
  speakerKind: "person",
});
