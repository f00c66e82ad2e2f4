// `Opera 8.0 will be "the most accessible browser on the market", according to its authors`,
// `It will be "the best on the market", its makers claim`: the makers, developers or backers of
// the thing "its" stands for speak as the organisation named just before (session 36).

import type { Alternative } from "../steps.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

const MAKERS =
  /^(?:its|their)\s+(?:makers|developers|authors|creators|owners|founders|backers|organisers|organizers|designers|producers|publishers|manufacturers)$/i;

export const ITS_MAKERS_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "its-makers-organisation",
  doc: '"…, according to its authors", "its makers claim": the organisation named last in this sentence or the one before',
  try: ({ doc, p }) => {
    if (!MAKERS.test(p.text)) return null;
    const from = previousSentenceStart(doc, p.start);
    let id: string | null = null;
    for (const m of doc.actors.mentionsIn(doc.article.docId)) {
      if (m.start >= p.start) break;
      if (m.start >= from && doc.actors.byId.get(m.actorId)?.kind === "organization") id = m.actorId;
    }
    return id ? speakerForActor(doc, id, p) : null;
  },
};
