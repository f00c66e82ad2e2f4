// "Fathi Bin Shatwan, Libya's oil minister, told Reuters", "said Sung Won Sohn, chief US economist":
// over a whole corpus a word inside a foreign name is also an ordinary word ("bin", "won", "sung"),
// so the plain-name rule, which wants no common word in a name unless a given name or a role says
// it is a person, let the name go and the "he added" after it found an older person. A run of three
// or four words, none a function word, whose outer words are rare, or whose last word is rare right
// beside a speech verb, is a person's name; so are a known given name and a surname that is also a
// word ("Vince Cable said": "cable").

import { STOPWORDS } from "../../../search/stopwords.ts";
import { SENTENCE_STARTERS } from "../../lexicons/not-names.ts";
import { ORG_NAME_HEADS } from "../../lexicons/organisations.ts";
import { PLACE_STARTS } from "../../lexicons/places.ts";
import { addPerson } from "../article-actors.ts";
import { speechNear } from "../cues.ts";
import { knownGivenName } from "../gender.ts";
import { isCommon } from "../vocabulary.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

export const RARE_ENDS_NAME_RULE: ChunkRule = {
  name: "rare-ends-name",
  doc: "'Fathi Bin Shatwan', 'said Sung Won Sohn': three or four name-shaped words with rare outer words, or a rare last word beside a speech verb, are a person; so are a rare given name and a surname beside one ('Vince Cable said')",
  try: ({ st, c: n, vocab }) => {
    if (n.length < 2 || n.length > 4 || !n.every((t) => nameShaped(t) && !t.acronym && !t.possessive))
      return null;
    // (no function word or sentence opener: "But Rover Group said" is no name)
    const plain = (w: string) =>
      !STOPWORDS.has(w.toLowerCase()) && !SENTENCE_STARTERS.has(w) && !ORG_NAME_HEADS.has(w);
    if (!n.every((t) => plain(t.text)) || PLACE_STARTS.has(n[0]!.text)) return null;
    const rare = (i: number) => !isCommon(n[i]!.text, vocab);
    const last = n.length - 1;
    const speech = speechNear(st.text, n[0]!, n[last]!);
    // ("Vince Cable said": two words, a known given name first, a surname that is also a word)
    const givenFirst = n.length === 2 && knownGivenName(n[0]!.text) && rare(0) && speech;
    if (!givenFirst && (n.length < 3 || !rare(last) || !(rare(0) || speech))) return null;
    addPerson(st, n, null, false, vocab);
    return true;
  },
};
