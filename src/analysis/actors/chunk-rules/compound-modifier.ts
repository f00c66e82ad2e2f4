import type { ChunkRule } from "./rule.ts";

/** A name run into a participle by a hyphen: "Trump-led", "Saudi-backed", "London-based". */
const COMPOUND =
  /-(?:led|backed|based|born|owned|run|funded|controlled|linked|allied|leaning|style|era|inspired|sponsored|appointed|dominated|held|friendly|affiliated|aligned|supported|endorsed|focused|centric)$/i;

/**
 * "a Dan Roper-led Republican majority", "Korean-born Ann Roe": the words up to a hyphenated
 * modifier describe what follows, they are no part of its name. Read as one name, "Dan Roper-led
 * Republican" was a person whose surname every later "Republican" was taken for.
 */
export const compoundModifier: ChunkRule = {
  name: "compound-modifier",
  doc: "drop the words up to a hyphenated modifier ('Dan Roper-led Republican', 'Korean-born Ann Roe'); nothing left, no actor",
  try: (r) => {
    let k = r.c.length - 1;
    while (k >= 0 && !COMPOUND.test(r.c[k]!.text)) k--;
    if (k < 0) return null;
    if (k === r.c.length - 1) return true;
    r.c = r.c.slice(k + 1);
    return null;
  },
};
