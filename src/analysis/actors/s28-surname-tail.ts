// Session 28, names (issue #13): a run no rule reads that ends in the surname of a person the
// article has named ("Man-of-the-match Duff explained …" after "Damien Duff"). Over a whole corpus
// the words of such a run are common ones ("duff" is printed in lower case elsewhere), so the
// plain-name rule refuses it and the mention is lost: the next "the Chelsea star" then goes to the
// latest other player. The surname alone waits to be resolved to the article's person.

import { knownSurname, pendingWord } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { knownGivenName } from "./gender.ts";
import { isCommon } from "./vocabulary.ts";

export const SURNAME_TAIL_RULE: ChunkRule = {
  name: "known-surname-tail",
  doc: "'Man-of-the-match Duff': a run no rule reads, ending in a surname the article gave a person, is that surname",
  try: ({ st, c, vocab }) => {
    const last = c[c.length - 1]!;
    if (c.length < 2 || c.length > 3 || last.possessive || !knownSurname(st, [last])) return null;
    // (only common words before it: "Lewis Champion" is another Champion than the Amanda named)
    const before = c.slice(0, -1);
    if (!before.every((t) => isCommon(t.text, vocab) && !knownGivenName(t.text))) return null;
    pendingWord(st, [last], "person", null);
    return true;
  },
};
