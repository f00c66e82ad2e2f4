// Speaker rules of classes found on BBC study set 32 for organisations (ORG_DESCRIPTION_RULES
// entries, listed by its table for the ablation).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import { bodyOfKind } from "./body-kind.ts";
import { orgByHeadJoined } from "./portfolio-org.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A document named by the kind of body that issued it: "an agency statement", "a club statement". */
const KIND_DOCUMENT = /^(?:a|an|the)\s+(\p{Ll}+)\s+(?:statement|release|letter|note)$/u;

/** `"…," said an agency statement` after "the Calder Water Agency": a statement named by a body's
 *  kind is that body's, the latest the article names with that head (as "the agency said" is). */
export const KIND_STATEMENT_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "kind-noun-statement",
  doc: '`said an agency statement`, `a club statement said`: the organisation of that kind the article named, as for "the agency"',
  try: ({ doc, p }) => {
    const kind = KIND_DOCUMENT.exec(p.text)?.[1];
    if (!kind || !ORG_NOUNS.has(kind)) return null;
    const name = orgByHeadJoined(doc, kind, p.start);
    const actor = name ? doc.actors.resolve(name) : null;
    return actor?.kind === "organization" ? speakerForActor(doc, actor.id, p) : bodyOfKind(doc, kind, p);
  },
};
