// The quote side of actors/speaking-org-goes-on.ts: "JP Morgan said …. The bank said “…”" is JP
// Morgan's quotation, not that of "Canal Bank", named earlier with the noun in its name.

import { SPEAKING_ORG_GOES_ON_STEP, speakingOrgBefore } from "../actors/speaking-org-goes-on.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import { previousSentenceStart, sentenceEnd, sentenceStart } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const SPEAKING_ORG_NOUN_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "org-noun-after-speaking-org",
  doc: SPEAKING_ORG_GOES_ON_STEP.doc,
  try: ({ doc, p }) => {
    const head = /^the\s+(\p{Ll}+)$/iu.exec(p.text)?.[1];
    if (!head || !ORG_NOUNS.has(head)) return null;
    const start = sentenceStart(doc, p.start);
    const own = { start, end: sentenceEnd(doc, p.start) };
    const prev = { start: previousSentenceStart(doc, start), end: start };
    const mentions = doc.actors.mentionsIn(doc.article.docId);
    const actor = speakingOrgBefore(doc.text, own, prev, mentions, doc.actors.byId, p.start, p.end);
    return actor ? speakerForActor(doc, actor.id, p) : null;
  },
};
