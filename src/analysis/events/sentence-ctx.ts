// What the sentence steps pass along for one sentence.

import type { TextLayer } from "../../text/tokens.ts";
import type { TimeExpression } from "../dates/index.ts";
import type { StepSwitches } from "../steps.ts";
import type { Mention, Relation, SentenceRef, Trigger } from "./types.ts";

export interface SentenceCtx extends SentenceRef {
  /** Actor mentions of the article from `actorFrom` on may fall in this sentence. */
  actorMentions: readonly { start: number; actorId: string }[];
  actorFrom: number;
  switches: StepSwitches;
  /** The last sentence (index) before this one with an event mention, or -Infinity. */
  lastDated: number;
  /** The article's text layer (read once per article, only when a sentence has a trigger). */
  layer: () => TextLayer;
  triggers: Trigger[];
  times: TimeExpression[];
  /** Shared by every mention of the sentence. */
  actorIds: string[];
  here: Mention[];
  relations: Relation[];
}
