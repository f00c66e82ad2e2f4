// `"We need cheaper fuel," the Courier quoted Harbour Air chief Tom Reddy as saying`: the tag's
// subject only passes the words on; the one quoted "as saying" spoke them.

import { type Cue, phraseAfter } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** The person after "quoted … as saying" in the tag after the quotation, the tag starting at toks[k]. */
export function quotedAsSaying(toks: Tok[], k: number, text: string): Cue | null {
  const v = toks.findIndex((t, i) => i >= k && i <= k + 5 && t.type === "w" && t.lower === "quoted");
  if (v < 0 || toks.slice(k, v).some((t) => t.type !== "w")) return null;
  const p = phraseAfter(toks, v + 1, text);
  const after = p ? toks.findIndex((t) => t.start >= p.end) : -1;
  if (!p || toks[after]?.lower !== "as" || !/^(?:saying|telling)$/.test(toks[after + 1]?.lower ?? ""))
    return null;
  return { speaker: p, cue: "quoted as saying", label: false };
}
