// A quotation in a sentence with no speech of its own, between two sentences of its paragraph that
// report the same named speaker: "According to the Kestrel Institute, the rule is “unlikely” to be
// met. Should the cycle end earlier, the chances improve to “50/50”. Either way, cuts are needed,
// the institute said." The middle sentence goes on with that speaker's account (issue #13,
// session 35: terms in a reported run).

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type Step } from "../steps.ts";
import { BETWEEN_REPORTS_NEXT_PARAGRAPH_SWITCH } from "./s42-switches.ts";
import { attribute, type QuoteDoc } from "./state.ts";

/** Does [start, end) of the text hold a quotation mark or a verb of speech? */
const speaks = (text: string, start: number, end: number) =>
  /["“”]/.test(text.slice(start, end)) ||
  text
    .slice(start, end)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => SPEECH_VERB_FORMS.has(w));

export const TERM_BETWEEN_REPORTS: Step<QuoteDoc> = {
  name: "between-same-reports",
  doc: "a quotation in a sentence with no speech of its own, between two sentences of its paragraph reporting the same named speaker, is that speaker's",
  run: (doc) => {
    const { spans, speakers, sentenceSpeaker, article } = doc;
    // (switch: the paragraph's last sentence, and the next paragraph's first, quoted or not)
    const across = isOn("quotes", BETWEEN_REPORTS_NEXT_PARAGRAPH_SWITCH.name, doc.switches);
    for (let k = 0; k < spans.length; k++) {
      if (speakers[k]) continue;
      const s = spans[k]!;
      const para = article.paragraphs[s.para];
      const si = para?.sentences.findIndex((x) => x.start <= s.markOpen && s.markOpen < x.end) ?? -1;
      const last = si === (para?.sentences.length ?? 0) - 1;
      const nextPara = last && across ? article.paragraphs[s.para + 1] : undefined;
      if (si <= 0 || (last && !nextPara?.sentences.length)) continue;
      // (the whole quotation inside the one sentence: a run across sentences is another reading)
      const here = para!.sentences[si]!;
      if (s.markClose > here.end || sentenceSpeaker.has(`${s.para}:${si}`)) continue;
      // (no speech of its own outside the quotation; the account after it reported, not quoted)
      const next = nextPara ? nextPara.sentences[0]! : para!.sentences[si + 1]!;
      if (speaks(doc.text, here.start, s.markOpen) || speaks(doc.text, s.markClose + 1, here.end)) continue;
      if (!nextPara && /["“”]/.test(doc.text.slice(next.start, next.end))) continue;
      // (a thing's own name is no one's words: `Mr Brown's "golden rule"`, `the so-called "x"`)
      if (across && /(?:\p{L}['’]s?|so-called)\s*$/u.test(doc.text.slice(s.markOpen - 20, s.markOpen)))
        continue;
      const before = sentenceSpeaker.get(`${s.para}:${si - 1}`);
      const after = sentenceSpeaker.get(nextPara ? `${s.para + 1}:0` : `${s.para}:${si + 1}`);
      if (before?.id && before.id === after?.id && before.kind !== "unnamed")
        attribute(doc, k, before, null, "context");
    }
  },
};
