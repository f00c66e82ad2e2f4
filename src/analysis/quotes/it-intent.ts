// "New owner Pixel Arts Ventures has not ruled out new consoles. It also plans to develop a “global
// play concept” with the brand.": a term after a verb of intent whose subject is "It" is the
// organisation the sentence before opens on, whose plan the words name (clause-subject.ts leaves
// "it" alone, as it is so often no one: "It is a “bold” move").

import { isOn } from "../steps.ts";
import { mainClauseStart, replaceableIt } from "./it-intent-fronted.ts";
import type { QuoteDoc } from "./state.ts";
import { IT_INTENT_SWITCH } from "./terms21-switches.ts";
import type { QuoteFound } from "./types.ts";

/** "It (also) plans/wants/hopes/aims/intends …": "it" as the subject of a verb of intent. */
const IT_INTENT =
  /^It\s+(?:(?:also|now|still|further)\s+)?(?:plans|planned|wants|wanted|hopes|hoped|aims|aimed|intends|intended|expects|expected|promises|promised|pledged|vowed)\b/;

/** The organisation the sentence at [start, end) opens on (within its first four words), else null. */
function openingOrganisation(doc: QuoteDoc, start: number, end: number) {
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= start && x.start < end && x.via !== "pronoun" && x.via !== "role");
  if (!m || doc.actors.byId.get(m.actorId)?.kind !== "organization") return null;
  return doc.text.slice(start, m.start).split(/\s+/).filter(Boolean).length <= 3 ? m : null;
}

/** Give the terms of an "It plans to …" sentence with no speaker to the organisation before it. */
export function itIntentTerms(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", IT_INTENT_SWITCH.name, doc.switches)) return;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  for (const q of direct) {
    if (q.kind !== "term" || !replaceableIt(q, doc.switches)) continue;
    const i = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const here = sentences[i];
    const before = sentences[i - 1];
    if (!here || !before || !IT_INTENT.test(doc.text.slice(here.start, q.start))) continue;
    const m = openingOrganisation(doc, mainClauseStart(doc.text, before.start, doc.switches), before.end);
    if (!m) continue;
    const actor = doc.actors.byId.get(m.actorId)!;
    Object.assign(q, {
      speakerId: actor.id,
      speakerText: "It",
      speakerName: actor.name,
      speakerKind: "organization",
      via: "context",
      cue: /^It\s+(?:\w+\s+)?(\w+)/.exec(doc.text.slice(here.start, q.start))?.[1] ?? null,
    });
  }
}
