// "A report on the experiment said:", "a study into the crash found": a document and the topic it
// is on. Read back from the verb, the phrase stops at the topic, and "on the experiment" reads as a
// time or place phrase with no subject; the document, with its topic, is the speaker.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { DETERMINERS, type Tok } from "./tokens.ts";

export const DOCUMENT_TOPIC_SWITCH = {
  name: "document-on-topic",
  doc: '"A report on the experiment said:": a document, "on"/"into"/"about" and its topic, right before the verb, is the subject',
};

/** `<determiner> <document> on|into|about <up to five words>` ending right before toks[j]. */
export function documentOnTopic(toks: Tok[], j: number, text: string): Phrase | null {
  for (let k = j - 2; k >= 2 && j - k <= 6; k--) {
    const t = toks[k]!;
    if (t.type !== "w") return null;
    if (!/^(?:on|into|about)$/.test(t.lower)) continue;
    const head = toks[k - 1]!;
    if (head.type !== "w" || !DOCUMENT_HEADS.has(head.lower) || !DETERMINERS.has(toks[k - 2]!.lower))
      return null;
    return phraseOf(toks, k - 2, j - 1, text);
  }
  return null;
}
