// "Of Hepburn, she said: “…”", "Asked about Mr Dunmore, he said": a person the sentence opens on
// as its topic, before the he/she that speaks, is someone the speaker talks about, not the speaker.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

const TOPIC = /^(?:Of|On|About|Asked about|Speaking (?:of|about)|Referring to|Turning to)\s+(.+?),\s*$/;

/** The actor a topic phrase opening the pronoun's sentence names, else null. */
export function topicPerson(doc: QuoteDoc, p: Phrase): string | null {
  const from = sentenceStart(doc, p.start);
  const m = TOPIC.exec(doc.text.slice(from, p.start));
  if (!m) return null;
  // "On her climate page, she vows …", "Asked about her own vote …, she replied": the speaker's
  // own thing, and no one named as the topic (switch "topic-own-thing")
  const own = isOn("quotes", "topic-own-thing", doc.switches);
  if (own && /^(?:her|his|their|its|my|our|your)\s/i.test(m[1]!)) return null;
  const at = from + m[0].lastIndexOf(m[1]!);
  const hit = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= at && x.end <= p.start && !(own && x.via === "pronoun"));
  return hit && doc.actors.byId.get(hit.actorId)?.kind === "person" ? hit.actorId : null;
}
