// "…," our correspondent said after "BBC correspondent Jane Hill said …": the paper's own
// reporter, described as "our …", is the reporter the article named before with the same role
// words ("correspondent", "political editor"). With no such name the description stays unnamed.

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "our (political|business|…) correspondent|editor|reporter". */
const OUR_REPORTER = /^our\s+((?:[\p{Ll}-]+\s+)*?)(correspondent|editor|reporter)$/iu;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+`;

/** The latest person named right after the same role words, before `p`. */
function namedReporter({ doc, p }: SpeakerInput): Speaker | null {
  const m = OUR_REPORTER.exec(p.text);
  if (!m) return null;
  const role = `${m[1]!}${m[2]!}`.replace(/\s+/g, "\\s+");
  const re = new RegExp(`(?<![\\p{L}])${role}\\s+(${NAME})`, "gu");
  const before = doc.text.slice(doc.article.bodyStart, p.start);
  let found: { start: number; end: number } | null = null;
  for (const r of before.matchAll(re)) {
    const start = doc.article.bodyStart + r.index + r[0].length - r[1]!.length;
    found = { start, end: start + r[1]!.length };
  }
  if (!found) return null;
  const hit = doc.actors.mentionAt(doc.article.docId, found.start, found.end);
  const actor = hit ? doc.actors.byId.get(hit.actorId) : null;
  return actor?.kind === "person" ? speakerForActor(doc, actor.id, p) : null;
}

export const OUR_REPORTER_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "our-reporter",
  doc: '"…," our correspondent said after "BBC correspondent Jane Hill said …": the reporter named before with the same role words',
  try: namedReporter,
};
