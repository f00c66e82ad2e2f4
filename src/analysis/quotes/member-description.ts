// "the Salford MP said", "But the Tory MP for Ashford and West Kent admitted": a member of a
// parliament described by party or seat takes up a person named before; the place is no speaker
// (switch "member-description").

import { type Alternative, isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { subjectMentionBefore } from "./prior-subject.ts";
import { DESCRIBED_TAG_MEMBERS_SWITCH } from "./s42-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, resolveDescription, speakerForActor, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

const MEMBER = String.raw`the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:MP|MSP|MEP|AM|MLA)`;
const MEMBER_ONLY = new RegExp(`^${MEMBER}$`, "u");
/** "pro-hunt MPs", "Labour MEPs": members as a group, no one of them (a party or modifier before). */
const MEMBERS =
  /^(?!(?:the|a|an|these|those|its|their|his|her|our|some|many|most|all|two|three|both)\s)(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){1,2}(?:MPs|MSPs|MEPs|AMs|MLAs)$/iu;
/** "the Tory MP for " (and "Ashford and " when the seat's second half is read alone). */
const MEMBER_FOR = new RegExp(
  String.raw`(?:^|[\s,;:"”])(${MEMBER})\s+for\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+)?$`,
  "iu",
);

/** The seat `p` names after "the … MP for": the member's words instead ("the Tory MP"), or null. */
export function memberBeforeSeat(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!/^\p{Lu}/u.test(p.text)) return null;
  const from = Math.max(doc.article.bodyStart, p.start - 60);
  const m = MEMBER_FOR.exec(doc.text.slice(from, p.start));
  if (!m || !/^the\s/i.test(m[1]!)) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}

export const MEMBER_DESCRIPTION: Alternative<SpeakerInput, Speaker> = {
  name: "member-description",
  doc: '"the Salford MP said", "the Tory MP for Ashford admitted": the person named as a subject the sentence before, else the model\'s role link, not the seat',
  try: ({ doc, p }) => {
    // ("…, pro-hunt MPs say": a group, kept as written, not the name "MPs", switch)
    if (MEMBERS.test(p.text) && isOn("quotes", DESCRIBED_TAG_MEMBERS_SWITCH.name, doc.switches))
      return unnamed(p, "plural");
    if (!MEMBER_ONLY.test(p.text)) return null;
    // A member is one person named in full ("Muslims" is no member): as a subject the sentence
    // before, else the model's role link.
    const named = (x: string) => {
      const a = doc.actors.byId.get(x);
      return a?.kind === "person" && /\s/.test(a.name);
    };
    const id = subjectMentionBefore(doc, p.start, named);
    if (id) return speakerForActor(doc, id, p);
    const linked = resolveDescription(doc, p);
    return linked.id && named(linked.id) ? linked : null;
  },
};
