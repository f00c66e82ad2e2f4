// "… which the band thought was “totally ridiculous”" after "Scottish rock band Keel …": "the
// band" is the organisation the article named right after "band" (the actor model reads that name
// as a band's, actors.band-name), the latest before the cue; with none, it stays as written.
// Switch "band-description".

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "the band", "the Glasgow band", "the four-piece band": a band's description. */
const BAND = /^the\s+(?:[\p{L}-]+\s+){0,2}band$/iu;

export const BAND_DESCRIPTION: Alternative<SpeakerInput, Speaker> = {
  name: "band-description",
  doc: '"which the band thought was “…”" after "rock band Keel": the organisation named after "band", the latest before the cue',
  try: ({ doc, p }) => {
    if (!BAND.test(p.text)) return null;
    let id: string | null = null;
    for (const m of doc.actors.mentionsIn(doc.article.docId)) {
      if (m.start >= p.start) break;
      const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
      if (/\bband +$/.test(before) && doc.actors.byId.get(m.actorId)?.kind === "organization") id = m.actorId;
    }
    return id ? speakerForActor(doc, id, p) : null;
  },
};
