// "An SFA spokesman said … “…,” the spokesman added.": a bare "the spokesman" takes up the
// anonymous spokesperson the article brought in before (its words and the body it speaks for), so
// both quotations are one source's (session 43). Only a spokesperson: "the official" may be another.

import { isOn } from "../steps.ts";
import { insideQuotation } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { lastOf, paraOf, unnamed } from "./state.ts";
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

/** Singular heads of anonymous sources ("a source close to …", "one EU diplomat", "one dealer"). */
const SOURCE_HEADS =
  /^(?:source|official|diplomat|dealer|trader|insider|aide|adviser|advisor|analyst|economist|banker|broker|negotiator|observer|executive|director|manager|campaigner|activist|resident|witness|villager|worker|employee|shopkeeper|fan|supporter)$/;

export const SOURCE_AGAIN_RULE = {
  name: "source-again",
  doc: '"A source close to the player said … “…,” the source said": "the source" (a diplomat, a dealer) is the one anonymous source of that head the two paragraphs before bring in',
  try: ({ doc, p }: SpeakerInput): Speaker | null => {
    const head = /^the\s+(\p{Ll}+)$/iu.exec(p.text)?.[1]?.toLowerCase();
    if (!head || !SOURCE_HEADS.test(head) || !isOn("quotes", SOURCE_AGAIN_RULE.name, doc.switches))
      return null;
    // (brought in outside quotation marks, in its own words or not: "A source close to the
    // player, however, said Harker …" spoke no quotation of its own)
    const from = doc.paraStarts[Math.max(0, paraOf(doc, p.start) - 2)]!;
    const intro = new RegExp(
      String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}?${head}(?:\s+(?:close\s+to|at|in|from|with|inside|within|for|on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)*)?`,
      "gu",
    );
    // (not a named person's apposition or predicate: "Tom Hale, a manager at the plant,", "is a manager")
    const described = (at: number) =>
      /(?:\p{Lu}[\p{L}'’-]+,|\b(?:is|was|as|became|becomes))\s*$/u.test(
        doc.text.slice(Math.max(0, at - 40), at),
      );
    const found = [...doc.text.slice(from, p.start).matchAll(intro)].filter(
      (m) => !insideQuotation(doc, from + m.index!) && !described(from + m.index!),
    );
    // (one such source only: a second is another)
    if (new Set(found.map((m) => m[0].toLowerCase())).size !== 1) return null;
    const m = found[0]!;
    const start = from + m.index!;
    // (as the sentence that brought it in read it, when it spoke there: "a source at one of the
    // networks", which the pattern here cuts at "one")
    const spoke = [...doc.history, ...doc.speakers].find((h) => h?.start === start && h.kind === "unnamed");
    const source = spoke ?? unnamed({ start, end: start + m[0].length, text: m[0] });
    return { ...source, text: p.text, start: p.start, end: p.end };
  },
};
