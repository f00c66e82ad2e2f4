// What a chunk rule sees: one run of capitalised words in its sentence, narrowed by the rules
// before it (sentence-initial words, a leading article, post-nominals, a demonym taken off).

import type { NameWord as Token } from "../../../text/views.ts";
import type { Alternative } from "../../steps.ts";
import type { ArticleState, Sent, Vocab } from "../types.ts";

export interface ChunkRead {
  readonly st: ArticleState;
  readonly s: Sent;
  readonly vocab: Vocab;
  /** The run as the chunker found it. */
  readonly chunk: Token[];
  /** The run as the rules so far have narrowed it (never empty while rules run). */
  c: Token[];
  /** A post-nominal ("QC", "MP") was taken off the end: the run names a person. */
  postNominal: boolean;
  /** Reads another run of the same sentence (what is left after a known phrase). */
  readonly readRest: (rest: Token[]) => void;
}

/** A chunk rule: `true` when it has read the run (later rules skip it), null to pass it on
 *  (a narrowing rule trims `c` and passes it on). */
export type ChunkRule = Alternative<ChunkRead, true>;
