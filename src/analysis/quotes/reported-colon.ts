// Reported speech after a name and a colon: the headline "Sanders: Clinton Email Story Has Moved"
// and the transcript line "WALLACE: Let's start with …" give the words after the colon to the
// name before it. A quotation there is the direct walk's (colon-name.ts); here the words are
// unquoted, so a paraphrase. Only a name opening its sentence; the speaker checks then drop
// a heading ("Update:", "Photo:") whose word names no one in the article.

import { type Alternative, isOn } from "../steps.ts";
import { nameRun, phraseOf } from "./phrases.ts";
import { contentFrom, lastContentTok } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue } from "./reported-cue.ts";

/** Words of a heading before a colon ("The Latest:", "Editor's Note:", "Watch:"), never a speaker. */
const HEADING =
  /^(?:The|A|An|Editor['’]s|Note|Latest|Update|Updated|Watch|Video|Photos?|Exclusive|Breaking|Leaked|Opinion|Analysis|Correction)$/;

export const REPORTED_COLON: Alternative<CueAt, ReportedCue> = {
  name: "reported-colon-name",
  doc: '"Sanders: Clinton Email Story Has Moved", "WALLACE: Let\'s start …": a name opening the sentence, then a colon',
  try: ({ toks, j, text, switches }) => {
    if (toks[j]!.text !== ":" || j < 1 || j > 4 || !nameRun(toks, 0, j)) return null;
    if (HEADING.test(toks[0]!.text) || HEADING.test(toks[j - 1]!.text)) return null;
    // "Okafor: ‘We Will Win’": a headline's single marks, which the direct walk leaves (they double as apostrophes).
    const mark =
      /^[‘']$/.test(toks[j + 1]?.text ?? "") && isOn("quotes", "reported-colon-single-mark", switches)
        ? 1
        : 0;
    const next = toks[j + 1 + mark];
    if (next?.type !== "w" || lastContentTok(toks, j + 1) - j < 3 + mark) return null;
    return cueWith(phraseOf(toks, 0, j - 1, text), ":", contentFrom(toks, j + 1 + mark));
  },
};
