// Speaker rules of classes found on BBC study set 33 (ORG_DESCRIPTION_RULES entries, listed by
// their table for the ablation).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import { nextSentenceSource } from "./lead-named-next.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Capitals that news writing makes stand for their country's government, with the adjective the
 *  government is named by ("the Chinese government"). London, Paris and Washington are left out:
 *  they are also people's names (Paris Hilton, Denzel Washington) or the writer's own capital. */
const CAPITALS = new Map<string, string>([
  ["Beijing", "Chinese"],
  ["Moscow", "Russian"],
  ["Tokyo", "Japanese"],
  ["Berlin", "German"],
  ["Tehran", "Iranian"],
  ["Baghdad", "Iraqi"],
  ["Kabul", "Afghan"],
  ["Pyongyang", "North Korean"],
  ["Seoul", "South Korean"],
  ["Delhi", "Indian"],
  ["Islamabad", "Pakistani"],
  ["Damascus", "Syrian"],
  ["Ankara", "Turkish"],
  ["Rome", "Italian"],
  ["Madrid", "Spanish"],
  ["Canberra", "Australian"],
  ["Ottawa", "Canadian"],
  ["Dublin", "Irish"],
  ["Kiev", "Ukrainian"],
  ["Cairo", "Egyptian"],
  ["Riyadh", "Saudi"],
  ["Harare", "Zimbabwean"],
  ["Taipei", "Taiwanese"],
]);

/** "… welcomed by Beijing, which described it as “…”": a capital as the speaker stands for its
 *  country's government ("Chinese government"), unless the article names a person by the word. */
export const CAPITAL_GOVERNMENT_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "capital-government",
  doc: '"Beijing described the ban as “…”", "Moscow said": a capital as the speaker is its country\'s government',
  try: ({ doc, p, words }) => {
    const word = words.length === 2 && words[0] === "New" ? words[1]! : words.length === 1 ? words[0]! : "";
    const country = CAPITALS.get(word);
    if (!country || doc.actors.resolve(word)?.kind === "person" || doc.names.expand([word], p.start))
      return null;
    return { ...p, id: null, name: `${country} government`, kind: "organization", gender: "any" };
  },
};

/** "…, the country's spending watchdog has said. The Audit Office said …": a lead that reports a
 *  body by a definite description names it as the subject opening the next sentence; the
 *  description is that organisation (lead-named-next.ts reads the same for an unnamed subject). */
export const LEAD_BODY_NAMED_NEXT_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "lead-body-named-next",
  doc: "\"…, the country's spending watchdog has said. The Audit Office said …\": the lead's body description is the organisation the next sentence opens on",
  try: ({ doc, p, lastWord, definite }) => {
    const lead = doc.article.paragraphs[0]?.sentences[0];
    if (!lead || p.start < lead.start || p.end > lead.end || !ORG_NOUNS.has(lastWord)) return null;
    if (!(definite || /^the\s/i.test(p.text)) || /\p{Lu}/u.test(p.text.split(/\s+/).pop()!)) return null;
    const src = nextSentenceSource(doc, []);
    return src?.kind === "organization" ? speakerForActor(doc, src.id, p) : null;
  },
};
