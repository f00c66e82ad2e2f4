// The JSON face of /event and /timeline: their answers hold a page (of sources, of events) and
// the JSON lists every source of every event matched, built only when it is rendered. Timed here
// as the CLI's `--json` pays it: the answer and its JSON text (in pieces, as the CLI writes it:
// at a million passages a broad timeline's text is longer than one string can be).

import { runCommand } from "../src/answers/registry.ts";
import type { Coverage } from "../src/coverage.ts";
import { renderJsonPieces } from "../src/render/json.ts";
import type { CommandLatency } from "./report.ts";
import { percentile, round } from "./stats.ts";

export function jsonFaceLatencies(
  coverage: Coverage,
  questions: readonly string[],
  timeEach: (inputs: readonly unknown[], fn: (x: unknown) => unknown) => number[],
): CommandLatency[] {
  return ["event", "timeline"].map((command) =>
    latency(
      `${command} --json`,
      timeEach(questions, (q) => renderJsonPieces(runCommand(coverage, command, { query: q as string }))),
    ),
  );
}

/** A command's figures from its sorted times, said on stderr as they come. */
export function latency(command: string, times: readonly number[]): CommandLatency {
  const c = {
    command,
    queries: times.length,
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    max: round(times[times.length - 1] ?? 0),
  };
  process.stderr.write(
    `/${command}: p50 ${c.p50} ms, p99 ${c.p99} ms, max ${c.max} ms (${c.queries} runs)\n`,
  );
  return c;
}
