// One run of capitalised words read as a person, an organisation, a lone word to resolve later,
// or nothing (places, events, products): the run goes down the chunk rules (chunk-rules/) until
// one reads it.

import type { NameWord as Token } from "../../text/views.ts";
import { isOn } from "../steps.ts";
import { CHUNK_RULES, type ChunkRead } from "./chunk-rules/index.ts";
import type { ArticleState, Sent, Vocab } from "./types.ts";

export function readChunk(st: ArticleState, s: Sent, chunk: Token[], vocab: Vocab) {
  const r: ChunkRead = {
    st,
    s,
    vocab,
    chunk,
    c: chunk,
    postNominal: false,
    readRest: (rest) => readChunk(st, s, rest, vocab),
  };
  for (const rule of CHUNK_RULES) {
    if (!isOn("actors", rule.name, st.switches)) continue;
    // a narrowing rule may leave nothing to read
    if (rule.try(r) !== null || r.c.length === 0) return;
  }
  // Anything else: look for lone known words inside later (not here).
}
