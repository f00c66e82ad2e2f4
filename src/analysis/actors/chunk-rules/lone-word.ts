import { NEVER } from "../../lexicons/not-names.ts";
import { DEMONYMS } from "../../lexicons/places.ts";
import { pendingWord } from "../article-actors.ts";
import { precedingRole } from "../cues.ts";
import { COUNTRY_PREFIX, isParticleSurname } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** A lone word or particle surname ("Brown", "de Villepin") waits to be resolved to an actor. */
export const loneWord: ChunkRule = {
  name: "lone-word",
  doc: "a lone word or particle surname waits to be resolved (same article, then corpus)",
  try: ({ st, s, c: n }) => {
    if (n.length !== 1 && !isParticleSurname(n)) return null;
    const tok = n[0]!;
    if (n.length === 1 && (DEMONYMS.has(tok.text) || NEVER.has(tok.text) || COUNTRY_PREFIX.has(tok.text)))
      return true;
    pendingWord(st, n, null, precedingRole(st, s, n[0]!));
    return true;
  },
};
