// What a command says while the answer indexes are still being built after a start-up or a
// reload (answers/warm.ts): /ask, /sources and /help answer from the search index and the corpus
// at once; another command answers as soon as its own indexes are ready, and until then with a
// clear "warming up" message, never with a build that would hold every other interaction.

import type { Coverage } from "../coverage.ts";
import { indexesOf } from "./indexes.ts";
import type { ErrorAnswer } from "./types.ts";

/** Commands that read no answer index (the search index and the corpus are there from the start). */
const ALWAYS_READY = new Set(["ask", "sources", "help", "reload", "ingest"]);

/** The "warming up" answer for a command whose indexes are not ready yet; null when it can answer. */
export function warmingAnswer(coverage: Coverage, command: string): ErrorAnswer | null {
  if (ALWAYS_READY.has(command)) return null;
  const warming = indexesOf(coverage).warming;
  if (!warming || warming.ready.has(command)) return null;
  const pct = Math.floor(warming.share * 100);
  return {
    command,
    error: `The bot is still warming up after loading the coverage (${pct}% done): /${command} will answer in a few moments. /ask and /sources answer already.`,
    warming: true,
  };
}
