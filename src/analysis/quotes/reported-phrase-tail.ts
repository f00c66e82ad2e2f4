// Speaker phrases that cannot be noun phrases, from reported speech on real coverage: a phrase
// that stops on a word no noun phrase ends with ("Democrats most strongly opposed", "The first
// four states that vote", "the Fed very much wants", "A 2014 estimate"). The cue was then no verb
// of this phrase (or the phrase no speaker), so the record is dropped. ("Clinton and Obama all
// agree" keeps its speakers: "all" may close a list of names.)

import { CARDINALS } from "../lexicons/numbers.ts";

/** Words that close no noun phrase: degree and distributive words, ordinals, "very", and the
 *  articles (session 42: "By the end of the day, Mr. Trump … said" had "By the" speak). */
const NO_HEAD = new Set(
  "most much more less each both either neither very first second third last only also too the a an".split(
    " ",
  ),
);

/** Does the speaker phrase end where no noun phrase can (a degree word, an ordinal, a
 *  determiner's number)? */
export function phraseWithoutHead(text: string): boolean {
  const ws = text.split(/\s+/).filter(Boolean);
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1]!.toLowerCase();
  if (NO_HEAD.has(last)) return true;
  // A number closes a name ("ABC 7", "Channel 4") or a prepositional phrase ("data from 2014"),
  // or a date ("in July 2015"), but not a determiner's phrase ("A 2014", "the first four").
  const prev = ws[ws.length - 2]!;
  const number = /^\d[\d,.]*$/.test(last) || last in CARDINALS;
  return number && /^(?:a|an|the|first|top|last|other)$/i.test(prev);
}

export const PHRASE_TAIL_CHECK = {
  name: "reported-phrase-without-head",
  doc: '"Democrats most", "The first four", "A 2014": a speaker phrase that no noun heads',
};
