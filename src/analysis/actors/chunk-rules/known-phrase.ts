import { addOrg } from "../article-actors.ts";
import { knownPhraseAt } from "../organisations.ts";
import type { ChunkRule } from "./rule.ts";

/** A known multi-word organisation at the start of the run; the rest is read on its own. */
export const knownPhrase: ChunkRule = {
  name: "known-phrase",
  doc: "a known multi-word organisation at the start of the run (lexicon)",
  try: (r) => {
    const known = knownPhraseAt(r.c);
    if (!known) return null;
    addOrg(r.st, r.c.slice(known.from, known.to), true, "name");
    if (known.to < r.c.length) r.readRest(r.c.slice(known.to));
    return true;
  },
};
