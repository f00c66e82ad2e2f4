import { addOrg } from "../article-actors.ts";
import type { ChunkRule } from "./rule.ts";

/** "Marks & Spencer": an ampersand inside a run makes it an organisation. */
export const ampersandOrg: ChunkRule = {
  name: "ampersand-org",
  doc: "an '&' inside the run: an organisation",
  try: ({ st, c }) => {
    const words = c.map((t) => t.text);
    if (!words.includes("&") || words[0] === "&" || c[c.length - 1]!.text === "&") return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
