// "The Hale report said": a document noun closing a subject is its head, not a verb.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isCap, type Tok } from "./tokens.ts";

/** toks[k] is a document noun after a name, a possessive or a determiner ("Ms Hale's report"). */
export function documentNoun(toks: Tok[], k: number): boolean {
  const p = toks[k - 1];
  return (
    DOCUMENT_HEADS.has(toks[k]!.lower) &&
    p?.type === "w" &&
    (isCap(p) || /['’]s$/.test(p.lower) || /^(?:the|his|her|its|their)$/.test(p.lower))
  );
}
