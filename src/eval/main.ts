// `npm run eval -- FILE [--corpus DIR] [--json]`: the share of questions answered
// correctly, per command, with the reason for every miss.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { withAnswerIndexes } from "../answers/indexes.ts";
import { readConfig } from "../config.ts";
import { loadCoverage } from "../lifecycle/load.ts";
import { createLogger } from "../log.ts";
import { parseEvalSet, scoreQuestion, summarize } from "./score.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const ci = args.indexOf("--corpus");
const config = readConfig();
const corpus = ci >= 0 ? path.resolve(args[ci + 1]!) : config.corpusDir;
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--corpus") ?? "eval/dev.jsonl";

const coverage = withAnswerIndexes(
  await loadCoverage(corpus, createLogger("warn", false), { cacheDir: config.cacheDir }),
);
const outcomes = parseEvalSet(await readFile(file, "utf8")).map((q) => scoreQuestion(coverage, q));
const summary = summarize(outcomes);
if (json) {
  process.stdout.write(`${JSON.stringify({ file, summary, outcomes })}\n`);
} else {
  for (const o of outcomes)
    process.stdout.write(`${o.correct ? "✓" : "✗"} ${o.id.padEnd(6)} ${o.command.padEnd(8)} ${o.why}\n`);
  process.stdout.write("\n");
  for (const [cmd, s] of Object.entries(summary)) {
    process.stdout.write(
      `${cmd.padEnd(8)} ${s.correct}/${s.total} correct (${(s.share * 100).toFixed(0)}%)\n`,
    );
  }
  const all = outcomes.filter((o) => o.correct).length;
  process.stdout.write(`${"all".padEnd(8)} ${all}/${outcomes.length} correct\n`);
}
