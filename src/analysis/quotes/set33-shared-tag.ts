// A speaker class found on BBC study set 33 (issue #13): a tag closing a sentence reports the
// whole sentence, so a quotation earlier in it with no cue of its own shares the tag's speaker
// (`"Green towns" were built without a plan for "green" ones, the panel said.`).

import { isOn } from "../steps.ts";
import { said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** The switch of the rule (listed in set33-switches.ts). */
export const SHARED_CLOSING_TAG_SWITCH = {
  name: "shared-closing-tag",
  doc: '`"Green towns" were built with no plan for "green" ones, the panel said.`: an earlier quotation of the sentence with no cue shares its closing tag',
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Gives each cue-less quotation the speaker of the next quotation of its sentence, when that one
 *  takes it from a tag ending the sentence (", X said."). */
export function shareClosingTag(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", SHARED_CLOSING_TAG_SWITCH.name, doc.switches)) return;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  for (const a of direct) {
    if (a.speakerName || a.kind === "reported") continue;
    const s = sentences.find((x) => x.start <= a.start && a.end <= x.end);
    const b = s && direct.find((q) => q.start > a.end && q.end <= s.end && q.kind !== "reported");
    if (!s || !b?.speakerName || !b.speakerText || b.via !== "cue") continue;
    const tag = new RegExp(
      `^["”]?[^"“”]*,\\s+${escapeRe(b.speakerText)}\\s+(?:has\\s+|have\\s+)?\\p{Ll}+\\.?\\s*$`,
      "u",
    );
    if (!tag.test(doc.text.slice(b.end, s.end))) continue;
    Object.assign(a, said(b), { via: "context", cue: b.cue });
  }
}
