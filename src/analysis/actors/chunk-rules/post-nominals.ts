import { POST_NOMINALS } from "../../lexicons/titles.ts";
import type { ChunkRule } from "./rule.ts";

/** "John Smith QC": post-nominals come off, and say the run is a person. */
export const postNominals: ChunkRule = {
  name: "post-nominals",
  doc: "take post-nominals off the end ('QC', 'MP') and remember the run is a person",
  try: (r) => {
    while (r.c.length > 1 && POST_NOMINALS.has(r.c[r.c.length - 1]!.text)) {
      r.c = r.c.slice(0, -1);
      r.postNominal = true;
    }
    return null;
  },
};
