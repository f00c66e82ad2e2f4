// "Non-EU workers will face health checks under plans unveiled by the Conservatives. … The
// proposals include: - People from a “high incidence” country will …": a bulleted list sets out a
// body's plans item by item, with no tag on any line. A quotation on such a line that no rule gave a
// speaker is the words of the body the article says the plans are by ("plans unveiled by X",
// "X unveiled its plans").

import { isOn } from "../steps.ts";
import { LIST_REPORT_OWNER_SWITCH } from "./set24-switches.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const LIST_OWNER_SWITCH = {
  name: "list-plans-owner",
  doc: '"… under plans unveiled by the Greens. The proposals include: - a “fair rent” cap …": an untagged quotation on a bulleted line is the words of the body the plans are by',
} as const;

const NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*)`;
const PLANS = String.raw`(?:plans?|proposals?|measures|pledges|manifesto|guidelines)`;
const DONE = String.raw`(?:unveiled|set\s+out|announced|published|outlined|drawn\s+up|put\s+forward|issued)`;
/** "plans unveiled by the Conservatives", "the Greens have set out their proposals". */
const OWNERS = [
  new RegExp(String.raw`\b${PLANS}\s+${DONE}\s+by\s+(?:the\s+)?${NAME}`, "gu"),
  new RegExp(
    String.raw`\b${NAME}\s+(?:(?:has|have)\s+)?${DONE}\s+(?:its|their|his|her|the)?\s*(?:[\p{Ll}-]+\s+){0,3}${PLANS}\b`,
    "gu",
  ),
];

/** Is `pos` on a line that opens on a bullet ("- ")? Then where that line starts, else -1. */
function bulletLine(text: string, pos: number): number {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  return /^[ \t]*-\s/.test(text.slice(start, pos)) ? start : -1;
}

/** "His report demands a major overhaul", "Her study calls for …": a person's or body's own
 *  document setting out demands (switch "list-report-owner"); the owner is the model's actor at
 *  the possessive. */
const REPORT_OWNER = new RegExp(
  String.raw`\b((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|${NAME}['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|paper|review|manifesto|plan|proposals)\s+(?:demands|calls\s+for|recommends|proposes|sets\s+out|urges)\b`,
  "gu",
);

/** The latest body before `end` the article says the plans are by, else null. */
function ownerBefore(
  doc: QuoteDoc,
  end: number,
): { id: string; name: string; kind: "person" | "organization"; text: string } | null {
  const from = doc.article.bodyStart;
  const body = doc.text.slice(from, end);
  let best: { at: number; name: string; id?: string } | null = null;
  for (const re of OWNERS)
    for (const m of body.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, name: m[1]! };
  if (isOn("quotes", LIST_REPORT_OWNER_SWITCH.name, doc.switches))
    for (const m of body.matchAll(REPORT_OWNER)) {
      const word = m[1]!.replace(/['’]s?$/, "");
      const at = from + m.index!;
      const id = doc.actors.mentionAt(doc.article.docId, at, at + word.length)?.actorId;
      if (id && (!best || m.index! > best.at)) best = { at: m.index!, name: word, id };
    }
  if (!best) return null;
  const actor = best.id ? doc.actors.byId.get(best.id) : doc.actors.resolve(best.name);
  if (!actor || (actor.kind !== "organization" && actor.kind !== "person")) return null;
  return { id: actor.id, name: actor.name, kind: actor.kind, text: best.name };
}

/** Untagged quotations on bulleted lines, given to the body the plans are by. */
export function listOwner(doc: QuoteDoc, direct: QuoteFound[]): void {
  for (const q of direct) {
    if (q.speakerName) continue;
    const line = bulletLine(doc.text, q.start);
    if (line < 0) continue;
    // (the list starts at its first bulleted line: the owner is named before it)
    let first = line;
    for (
      let prev = bulletLine(doc.text, first - 1);
      prev >= 0 && prev < first;
      prev = bulletLine(doc.text, first - 1)
    )
      first = prev;
    const owner = ownerBefore(doc, first);
    if (!owner) continue;
    Object.assign(q, {
      speakerId: owner.id,
      speakerText: owner.text,
      speakerName: owner.name,
      speakerKind: owner.kind,
      via: "context",
      cue: "list",
    });
  }
}
