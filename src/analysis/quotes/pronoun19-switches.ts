// Session 19's pronoun work in the quote layer (issue #13).

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "The Planning Minister didn't rule out …" after "Planning Minister Jo Marr": the person the actor
 *  model tied that office to (actors step "office-run-holder"), before office-subject takes the
 *  sentence before's subject; a he/she after it then goes to that person too. */
export const OFFICE_RUN_HOLDER_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "office-run-holder-speaker",
  doc: "'The Planning Minister' after 'Planning Minister Jo Marr': the person the model tied that office to",
  try: ({ doc, p, definite }) => {
    if (!definite) return null;
    const core = /^the\s+/i.exec(p.text);
    const start = p.start + (core?.[0].length ?? 0);
    const m = doc.actors.mentionAt(doc.article.docId, start, p.end);
    if (m?.via !== "alias" || m.start !== start || m.end !== p.end) return null;
    return doc.actors.byId.get(m.actorId)?.kind === "person" ? speakerForActor(doc, m.actorId, p) : null;
  },
};
