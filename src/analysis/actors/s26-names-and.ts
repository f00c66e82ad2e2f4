// Session 26 (issue #13, name forms): "United Bank of Africa and Standard Trust Bank" names two
// banks. The chunker's "and" rule joins a run that ends on an organisation head into one name
// ("Work and Pensions Committee"); when the words before "and" already hold that same head, each
// side is a whole body of its own kind ("X Bank and Y Bank"), so the run stops at "and".

import type { NameWord as Token } from "../../text/views.ts";
import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { joined } from "./word-classes.ts";

export const TWO_BODIES_AND_STEP = {
  name: "two-bodies-and",
  doc: "'X Bank of Y and Z Trust Bank': 'and' between two names with the same organisation head joins two bodies, not one name",
} as const;

/** Is "and" at t[j] between two bodies: the run after it ends on a head the words before hold? */
export function twoBodiesAnd(chunk: readonly Token[], t: readonly Token[], j: number, text: string): boolean {
  const heads = new Set(chunk.filter((w) => ORG_NAME_HEADS.has(w.text)).map((w) => w.text.toLowerCase()));
  if (heads.size === 0) return false;
  let k = j + 1;
  while (k < t.length && t[k]!.cap && joined(text, t[k - 1]!, t[k]!, 0)) k++;
  // (the other side needs a name word of its own before the head: "… and Bank" is no body)
  if (k - (j + 1) < 2) return false;
  return heads.has(t[k - 1]!.text.toLowerCase());
}
