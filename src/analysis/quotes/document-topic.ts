// "A report on the experiment said:", "a study into the crash found": a document and the topic it
// is on. Read back from the verb, the phrase stops at the topic, and "on the experiment" reads as a
// time or place phrase with no subject; the document, with its topic, is the speaker.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import type { Alternative } from "../steps.ts";
import { type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { DETERMINERS, type Tok } from "./tokens.ts";

export const DOCUMENT_TOPIC_SWITCH = {
  name: "document-on-topic",
  doc: '"A report on the experiment said:": a document, "on"/"into"/"about" and its topic, right before the verb, is the subject',
};

export const DOCUMENT_OWNER_TOPIC_SWITCH = {
  name: "document-owner-topic",
  doc: "\"Lord Marsh's report earlier this year into the agency said\": an owner's document, a time and its topic before the verb; the document is the subject",
};

/** Words of a time between a document and its topic ("report earlier this year into"). */
const TIME_WORDS = /^(?:earlier|later|last|this|next|year|month|week|today|published|released)$/;

/** `<determiner> <document> on|into|about <up to five words>` ending right before toks[j]; with
 *  `owned` (switch), `<Name's> <document> [time words] on|into|about …` too, as the owner's document. */
export function documentOnTopic(toks: Tok[], j: number, text: string, owned = false): Phrase | null {
  for (let k = j - 2; k >= 2 && j - k <= 6; k--) {
    const t = toks[k]!;
    if (t.type !== "w") return null;
    if (!/^(?:on|into|about)$/.test(t.lower)) continue;
    let h = k - 1;
    while (owned && h > 1 && k - h <= 3 && TIME_WORDS.test(toks[h]!.lower)) h--;
    const head = toks[h]!;
    if (head.type !== "w" || !DOCUMENT_HEADS.has(head.lower)) return null;
    if (h === k - 1 && DETERMINERS.has(toks[k - 2]!.lower)) return phraseOf(toks, k - 2, j - 1, text);
    // ("Lord Marsh's report": the owner's possessive right before the document)
    const owner = toks[h - 1];
    if (!owned || owner?.type !== "w" || !/^\p{Lu}.*['’]s$/u.test(owner.text)) return null;
    let s = h - 1;
    while (s > 0 && toks[s - 1]!.type === "w" && /^\p{Lu}/u.test(toks[s - 1]!.text)) s--;
    return phraseOf(toks, s, h, text);
  }
  return null;
}

/** "a Harbour Commission report which branded the law as “…”": the document. */
export const WHICH_DOCUMENT_RULE: Alternative<VerbAt, Phrase> = {
  // (a which-clause on a document: the document speaks, and through it its issuer)
  name: "which-document",
  doc: '"a Harbour Commission report which branded the law as “…”": the document a which-clause opens on',
  try: ({ toks, b, text }) => {
    if (toks[b]?.lower !== "which" || b < 2) return null;
    const p = phraseBefore(toks, toks[b - 1]!.text === "," ? b - 1 : b, text);
    const head = p?.text.split(/\s+/).pop()?.toLowerCase() ?? "";
    return p && /^(?:an?|the)\s/i.test(p.text) && DOCUMENT_HEADS.has(head) ? p : null;
  },
};
