import { DEMONYMS } from "../../lexicons/places.ts";
import { COUNTRY_PREFIX } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Venezuelan Nicolas Maduro", "US Senator…": a leading demonym or country is not the name. */
export const demonymPrefix: ChunkRule = {
  name: "demonym-prefix",
  doc: "drop a leading demonym or country ('Venezuelan Nicolas Maduro')",
  try: (r) => {
    while (r.c.length > 1 && (DEMONYMS.has(r.c[0]!.text) || COUNTRY_PREFIX.has(r.c[0]!.text)))
      r.c = r.c.slice(1);
    return null;
  },
};
