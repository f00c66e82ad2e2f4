// "An SFA spokesman said … “…,” the spokesman added.": a bare "the spokesman" takes up the
// anonymous spokesperson the article brought in before (its words and the body it speaks for), so
// both quotations are one source's (session 43). Only a spokesperson: "the official" may be another.

import { isOn } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { lastOf, paraOf } from "./state.ts";
import type { Speaker } from "./types.ts";

export const SPOKESPERSON_AGAIN_RULE = {
  name: "spokesperson-again",
  doc: '"An SFA spokesman said … the spokesman added": "the spokesman" is the anonymous spokesperson brought in before, with the body it speaks for',
  try: ({ doc, p }: SpeakerInput): Speaker | null => {
    const head = /^the\s+(spokes(?:man|woman|person))$/i.exec(p.text)?.[1]?.toLowerCase();
    if (!head || !isOn("quotes", SPOKESPERSON_AGAIN_RULE.name, doc.switches)) return null;
    const theirs = (h: Speaker) =>
      h.kind === "unnamed" && /^(?:an?|one)\s/i.test(h.text) && h.text.toLowerCase().includes(head);
    // (within two paragraphs before; the head agrees: a spokesman is no spokeswoman)
    const near = paraOf(doc, p.start) - 2;
    let earlier = lastOf(doc, (h) => theirs(h) && (h.para ?? -1) >= near, p.start);
    // (further back, only when the article brought in one such spokesperson: no other to mean)
    if (!earlier) {
      earlier = lastOf(doc, theirs, p.start);
      const other = earlier && lastOf(doc, (h) => theirs(h) && h.text !== earlier!.text, p.start);
      if (other) earlier = undefined;
    }
    return earlier ? { ...earlier, text: p.text, start: p.start, end: p.end } : null;
  },
};
