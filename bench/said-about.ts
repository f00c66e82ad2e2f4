// /ask asked "What did <name> say about <word>?": the speaker's quotations filtered by topic
// (answers/said-about.ts) on top of the excerpts.

import { runCommand } from "../src/answers/registry.ts";
import type { Coverage } from "../src/coverage.ts";
import { latency } from "./json-face.ts";
import type { CommandLatency } from "./report.ts";

export function saidAboutLatency(
  coverage: Coverage,
  questions: readonly string[],
  names: readonly string[],
  timeEach: (inputs: readonly unknown[], fn: (x: unknown) => unknown) => number[],
): CommandLatency {
  const inputs = names.map((n, i) => {
    const words = questions[i % questions.length]!.split(/\s+/).filter((w) => /^[a-z]{4,}$/i.test(w));
    return { question: `What did ${n} say about ${words[words.length - 1] ?? "it"}?` };
  });
  return latency(
    "ask said-about",
    timeEach(inputs, (o) => runCommand(coverage, "ask", o as Record<string, string>)),
  );
}
