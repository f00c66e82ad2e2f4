// "The Hale report said": a document noun closing a subject is its head, not a verb.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isCap, type Tok } from "./tokens.ts";

/** toks[k] is a document noun after a name, a possessive or a determiner ("Ms Hale's report"). */
export function documentNoun(toks: Tok[], k: number): boolean {
  if (!DOCUMENT_HEADS.has(toks[k]!.lower)) return false;
  // "the congressional report", "a new report", "the committee's final report": lower-case
  // adjectives between the determiner and the noun (session 39)
  let b = k - 1;
  while (b > 0 && k - b <= 2 && ADJECTIVE.test(toks[b]!.text) && toks[b - 1]!.type === "w") b--;
  const p = toks[b];
  const det = b < k - 1 ? /^(?:the|a|an|his|her|its|their|this|that)$/ : /^(?:the|his|her|its|their)$/;
  return p?.type === "w" && (isCap(p) || /['’]s$/.test(p.lower) || det.test(p.lower));
}

/** A lower-case adjective before a document noun: "congressional", "new", "final", "latest". */
const ADJECTIVE =
  /^(?:new|final|latest|official|internal|annual|initial|original|full|draft|[a-z]+(?:al|ial|ic|ive|ed|est|ary|ory|ous))$/;
